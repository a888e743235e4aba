// Per-request data computed once per ranking (sets and taxonomy look-ups), so that
// scoring a candidate is only set/map look-ups and a few arithmetic operations.
import { COOPERATION_TYPES, countryRegion, type CooperationTypeTerm, type IndustryId } from "@parklink/shared";
import type { MatchRequest } from "./types.js";

const COOPERATION_BY_ID: ReadonlyMap<string, CooperationTypeTerm> = new Map(
  COOPERATION_TYPES.map((term) => [term.id, term]),
);

export function cooperationTerm(id: string): CooperationTypeTerm | undefined {
  return COOPERATION_BY_ID.get(id);
}

/**
 * How close two cooperation types are (symmetric): 1 for the same type, less for
 * neighbours (a sister-park request and a dual-park interest), 0 otherwise.
 */
const RELATED_TYPES: readonly (readonly [string, string, number])[] = [
  ["sister-park", "dual-park", 0.7],
  ["co-branding", "re-branding", 0.7],
  ["joint-product", "joint-partnership", 0.7],
  ["joint-product", "technology-transfer", 0.5],
  ["co-branding", "joint-partnership", 0.4],
  ["training", "planning-consulting", 0.5],
];

const AFFINITY: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const table = new Map<string, Map<string, number>>();
  const set = (a: string, b: string, v: number) => {
    const row = table.get(a) ?? new Map<string, number>();
    row.set(b, v);
    table.set(a, row);
  };
  for (const term of COOPERATION_TYPES) set(term.id, term.id, 1);
  for (const [a, b, v] of RELATED_TYPES) {
    set(a, b, v);
    set(b, a, v);
  }
  return table;
})();

const NO_AFFINITY: ReadonlyMap<string, number> = new Map();

/** The affinity row of one type: other type id → 0..1. */
export function affinityRow(type: string): ReadonlyMap<string, number> {
  return AFFINITY.get(type) ?? NO_AFFINITY;
}

/**
 * Transfer modes of a technology offer that serve each request type
 * (taxonomy `TRANSFER_MODES` ids).
 */
const MODES_FOR_TYPE: Readonly<Record<string, readonly string[]>> = {
  "technology-transfer": ["licence", "sale", "joint-development"],
  "joint-product": ["joint-product", "joint-development"],
  "joint-partnership": ["joint-development", "joint-product"],
  "co-branding": ["co-branding"],
  "re-branding": ["co-branding"],
};

export interface PreparedRequest {
  readonly request: MatchRequest;
  readonly type: string;
  readonly crossBorder: boolean;
  /** Kinds the cooperation type typically wants (taxonomy `partnerKinds`). */
  readonly typicalKinds: ReadonlySet<string>;
  /** Kinds the request itself wants (falls back to the typical kinds when empty). */
  readonly wantedKinds: ReadonlySet<string>;
  readonly affinity: ReadonlyMap<string, number>;
  readonly modes: ReadonlySet<string>;
  readonly industries: readonly IndustryId[];
  readonly requesterIndustries: readonly IndustryId[];
  readonly targetCountries: ReadonlySet<string>;
  readonly targetRegions: ReadonlySet<string>;
  /** Regions of the target countries (a candidate next door to a target country). */
  readonly targetCountryRegions: ReadonlySet<string>;
  readonly hasGeoTarget: boolean;
  readonly hasTrl: boolean;
  readonly trlMin: number;
  readonly trlMax: number;
  readonly hasTicket: boolean;
  readonly ticketMin: number | undefined;
  readonly ticketMax: number | undefined;
  readonly requesterIsInvestor: boolean;
  readonly requesterEarlyPark: boolean;
}

/** Everything about the request that does not depend on the candidate. */
export function prepareRequest(request: MatchRequest): PreparedRequest {
  const term = cooperationTerm(request.type);
  const typicalKinds = new Set<string>(term?.partnerKinds ?? []);
  const wantedKinds = new Set<string>(request.partnerKinds.length > 0 ? request.partnerKinds : typicalKinds);
  const targetCountries = new Set(request.targetCountries.map((c) => c.toUpperCase()));
  const targetCountryRegions = new Set<string>();
  for (const code of targetCountries) {
    const region = countryRegion(code);
    if (region) targetCountryRegions.add(region);
  }
  const targetRegions = new Set(request.targetRegions);
  const stage = request.requester.park?.stage;
  return {
    request,
    type: request.type,
    crossBorder: term?.crossBorder ?? false,
    typicalKinds,
    wantedKinds,
    affinity: affinityRow(request.type),
    modes: new Set(MODES_FOR_TYPE[request.type] ?? []),
    industries: [...new Set(request.industries)] as IndustryId[],
    requesterIndustries: [...new Set(request.requester.industries)] as IndustryId[],
    targetCountries,
    targetRegions,
    targetCountryRegions,
    hasGeoTarget: targetCountries.size > 0 || targetRegions.size > 0,
    hasTrl: request.trlMin !== undefined || request.trlMax !== undefined,
    trlMin: request.trlMin ?? 1,
    trlMax: request.trlMax ?? 9,
    hasTicket: request.ticketMinUsd !== undefined || request.ticketMaxUsd !== undefined,
    ticketMin: request.ticketMinUsd,
    ticketMax: request.ticketMaxUsd,
    requesterIsInvestor: request.requester.kind === "investor",
    requesterEarlyPark: stage === "planning" || stage === "construction",
  };
}
