// Combining the factors into one 0–100 score, and ranking.
//
//   base  = Σ(weightᵢ × valueᵢ) / Σ(weightᵢ)                      (0..1)
//   score = 100 × base × (0.85 + 0.15 × reciprocity) × gate
//   gate  = 0.8 more for an offer outside the TRL range the request names;
//           0.2 when cooperationFit = 0 (the request does not want the candidate's
//           kind) or geography = 0 (a cross-border type, e.g. sister parks, in the
//           requester's own country); 0.75 when the candidate is outside every
//           country and region the request names (and their neighbours); 1 otherwise;
//           and 0.75 more when the candidate names where it wants partners and the
//           requester is in none of those places (their-places.ts).
//
// A candidate that shares nothing topical with a request that names industries (no
// industry, not even a neighbouring one; no glossary concept; none of its words) is no
// suggestion at all, unless the cooperation is between two places (sister or dual parks)
// and the candidate asks for it with partners where the requester is.
//
// Reciprocity is thus counted twice on purpose: once as a weighted factor, and once
// as a two-sided bonus, so that with all else equal a pair where both sides want
// each other outranks a one-sided fit (up to 15 % of the score). The gate keeps
// unwanted kinds below every wanted one of similar quality. Each factor's
// `contribution` is its share of the final score (after bonus and gate), so the
// contributions add up to the score.
//
// Cost: the request is prepared once (sets, taxonomy look-ups); per candidate
// there are a handful of Set/Map look-ups, one or two `bestIndustryOverlap` calls
// and a few small objects for the facts. Sentences are built only for the
// suggestions returned (see RankContext.limit). No timing is asserted in tests.
import { candidateOrgId, clamp01, cooperationFit, ELSEWHERE, freshness, geography, industryFit, reciprocity, stageFit } from "./factors.js";
import { conceptWeights, textRelevance } from "./text.js";
import { feedbackEffect, partnershipOf, partnersReason, type FeedbackEffect } from "./adjust.js";
import { explain } from "./explain.js";
import { prepareRequest, type PreparedRequest } from "./prepare.js";
import { elsewhereReason, THEY_LOOK_ELSEWHERE_FACTOR, theyLookElsewhere, wantsRequesterHere, type TheirPlaces } from "./their-places.js";
import {
  FACTOR_NAMES,
  type Candidate,
  type FactorBreakdown,
  type FactorFacts,
  type FactorName,
  type MatchRequest,
  type RankContext,
  type Responsiveness,
  type ScoringContext,
  type Suggestion,
  type Weights,
} from "./types.js";

/** Share of the score kept when the candidate wants nothing of the requester. */
export const MUTUAL_FLOOR = 0.85;
/** Multiplier applied when a hard gate fails. */
export const GATE_FACTOR = 0.2;
/** Multiplier for an offer below or above the TRL range the request names: it asked for that maturity. */
export const OUT_OF_RANGE_FACTOR = 0.8;
/** Multiplier for a candidate outside every place the request names: it asked for partners there. */
export const ELSEWHERE_FACTOR = 0.75;

export type FactorValues = Record<FactorName, number>;

export interface Combined {
  /** 0–100, not rounded. */
  score: number;
  /** Weighted mean of the factor values, 0..1. */
  base: number;
  /** Two-sided bonus × gate. */
  multiplier: number;
  gated: boolean;
}

/** The combine formula (see the top of this file). */
export function combine(values: Readonly<FactorValues>, weights: Weights, outOfRange = false, theyLookElsewhere = false): Combined {
  let total = 0;
  let sum = 0;
  for (const name of FACTOR_NAMES) {
    const w = weights[name] > 0 ? weights[name] : 0;
    total += w;
    sum += w * values[name];
  }
  const base = total > 0 ? sum / total : 0;
  const gated = values.cooperationFit === 0 || values.geography === 0;
  const away = !gated && values.geography === ELSEWHERE;
  const multiplier =
    (MUTUAL_FLOOR + (1 - MUTUAL_FLOOR) * values.reciprocity) * (gated ? GATE_FACTOR : away ? ELSEWHERE_FACTOR : 1) * (outOfRange ? OUT_OF_RANGE_FACTOR : 1) * (theyLookElsewhere ? THEY_LOOK_ELSEWHERE_FACTOR : 1);
  return { score: 100 * base * multiplier, base, multiplier, gated };
}

interface Evaluation {
  candidate: Candidate;
  values: FactorValues;
  facts: FactorFacts;
  /** Rounded to one decimal. */
  score: number;
  /** Where the candidate wants partners, when the requester is in none of those places. */
  elsewhere?: TheirPlaces;
  /** The requester's own feedback: multiplier of the score, and why. */
  feedback?: FeedbackEffect;
  /** Existing partnership types with the candidate's organization. */
  partners?: readonly string[];
  /** The same organization's other records, when one suggestion per organization is asked for. */
  others?: Evaluation[];
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

function evaluate(
  p: PreparedRequest,
  c: Candidate,
  now: Date,
  weights: Weights,
  textScore: number | undefined,
  responsiveness: Responsiveness | undefined,
  concepts?: ReadonlyMap<string, number>,
): Evaluation {
  const coop = cooperationFit(p, c);
  const industry = industryFit(p, c);
  const geo = geography(p, c);
  const stage = stageFit(p, c);
  const text = textRelevance(p, c, textScore, concepts);
  const recip = reciprocity(p, c);
  const fresh = freshness(c.updatedAt, now, responsiveness);
  const values: FactorValues = {
    cooperationFit: clamp01(coop.value),
    industryFit: clamp01(industry.value),
    geography: clamp01(geo.value),
    stageFit: clamp01(stage.value),
    textRelevance: clamp01(text.value),
    reciprocity: clamp01(recip.value),
    freshness: clamp01(fresh.value),
  };
  const facts: FactorFacts = {
    cooperationFit: coop.facts,
    industryFit: industry.facts,
    geography: geo.facts,
    stageFit: stage.facts,
    textRelevance: text.facts,
    reciprocity: recip.facts,
    freshness: fresh.facts,
  };
  const elsewhere = theyLookElsewhere(p, c);
  const score = round(combine(values, weights, outOfRange(p, facts), elsewhere !== undefined).score, 1);
  return { candidate: c, values, facts, score, ...(elsewhere ? { elsewhere } : {}) };
}

function toSuggestion(p: PreparedRequest, ev: Evaluation, weights: Weights): Suggestion {
  const multiplier = combine(ev.values, weights, outOfRange(p, ev.facts), ev.elsewhere !== undefined).multiplier * (ev.feedback?.multiplier ?? 1);
  let total = 0;
  for (const name of FACTOR_NAMES) total += weights[name] > 0 ? weights[name] : 0;
  const contributions = {} as FactorValues;
  const factors: FactorBreakdown[] = FACTOR_NAMES.map((name) => {
    const weight = weights[name] > 0 ? weights[name] : 0;
    const value = ev.values[name];
    const contribution = total > 0 ? (100 * weight * value * multiplier) / total : 0;
    contributions[name] = contribution;
    return { name, value: round(value, 3), weight, contribution: round(contribution, 2) };
  });
  return {
    candidateId: ev.candidate.id,
    entity: ev.candidate.entity,
    score: ev.score,
    factors,
    reasons: [
      ...(ev.partners ? [partnersReason(ev.partners)] : []),
      ...(ev.feedback?.reason ? [ev.feedback.reason] : []),
      ...(ev.elsewhere ? [elsewhereReason(ev.candidate, ev.elsewhere)] : []),
      ...explain(p, ev.candidate, ev.values, contributions, ev.facts),
    ],
    ...(ev.partners ? { alreadyPartners: [...ev.partners] } : {}),
    ...(ev.others?.length ? { others: ev.others.map((o) => ({ candidateId: o.candidate.id, entity: o.candidate.entity, score: o.score })) } : {}),
  };
}

/** Scores one candidate against an already prepared request. */
export function scorePrepared(p: PreparedRequest, candidate: Candidate, ctx: ScoringContext): Suggestion {
  return toSuggestion(p, evaluate(p, candidate, ctx.now, ctx.weights, ctx.textScore, ctx.responsiveness, ctx.conceptWeights), ctx.weights);
}

/** Scores one candidate (prepares the request; use rankCandidates for many). */
export function scoreCandidate(request: MatchRequest, candidate: Candidate, ctx: ScoringContext): Suggestion {
  return scorePrepared(prepareRequest(request), candidate, ctx);
}

/** True for the requester's own organization, its offers and requests, and the request itself. */
export function isOwnCandidate(request: MatchRequest, c: Candidate): boolean {
  const org = candidateOrgId(c);
  return org === request.orgId || org === request.requester.id || (c.entity === "request" && c.id === request.id);
}

/** An offer outside the TRL range the request names. */
const outOfRange = (p: PreparedRequest, facts: FactorFacts) => p.hasTrl && facts.stageFit.basis === "trl" && !facts.stageFit.inside;

/** The best record of each organization, in order, with its organization's other records. */
function onePerOrg(sorted: readonly Evaluation[]): Evaluation[] {
  const byOrg = new Map<string, Evaluation>();
  for (const ev of sorted) {
    const org = candidateOrgId(ev.candidate);
    const best = byOrg.get(org);
    if (best) best.others = [...(best.others ?? []), ev];
    else byOrg.set(org, { ...ev });
  }
  return [...byOrg.values()];
}

/**
 * Shares an industry (or a neighbour), a glossary concept or some words with a request
 * that names industries. A request without industries leaves everyone in: its text alone
 * is too little to rule a candidate out.
 */
function topical(p: PreparedRequest, ev: Evaluation, textScore: number | undefined): boolean {
  // Training and planning serve any industry: there the request's industries are its own field.
  if (p.industries.length === 0 || p.serviceIndustries.size > 0 || ev.values.industryFit > 0) return true;
  // Two places' cooperation (sister, dual parks), asked for by the candidate with partners where the requester is.
  if (p.crossBorder && wantsRequesterHere(p, ev.facts.reciprocity)) return true;
  return ev.facts.textRelevance.shared.length > 0 || (textScore ?? 0) > 0;
}

const updatedSecond = (c: Candidate) => Math.floor(c.updatedAt.getTime() / 1000);

/**
 * Best score first; among equal (rounded) scores the most recently updated record, to the
 * second, which is also the order candidate generation reads each tier in; then by id.
 */
function byScoreThenRecency(a: Evaluation, b: Evaluation): number {
  if (a.score !== b.score) return b.score - a.score;
  const [x, y] = [a.candidate, b.candidate];
  if (updatedSecond(x) !== updatedSecond(y)) return updatedSecond(y) - updatedSecond(x);
  if (x.id !== y.id) return x.id < y.id ? -1 : 1;
  return x.entity < y.entity ? -1 : x.entity > y.entity ? 1 : 0;
}

/**
 * Scores every candidate (skipping the requester's own organization, offers and
 * requests), sorts by score descending then id ascending, and explains the best
 * `ctx.limit` (all when unset).
 */
export function rankCandidates(request: MatchRequest, candidates: readonly Candidate[], ctx: RankContext): Suggestion[] {
  const p = prepareRequest(request);
  const concepts = p.concepts.length ? (ctx.conceptWeights ?? conceptWeights(candidates, p.concepts)) : undefined;
  const evaluations: Evaluation[] = [];
  for (const c of candidates) {
    if (isOwnCandidate(request, c)) continue;
    // Already partners in this very type of cooperation: not a suggestion.
    const partners = partnershipOf(c, ctx.partners);
    if (partners?.includes(p.type)) continue;
    const textScore = ctx.textScores?.get(c.id);
    const responsiveness = ctx.responsiveness?.get(candidateOrgId(c));
    const ev = evaluate(p, c, ctx.now, ctx.weights, textScore, responsiveness, concepts);
    if (!topical(p, ev, textScore)) continue;
    const feedback = feedbackEffect(c, ctx.feedback);
    if (feedback.multiplier !== 1) ev.score = round(ev.score * feedback.multiplier, 1);
    evaluations.push({ ...ev, feedback, ...(partners ? { partners } : {}) });
  }
  evaluations.sort(byScoreThenRecency);
  const ranked = ctx.onePerOrg ? onePerOrg(evaluations) : evaluations;
  const top = ctx.limit === undefined ? ranked : ranked.slice(0, Math.max(0, ctx.limit));
  return top.map((ev) => toSuggestion(p, ev, ctx.weights));
}
