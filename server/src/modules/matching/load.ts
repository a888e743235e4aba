import mongoose from "mongoose";
import { findConcepts } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { introductionModel } from "../introductions/model.js";
import type { Offer } from "../offers/model.js";
import type { Org } from "../orgs/model.js";
import type { CooperationRequest } from "../requests/model.js";
import { conceptFields, profileFacts, type ProfileFacts } from "../search/documents.js";
import type { Candidate, CandidateRequest, MatchRequest, OrgCandidate, Requester, Responsiveness } from "./scoring/index.js";
import { toObjectIds } from "./candidates.js";

type OrgFacts = Pick<Org, "_id" | "kind" | "name" | "country" | "region" | "industries" | "cooperationInterests" | "interestRegions" | "park" | "enterprise" | "investor" | "institution" | "updatedAt">;

export function toRequester(org: OrgFacts): Requester {
  return {
    id: String(org._id),
    kind: org.kind,
    name: org.name,
    country: org.country,
    region: org.region,
    industries: org.industries,
    cooperationInterests: org.cooperationInterests,
    interestRegions: org.interestRegions,
    ...requesterFacts(profileFacts(org)),
  };
}

const requesterFacts = ({ park, enterprise, investor }: ProfileFacts): Pick<Requester, "park" | "enterprise" | "investor"> => ({
  ...(park ? { park: { stage: park.stage } } : {}),
  ...(enterprise ? { enterprise: { seeks: enterprise.seeks } } : {}),
  ...(investor ? { investor } : {}),
});

export function toMatchRequest(r: CooperationRequest, org: OrgFacts): MatchRequest {
  return {
    id: String(r._id),
    orgId: String(r.orgId),
    type: r.type,
    title: r.title,
    industries: r.industries,
    targetRegions: r.targetRegions,
    targetCountries: r.targetCountries,
    partnerKinds: r.partnerKinds,
    trlMin: r.trlMin,
    trlMax: r.trlMax,
    ticketMinUsd: r.ticketMinUsd,
    ticketMaxUsd: r.ticketMaxUsd,
    requester: toRequester(org),
    concepts: findConcepts([r.title.en, r.title.local, r.description?.en, r.description?.local].filter(Boolean).join("\n")),
  };
}

const toCandidateRequest = (r: CooperationRequest): CandidateRequest => ({
  id: String(r._id),
  type: r.type,
  industries: r.industries,
  targetRegions: r.targetRegions,
  targetCountries: r.targetCountries,
  partnerKinds: r.partnerKinds,
});

export function toOrgCandidate(org: OrgFacts & Partial<Pick<Org, "description">>, openRequests: CooperationRequest[]): OrgCandidate {
  return {
    entity: "org",
    id: String(org._id),
    kind: org.kind,
    name: org.name,
    country: org.country,
    region: org.region,
    industries: org.industries,
    cooperationInterests: org.cooperationInterests,
    interestRegions: org.interestRegions,
    ...profileFacts(org),
    updatedAt: org.updatedAt,
    openRequests: openRequests.map(toCandidateRequest),
    concepts: conceptFields(org.description?.en, org.description?.local).concepts,
  };
}

export function toOfferCandidate(o: Offer, org: OrgFacts): Candidate {
  return {
    entity: "offer",
    id: String(o._id),
    orgId: String(o.orgId),
    orgName: org.name,
    orgKind: org.kind,
    country: org.country,
    region: org.region,
    title: o.title,
    industries: o.industries,
    trl: o.trl,
    transferModes: o.transferModes,
    targetRegions: o.targetRegions,
    updatedAt: o.updatedAt,
    concepts: conceptFields(o.title.en, o.title.local, o.summary.en, o.summary.local).concepts,
  };
}

export function toRequestCandidate(r: CooperationRequest, org: OrgFacts): Candidate {
  return {
    ...toCandidateRequest(r),
    entity: "request",
    id: String(r._id),
    orgId: String(r.orgId),
    orgName: org.name,
    orgKind: org.kind,
    country: org.country,
    region: org.region,
    title: r.title,
    trlMin: r.trlMin,
    trlMax: r.trlMax,
    ticketMinUsd: r.ticketMinUsd,
    ticketMaxUsd: r.ticketMaxUsd,
    updatedAt: r.updatedAt,
    concepts: conceptFields(r.title.en, r.title.local, r.description.en, r.description.local).concepts,
  };
}

/** How each organization answered the introductions it received: timely answers vs expiries. */
export async function responsivenessOf(deps: AppDeps, orgIds: string[]): Promise<Map<string, Responsiveness>> {
  const map = new Map<string, Responsiveness>();
  if (orgIds.length === 0) return map;
  const rows = await introductionModel(deps.db)
    .find({ "to.orgId": { $in: toObjectIds(orgIds) }, origin: "member" }, { "to.orgId": 1, "to.acceptedAt": 1, "to.declinedAt": 1, status: 1 })
    .lean();
  for (const row of rows) {
    const key = String(row.to.orgId);
    const r = map.get(key) ?? { answered: 0, declined: 0, expired: 0 };
    if (row.to.acceptedAt) r.answered++;
    else if (row.to.declinedAt) r.declined++;
    else if (row.status === "expired") r.expired++;
    map.set(key, r);
  }
  return map;
}

/** Organizations already introduced to, in talks with, or declined by this one: never suggested again. */
export async function excludedOrgIds(deps: AppDeps, orgId: string | mongoose.Types.ObjectId): Promise<string[]> {
  const own = new mongoose.Types.ObjectId(String(orgId));
  const rows = await introductionModel(deps.db)
    // Agreements are left to knownPartnerships: out for the same cooperation type, marked for others.
    .find({ orgIds: own, status: { $nin: ["suggested", "expired", "agreement"] } }, { orgIds: 1 })
    .lean();
  return [...new Set(rows.flatMap((r) => r.orgIds.map(String)).filter((id) => id !== String(own)))];
}
