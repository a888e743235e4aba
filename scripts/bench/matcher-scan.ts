// The full scan that bench:matcher and the tier fitting compare candidate generation with.
import type { AppDeps } from "../../server/src/deps.js";
import { orgModel, type Org } from "../../server/src/modules/orgs/model.js";
import { offerModel, type Offer } from "../../server/src/modules/offers/model.js";
import { requestModel, type CooperationRequest } from "../../server/src/modules/requests/model.js";
import { toOfferCandidate, toOrgCandidate, toRequestCandidate } from "../../server/src/modules/matching/load.js";
import type { Candidate } from "../../server/src/modules/matching/scoring/index.js";

/** The baseline: every listed profile, offer and request read from MongoDB, ready to score. */
export async function readEverything(deps: AppDeps): Promise<Candidate[]> {
  const { db } = deps;
  const now = new Date();
  const orgs = await orgModel(db).find({ status: "approved" }).lean<Org[]>();
  const openRequests = await requestModel(db).find({ state: "open", expiresAt: { $gt: now } }).lean<CooperationRequest[]>();
  const offers = await offerModel(db).find({ status: "active", expiresAt: { $gt: now } }).lean<Offer[]>();
  const byOrg = new Map<string, CooperationRequest[]>();
  for (const r of openRequests) byOrg.set(String(r.orgId), [...(byOrg.get(String(r.orgId)) ?? []), r]);
  const orgById = new Map(orgs.map((o) => [String(o._id), o]));
  const out: Candidate[] = orgs.map((o) => toOrgCandidate(o, byOrg.get(String(o._id)) ?? []));
  for (const o of offers) if (orgById.has(String(o.orgId))) out.push(toOfferCandidate(o, orgById.get(String(o.orgId))!));
  for (const r of openRequests) if (orgById.has(String(r.orgId))) out.push(toRequestCandidate(r, orgById.get(String(r.orgId))!));
  return out;
}


/** `n` open requests spread evenly over the directory (by id), with their requesters. */
export async function benchRequests(deps: AppDeps, n: number): Promise<{ requests: CooperationRequest[]; requesters: Map<string, Org> }> {
  const total = await requestModel(deps.db).countDocuments({ state: "open" });
  const step = Math.max(1, Math.floor(total / n));
  const requests: CooperationRequest[] = [];
  for (let i = 0; i < n; i++) {
    const r = await requestModel(deps.db).findOne({ state: "open" }).sort({ _id: 1 }).skip(i * step).lean<CooperationRequest>();
    if (r) requests.push(r);
  }
  const requesters = new Map((await orgModel(deps.db).find({ _id: { $in: requests.map((r) => r.orgId) } }).lean<Org[]>()).map((o) => [String(o._id), o]));
  return { requests, requesters };
}
