import { z } from "zod";
import { issue } from "./issues.js";
import { csvList, objectId } from "./common.js";
import { cooperationType, countryCode, industryId, regionId } from "./orgs.js";

export const SEARCH_KINDS = ["park", "enterprise", "investor", "institution", "offer", "request"] as const;
export const searchKind = z.enum(SEARCH_KINDS);

const trlQuery = z.coerce.number().int().min(1).max(9);

/** What a search filters by: the same shape in the query string and in a saved search. */
export const searchFilters = z
  .object({
    kind: csvList(searchKind).optional(),
    country: csvList(countryCode).optional(),
    region: csvList(regionId).optional(),
    industry: csvList(industryId).optional(),
    cooperation: csvList(cooperationType).optional(),
    stage: csvList(z.string().regex(/^[a-z-]{2,40}$/, "must be a stage id")).optional(),
    trlMin: trlQuery.optional(),
    trlMax: trlQuery.optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFilters>;

export const searchQuery = searchFilters
  .extend({
    q: z.string().trim().max(200).default(""),
    sort: z.enum(["relevance", "newest", "name"]).default("relevance"),
    page: z.coerce.number().int().min(1).max(250).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuery>;

/** Highlighted text marks matches between these two characters (never HTML). */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export const searchHit = z.object({
  id: z.string(),
  entity: z.enum(["org", "offer", "request"]),
  kind: searchKind,
  entityId: z.string(),
  orgId: z.string(),
  orgName: z.object({ en: z.string(), local: z.string().optional() }),
  title: z.object({ en: z.string(), local: z.string().optional() }),
  /** Title and text excerpt with matches marked by HIGHLIGHT_START … HIGHLIGHT_END. */
  highlight: z.object({ title: z.string(), titleLocal: z.string().optional(), snippet: z.string(), snippetLocal: z.string().optional() }),
  country: z.string(),
  region: z.string(),
  industries: z.array(z.string()),
  cooperationTypes: z.array(z.string()),
  trl: z.number().optional(),
  stage: z.array(z.string()),
  score: z.number().optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  hits: z.array(searchHit),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  facets: z.record(z.string(), z.record(z.string(), z.number())),
  processingTimeMs: z.number(),
  /** Set when the answer did not come from the search engine (degraded mode). */
  degraded: z.boolean().optional(),
});
export type SearchResult = z.infer<typeof searchResult>;

/** How a saved search tells its owner of new matching requests and offers. */
export const SAVED_SEARCH_ALERTS = ["instant", "daily", "off"] as const;
export const savedSearchAlerts = z.enum(SAVED_SEARCH_ALERTS);
export type SavedSearchAlerts = z.infer<typeof savedSearchAlerts>;

export const createSavedSearchBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    q: z.string().trim().max(200).default(""),
    filters: searchFilters.default({}),
    alerts: savedSearchAlerts.default("instant"),
  })
  .strict();
export const updateSavedSearchBody = z
  .object({ name: z.string().trim().min(1).max(120).optional(), alerts: savedSearchAlerts.optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, issue("no_change"));
export const savedSearchView = z.object({
  id: objectId,
  name: z.string(),
  q: z.string(),
  filters: searchFilters,
  alerts: savedSearchAlerts,
  createdAt: z.string(),
});
export type SavedSearchView = z.infer<typeof savedSearchView>;
