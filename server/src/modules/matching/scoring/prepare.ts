// Per-request data computed once per ranking (sets and taxonomy look-ups), so that
// scoring a candidate is only set/map look-ups and a few arithmetic operations.
import { countryRegion, type IndustryId } from "@parklink/shared";
import { affinityRow, cooperationTerm, MODES_FOR_TYPE } from "./tables.js";
import type { MatchRequest } from "./types.js";

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
  /** Industries of providers of this cooperation as a service (e.g. consultancies for planning). */
  readonly serviceIndustries: ReadonlySet<string>;
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
  /** Glossary concepts of the request's texts, each once. */
  readonly concepts: readonly string[];
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
    serviceIndustries: new Set(term?.serviceIndustries ?? []),
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
    concepts: [...new Set(request.concepts ?? [])],
  };
}
