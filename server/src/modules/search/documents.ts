import type mongoose from "mongoose";
import { conceptTerms, findConcepts, type OrgKind, type PartnerKind } from "@parklink/shared";
import { termLabels } from "./labels.js";
import type { Org } from "../orgs/model.js";
import type { Offer } from "../offers/model.js";
import type { CooperationRequest } from "../requests/model.js";

export const DIRECTORY_INDEX = "directory";
/** Organizations never expire; a far-future stamp keeps one filter for every record. */
const NEVER = 32503680000;

export type Entity = "org" | "offer" | "request";

/** One record in the search index: organizations, offers and requests side by side. Never holds contacts. */
export interface DirectoryDocument {
  id: string;
  entity: Entity;
  /** park | enterprise | investor | institution | offer | request */
  kind: string;
  entityId: string;
  orgId: string;
  orgName_en: string;
  orgName_local?: string;
  title_en: string;
  title_local?: string;
  text_en: string;
  text_local?: string;
  country: string;
  region: string;
  city?: string;
  industries: string[];
  /** Taxonomy labels (en and zh) of the industries and their parents, so either language, or a synonym, finds the record. */
  industryLabels: string[];
  cooperationTypes: string[];
  cooperationLabels: string[];
  targetRegions: string[];
  trl?: number;
  trlMin?: number;
  trlMax?: number;
  /** Park development stage, investor stages, or request state. */
  stage: string[];
  expiresAt: number;
  updatedAt: number;
  createdAt: number;
  /** What the matcher scores beyond the fields above: stored only, never searched or filtered. */
  facts: MatchFacts;
  /** Glossary concepts the title and text mention (ids): filtered on by the matcher, scored for text relevance. */
  concepts: string[];
  /** Those concepts' English and Chinese names: a query in one language finds a record written in the other. */
  conceptTerms: string[];
}

/** The glossary concepts of a record's texts, and their names in both languages. */
export function conceptFields(...texts: (string | undefined)[]): Pick<DirectoryDocument, "concepts" | "conceptTerms"> {
  const concepts = findConcepts(texts.filter(Boolean).join("\n"));
  return { concepts, conceptTerms: conceptTerms(concepts) };
}

export interface ProfileFacts {
  park?: { stage: string; services: string[] };
  enterprise?: { seeks: string[]; size?: string };
  investor?: { investorType?: string; stages: string[]; ticketMinUsd: number; ticketMaxUsd: number };
  institution?: { institutionType: string };
}

export interface MatchFacts extends ProfileFacts {
  /** The kind of the organization behind the record. */
  orgKind: OrgKind;
  /** Offers: how the technology is transferred. */
  transferModes?: string[];
  /** Requests: what they ask for beyond type, industries and regions. */
  targetCountries?: string[];
  partnerKinds?: PartnerKind[];
  ticketMinUsd?: number;
  ticketMaxUsd?: number;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The kind-specific facts of an organization profile that scoring reads. */
export function profileFacts(org: Pick<Org, "park" | "enterprise" | "investor" | "institution">): ProfileFacts {
  return {
    ...(org.park ? { park: { stage: String(org.park.stage), services: strings(org.park.services) } } : {}),
    ...(org.enterprise
      ? { enterprise: { seeks: strings(org.enterprise.seeks), ...(org.enterprise.size ? { size: String(org.enterprise.size) } : {}) } }
      : {}),
    ...(org.investor
      ? {
          investor: {
            ...(org.investor.investorType ? { investorType: String(org.investor.investorType) } : {}),
            stages: strings(org.investor.stages),
            ticketMinUsd: Number(org.investor.ticketMinUsd ?? 0),
            ticketMaxUsd: Number(org.investor.ticketMaxUsd ?? 0),
          },
        }
      : {}),
    ...(org.institution ? { institution: { institutionType: String(org.institution.institutionType) } } : {}),
  };
}

export const docId = (entity: Entity, id: mongoose.Types.ObjectId | string) => `${entity}-${String(id)}`;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export function orgDocument(org: Org): DirectoryDocument {
  const stage =
    org.kind === "park" && org.park?.stage
      ? [String(org.park.stage)]
      : org.kind === "investor" && Array.isArray(org.investor?.stages)
        ? (org.investor.stages as string[])
        : [];
  return {
    id: docId("org", org._id),
    entity: "org",
    kind: org.kind,
    entityId: String(org._id),
    orgId: String(org._id),
    orgName_en: org.name.en,
    orgName_local: org.name.local,
    title_en: org.name.en,
    title_local: org.name.local,
    text_en: org.description?.en ?? "",
    text_local: org.description?.local,
    country: org.country,
    region: org.region,
    city: org.city,
    industries: org.industries,
    industryLabels: termLabels("industry", org.industries),
    cooperationTypes: org.cooperationInterests,
    cooperationLabels: termLabels("cooperation", org.cooperationInterests),
    targetRegions: org.interestRegions,
    stage,
    expiresAt: NEVER,
    updatedAt: seconds(org.updatedAt),
    createdAt: seconds(org.createdAt),
    facts: { orgKind: org.kind, ...profileFacts(org) },
    ...conceptFields(org.description?.en, org.description?.local),
  };
}

export function offerDocument(offer: Offer, org: Org): DirectoryDocument {
  return {
    id: docId("offer", offer._id),
    entity: "offer",
    kind: "offer",
    entityId: String(offer._id),
    orgId: String(org._id),
    orgName_en: org.name.en,
    orgName_local: org.name.local,
    title_en: offer.title.en,
    title_local: offer.title.local,
    text_en: offer.summary.en,
    text_local: offer.summary.local,
    country: org.country,
    region: org.region,
    city: org.city,
    industries: offer.industries,
    industryLabels: termLabels("industry", offer.industries),
    cooperationTypes: ["technology-transfer"],
    cooperationLabels: termLabels("cooperation", ["technology-transfer"]),
    targetRegions: offer.targetRegions,
    trl: offer.trl,
    stage: [],
    expiresAt: seconds(offer.expiresAt),
    updatedAt: seconds(offer.updatedAt),
    createdAt: seconds(offer.createdAt),
    facts: { orgKind: org.kind, transferModes: offer.transferModes },
    ...conceptFields(offer.title.en, offer.title.local, offer.summary.en, offer.summary.local),
  };
}

export function requestDocument(request: CooperationRequest, org: Org): DirectoryDocument {
  return {
    id: docId("request", request._id),
    entity: "request",
    kind: "request",
    entityId: String(request._id),
    orgId: String(org._id),
    orgName_en: org.name.en,
    orgName_local: org.name.local,
    title_en: request.title.en,
    title_local: request.title.local,
    text_en: request.description.en,
    text_local: request.description.local,
    country: org.country,
    region: org.region,
    city: org.city,
    industries: request.industries,
    industryLabels: termLabels("industry", request.industries),
    cooperationTypes: [request.type],
    cooperationLabels: termLabels("cooperation", [request.type]),
    targetRegions: request.targetRegions,
    trlMin: request.trlMin,
    trlMax: request.trlMax,
    stage: [request.state],
    expiresAt: seconds(request.expiresAt),
    updatedAt: seconds(request.updatedAt),
    createdAt: seconds(request.createdAt),
    facts: {
      orgKind: org.kind,
      targetCountries: request.targetCountries,
      partnerKinds: request.partnerKinds,
      ...(request.ticketMinUsd !== undefined ? { ticketMinUsd: request.ticketMinUsd } : {}),
      ...(request.ticketMaxUsd !== undefined ? { ticketMaxUsd: request.ticketMaxUsd } : {}),
    },
    ...conceptFields(request.title.en, request.title.local, request.description.en, request.description.local),
  };
}

/** Only what every member may see goes into the index. */
export const orgIsListed = (org: Org) => org.status === "approved";
export const offerIsListed = (offer: Offer, org: Org | null, now = new Date()) =>
  Boolean(org && orgIsListed(org)) && offer.status === "active" && offer.expiresAt > now;
export const requestIsListed = (r: CooperationRequest, org: Org | null, now = new Date()) =>
  Boolean(org && orgIsListed(org)) && (r.state === "open" || r.state === "matched") && r.expiresAt > now;
