import type { Response } from "express";
import type { StoredObject } from "../../infra/storage/index.js";

/**
 * Sends stored bytes with the headers every served file gets: its stored type, nosniff,
 * and a sandbox so that nothing in a file ever runs as our origin.
 */
export function sendStored(res: Response, file: StoredObject, { cache, download }: { cache: string; download?: string }): void {
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  res.setHeader("Cache-Control", cache);
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  if (download) {
    const ascii = download.replace(/[^\x20-\x7e]|["\\]/g, "_");
    res.setHeader("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download)}`);
  }
  res.end(file.data);
}

/** Immutable: a media id and variant name always mean the same bytes. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
