import type { MediaView } from "@parklink/shared";
import type { Media } from "./model.js";

/** A file as the client sees it; image URLs are immutable (a new upload gets a new id). */
export function presentMedia(m: Media): MediaView {
  // Chat files and brochures have no lasting public URL: signed, expiring links are given to those who may read them.
  const isChat = m.purpose === "chat" || m.purpose === "brochure";
  return {
    id: String(m._id),
    purpose: m.purpose,
    name: m.name,
    contentType: m.contentType,
    size: m.size,
    ...(m.width ? { width: m.width, height: m.height } : {}),
    urls: isChat ? {} : Object.fromEntries(Object.keys(m.keys).map((v) => [v, `/api/media/${String(m._id)}/${v}`])),
    createdAt: m.createdAt.toISOString(),
  };
}
