import { z } from "zod";
import { issue } from "./issues.js";
import { objectId, paging, csvList } from "./common.js";
import { cooperationType, countryCode } from "./orgs.js";

export const INTRODUCTION_STATUS_IDS = [
  "suggested",
  "proposed",
  "accepted",
  "introduced",
  "meeting_held",
  "agreement",
  "declined",
  "stalled",
  "expired",
] as const;
export const introductionStatus = z.enum(INTRODUCTION_STATUS_IDS);
export const DECLINE_REASON_IDS = ["not_relevant", "timing", "already_partnered", "other"] as const;
export const OUTCOME_TYPE_IDS = [
  "sister_park_agreement",
  "dual_park_agreement",
  "mou",
  "licence",
  "joint_development",
  "joint_product",
  "co_branding",
  "investment",
  "training_programme",
  "other",
] as const;

/** A member expresses interest in a partner found by search or the matcher. */
export const expressInterestBody = z
  .object({
    fromOrgId: objectId,
    target: z.object({ entity: z.enum(["org", "offer", "request"]), id: objectId }).strict(),
    requestId: objectId.optional(),
    message: z.string().trim().min(1).max(2000),
  })
  .strict();

/** Staff propose an introduction between two organizations (both must accept). */
export const proposeIntroductionBody = z
  .object({
    fromOrgId: objectId,
    toOrgId: objectId,
    requestId: objectId.optional(),
    suggestionId: objectId.optional(),
    message: z.string().trim().min(1).max(2000),
  })
  .strict()
  .refine((b) => b.fromOrgId !== b.toOrgId, issue("same_org", ["toOrgId"]));

export const respondBody = z
  .object({
    decision: z.enum(["accept", "decline"]),
    reason: z.enum(DECLINE_REASON_IDS).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.decision === "accept" || b.reason !== undefined, issue("required", ["reason"]));

export const advanceBody = z
  .object({ status: z.enum(["meeting_held", "agreement", "stalled"]), note: z.string().trim().max(1000).optional() })
  .strict();
export const outcomeBody = z.object({ kind: z.enum(OUTCOME_TYPE_IDS), note: z.string().trim().max(2000).optional() }).strict();
export const staffNoteBody = z.object({ text: z.string().trim().min(1).max(2000) }).strict();

export const listIntroductionsQuery = paging
  .extend({
    direction: z.enum(["incoming", "outgoing", "all"]).default("all"),
    status: csvList(introductionStatus).optional(),
    orgId: objectId.optional(),
    /** Introductions that answer one request. */
    requestId: objectId.optional(),
  })
  .strict();

const sideView = z.object({
  orgId: z.string(),
  orgName: z.object({ en: z.string(), local: z.string().optional() }).optional(),
  acceptedAt: z.string().optional(),
  declinedAt: z.string().optional(),
  declineReason: z.string().optional(),
});

export const introductionView = z.object({
  id: z.string(),
  status: introductionStatus,
  origin: z.enum(["member", "broker"]),
  from: sideView,
  to: sideView,
  requestId: z.string().optional(),
  target: z.object({ entity: z.string(), id: z.string() }).optional(),
  message: z.string().optional(),
  history: z.array(z.object({ status: z.string(), at: z.string(), note: z.string().optional() })),
  introducedAt: z.string().optional(),
  expiresAt: z.string().optional(),
  outcome: z.object({ kind: z.string(), note: z.string().optional(), recordedAt: z.string() }).optional(),
  /** Staff only. */
  staffNotes: z.array(z.object({ by: z.string(), at: z.string(), text: z.string() })).optional(),
  /** Which side the caller acts for, if any. */
  mySide: z.enum(["from", "to"]).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IntroductionView = z.infer<typeof introductionView>;
export const introductionPage = z.object({ items: z.array(introductionView), page: z.number(), pageSize: z.number(), total: z.number() });

/** Staff's filters over stored suggestions; new ones leave out pairs already under way. */
export const suggestionsQuery = paging
  .extend({
    status: z.enum(["new", "proposed", "dismissed"]).default("new"),
    type: csvList(cooperationType).optional(),
    country: csvList(countryCode).optional(),
    minScore: z.coerce.number().min(0).max(100).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

export const suggestionView = z.object({
  id: z.string(),
  requestId: z.string(),
  requesterOrgId: z.string(),
  requester: z.object({ name: z.object({ en: z.string(), local: z.string().optional() }) }),
  request: z.object({ title: z.object({ en: z.string(), local: z.string().optional() }), type: z.string() }).optional(),
  candidate: z.object({ entity: z.string(), id: z.string(), orgId: z.string(), name: z.object({ en: z.string(), local: z.string().optional() }) }),
  rank: z.number(),
  score: z.number(),
  reasons: z.array(z.object({ factor: z.string(), en: z.string(), zh: z.string() })),
  status: z.enum(["new", "proposed", "dismissed"]),
  createdAt: z.string(),
});
export const suggestionPage = z.object({ items: z.array(suggestionView), page: z.number(), pageSize: z.number(), total: z.number() });
