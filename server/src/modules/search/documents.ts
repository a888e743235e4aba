import type mongoose from "mongoose";
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
  /** Taxonomy labels (en and zh) and synonyms of the industries, so either language finds the record. */
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
  };
}

/** Only what every member may see goes into the index. */
export const orgIsListed = (org: Org) => org.status === "approved";
export const offerIsListed = (offer: Offer, org: Org | null, now = new Date()) =>
  Boolean(org && orgIsListed(org)) && offer.status === "active" && offer.expiresAt > now;
export const requestIsListed = (r: CooperationRequest, org: Org | null, now = new Date()) =>
  Boolean(org && orgIsListed(org)) && (r.state === "open" || r.state === "matched") && r.expiresAt > now;
