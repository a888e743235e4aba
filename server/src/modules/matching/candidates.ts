import mongoose from "mongoose";
import type { MultiSearchQuery } from "meilisearch";
import { searchSynonyms, VOCABULARIES, type OrgKind, type Term } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { DIRECTORY_INDEX, type DirectoryDocument } from "../search/documents.js";
import { filterValue, inList } from "../search/filters.js";
import { STOP_WORDS } from "../search/settings.js";
import { idf, type Candidate, type CandidateRequest, type MatchRequest } from "./scoring/index.js";
import { candidateTiers, MAX_FILTER_CONCEPTS, tellingConcepts, tierBase, type TierSpec } from "./tiers.js";

export { candidateTiers, industryNeighbourhood, tellingConcepts, TIERS, tierBase, tierConditions, wantedKinds, type Tier, type TierConditions, type TierSpec } from "./tiers.js";

/** Words of Latin script (and numbers) whole, Chinese one character at a time. */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const tokens = (text: string) => text.toLowerCase().match(TOKEN) ?? [];
const isHan = (token: string) => /\p{Script=Han}/u.test(token);

let taxonomyTerms: { keys: Set<string>; longest: number } | undefined;
/**
 * Every taxonomy term the index expands with synonyms, and every stop word, as token
 * sequences; but languages ("Mandarin", "Portuguese"), which no factor scores and which
 * often say what a request is about (a language course), stay in the query.
 */
function terms() {
  if (!taxonomyTerms) {
    const keys = new Set<string>();
    let longest = 1;
    const languages = new Set(VOCABULARIES.language.flatMap((t: Term) => [t.en, t.zh, ...(t.synonyms ?? [])].map((l) => tokens(l).join(" "))));
    const taxonomy = Object.keys(searchSynonyms()).filter((key) => !languages.has(tokens(key).join(" ")));
    for (const key of [...taxonomy, ...STOP_WORDS]) {
      const t = tokens(key);
      keys.add(t.join(" "));
      longest = Math.max(longest, t.length);
    }
    taxonomyTerms = { keys, longest };
  }
  return taxonomyTerms;
}

/**
 * The request's text as the matcher sends it to Meilisearch: its titles without the
 * taxonomy terms (longest match first) and stop words. Industries, cooperation types and
 * places are scored through the taxonomy already; left in, each one fans out into a dozen
 * bilingual synonyms and makes the query several times slower without telling candidates
 * apart. A title with nothing else in it ranks nobody above anybody: no text query runs.
 */
export function matchText(title: MatchRequest["title"]): string {
  const { keys, longest } = terms();
  const kept: string[] = [];
  const t = tokens([title.en, title.local].filter(Boolean).join(" "));
  for (let i = 0; i < t.length; ) {
    let n = Math.min(longest, t.length - i);
    while (n > 0 && !keys.has(t.slice(i, i + n).join(" "))) n--;
    if (n > 0) {
      kept.push(" ");
      i += n;
    } else kept.push(t[i++]);
  }
  // Chinese characters side by side again, so that Meilisearch segments them into words.
  return kept.reduce((out, tok, i) => out + (i > 0 && isHan(tok) && isHan(kept[i - 1]) ? "" : " ") + tok, "").replace(/\s+/g, " ").trim();
}

/** Stored fields of a directory record that scoring reads (long texts stay in the index). */
const CANDIDATE_FIELDS = [
  "id", "entity", "kind", "entityId", "orgId", "orgName_en", "orgName_local", "title_en", "title_local", "country", "region",
  "industries", "cooperationTypes", "targetRegions", "trl", "trlMin", "trlMax", "updatedAt", "facts", "concepts",
] satisfies (keyof DirectoryDocument)[];

export type CandidateHit = Pick<DirectoryDocument, (typeof CANDIDATE_FIELDS)[number]>;

const bilingual = (en: string, local: string | undefined) => ({ en, ...(local ? { local } : {}) });

const requestFacts = (d: CandidateHit): CandidateRequest => ({
  id: d.entityId,
  type: d.cooperationTypes[0] ?? "",
  industries: d.industries,
  targetRegions: d.targetRegions,
  targetCountries: d.facts.targetCountries ?? [],
  partnerKinds: d.facts.partnerKinds ?? [],
});

/** A candidate as scoring sees it, straight from its search record. */
export function candidateFromDocument(d: CandidateHit, openRequests: readonly CandidateRequest[] = []): Candidate {
  const common = { id: d.entityId, country: d.country, region: d.region, updatedAt: new Date(d.updatedAt * 1000), concepts: d.concepts ?? [] };
  if (d.entity === "org") {
    const { park, enterprise, investor, institution } = d.facts;
    return {
      ...common,
      entity: "org",
      kind: d.kind as OrgKind,
      name: bilingual(d.orgName_en, d.orgName_local),
      industries: d.industries,
      cooperationInterests: d.cooperationTypes,
      interestRegions: d.targetRegions,
      ...(park ? { park } : {}),
      ...(enterprise ? { enterprise } : {}),
      ...(investor ? { investor } : {}),
      ...(institution ? { institution } : {}),
      openRequests,
    };
  }
  const owned = { ...common, orgId: d.orgId, orgName: bilingual(d.orgName_en, d.orgName_local), orgKind: d.facts.orgKind, title: bilingual(d.title_en, d.title_local) };
  if (d.entity === "offer") {
    return { ...owned, entity: "offer", industries: d.industries, trl: d.trl ?? 0, transferModes: d.facts.transferModes ?? [], targetRegions: d.targetRegions };
  }
  return {
    ...owned,
    ...requestFacts(d),
    entity: "request",
    ...(d.trlMin !== undefined ? { trlMin: d.trlMin } : {}),
    ...(d.trlMax !== undefined ? { trlMax: d.trlMax } : {}),
    ...(d.facts.ticketMinUsd !== undefined ? { ticketMinUsd: d.facts.ticketMinUsd } : {}),
    ...(d.facts.ticketMaxUsd !== undefined ? { ticketMaxUsd: d.facts.ticketMaxUsd } : {}),
  };
}

/** What candidate generation found: the records, and how well their words fit the request's. */
export interface CandidatePool {
  records: CandidateHit[];
  /** Meilisearch's ranking score of the request's text by record id (entity id); undefined when there was no text. */
  textScores?: Map<string, number>;
  /** Weight of each of the request's concepts over the whole directory (inverse document frequency). */
  conceptWeights?: Map<string, number>;
}

/** Records the text query brings, from the whole directory. */
const TEXT_LIMIT = 150;

export interface CandidateQuery {
  name: string;
  /** Records it brings in a ranking. */
  limit: number;
  query: MultiSearchQuery;
}

/**
 * Every search of candidate generation, named: the tiers (filters only, freshest first),
 * and the text query over the whole directory (named "text"), whose ranking scores feed
 * the text factor. `telling`: the concepts the tiers filter on (see tellingConcepts).
 * `probe` reads each one that far instead (for fitting the sizes); otherwise a tier of
 * size 0 is left out.
 */
export function candidateQueries(
  request: MatchRequest,
  uid: string,
  options: { probe?: number; now?: number; table?: readonly TierSpec[]; telling?: readonly string[] } = {},
): CandidateQuery[] {
  const { base, tiers } = candidateTiers(request, options);
  const read = (limit: number) => options.probe ?? limit;
  const out: CandidateQuery[] = tiers
    .filter((t) => options.probe !== undefined || t.limit > 0)
    .map((t) => ({
      name: t.name,
      limit: t.limit,
      query: { indexUid: uid, q: "", filter: t.filter, limit: read(t.limit), attributesToRetrieve: CANDIDATE_FIELDS },
    }));
  const text = matchText(request.title);
  if (text) {
    out.push({
      name: "text",
      limit: TEXT_LIMIT,
      query: { indexUid: uid, q: text, filter: base, limit: read(TEXT_LIMIT), attributesToRetrieve: CANDIDATE_FIELDS, showRankingScore: true },
    });
  }
  return out;
}

type Hits = { estimatedTotalHits?: number; totalHits?: number };

/**
 * How many live records of a wanted kind mention each of the request's concepts, and how
 * many there are: counts only (limit 0), so that a concept's weight is the same whichever
 * candidates a ranking holds. Filter-only reads: a few milliseconds for thirty concepts.
 */
export async function conceptCounts(deps: AppDeps, request: MatchRequest): Promise<{ total: number; counts: Map<string, number> } | undefined> {
  const client = deps.search.client;
  const concepts = (request.concepts ?? []).slice(0, MAX_FILTER_CONCEPTS);
  if (!client || concepts.length === 0) return undefined;
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const base = tierBase(request);
  const queries: MultiSearchQuery[] = [{ indexUid: uid, q: "", filter: base, limit: 0 }, ...concepts.map((id) => ({ indexUid: uid, q: "", filter: [...base, `concepts = ${filterValue(id)}`], limit: 0 }))];
  const { results } = await client.multiSearch({ queries });
  const hits = (r: Hits | undefined) => r?.estimatedTotalHits ?? r?.totalHits ?? 0;
  return { total: hits(results[0]), counts: new Map(concepts.map((id, i) => [id, hits(results[i + 1])])) };
}

/**
 * Step one of candidate generation: narrows the whole directory to a few hundred records.
 * First the concepts' counts (their weights, and the telling ones the tiers filter on);
 * then the tiers (see candidateTiers), each bringing its freshest records, as many as the
 * tier holds of the best fits, and a text query over the whole directory that brings the
 * records whose words fit and scores them for relevance. Every query returns the fields
 * scoring reads, so the records need no second look-up: Meilisearch serves a field of a
 * hit for a third of what fetching the same record by id costs. The index holds approved,
 * unexpired records only, so every record found is live.
 */
export async function candidatePool(deps: AppDeps, request: MatchRequest): Promise<CandidatePool> {
  const client = deps.search.client;
  if (!client) return { records: [] };
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const counted = await conceptCounts(deps, request);
  const all = candidateQueries(request, uid, counted ? { telling: tellingConcepts(counted.counts) } : {});
  const plain = all.filter((q) => q.name !== "text");
  const text = all.find((q) => q.name === "text");
  // Meilisearch answers the queries of one multi-search one after the other: calls side by
  // side keep its search threads busy; the text search, the costliest, goes alone.
  const half = Math.ceil(plain.length / 2);
  const [first, second, ranked] = await Promise.all(
    [plain.slice(0, half).map((q) => q.query), plain.slice(half).map((q) => q.query), text ? [text.query] : []].map((part) =>
      part.length ? client.multiSearch<{ queries: MultiSearchQuery[] }, CandidateHit>({ queries: part }) : { results: [] },
    ),
  );
  const records = new Map<string, CandidateHit>();
  for (const r of [...first.results, ...second.results, ...ranked.results]) for (const h of r.hits) records.set(h.id, h);
  const textScores = text
    ? new Map(ranked.results[0].hits.flatMap((h) => (typeof h._rankingScore === "number" ? [[h.entityId, h._rankingScore] as const] : [])))
    : undefined;
  const conceptWeights = counted && idf(counted.total, counted.counts);
  return { records: [...records.values()], textScores, ...(conceptWeights ? { conceptWeights } : {}) };
}

let warnedIncomplete = false;

/** Open requests read for the organizations of one pool: far above what a few hundred members post. */
const OPEN_REQUESTS_LIMIT = 2000;

/**
 * Step two: the records as scoring sees them, with the open requests of the organizations
 * among them (for reciprocity), read from Meilisearch in one search.
 */
export async function poolCandidates(deps: AppDeps, records: readonly CandidateHit[]): Promise<Candidate[]> {
  const client = deps.search.client;
  if (!client || records.length === 0) return [];
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const orgIds = records.filter((r) => r.entity === "org").map((r) => r.orgId);
  const openRequests = orgIds.length
    ? await client.index<CandidateHit>(uid).search("", {
        filter: [`kind = "request"`, `stage = "open"`, `expiresAt > ${Math.floor(Date.now() / 1000)}`, inList("orgId", orgIds)],
        limit: OPEN_REQUESTS_LIMIT,
        attributesToRetrieve: CANDIDATE_FIELDS,
      })
    : { hits: [] };
  // Records indexed before they carried the matcher's facts cannot be scored: say so, once, rather than guess.
  const complete = (d: CandidateHit) => d.facts !== undefined && d.facts !== null;
  if (!warnedIncomplete && [...records, ...openRequests.hits].some((d) => !complete(d))) {
    warnedIncomplete = true;
    deps.logger.warn("search records without matcher facts are left out of matches; run `npm run reindex`");
  }
  const requestsByOrg = new Map<string, CandidateRequest[]>();
  for (const r of openRequests.hits.filter(complete)) requestsByOrg.set(r.orgId, [...(requestsByOrg.get(r.orgId) ?? []), requestFacts(r)]);
  return records.filter(complete).map((d) => candidateFromDocument(d, requestsByOrg.get(d.orgId)));
}

export const toObjectIds = (ids: readonly string[]) => ids.map((id) => new mongoose.Types.ObjectId(id));
