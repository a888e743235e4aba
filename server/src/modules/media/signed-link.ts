import crypto from "node:crypto";

/** How long a download link of a chat file works. */
export const DOWNLOAD_LINK_TTL_MS = 5 * 60 * 1000;
/** Brochure links come with the page that lists them: they work for an hour. */
export const BROCHURE_LINK_TTL_MS = 60 * 60 * 1000;

const signature = (secret: string, fileId: string, expires: number) =>
  crypto.createHmac("sha256", secret).update(`file:${fileId}:${expires}`).digest("base64url");

/** A short-lived link to one file, given only to those allowed to read it. */
export function signedFileLink(secret: string, fileId: string, now = Date.now(), ttlMs = DOWNLOAD_LINK_TTL_MS): { url: string; expiresAt: string } {
  const expires = Math.floor((now + ttlMs) / 1000);
  return { url: `/api/files/${fileId}?expires=${expires}&sig=${signature(secret, fileId, expires)}`, expiresAt: new Date(expires * 1000).toISOString() };
}

export function verifyFileLink(secret: string, fileId: string, expires: number, sig: string, now = Date.now()): "ok" | "expired" | "invalid" {
  const expected = Buffer.from(signature(secret, fileId, expires));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return "invalid";
  return expires * 1000 < now ? "expired" : "ok";
}
