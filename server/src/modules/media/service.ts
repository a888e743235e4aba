import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { conflict } from "../../http/errors.js";
import { fileStore } from "../../infra/storage/index.js";
import { IMAGE_VARIANTS, processImage, type ImagePurpose } from "./images.js";
import { mediaModel, type Media, type MediaPurpose } from "./model.js";
import { BROCHURE_TYPES, CHAT_FILE_TYPES, IMAGE_TYPES, sniffType } from "./sniff.js";
import type { Upload } from "./upload.js";

type Deps = Pick<AppDeps, "db" | "config" | "logger">;
const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));

/** Largest upload per kind of file (413 above). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 8;

/** Whom a file belongs to: its keys start with the owner's prefix, so deleting the owner deletes them. */
export interface MediaOwner {
  orgId?: string;
  userId?: string;
  offerId?: string;
  requestId?: string;
  introductionId?: string;
}

const prefixOf = (owner: MediaOwner) =>
  owner.orgId ? `orgs/${owner.orgId}/` : owner.userId ? `users/${owner.userId}/` : `introductions/${owner.introductionId}/`;

/**
 * Stores every variant, then the record. If any step fails, what was stored is removed
 * again: a file is either wholly there (all its variants and its record) or not at all.
 */
async function storeMedia(deps: Deps, doc: Omit<Media, "createdAt">, variants: Record<string, { data: Buffer; contentType: string }>): Promise<Media> {
  const store = fileStore(deps);
  const stored: string[] = [];
  try {
    for (const [variant, { data, contentType }] of Object.entries(variants)) {
      await store.put(doc.keys[variant], data, contentType);
      stored.push(doc.keys[variant]);
    }
    const [created] = await mediaModel(deps.db).create([doc]);
    return created.toObject() as Media;
  } catch (err) {
    await Promise.all(stored.map((key) => store.delete(key).catch(() => undefined)));
    throw err;
  }
}

function ownerFields(owner: MediaOwner) {
  return Object.fromEntries(Object.entries(owner).filter(([, v]) => v).map(([k, v]) => [k, oid(v)])) as Partial<Pick<Media, keyof MediaOwner>>;
}

/** An uploaded logo, photo or avatar: type from the bytes, re-encoded at fixed sizes without metadata. */
export async function saveImage(deps: Deps, purpose: ImagePurpose, owner: MediaOwner, upload: Upload, uploadedBy: string): Promise<Media> {
  await sniffType(upload.data, IMAGE_TYPES);
  if (purpose === "photo" && owner.orgId) {
    const count = await mediaModel(deps.db).countDocuments({ orgId: oid(owner.orgId), purpose: "photo" });
    if (count >= MAX_PHOTOS) throw conflict(`file: an organization has at most ${MAX_PHOTOS} photos; delete one first`, { field: "file", max: MAX_PHOTOS });
  }
  const image = await processImage(upload.data, purpose);
  const _id = new mongoose.Types.ObjectId();
  const keys = Object.fromEntries(Object.keys(IMAGE_VARIANTS[purpose]).map((v) => [v, `${prefixOf(owner)}${purpose}/${String(_id)}/${v}.webp`]));
  const media = await storeMedia(
    deps,
    { _id, purpose, ...ownerFields(owner), keys, contentType: "image/webp", name: upload.name, size: image.variants.large.length, width: image.width, height: image.height, uploadedBy: oid(uploadedBy) },
    Object.fromEntries(Object.entries(image.variants).map(([v, data]) => [v, { data, contentType: "image/webp" }])),
  );
  // One logo per organization, one avatar per user: the new one replaces the old once stored.
  if (purpose !== "photo") {
    const filter = owner.orgId ? { orgId: oid(owner.orgId) } : { userId: oid(owner.userId!) };
    const older = await mediaModel(deps.db).find({ ...filter, purpose, _id: { $ne: _id } }).lean<Media[]>();
    for (const m of older) await deleteMedia(deps, m).catch((err: unknown) => deps.logger.warn({ err, mediaId: String(m._id) }, "old image not deleted"));
  }
  return media;
}

/** A brochure (PDF) or a file sent in chat, stored as uploaded once its type is checked from its bytes. */
export async function saveDocument(deps: Deps, purpose: Extract<MediaPurpose, "brochure" | "chat">, owner: MediaOwner, upload: Upload, uploadedBy: string): Promise<Media> {
  const contentType = await sniffType(upload.data, purpose === "brochure" ? BROCHURE_TYPES : CHAT_FILE_TYPES);
  const _id = new mongoose.Types.ObjectId();
  const scope = owner.offerId ? `offers/${owner.offerId}/` : owner.requestId ? `requests/${owner.requestId}/` : owner.introductionId && owner.orgId ? `chat/${owner.introductionId}/` : "";
  const keys = { original: `${prefixOf(owner)}${scope}${purpose}/${String(_id)}` };
  return storeMedia(
    deps,
    { _id, purpose, ...ownerFields(owner), keys, contentType, name: upload.name, size: upload.data.length, uploadedBy: oid(uploadedBy) },
    { original: { data: upload.data, contentType } },
  );
}

/** Removes a file's bytes, then its record (a record never points at missing bytes for long). */
export async function deleteMedia(deps: Deps, media: Pick<Media, "_id" | "keys">): Promise<void> {
  const store = fileStore(deps);
  for (const key of Object.values(media.keys)) await store.delete(key);
  await mediaModel(deps.db).deleteOne({ _id: media._id });
}

export async function readVariant(deps: Deps, media: Pick<Media, "keys">, variant: string) {
  const key = media.keys[variant];
  return key ? fileStore(deps).get(key) : null;
}
