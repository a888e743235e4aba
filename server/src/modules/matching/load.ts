import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { introductionModel } from "../introductions/model.js";
import { offerModel, type Offer } from "../offers/model.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import type { Candidate, CandidateRequest, InvestorFacts, MatchRequest, OrgCandidate, Requester, Responsiveness } from "./scoring/index.js";
import { toObjectIds, type CandidateRefs } from "./candidates.js";

type OrgFacts = Pick<Org, "_id" | "kind" | "name" | "country" | "region" | "industries" | "cooperationInterests" | "interestRegions" | "park" | "enterprise" | "investor" | "institution" | "updatedAt">;

const investorFacts = (org: OrgFacts): InvestorFacts | undefined =>
  org.investor
    ? {
        investorType: org.investor.investorType as string | undefined,
        stages: (org.investor.stages as string[]) ?? [],
        ticketMinUsd: Number(org.investor.ticketMinUsd ?? 0),
        ticketMaxUsd: Number(org.investor.ticketMaxUsd ?? 0),
      }
    : undefined;

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
    ...(org.park ? { park: { stage: String(org.park.stage) } } : {}),
    ...(org.enterprise ? { enterprise: { seeks: (org.enterprise.seeks as string[]) ?? [] } } : {}),
    ...(org.investor ? { investor: investorFacts(org) } : {}),
  };
}

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

export function toOrgCandidate(org: OrgFacts, openRequests: CooperationRequest[]): OrgCandidate {
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
    ...(org.park ? { park: { stage: String(org.park.stage), services: (org.park.services as string[]) ?? [] } } : {}),
    ...(org.enterprise ? { enterprise: { seeks: (org.enterprise.seeks as string[]) ?? [], size: org.enterprise.size as string | undefined } } : {}),
    ...(org.investor ? { investor: investorFacts(org) } : {}),
    ...(org.institution ? { institution: { institutionType: String(org.institution.institutionType) } } : {}),
    updatedAt: org.updatedAt,
    openRequests: openRequests.map(toCandidateRequest),
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
  };
}

const ORG_FIELDS = "kind name country region industries cooperationInterests interestRegions park enterprise investor institution updatedAt status";

/** Loads the candidates Meilisearch named, by id (indexed lookups only), with what scoring needs. */
export async function loadCandidates(deps: AppDeps, refs: CandidateRefs, now = new Date()): Promise<Candidate[]> {
  const [offers, requests] = await Promise.all([
    refs.offerIds.length ? offerModel(deps.db).find({ _id: { $in: toObjectIds(refs.offerIds) } }).lean<Offer[]>() : [],
    refs.requestIds.length ? requestModel(deps.db).find({ _id: { $in: toObjectIds(refs.requestIds) } }).lean<CooperationRequest[]>() : [],
  ]);
  const liveOffers = offers.filter((o) => o.status === "active" && o.expiresAt > now);
  const liveRequests = requests.filter((r) => (r.state === "open" || r.state === "matched") && r.expiresAt > now);
  const orgIds = [...new Set([...refs.orgIds, ...liveOffers.map((o) => String(o.orgId)), ...liveRequests.map((r) => String(r.orgId))])];
  const [orgs, openRequests] = await Promise.all([
    orgModel(deps.db).find({ _id: { $in: toObjectIds(orgIds) } }, ORG_FIELDS).lean<Org[]>(),
    refs.orgIds.length
      ? requestModel(deps.db).find({ orgId: { $in: toObjectIds(refs.orgIds) }, state: "open", expiresAt: { $gt: now } }).lean<CooperationRequest[]>()
      : [],
  ]);
  const orgById = new Map(orgs.filter((o) => o.status === "approved").map((o) => [String(o._id), o]));
  const requestsByOrg = new Map<string, CooperationRequest[]>();
  for (const r of openRequests) requestsByOrg.set(String(r.orgId), [...(requestsByOrg.get(String(r.orgId)) ?? []), r]);

  const out: Candidate[] = [];
  for (const id of refs.orgIds) {
    const org = orgById.get(id);
    if (org) out.push(toOrgCandidate(org, requestsByOrg.get(id) ?? []));
  }
  for (const o of liveOffers) {
    const org = orgById.get(String(o.orgId));
    if (org) out.push(toOfferCandidate(o, org));
  }
  for (const r of liveRequests) {
    const org = orgById.get(String(r.orgId));
    if (org) out.push(toRequestCandidate(r, org));
  }
  return out;
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
    .find({ orgIds: own, status: { $nin: ["suggested", "expired"] } }, { orgIds: 1 })
    .lean();
  return [...new Set(rows.flatMap((r) => r.orgIds.map(String)).filter((id) => id !== String(own)))];
}
