// The seven factors. Each is pure, returns a value in 0..1 and the facts the
// explanation needs, and reads per-request data from a PreparedRequest.
import { bestIndustryOverlap, industrySimilarity, type IndustryId, type PartnerKind } from "@parklink/shared";
import type { PreparedRequest } from "./prepare.js";
import { cooperationTerm, EXPERIENCED_FIT, findSignal, PARK_STAGE_FIT, typeAffinity } from "./tables.js";
import type {
  Candidate,
  CandidateRequest,
  CooperationFacts,
  FactorResult,
  FreshnessFacts,
  GeographyFacts,
  IndustryFacts,
  OrgCandidate,
  ReciprocityFacts,
  Responsiveness,
  StageFacts,
} from "./types.js";

/** Clamp to 0..1; NaN becomes 0. */
export function clamp01(x: number): number {
  return x > 1 ? 1 : x >= 0 ? x : 0;
}

function has(list: readonly string[], x: string): boolean {
  return list.indexOf(x) >= 0;
}

/** How the candidate answers a request: an organization kind, or "offer". */
export function candidateKind(c: Candidate): PartnerKind {
  return c.entity === "org" ? c.kind : c.entity === "offer" ? "offer" : c.orgKind;
}

/** The organization behind the candidate. */
export function candidateOrgId(c: Candidate): string {
  return c.entity === "org" ? c.id : c.orgId;
}

// ---- cooperationFit ----

function rangesOverlap(lo: number, hi: number, theirLo: number, theirHi: number): boolean {
  return theirLo <= hi && theirHi >= lo;
}

function orgCooperationFit(p: PreparedRequest, c: OrgCandidate): FactorResult<CooperationFacts> {
  const kind = c.kind;
  if (p.type === "investment" && kind === "investor") {
    const inv = c.investor;
    const overlap = inv && p.hasTicket
      ? rangesOverlap(p.ticketMin ?? 0, p.ticketMax ?? Infinity, inv.ticketMinUsd, inv.ticketMaxUsd)
      : undefined;
    const value = overlap === undefined ? 0.8 : overlap ? 1 : 0.4;
    return { value, facts: { basis: "investor", kind, ticketOverlap: overlap, investorType: inv?.investorType } };
  }
  if (has(c.cooperationInterests, p.type)) return { value: 1, facts: { basis: "interest", kind } };
  if (p.type === "investment" && p.requesterIsInvestor && c.enterprise && has(c.enterprise.seeks, "investment")) {
    return { value: 1, facts: { basis: "signal", kind, vocabulary: "enterpriseSeek", id: "investment" } };
  }
  let related = 0;
  let relatedType = "";
  for (const interest of c.cooperationInterests) {
    const a = interest === p.type ? 0 : typeAffinity(p, interest, kind);
    if (a > related) {
      related = a;
      relatedType = interest;
    }
  }
  if (related > 0) return { value: 0.45 + 0.5 * related, facts: { basis: "related-interest", kind, relatedType } };
  if (!p.crossBorder) {
    const signal = findSignal(p.type, c);
    if (signal) return { value: 0.7, facts: { basis: "signal", kind, ...signal } };
  }
  return { value: p.crossBorder && kind === "park" ? 0.5 : 0.45, facts: { basis: "kind", kind } };
}

/**
 * The request's type against the candidate's kind and declared interests.
 * 0 when the request does not want the candidate's kind; kinds the requester
 * allowed but the type does not usually involve count 80 %.
 */
export function cooperationFit(p: PreparedRequest, c: Candidate): FactorResult<CooperationFacts> {
  const kind = candidateKind(c);
  if (!p.wantedKinds.has(kind)) return { value: 0, facts: { basis: "not-wanted", kind } };
  const scale = p.typicalKinds.has(kind) ? 1 : 0.8;
  let result: FactorResult<CooperationFacts>;
  if (c.entity === "offer") {
    const modes = c.transferModes.filter((m) => p.modes.has(m));
    const fit = modes.length > 0;
    const value = p.type === "technology-transfer" ? (fit ? 1 : 0.85) : fit ? 0.9 : 0.3;
    result = { value, facts: { basis: "offer", kind, modes } };
  } else if (c.entity === "request") {
    const affinity = typeAffinity(p, c.type, c.orgKind);
    result = { value: affinity > 0 ? 0.3 + 0.7 * affinity : 0.2, facts: { basis: "request", kind, type: c.type, affinity } };
  } else {
    result = orgCooperationFit(p, c);
  }
  result.value = clamp01(result.value * scale);
  return result;
}

// ---- industryFit ----

/** 0.6 × best single match + 0.4 × mean over the wanted industries (taxonomy similarity). */
function industryBlend(wanted: readonly IndustryId[], offered: readonly string[]): IndustryFacts {
  const overlap = bestIndustryOverlap(wanted, offered as readonly IndustryId[]);
  let max = 0;
  for (const pair of overlap.pairs) {
    const s = industrySimilarity(pair.wanted, pair.offered);
    if (s > max) max = s;
  }
  return { mean: overlap.score, max, pairs: overlap.pairs };
}

/** Industry fit of a candidate that provides the requested cooperation as a service. */
export const SERVICE_PROVIDER_FIT = 0.8;

export function industryFit(p: PreparedRequest, c: Candidate): FactorResult<IndustryFacts> {
  if (p.industries.length === 0) return { value: 0.5, facts: { mean: 0, max: 0, pairs: [] } };
  const facts = industryBlend(p.industries, c.industries);
  const value = 0.6 * facts.max + 0.4 * facts.mean;
  // A provider of the cooperation as a service (a planning consultancy) serves any industry.
  const provider = p.serviceIndustries.size > 0 && c.industries.some((i) => p.serviceIndustries.has(i));
  return { value: provider ? Math.max(value, SERVICE_PROVIDER_FIT) : value, facts };
}

// ---- geography ----

/** Geography of a candidate outside every target country and region (and their neighbours). */
export const ELSEWHERE = 0.2;

export function geography(p: PreparedRequest, c: Candidate): FactorResult<GeographyFacts> {
  const { country, region } = c;
  let value: number;
  let basis: GeographyFacts["basis"];
  if (p.crossBorder && country === p.request.requester.country) [value, basis] = [0, "same-country-cross-border"];
  else if (p.targetCountries.has(country)) [value, basis] = [1, "target-country"];
  else if (p.targetRegions.has(region)) [value, basis] = [0.85, "target-region"];
  else if (!p.hasGeoTarget) [value, basis] = [0.6, "no-target"];
  else if (p.targetCountryRegions.has(region)) [value, basis] = [0.4, "near-target"];
  else [value, basis] = [ELSEWHERE, "elsewhere"];
  return { value, facts: { basis, country, region } };
}

// ---- stageFit ----

const clampTrl = (trl: number) => Math.min(9, Math.max(1, Number.isFinite(trl) ? trl : 1));

const NEUTRAL_STAGE: FactorResult<StageFacts> = { value: 0.6, facts: { basis: "none" } };

/** Fit of an investor's (or another request's) ticket range to the request's range. */
function ticketFit(lo: number, hi: number, theirLo: number, theirHi: number, p: PreparedRequest): number {
  if (rangesOverlap(lo, hi, theirLo, theirHi)) {
    const minInside = p.ticketMin === undefined || (p.ticketMin >= theirLo && p.ticketMin <= theirHi);
    const maxInside = p.ticketMax === undefined || (p.ticketMax >= theirLo && p.ticketMax <= theirHi);
    return minInside && maxInside ? 1 : 0.8;
  }
  // Gap in decades (×10): halves every half decade, starting from 0.5.
  const gap = theirLo > hi ? Math.log10(theirLo / Math.max(hi, 1)) : Math.log10(Math.max(lo, 1) / Math.max(theirHi, 1));
  return 0.5 * 0.25 ** gap;
}

export function stageFit(p: PreparedRequest, c: Candidate): FactorResult<StageFacts> {
  if (c.entity === "offer") {
    // Without a TRL range, a proven technology transfers more easily than a prototype.
    if (!p.hasTrl) return { value: 0.5 + 0.05 * (clampTrl(c.trl) - 1), facts: { basis: "trl", trl: c.trl, min: 1, max: 9, inside: false } };
    const d = c.trl < p.trlMin ? p.trlMin - c.trl : c.trl > p.trlMax ? c.trl - p.trlMax : 0;
    return { value: 0.5 ** d, facts: { basis: "trl", trl: c.trl, min: p.trlMin, max: p.trlMax, inside: d === 0 } };
  }
  if (c.entity === "request") {
    if (p.hasTrl && (c.trlMin !== undefined || c.trlMax !== undefined)) {
      const theirMin = c.trlMin ?? 1;
      const theirMax = c.trlMax ?? 9;
      const d = theirMax < p.trlMin ? p.trlMin - theirMax : theirMin > p.trlMax ? theirMin - p.trlMax : 0;
      return {
        value: 0.5 ** d,
        facts: { basis: "trl-range", min: p.trlMin, max: p.trlMax, theirMin, theirMax, overlap: d === 0 },
      };
    }
    if (p.hasTicket && (c.ticketMinUsd !== undefined || c.ticketMaxUsd !== undefined)) {
      return ticketResult(p, [], c.ticketMinUsd ?? 0, c.ticketMaxUsd ?? Infinity);
    }
    return NEUTRAL_STAGE;
  }
  if (c.investor && p.hasTicket) return ticketResult(p, c.investor.stages, c.investor.ticketMinUsd, c.investor.ticketMaxUsd);
  if (c.park) {
    const table = p.type === "planning-consulting" && p.requesterEarlyPark ? EXPERIENCED_FIT : PARK_STAGE_FIT[p.type];
    const value = table?.[c.park.stage];
    if (value !== undefined) return { value, facts: { basis: "park-stage", stage: c.park.stage } };
  }
  return NEUTRAL_STAGE;
}

function ticketResult(
  p: PreparedRequest,
  stages: readonly string[],
  theirMin: number,
  theirMax: number,
): FactorResult<StageFacts> {
  const lo = p.ticketMin ?? 0;
  const hi = p.ticketMax ?? Infinity;
  return {
    value: ticketFit(lo, hi, theirMin, theirMax, p),
    facts: {
      basis: "ticket",
      stages,
      theirMin,
      theirMax,
      min: p.ticketMin,
      max: p.ticketMax,
      overlap: rangesOverlap(lo, hi, theirMin, theirMax),
    },
  };
}

// ---- reciprocity ----

/** How well the requester fits one request of the candidate's (0..1). */
function requestWantsRequester(
  p: PreparedRequest,
  cr: CandidateRequest,
  ownerKind: string,
  ownerCountry: string,
): FactorResult<ReciprocityFacts> {
  const none: FactorResult<ReciprocityFacts> = { value: 0, facts: { basis: "none" } };
  const requester = p.request.requester;
  const affinity = typeAffinity(p, cr.type, ownerKind);
  if (affinity === 0) return none;
  if (cr.partnerKinds.length > 0 && !has(cr.partnerKinds, requester.kind)) return none;
  if (cooperationTerm(cr.type)?.crossBorder && ownerCountry === requester.country) return none;
  // Industries narrow what a request wants, except for cooperation given as a service
  // (training, planning), which serves any industry.
  let industry = 1;
  if (cr.industries.length > 0 && !cooperationTerm(cr.type)?.serviceIndustries?.length) {
    const blend = industryBlend(cr.industries as readonly IndustryId[], p.requesterIndustries);
    industry = 0.4 + 0.6 * (0.6 * blend.max + 0.4 * blend.mean);
  }
  const full = affinity * industry;
  // A request that names where the requester is, or (asking anywhere) its kind, wants the
  // requester outright: full reciprocity.
  if (has(cr.targetCountries, requester.country)) return { value: full, facts: { basis: "request", type: cr.type, country: requester.country } };
  if (has(cr.targetRegions, requester.region)) return { value: full, facts: { basis: "request", type: cr.type, region: requester.region } };
  const anywhere = cr.targetCountries.length === 0 && cr.targetRegions.length === 0;
  if (anywhere && has(cr.partnerKinds, requester.kind)) return { value: full, facts: { basis: "request", type: cr.type } };
  return { value: full * (anywhere ? 0.8 : 0.2), facts: { basis: "request", type: cr.type } };
}

/**
 * How well the REQUESTER fits what the candidate itself asks for: its open requests
 * (a matching one gives up to 1) and its declared interests (up to 0.7).
 */
export function reciprocity(p: PreparedRequest, c: Candidate): FactorResult<ReciprocityFacts> {
  const requester = p.request.requester;
  if (c.entity === "request") return requestWantsRequester(p, c, c.orgKind, c.country);
  if (c.entity === "offer") {
    let wants = p.type === "technology-transfer";
    for (const mode of c.transferModes) if (p.modes.has(mode)) wants = true;
    if (!wants) return { value: 0, facts: { basis: "none" } };
    if (c.targetRegions.length === 0) return { value: 0.5, facts: { basis: "offer" } };
    return has(c.targetRegions, requester.region)
      ? { value: 0.8, facts: { basis: "offer", region: requester.region } }
      : { value: 0.1, facts: { basis: "none" } };
  }
  let best: FactorResult<ReciprocityFacts> = { value: 0, facts: { basis: "none" } };
  for (const cr of c.openRequests) {
    const r = requestWantsRequester(p, cr, c.kind, c.country);
    if (r.value > best.value) best = r;
  }
  if (p.crossBorder && c.country === requester.country) return best;
  let affinity = 0;
  let type = "";
  for (const interest of c.cooperationInterests) {
    const a = typeAffinity(p, interest, c.kind);
    if (a > affinity) [affinity, type] = [a, interest];
  }
  if (affinity === 0) return best;
  const inRegion = has(c.interestRegions, requester.region);
  const where = c.interestRegions.length === 0 ? 0.8 : inRegion ? 1 : 0.3;
  const declared = 0.7 * affinity * where;
  return declared > best.value
    ? { value: declared, facts: { basis: "interest", type, region: inRegion ? requester.region : undefined } }
    : best;
}

// ---- freshness ----

const DAY_MS = 86_400_000;
/** Updates within this many days count as fresh. */
export const FRESH_DAYS = 14;
/** After that, the recency above its 0.2 floor halves every this many days (≈0.23 at a year). */
export const HALF_LIFE_DAYS = 75;
/** Answer rate assumed with no history, and the weight (in introductions) of that prior. */
export const PRIOR_RATE = 0.7;
export const PRIOR_WEIGHT = 2;

/** Additively smoothed answer rate: (answered + declined + 0.7·2) / (all + 2). */
export function responsivenessRate(r: Responsiveness | undefined): { rate: number; history: number } {
  if (!r) return { rate: PRIOR_RATE, history: 0 };
  const answered = Math.max(0, r.answered) + Math.max(0, r.declined);
  const history = answered + Math.max(0, r.expired);
  return { rate: (answered + PRIOR_RATE * PRIOR_WEIGHT) / (history + PRIOR_WEIGHT), history };
}

/** 0.6 × recency + 0.4 × responsiveness. */
export function freshness(updatedAt: Date, now: Date, r: Responsiveness | undefined): FactorResult<FreshnessFacts> {
  const age = (now.getTime() - updatedAt.getTime()) / DAY_MS;
  const ageDays = Number.isFinite(age) ? Math.max(0, age) : Infinity;
  const recency = ageDays <= FRESH_DAYS ? 1 : 0.2 + 0.8 * 0.5 ** ((ageDays - FRESH_DAYS) / HALF_LIFE_DAYS);
  const { rate, history } = responsivenessRate(r);
  return { value: 0.6 * recency + 0.4 * rate, facts: { ageDays, recency, responsiveness: rate, history } };
}
