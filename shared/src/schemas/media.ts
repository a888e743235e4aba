import { z } from "zod";
import { objectId } from "./common.js";

export const mediaView = z.object({
  id: z.string(),
  purpose: z.enum(["logo", "photo", "avatar", "brochure", "chat"]),
  /** The name it was uploaded with. */
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  width: z.number().optional(),
  height: z.number().optional(),
  /** Variant ("small", "large", "original") → URL path; brochures carry a signed link, chat files none (asked for per download). */
  urls: z.record(z.string(), z.string()),
  createdAt: z.string(),
});
export type MediaView = z.infer<typeof mediaView>;

export const orgMediaView = z.object({ logo: mediaView.nullable(), photos: z.array(mediaView) });
export type OrgMediaView = z.infer<typeof orgMediaView>;

export const mediaList = z.object({ items: z.array(mediaView) });

export const downloadLink = z.object({ url: z.string(), expiresAt: z.string() });
export type DownloadLink = z.infer<typeof downloadLink>;

export const mediaVariantParams = z.object({
  id: objectId,
  variant: z.enum(["small", "large", "original"]),
});

export const mediaItemParams = z.object({ id: objectId, mediaId: objectId }).strict();

export const signedFileQuery = z.object({
  expires: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "is not a valid signature"),
});

/** What a profile still lacks: codes the client turns into words. */
export const PROFILE_ITEMS = ["logo", "description", "descriptionSecondLanguage", "industries", "contact"] as const;
export const profileCompleteness = z.object({
  /** 0–100: the share of the items below that the profile has. */
  percent: z.number(),
  done: z.array(z.enum(PROFILE_ITEMS)),
  missing: z.array(z.enum(PROFILE_ITEMS)),
});
export type ProfileCompleteness = z.infer<typeof profileCompleteness>;
