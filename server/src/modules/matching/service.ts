import mongoose from "mongoose";
import { matcherDuration } from "../../infra/metrics.js";
import { termLabel, type TermIdOf } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { serviceUnavailable } from "../../http/errors.js";
import { isMeiliOutage, meiliApiError } from "../../infra/meili-http.js";
import { authorize } from "../../policies/authorize.js";
import { orgPolicy } from "../../policies/orgs.js";
import type { Viewer } from "../orgs/access.js";
import { loadRequest } from "../requests/service.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import { DIRECTORY_INDEX, type DirectoryDocument } from "../search/documents.js";
import { inList } from "../search/filters.js";
import { candidatePool, industryNeighbourhood, poolCandidates, toObjectIds } from "./candidates.js";
import { excludedOrgIds, responsivenessOf, toMatchRequest, toOrgCandidate } from "./load.js";
import { suggestionModel } from "./model.js";
import { withdrawnOrgIds } from "./withdrawal.js";
import { knownPartnerships, requesterFeedback } from "./history.js";
import { rankingWeights } from "./learning/history.js";
import { parseWeights, rankCandidates, scoreCandidate, type Candidate, type FeedbackEntry, type MatchRequest, type Responsiveness, type Suggestion, type Weights } from "./scoring/index.js";

export interface MatchItem extends Omit<Suggestion, "others"> {
  /** The same organization's other records that fit, best first. */
  others?: { entity: Candidate["entity"]; id: string; name: { en: string; local?: string }; score: number }[];
  candidate: {
    entity: Candidate["entity"];
    id: string;
    orgId: string;
    kind: string;
    name: { en: string; local?: string };
    orgName: { en: string; local?: string };
    country: string;
    region: string;
  };
}

const weightsCache = new WeakMap<object, Weights>();
export function weightsOf(deps: AppDeps): Weights {
  let w = weightsCache.get(deps.config);
  if (!w) weightsCache.set(deps.config, (w = parseWeights(deps.config.MATCH_WEIGHTS)));
  return w;
}

/**
 * A text-score lookup where records the text query did not return count as not relevant
 * (0). Without a text query (a title made only of taxonomy terms) every record is neutral.
 */
const textLookup = (scores: Map<string, number> | undefined): ReadonlyMap<string, number> | undefined =>
  scores && ({ get: (id: string) => scores.get(id) ?? 0 } as ReadonlyMap<string, number>);

export function describe(c: Candidate): MatchItem["candidate"] {
  if (c.entity === "org") {
    return { entity: "org", id: c.id, orgId: c.id, kind: c.kind, name: c.name, orgName: c.name, country: c.country, region: c.region };
  }
  return { entity: c.entity, id: c.id, orgId: c.orgId, kind: c.entity, name: c.title, orgName: c.orgName, country: c.country, region: c.region };
}

export interface RankingInputs {
  match: MatchRequest;
  candidates: Candidate[];
  textScores: ReadonlyMap<string, number> | undefined;
  responsiveness: Map<string, Responsiveness>;
  excluded: string[];
  partners: Map<string, string[]>;
  feedback: FeedbackEntry[];
  conceptWeights?: Map<string, number>;
}

/** Meilisearch work for matches: an outage answers 503 search_unavailable rather than a bare 500. */
async function needingSearch<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isMeiliOutage(err)) throw serviceUnavailable("search_unavailable", "Matches need search, which is not available right now; try again shortly");
    if (meiliApiError(err)?.cause?.code === "index_not_found") {
      throw serviceUnavailable("search_unavailable", "Matches need the search index, which is still being built; try again shortly");
    }
    throw meiliApiError(err) ?? err;
  }
}

/** Candidates and their facts from Meilisearch; exclusions and introduction history from MongoDB, alongside. */
export async function rankingInputs(deps: AppDeps, request: CooperationRequest, requester: Org): Promise<RankingInputs> {
  const match = toMatchRequest(request, requester);
  const [excluded, withdrawn, found, partners, feedback] = await Promise.all([
    excludedOrgIds(deps, requester._id),
    withdrawnOrgIds(deps),
    needingSearch(() => candidatePool(deps, match)),
    knownPartnerships(deps, requester),
    requesterFeedback(deps, requester._id),
  ]);
  const skip = new Set([...excluded, ...withdrawn]);
  const kept = found.records.filter((r) => !skip.has(r.orgId));
  const [candidates, responsiveness] = await Promise.all([
    needingSearch(() => poolCandidates(deps, kept)),
    responsivenessOf(deps, [...new Set(kept.map((r) => r.orgId))]),
  ]);
  return { match, candidates, textScores: textLookup(found.textScores), responsiveness, excluded, partners, feedback, conceptWeights: found.conceptWeights };
}

/** Ranks candidates for one request: generation in Meilisearch, then pure scoring. */
export async function rankForRequest(deps: AppDeps, request: CooperationRequest, requester: Org, limit: number): Promise<MatchItem[]> {
  const end = matcherDuration.startTimer();
  const [{ match, candidates, textScores, responsiveness, partners, feedback, conceptWeights }, { weights }] = await Promise.all([
    rankingInputs(deps, request, requester),
    rankingWeights(deps, weightsOf(deps)),
  ]);
  const ranked = rankCandidates(match, candidates, { now: new Date(), weights, textScores, responsiveness, limit, onePerOrg: true, partners, feedback, conceptWeights });
  end();
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return ranked.map(({ others, ...s }) => ({
    ...s,
    candidate: describe(byId.get(s.candidateId)!),
    ...(others ? { others: others.map((o) => ({ entity: o.entity, id: o.candidateId, name: describe(byId.get(o.candidateId)!).name, score: o.score })) } : {}),
  }));
}

export async function matchesForRequest(deps: AppDeps, viewer: Viewer, id: string, page: number, pageSize: number) {
  const { request, org } = await loadRequest(deps, viewer, id, "readMatches");
  const [all, leftOut, { fit }] = await Promise.all([
    rankForRequest(deps, request, org, page * pageSize),
    partnersLeftOut(deps, org, request.type),
    rankingWeights(deps, weightsOf(deps)),
  ]);
  const weights = deps.config.MATCH_WEIGHTS
    ? { source: "configured" as const }
    : fit
      ? {
          source: "fitted" as const,
          fittedAt: fit.createdAt.toISOString(),
          outcomes: fit.samples,
          en: `Factor weights refitted on ${fit.createdAt.toISOString().slice(0, 10)} from ${fit.samples} outcomes of earlier introductions`,
          zh: `因素权重已于 ${fit.createdAt.toISOString().slice(0, 10)} 根据 ${fit.samples} 条引荐结果重新拟合`,
        }
      : { source: "default" as const };
  return { items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length, leftOut, weights };
}

/** Existing partners in the request's own type of cooperation, which the matches leave out, and why. */
async function partnersLeftOut(deps: AppDeps, org: Org, type: string) {
  const partners = await knownPartnerships(deps, org);
  const ids = [...partners].filter(([, types]) => types.includes(type)).map(([id]) => id);
  if (ids.length === 0) return [];
  const orgs = await orgModel(deps.db).find({ _id: { $in: toObjectIds(ids) } }, { name: 1 }).lean<Pick<Org, "_id" | "name">[]>();
  const en = termLabel("cooperationType", type as TermIdOf<"cooperationType">, "en").toLowerCase();
  const zh = termLabel("cooperationType", type as TermIdOf<"cooperationType">, "zh");
  return orgs.map((o) => ({
    orgId: String(o._id),
    name: o.name,
    en: `Left out: already your partner in ${en}`,
    zh: `未列入：已是您的${zh}合作伙伴`,
  }));
}

/** Open requests of other organizations that this organization fits, best first. */
export async function suggestionsForOrg(deps: AppDeps, viewer: Viewer, orgId: string, page: number, pageSize: number) {
  const org = await orgModel(deps.db).findById(orgId).lean<Org>();
  authorize(orgPolicy, viewer, "readSuggestions", org);
  const client = deps.search.client;
  if (!client) return { items: [], page, pageSize, total: 0 };
  const excluded = await excludedOrgIds(deps, org._id);
  const industries = industryNeighbourhood(org.industries);
  const wants = [
    industries.length ? inList("industries", industries) : undefined,
    org.cooperationInterests.length ? inList("cooperationTypes", org.cooperationInterests) : undefined,
  ].filter(Boolean);
  const res = await needingSearch(() => client.index<DirectoryDocument>(deps.search.indexName(DIRECTORY_INDEX)).search("", {
    filter: [
      `kind = "request"`,
      `expiresAt > ${Math.floor(Date.now() / 1000)}`,
      `NOT ${inList("orgId", [String(org._id), ...excluded])}`,
      ...(wants.length ? [`(${wants.join(" OR ")})`] : []),
    ],
    limit: 300,
    attributesToRetrieve: ["entityId"],
  }));
  const requests = await requestModel(deps.db).find({ _id: { $in: toObjectIds(res.hits.map((h) => h.entityId)) }, state: "open" }).lean<CooperationRequest[]>();
  const owners = await orgModel(deps.db).find({ _id: { $in: requests.map((r) => r.orgId) }, status: "approved" }).lean<Org[]>();
  const ownerById = new Map(owners.map((o) => [String(o._id), o]));
  const ownOpen = await requestModel(deps.db).find({ orgId: org._id, state: "open" }).lean<CooperationRequest[]>();
  const asCandidate = toOrgCandidate(org, ownOpen);
  const responsiveness = (await responsivenessOf(deps, [String(org._id)])).get(String(org._id));
  const now = new Date();
  const scored = requests
    .filter((r) => ownerById.has(String(r.orgId)))
    .map((r) => {
      const owner = ownerById.get(String(r.orgId))!;
      const s = scoreCandidate(toMatchRequest(r, owner), asCandidate, { now, weights: weightsOf(deps), responsiveness });
      return {
        ...s,
        request: { id: String(r._id), type: r.type, title: r.title, orgId: String(owner._id), orgName: owner.name, country: owner.country, region: owner.region },
      };
    })
    .sort((a, b) => b.score - a.score || a.request.id.localeCompare(b.request.id));
  return { items: scored.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: scored.length };
}

/** Stores the top matches of a request that opened, for staff review; returns how many. */
export async function storeSuggestions(deps: AppDeps, requestId: mongoose.Types.ObjectId, top = 10): Promise<number> {
  const request = await requestModel(deps.db).findById(requestId).lean<CooperationRequest>();
  const org = request && (await orgModel(deps.db).findById(request.orgId).lean<Org>());
  if (!request || !org || request.state !== "open" || org.status !== "approved") return 0;
  const items = await rankForRequest(deps, request, org, top);
  const Suggestions = suggestionModel(deps.db);
  await Suggestions.deleteMany({ requestId, status: "new", "candidate.id": { $nin: items.map((i) => new mongoose.Types.ObjectId(i.candidate.id)) } });
  for (const [rank, item] of items.entries()) {
    await Suggestions.updateOne(
      { requestId, "candidate.id": new mongoose.Types.ObjectId(item.candidate.id) },
      {
        $set: { rank: rank + 1, score: item.score, factors: item.factors, reasons: item.reasons },
        $setOnInsert: {
          requesterOrgId: org._id,
          candidate: { entity: item.candidate.entity, id: new mongoose.Types.ObjectId(item.candidate.id), orgId: new mongoose.Types.ObjectId(item.candidate.orgId), name: item.candidate.name },
          status: "new",
        },
      },
      { upsert: true },
    );
  }
  await requestModel(deps.db).updateOne({ _id: requestId }, { $set: { suggestionsAt: new Date() } });
  return items.length;
}

/**
 * Open requests without suggestions since they last opened (opening clears the stamp), read
 * through the { state, suggestionsAt } index: the job asks every few seconds.
 */
export async function storePendingSuggestions(deps: AppDeps, max = 20): Promise<number> {
  const due = await requestModel(deps.db)
    .find({ state: "open", suggestionsAt: null }, { _id: 1 })
    .limit(max)
    .lean();
  let stored = 0;
  for (const r of due) stored += await storeSuggestions(deps, r._id);
  return stored;
}
