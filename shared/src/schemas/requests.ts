import { z } from "zod";
import { issue } from "./issues.js";
import { bilingual, bilingualContent, bilingualContentView, csvList, objectId, pageOf, paging } from "./common.js";
import { cooperationType, countryCode, industryId, orgKind, regionId } from "./orgs.js";
import { trl } from "./offers.js";

export const REQUEST_STATES = ["draft", "open", "matched", "closed", "expired"] as const;
export const requestState = z.enum(REQUEST_STATES);
export type RequestState = z.infer<typeof requestState>;

/** Who a request wants to hear from: an organization kind, or technology offers. */
export const partnerKind = z.union([orgKind, z.literal("offer")]);
export type PartnerKind = z.infer<typeof partnerKind>;

const futureDate = z.coerce.date().refine((d) => d.getTime() > Date.now(), issue("date_in_past"));
const usd = z.number().int().min(0).max(10_000_000_000);

const requestFields = {
  type: cooperationType,
  title: bilingualContent(200),
  description: bilingualContent(5000),
  /** May be empty: then only the text says what is wanted. */
  industries: z.array(industryId).max(10),
  targetRegions: z.array(regionId).max(10).default([]),
  targetCountries: z.array(countryCode).max(30).default([]),
  partnerKinds: z.array(partnerKind).min(1).max(5),
  trlMin: trl.optional(),
  trlMax: trl.optional(),
  ticketMinUsd: usd.optional(),
  ticketMaxUsd: usd.optional(),
  expiresAt: futureDate,
};

const rangesInOrder = <T extends { trlMin?: number; trlMax?: number; ticketMinUsd?: number; ticketMaxUsd?: number }>(
  r: T,
  ctx: z.RefinementCtx,
) => {
  if (r.trlMin !== undefined && r.trlMax !== undefined && r.trlMax < r.trlMin) {
    ctx.addIssue({ code: "custom", path: ["trlMax"], ...issue("range_order") });
  }
  if (r.ticketMinUsd !== undefined && r.ticketMaxUsd !== undefined && r.ticketMaxUsd < r.ticketMinUsd) {
    ctx.addIssue({ code: "custom", path: ["ticketMaxUsd"], ...issue("range_order") });
  }
};

export const createRequestBody = z
  .object({
    orgId: objectId,
    ...requestFields,
    /** Publish at once (open) or keep as a draft. */
    state: z.enum(["draft", "open"]).default("open"),
  })
  .strict()
  .superRefine(rangesInOrder);
export type CreateRequestBody = z.infer<typeof createRequestBody>;

export const updateRequestBody = z
  .object({
    title: requestFields.title.optional(),
    description: requestFields.description.optional(),
    industries: requestFields.industries.optional(),
    targetRegions: z.array(regionId).max(10).optional(),
    targetCountries: z.array(countryCode).max(30).optional(),
    partnerKinds: requestFields.partnerKinds.optional(),
    trlMin: trl.nullable().optional(),
    trlMax: trl.nullable().optional(),
    ticketMinUsd: usd.nullable().optional(),
    ticketMaxUsd: usd.nullable().optional(),
    /** Renewing = moving the expiry date forward. */
    expiresAt: futureDate.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (Object.keys(b).length === 0) ctx.addIssue({ code: "custom", path: [], ...issue("no_change") });
    rangesInOrder({ ...b, trlMin: b.trlMin ?? undefined, trlMax: b.trlMax ?? undefined, ticketMinUsd: b.ticketMinUsd ?? undefined, ticketMaxUsd: b.ticketMaxUsd ?? undefined }, ctx);
  });
export type UpdateRequestBody = z.infer<typeof updateRequestBody>;

/** Life-cycle moves a member may make: draft → open → matched → closed (expired happens by itself). */
export const requestTransition = z.object({ to: z.enum(["open", "matched", "closed"]) }).strict();

export const listRequestsQuery = paging
  .extend({
    orgId: objectId.optional(),
    type: cooperationType.optional(),
    industry: industryId.optional(),
    region: regionId.optional(),
    state: csvList(requestState).optional(),
    mine: z.enum(["true", "false"]).optional(),
  })
  .strict();
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

export const requestView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: bilingual(200).optional(),
  orgKind: orgKind.optional(),
  orgCountry: z.string().optional(),
  type: z.string(),
  title: bilingualContentView(200),
  description: bilingualContentView(5000),
  industries: z.array(z.string()),
  targetRegions: z.array(z.string()),
  targetCountries: z.array(z.string()),
  partnerKinds: z.array(z.string()),
  trlMin: z.number().optional(),
  trlMax: z.number().optional(),
  ticketMinUsd: z.number().optional(),
  ticketMaxUsd: z.number().optional(),
  state: requestState,
  expiresAt: z.string(),
  openedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestView = z.infer<typeof requestView>;
export const requestPage = pageOf(requestView);
