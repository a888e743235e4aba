import { z } from "zod";
import { issue } from "./issues.js";
import * as t from "../taxonomy/index.js";
import { bilingual, bilingualContent, bilingualContentView, objectId, pageOf, paging } from "./common.js";
import { industryId, regionId } from "./orgs.js";

export const trl = z.number().int().min(1, "TRL runs from 1 to 9").max(9, "TRL runs from 1 to 9");
const futureDate = z.coerce
  .date()
  .refine((d) => d.getTime() > Date.now(), issue("date_in_past"));

export const createOfferBody = z
  .object({
    orgId: objectId,
    title: bilingualContent(200),
    summary: bilingualContent(5000),
    industries: z.array(industryId).min(1).max(10),
    trl,
    ipStatus: z.enum(t.IP_STATUS_IDS),
    transferModes: z.array(z.enum(t.TRANSFER_MODE_IDS)).min(1).max(10),
    targetRegions: z.array(regionId).max(10).default([]),
    expiresAt: futureDate,
  })
  .strict();
export type CreateOfferBody = z.infer<typeof createOfferBody>;

export const updateOfferBody = createOfferBody
  .omit({ orgId: true })
  .partial()
  .extend({ status: z.enum(["active", "withdrawn"]).optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, issue("no_change"));
export type UpdateOfferBody = z.infer<typeof updateOfferBody>;

export const listOffersQuery = paging
  .extend({
    orgId: objectId.optional(),
    industry: industryId.optional(),
    region: regionId.optional(),
    minTrl: z.coerce.number().int().min(1).max(9).optional(),
    ipStatus: z.enum(t.IP_STATUS_IDS).optional(),
    includeExpired: z.enum(["true", "false"]).optional(),
  })
  .strict();

export const offerView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: bilingual(200).optional(),
  title: bilingualContentView(200),
  summary: bilingualContentView(5000),
  industries: z.array(z.string()),
  trl: z.number(),
  ipStatus: z.string(),
  transferModes: z.array(z.string()),
  targetRegions: z.array(z.string()),
  status: z.enum(["active", "withdrawn"]),
  expiresAt: z.string(),
  expired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfferView = z.infer<typeof offerView>;
export const offerPage = pageOf(offerView);
