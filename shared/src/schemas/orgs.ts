import { z } from "zod";
import { issue } from "./issues.js";
import * as t from "../taxonomy/index.js";
import { bilingual, bilingualContent, bilingualContentView, email, objectId, pageOf, paging, phone, url, csvList } from "./common.js";

export const ORG_KINDS = ["park", "enterprise", "investor", "institution"] as const;
export const orgKind = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof orgKind>;

export const ORG_STATUSES = ["pending", "approved", "rejected"] as const;
export const orgStatus = z.enum(ORG_STATUSES);
export type OrgStatus = z.infer<typeof orgStatus>;

export const industryId = z.enum(t.INDUSTRY_IDS);
export const regionId = z.enum(t.REGION_IDS);
export const countryCode = z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(t.COUNTRY_CODES));
export const cooperationType = z.enum(t.COOPERATION_TYPE_IDS);
export const languageCode = z.enum(t.LANGUAGE_CODES);

/** A person to contact: private — shown only to staff and to the two sides of an accepted introduction. */
export const contact = z
  .object({
    name: z.string().trim().min(1).max(120),
    title: z.string().trim().max(120).optional(),
    email,
    phone: phone.optional(),
  })
  .strict();
export type Contact = z.infer<typeof contact>;

const thisYear = new Date().getFullYear();

export const parkProfile = z
  .object({
    founded: z.number().int().min(1900).max(thisYear + 5),
    management: z.enum(t.MANAGEMENT_TYPE_IDS),
    investedBy: z.string().trim().max(300).optional(),
    areaKm2: z.number().positive().max(100_000).optional(),
    residentCompanies: z.number().int().min(0).max(1_000_000).optional(),
    stage: z.enum(t.PARK_STAGE_IDS),
    services: z.array(z.enum(t.PARK_SERVICE_IDS)).max(20).default([]),
  })
  .strict();

export const enterpriseProfile = z
  .object({
    homeParkId: objectId.optional(),
    size: z.enum(t.COMPANY_SIZE_IDS),
    products: z.array(z.string().trim().min(1).max(120)).max(30).default([]),
    seeks: z.array(z.enum(t.ENTERPRISE_SEEK_IDS)).max(10).default([]),
  })
  .strict();

export const investorProfile = z
  .object({
    investorType: z.enum(t.INVESTOR_TYPE_IDS),
    stages: z.array(z.enum(t.INVESTMENT_STAGE_IDS)).min(1).max(10),
    ticketMinUsd: z.number().int().min(0).max(10_000_000_000),
    ticketMaxUsd: z.number().int().min(0).max(10_000_000_000),
  })
  .strict()
  .refine((p) => p.ticketMaxUsd >= p.ticketMinUsd, issue("range_order", ["ticketMaxUsd"]));

export const institutionProfile = z.object({ institutionType: z.enum(t.INSTITUTION_TYPE_IDS) }).strict();

/** An organization this one already has a formal partnership with (a sister park, a dual park, …). */
export const existingPartner = z
  .object({ orgId: objectId, type: cooperationType, since: z.number().int().min(1900).max(thisYear).optional() })
  .strict();
export type ExistingPartner = z.infer<typeof existingPartner>;

/** What every organization has, whatever its kind. */
const common = {
  name: bilingual(200),
  description: bilingualContent(5000, { required: false }).default({ en: "" }),
  country: countryCode,
  city: z.string().trim().min(1).max(120),
  website: url.optional(),
  industries: z.array(industryId).min(1).max(20),
  cooperationInterests: z.array(cooperationType).max(20).default([]),
  /** Regions where the organization looks for partners. */
  interestRegions: z.array(regionId).max(10).default([]),
  languages: z.array(languageCode).max(20).default([]),
  contacts: z.array(contact).max(10).default([]),
  /** Existing partnerships: the matcher leaves these out for the same cooperation type, or marks them. */
  partners: z.array(existingPartner).max(100).optional(),
};

export const createOrgBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("park"), ...common, park: parkProfile }).strict(),
  z.object({ kind: z.literal("enterprise"), ...common, enterprise: enterpriseProfile }).strict(),
  z.object({ kind: z.literal("investor"), ...common, investor: investorProfile }).strict(),
  z.object({ kind: z.literal("institution"), ...common, institution: institutionProfile }).strict(),
]);
export type CreateOrgBody = z.infer<typeof createOrgBody>;

/** An update names only what changes; the kind never changes, and its profile is replaced whole. */
export const updateOrgBody = z
  .object({
    name: common.name.optional(),
    description: bilingualContent(5000, { required: false }).optional(),
    country: countryCode.optional(),
    city: common.city.optional(),
    website: url.nullable().optional(),
    industries: common.industries.optional(),
    cooperationInterests: z.array(cooperationType).max(20).optional(),
    interestRegions: z.array(regionId).max(10).optional(),
    languages: z.array(languageCode).max(20).optional(),
    contacts: z.array(contact).max(10).optional(),
    partners: z.array(existingPartner).max(100).optional(),
    park: parkProfile.optional(),
    enterprise: enterpriseProfile.optional(),
    investor: investorProfile.optional(),
    institution: institutionProfile.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, issue("no_change"));
export type UpdateOrgBody = z.infer<typeof updateOrgBody>;

export const listOrgsQuery = paging
  .extend({
    kind: orgKind.optional(),
    country: countryCode.optional(),
    region: regionId.optional(),
    industry: industryId.optional(),
    cooperation: cooperationType.optional(),
    /** Staff only: filter by vetting status. */
    status: orgStatus.optional(),
    q: z.string().trim().max(100).optional(),
    ids: csvList(objectId).optional(),
    mine: z.enum(["true", "false"]).optional(),
  })
  .strict();
export type ListOrgsQuery = z.infer<typeof listOrgsQuery>;

export const vettingDecision = z
  .object({
    decision: z.enum(["approve", "reject"]),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((d) => d.decision === "approve" || (d.reason && d.reason.length >= 3), issue("required", ["reason"]));

export const vettingRecord = z.object({
  decision: z.enum(["approve", "reject", "submitted"]),
  by: z.string().nullable(),
  at: z.string(),
  reason: z.string().optional(),
});

export const MEMBER_ROLES = ["owner", "editor"] as const;
export const memberRole = z.enum(MEMBER_ROLES);
export const addMemberBody = z.object({ email, role: memberRole.default("editor") }).strict();
export const memberParams = z.object({ id: objectId, userId: objectId }).strict();
export const orgMember = z.object({
  userId: z.string(),
  name: z.string(),
  role: memberRole,
  email: z.string().optional(),
  phone: z.string().optional(),
});

export const orgView = z.object({
  id: z.string(),
  kind: orgKind,
  status: orgStatus,
  name: bilingual(200),
  description: bilingualContentView(5000),
  country: z.string(),
  region: z.string(),
  city: z.string(),
  website: z.string().optional(),
  industries: z.array(z.string()),
  cooperationInterests: z.array(z.string()),
  interestRegions: z.array(z.string()),
  languages: z.array(z.string()),
  partners: z.array(z.object({ orgId: z.string(), type: z.string(), since: z.number().optional() })).optional(),
  park: parkProfile.optional(),
  enterprise: enterpriseProfile.optional(),
  investor: z.object({}).passthrough().optional(),
  institution: institutionProfile.optional(),
  /** Present only for staff, the organization's own members, and introduced partners. */
  contacts: z.array(contact).optional(),
  vetting: z.array(vettingRecord).optional(),
  myRole: memberRole.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgView = z.infer<typeof orgView>;
export const orgPage = pageOf(orgView);
