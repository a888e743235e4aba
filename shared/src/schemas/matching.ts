import { z } from "zod";

const bilingualName = z.object({ en: z.string(), local: z.string().optional() });

export const matchFactor = z.object({
  name: z.string(),
  value: z.number(),
  weight: z.number(),
  /** Points of the 0–100 score this factor brought. */
  contribution: z.number(),
});
export const matchReason = z.object({ factor: z.string(), en: z.string(), zh: z.string() });

export const matchItem = z.object({
  candidateId: z.string(),
  entity: z.enum(["org", "offer", "request"]),
  score: z.number(),
  factors: z.array(matchFactor),
  reasons: z.array(matchReason),
  /** The same organization's other records that fit (one suggestion per partner), best first. */
  others: z.array(z.object({ entity: z.enum(["org", "offer", "request"]), id: z.string(), name: bilingualName, score: z.number() })).optional(),
  /** Cooperation types the requester and this organization already partner in ("*": an agreement of unspecified kind). */
  alreadyPartners: z.array(z.string()).optional(),
  candidate: z.object({
    entity: z.enum(["org", "offer", "request"]),
    id: z.string(),
    orgId: z.string(),
    kind: z.string(),
    name: bilingualName,
    orgName: bilingualName,
    country: z.string(),
    region: z.string(),
  }),
});
export type MatchItem = z.infer<typeof matchItem>;
export const matchPage = z.object({
  items: z.array(matchItem),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  /** Existing partners in the request's own type of cooperation, left out of the matches, and why. */
  leftOut: z.array(z.object({ orgId: z.string(), name: bilingualName, en: z.string(), zh: z.string() })).optional(),
  /** Which factor weights ranked these: the defaults, MATCH_WEIGHTS, or a fit to outcome history (and when). */
  weights: z
    .object({ source: z.enum(["default", "configured", "fitted"]), fittedAt: z.string().optional(), outcomes: z.number().optional(), en: z.string().optional(), zh: z.string().optional() })
    .optional(),
});

export const orgSuggestion = z.object({
  score: z.number(),
  factors: z.array(matchFactor),
  reasons: z.array(matchReason),
  request: z.object({
    id: z.string(),
    type: z.string(),
    title: bilingualName,
    orgId: z.string(),
    orgName: bilingualName,
    country: z.string(),
    region: z.string(),
  }),
});
export const orgSuggestionPage = z.object({ items: z.array(orgSuggestion), page: z.number(), pageSize: z.number(), total: z.number() });
