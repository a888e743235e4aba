import { z } from "zod";
import { orgStatus } from "./orgs.js";

/** Counts keyed by a category id (kind, country code, region, request type, state…). */
const count = z.number().int();
const counts = z.record(z.string(), count);

/** The stages of the introduction funnel, in order; each is counted if an introduction ever reached it. */
export const FUNNEL_STAGES = ["proposed", "accepted", "introduced", "meeting_held", "agreement"] as const;
/** Where an introduction can end without an agreement; counted by current status. */
export const FUNNEL_EXITS = ["declined", "stalled", "expired"] as const;

export const adminStats = z.object({
  generatedAt: z.string(),
  members: z.object({ total: z.number().int(), byKind: counts, byCountry: counts, byRegion: counts }),
  /** Organizations waiting for a vetting decision. */
  pending: z.number().int(),
  requests: z.object({ total: z.number().int(), byType: counts, byState: counts }),
  pipeline: z.object({
    total: z.number().int(),
    reached: z.object({ proposed: count, accepted: count, introduced: count, meeting_held: count, agreement: count }),
    exits: z.object({ declined: count, stalled: count, expired: count }),
    /** Share of those that reached `from` and went on to `to` (null when none reached `from`). */
    conversion: z.array(z.object({ from: z.string(), to: z.string(), rate: z.number().nullable() })),
  }),
  outcomes: z.object({ total: z.number().int(), byKind: counts }),
  firstReply: z.object({
    /** Median hours from an introduction's creation to its first reply; null when none has a reply yet. */
    medianHours: z.number().nullable(),
    count: z.number().int(),
  }),
});
export type AdminStats = z.infer<typeof adminStats>;

export const EXPORT_ENTITIES = ["orgs", "requests", "introductions"] as const;
export const exportEntity = z.enum(EXPORT_ENTITIES);
export type ExportEntity = z.infer<typeof exportEntity>;
export const exportParams = z.object({ entity: exportEntity }).strict();
export const exportQuery = z.object({ format: z.enum(["csv", "json"]).default("csv") }).strict();

/**
 * The columns of an organization import, in template order. List-valued cells hold
 * values separated by "|"; contact_name/contact_email/contact_phone are parallel lists
 * (the n-th name goes with the n-th e-mail). Kind-specific columns stay empty for other kinds.
 */
export const IMPORT_ORG_COLUMNS = [
  "kind",
  "name_en",
  "name_local",
  "description_en",
  "description_local",
  "country",
  "city",
  "website",
  "industries",
  "cooperationInterests",
  "interestRegions",
  "languages",
  "contact_name",
  "contact_email",
  "contact_phone",
  "park_founded",
  "park_management",
  "park_stage",
  "park_services",
  "enterprise_size",
  "enterprise_products",
  "enterprise_seeks",
  "investor_type",
  "investor_stages",
  "investor_ticket_min_usd",
  "investor_ticket_max_usd",
  "institution_type",
] as const;
/** The list separator inside a cell. */
export const CSV_LIST_SEPARATOR = "|";

export const importOrgsQuery = z
  .object({
    /** Defaults to a dry run: nothing is written unless dryRun=false is said explicitly. */
    dryRun: z.enum(["true", "false"]).default("true"),
    /** Staff import vetted data, so rows are approved unless told otherwise. */
    status: orgStatus.exclude(["rejected"]).default("approved"),
  })
  .strict();

/** One problem of one row: `line` is the CSV line where the row starts (the header is line 1). */
export const importIssue = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssue>;

export const importReport = z.object({
  dryRun: z.boolean(),
  /** Rows that passed validation (on a real run: that were imported). */
  valid: z.number().int(),
  invalid: z.number().int(),
  imported: z.number().int(),
  errors: z.array(importIssue),
});
export type ImportReport = z.infer<typeof importReport>;
