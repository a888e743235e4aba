import mongoose from "mongoose";
import type { MultiSearchQuery } from "meilisearch";
import { COOPERATION_TYPES, industryChildren, industryParent, type IndustryId } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { DIRECTORY_INDEX, type DirectoryDocument } from "../search/documents.js";
import type { MatchRequest } from "./scoring/index.js";

const quote = (v: string) => `"${v.replace(/["\\]/g, "\\$&")}"`;
const anyOf = (field: string, values: readonly string[]) => `${field} IN [${values.map(quote).join(", ")}]`;

/** A wanted industry with its parent, children and siblings: the taxonomy neighbourhood. */
export function industryNeighbourhood(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids as IndustryId[]) {
    out.add(id);
    const parent = industryParent(id);
    for (const child of industryChildren(id)) out.add(child);
    if (parent) {
      out.add(parent);
      for (const sibling of industryChildren(parent)) out.add(sibling);
    }
  }
  return [...out];
}

/** Which directory kinds may answer a request: its partner kinds, plus requests of the same type. */
export function wantedKinds(request: Pick<MatchRequest, "partnerKinds" | "type">): string[] {
  const kinds = new Set<string>(request.partnerKinds);
  const term = COOPERATION_TYPES.find((t) => t.id === request.type);
  for (const k of term?.partnerKinds ?? []) kinds.add(k);
  kinds.add("request");
  return [...kinds];
}

export interface CandidateRefs {
  orgIds: string[];
  offerIds: string[];
  requestIds: string[];
  /** Meilisearch's ranking score of the request's text, by candidate id. */
  textScores: Map<string, number>;
}

/**
 * Narrows the whole directory to a few hundred candidates with Meilisearch filters in
 * one multi-search: kind, taxonomy industries, geography and cooperation type in
 * decreasing strictness, plus a text query for relevance. Scoring ranks what comes back.
 */
export async function findCandidates(
  deps: AppDeps,
  request: MatchRequest,
  { excludeOrgIds = [], perQuery = 150 }: { excludeOrgIds?: string[]; perQuery?: number } = {},
): Promise<CandidateRefs> {
  const client = deps.search.client;
  const refs: CandidateRefs = { orgIds: [], offerIds: [], requestIds: [], textScores: new Map() };
  if (!client) return refs;
  const crossBorder = COOPERATION_TYPES.find((t) => t.id === request.type)?.crossBorder ?? false;
  const base = [
    `expiresAt > ${Math.floor(Date.now() / 1000)}`,
    anyOf("kind", wantedKinds(request)),
    `orgId NOT IN [${[request.orgId, ...excludeOrgIds].map(quote).join(", ")}]`,
    ...(crossBorder ? [`country != ${quote(request.requester.country)}`] : []),
  ];
  const exact = request.industries.length ? anyOf("industries", request.industries) : undefined;
  const near = request.industries.length ? anyOf("industries", industryNeighbourhood(request.industries)) : undefined;
  const geoParts = [
    request.targetCountries.length ? anyOf("country", request.targetCountries) : undefined,
    request.targetRegions.length ? anyOf("region", request.targetRegions) : undefined,
  ].filter(Boolean);
  const geo = geoParts.length ? `(${geoParts.join(" OR ")})` : undefined;
  const coop = `cooperationTypes = ${quote(request.type)}`;
  const serviceIndustries = COOPERATION_TYPES.find((t) => t.id === request.type)?.serviceIndustries ?? [];
  const service = serviceIndustries.length ? anyOf("industries", serviceIndustries) : undefined;
  const filters = [
    [exact, geo, coop],
    [exact, geo],
    [near, geo, coop],
    [exact, coop],
    [near, geo],
    [exact],
    [coop, geo],
    ...(service ? [[service, coop, geo], [service, coop]] : []),
  ].map((parts) => [...base, ...parts.filter((p): p is string => Boolean(p))]);
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const attributesToRetrieve = ["id", "entity", "entityId"];
  const queries: MultiSearchQuery[] = [
    ...filters.map((filter) => ({ indexUid: uid, q: "", filter, limit: perQuery, attributesToRetrieve })),
    {
      indexUid: uid,
      q: [request.title.en, request.title.local].filter(Boolean).join(" "),
      filter: base,
      limit: perQuery,
      attributesToRetrieve,
      showRankingScore: true,
    },
  ];
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, DirectoryDocument>({ queries });
  const seen = new Set<string>();
  results.forEach((result, i) => {
    const isText = i === queries.length - 1;
    for (const hit of result.hits) {
      if (isText && typeof hit._rankingScore === "number") refs.textScores.set(hit.entityId, hit._rankingScore);
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      if (hit.entity === "org") refs.orgIds.push(hit.entityId);
      else if (hit.entity === "offer") refs.offerIds.push(hit.entityId);
      else refs.requestIds.push(hit.entityId);
    }
  });
  return refs;
}

export const toObjectIds = (ids: readonly string[]) => ids.map((id) => new mongoose.Types.ObjectId(id));
