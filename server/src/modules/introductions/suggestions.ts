import mongoose from "mongoose";
import type { z } from "zod";
import type { suggestionsQuery } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { notFound } from "../../http/errors.js";
import { suggestionModel, type StoredSuggestion } from "../matching/model.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel } from "../requests/model.js";
import { introductionModel } from "./model.js";
import { ACTIVE } from "./service.js";

const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Pairs that already have an introduction under way: proposing them again would fail. */
async function pairsUnderWay(deps: AppDeps): Promise<mongoose.FilterQuery<StoredSuggestion>[]> {
  const intros = await introductionModel(deps.db).find({ status: { $in: ACTIVE } }, { orgIds: 1 }).lean();
  return intros.flatMap(({ orgIds: [a, b] }) => [
    { requesterOrgId: a, "candidate.orgId": b },
    { requesterOrgId: b, "candidate.orgId": a },
  ]);
}

/** The stored filter of a suggestions query: state, cooperation type, candidate country, score, names. */
async function filterOf(deps: AppDeps, query: z.infer<typeof suggestionsQuery>) {
  // Withheld: naming an organization whose approval was reversed.
  const filter: mongoose.FilterQuery<StoredSuggestion> = { withheld: { $ne: true } };
  if (query.status) filter.status = query.status;
  if (query.minScore !== undefined) filter.score = { $gte: query.minScore };
  const and: mongoose.FilterQuery<StoredSuggestion>[] = [];
  if (query.type?.length) {
    const requests = await requestModel(deps.db).find({ type: { $in: query.type } }, { _id: 1 }).lean();
    and.push({ requestId: { $in: requests.map((r) => r._id) } });
  }
  if (query.country?.length) {
    const orgs = await orgModel(deps.db).find({ country: { $in: query.country } }, { _id: 1 }).lean();
    and.push({ "candidate.orgId": { $in: orgs.map((o) => o._id) } });
  }
  if (query.q) {
    const re = new RegExp(escapeRegex(query.q), "i");
    const requesters = await orgModel(deps.db).find({ $or: [{ "name.en": re }, { "name.local": re }] }, { _id: 1 }).limit(500).lean();
    and.push({ $or: [{ "candidate.name.en": re }, { "candidate.name.local": re }, { requesterOrgId: { $in: requesters.map((o) => o._id) } }] });
  }
  // New suggestions leave out pairs already under way; the history of proposed ones keeps them.
  if (query.status !== "proposed") {
    const busy = await pairsUnderWay(deps);
    if (busy.length) and.push({ $nor: busy });
  }
  if (and.length) filter.$and = and;
  return filter;
}

/** Stored suggestions for staff, with the requester's and the request's names in both languages. */
export async function listSuggestions(deps: AppDeps, query: z.infer<typeof suggestionsQuery>) {
  const filter = await filterOf(deps, query);
  const { page, pageSize } = query;
  const Suggestions = suggestionModel(deps.db);
  const [items, total] = await Promise.all([
    Suggestions.find(filter).sort({ createdAt: -1, requestId: 1, rank: 1 }).skip((page - 1) * pageSize).limit(pageSize).lean<StoredSuggestion[]>(),
    Suggestions.countDocuments(filter),
  ]);
  const [orgs, requests] = await Promise.all([
    orgModel(deps.db).find({ _id: { $in: items.map((s) => s.requesterOrgId) } }, { name: 1 }).lean<Pick<Org, "_id" | "name">[]>(),
    requestModel(deps.db).find({ _id: { $in: items.map((s) => s.requestId) } }, { title: 1, type: 1 }).lean(),
  ]);
  const orgName = new Map(orgs.map((o) => [String(o._id), o.name]));
  const request = new Map(requests.map((r) => [String(r._id), r]));
  return {
    items: items.map((s) => {
      const r = request.get(String(s.requestId));
      return {
        id: String(s._id),
        requestId: String(s.requestId),
        requesterOrgId: String(s.requesterOrgId),
        requester: { name: orgName.get(String(s.requesterOrgId)) ?? { en: "" } },
        request: r ? { title: r.title, type: r.type } : undefined,
        candidate: { entity: s.candidate.entity, id: String(s.candidate.id), orgId: String(s.candidate.orgId), name: s.candidate.name },
        rank: s.rank,
        score: s.score,
        reasons: s.reasons,
        status: s.status,
        createdAt: s.createdAt.toISOString(),
      };
    }),
    page,
    pageSize,
    total,
  };
}

export async function dismissSuggestion(deps: AppDeps, id: string) {
  const res = await suggestionModel(deps.db).updateOne({ _id: oid(id), status: "new", withheld: { $ne: true } }, { $set: { status: "dismissed" } });
  if (res.matchedCount === 0) throw notFound("Open suggestion");
}
