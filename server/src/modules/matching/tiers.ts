// Candidate generation's tiers: filters of decreasing strictness over the search index, each
// bringing a fitted number of records (see TIERS and scripts/bench/matcher-tiers.ts).
import { COOPERATION_TYPES, industryChildren, industryParent, type IndustryId } from "@parklink/shared";
import { filterValue, inList } from "../search/filters.js";
import type { MatchRequest } from "./scoring/index.js";

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

export interface Tier {
  /** Its conditions by name, e.g. "exact+geo+coop". */
  name: string;
  /** The base and its conditions. */
  filter: string[];
  /** How many records it brings, freshest first. */
  limit: number;
}

/** Concepts of a request that candidate generation counts across the directory (a long description names many). */
export const MAX_FILTER_CONCEPTS = 30;

/** The request's concepts that candidate generation filters on: the rarest that occur at all. */
export const TELLING_CONCEPTS = 8;

/**
 * The concepts that tell most about a request: those the fewest live records name (but
 * some do), at most TELLING_CONCEPTS. Records naming one of them are few enough to read
 * with a filter, freshest first; the text factor weighs concepts the same way (idf).
 */
export function tellingConcepts(counts: ReadonlyMap<string, number>, max = TELLING_CONCEPTS): string[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([id]) => id);
}

/**
 * The tiers, strictest first; a tier is left out when one of its conditions does not
 * apply to the request. The sizes were fitted with the matcher benchmark at 100,000
 * profiles (scripts/bench/matcher-tiers.ts): where the full scan's top 20 of one half of
 * its requests sit in each tier, checked on the other half.
 */
export const TIERS: readonly TierSpec[] = [
  // Freshest first.
  ["exact+geo+coop+wantsUs", ["exact", "geo", "coop", "wantsUs"], 380],
  ["exact+country+coop+wantsUs", ["exact", "country", "coop", "wantsUs"], 210],
  ["exact+coop+wantsUs", ["exact", "coop", "wantsUs"], 190],
  ["exact+geo+wantsUs", ["exact", "geo", "wantsUs"], 30],
  ["exact+geo+coop+trl", ["exact", "geo", "coop", "trl"], 40],
  ["near+geo+coop+wantsUs", ["near", "geo", "coop", "wantsUs"], 30],
  ["near+geo+coop+trl", ["near", "geo", "coop", "trl"], 40],
  ["all+geo+coop+wantsUs", ["all", "geo", "coop", "wantsUs"], 30],
  ["all+coop+wantsUs", ["all", "coop", "wantsUs"], 20],
  ["all+geo+coop+trl", ["all", "geo", "coop", "trl"], 20],
  ["all+country+coop", ["all", "country", "coop"], 20],
  ["near+geo+wantsUs", ["near", "geo", "wantsUs"], 20],
  ["geo+coop+wantsUs", ["geo", "coop", "wantsUs"], 20],
  // Records naming the request's most telling concepts: among many look-alikes, those the
  // text factor favours.
  ["exact+coop+wantsUs+concepts", ["exact", "coop", "wantsUs", "concepts"], 70],
  ["exact+country+wantsUs+concepts", ["exact", "country", "wantsUs", "concepts"], 20],
  ["exact+geo+coop+wantsUs+trl+concepts", ["exact", "geo", "coop", "wantsUs", "trl", "concepts"], 20],
  ["all+geo+wantsUs+concepts", ["all", "geo", "wantsUs", "concepts"], 10],
  // A few of every looser kind, so that requests unlike the benchmark's still reach each,
  // and the records naming the telling concepts anywhere (another industry, another language).
  ["exact+geo+coop", ["exact", "geo", "coop"], 20],
  ["exact+coop", ["exact", "coop"], 20],
  ["exact+trl", ["exact", "trl"], 20],
  ["near+geo", ["near", "geo"], 20],
  ["exact", ["exact"], 20],
  ["coop+geo", ["coop", "geo"], 20],
  ["service+coop+geo", ["service", "coop", "geo"], 20],
  ["service+coop", ["service", "coop"], 20],
  ["concepts", ["concepts"], 150],
];

/** The conditions tiers combine, by name; undefined where one does not apply to the request. */
export type TierConditions = Record<"all" | "exact" | "near" | "country" | "geo" | "coop" | "service" | "wantsUs" | "trl" | "concepts", string | undefined>;

/** The filter every tier holds: live, of a wanted kind, not the requester's own, abroad when the type is cross-border. */
export function tierBase(request: MatchRequest, now = Date.now()): string[] {
  const crossBorder = COOPERATION_TYPES.find((t) => t.id === request.type)?.crossBorder ?? false;
  return [
    `expiresAt > ${Math.floor(now / 1000)}`,
    inList("kind", wantedKinds(request)),
    `orgId != ${filterValue(request.orgId)}`,
    ...(crossBorder ? [`country != ${filterValue(request.requester.country)}`] : []),
  ];
}

/** `telling`: the concepts the `concepts` condition filters on (see tellingConcepts); without it, the request's first ones. */
export function tierConditions(request: MatchRequest, telling?: readonly string[]): TierConditions {
  const { industries, targetCountries, targetRegions } = request;
  const country = targetCountries.length ? inList("country", targetCountries) : undefined;
  const geoParts = [country, targetRegions.length ? inList("region", targetRegions) : undefined].filter(Boolean);
  const serviceIndustries = COOPERATION_TYPES.find((t) => t.id === request.type)?.serviceIndustries ?? [];
  const conceptIds = telling ?? (request.concepts ?? []).slice(0, TELLING_CONCEPTS);
  return {
    all: industries.length > 1 ? `(${industries.map((i) => `industries = ${filterValue(i)}`).join(" AND ")})` : undefined,
    exact: industries.length ? inList("industries", industries) : undefined,
    near: industries.length ? inList("industries", industryNeighbourhood(industries)) : undefined,
    country,
    geo: geoParts.length ? `(${geoParts.join(" OR ")})` : undefined,
    coop: `cooperationTypes = ${filterValue(request.type)}`,
    service: serviceIndustries.length ? inList("industries", serviceIndustries) : undefined,
    // The other side wants partners where the requester is: its interest regions, an offer's or a request's target regions.
    wantsUs: `targetRegions = ${filterValue(request.requester.region)}`,
    trl: request.trlMin !== undefined || request.trlMax !== undefined ? `(trl >= ${request.trlMin ?? 1} AND trl <= ${request.trlMax ?? 9})` : undefined,
    concepts: conceptIds.length ? inList("concepts", conceptIds) : undefined,
  };
}

/** Tiers as [name, conditions, records it brings]. */
export type TierSpec = readonly [string, readonly (keyof TierConditions)[], number];

/**
 * The filters candidate generation runs, strictest first: every wanted industry or any,
 * target country or region, declared interest in the cooperation type, wanting partners
 * where the requester is, TRL, the request's glossary concepts. Each holds the base.
 */
export function candidateTiers(
  request: MatchRequest,
  options: { now?: number; table?: readonly TierSpec[]; telling?: readonly string[] } = {},
): { base: string[]; tiers: Tier[] } {
  const base = tierBase(request, options.now);
  const conditions = tierConditions(request, options.telling);
  const seen = new Set<string>();
  const tiers: Tier[] = [];
  for (const [name, names, limit] of options.table ?? TIERS) {
    const parts = names.map((n) => conditions[n]);
    if (parts.some((c) => c === undefined)) continue;
    const filter = [...base, ...(parts as string[])];
    const key = filter.join(" AND ");
    if (seen.has(key)) continue;
    seen.add(key);
    tiers.push({ name, filter, limit });
  }
  // Nothing but the text to go by: the freshest records of a wanted kind too.
  if (tiers.every((t) => conditions.concepts !== undefined && t.filter.includes(conditions.concepts))) tiers.push({ name: "any", filter: base, limit: 150 });
  return { base, tiers };
}

