// Text relevance: the concepts of the bilingual glossary that the request's texts and the
// candidate's share (so a Chinese request and an English offer about the same technology
// meet), weighted by how telling each concept is among the candidates ranked together,
// blended with Meilisearch's ranking of the request's words.
import { clamp01 } from "./factors.js";
import type { PreparedRequest } from "./prepare.js";
import type { Candidate, FactorResult, TextFacts } from "./types.js";

/** Share of the text factor that shared concepts decide when the request has any; the rest is Meilisearch's word score. */
export const CONCEPT_SHARE = 0.75;

/**
 * Inverse document frequency of each concept among the candidates ranked together:
 * ln(1 + N / (1 + df)). A concept every candidate mentions ("battery" among battery
 * makers) tells them apart less than one few mention ("sulfide electrolyte").
 */
export function conceptWeights(candidates: readonly Candidate[], concepts: readonly string[]): Map<string, number> {
  const wanted = new Set(concepts);
  const df = new Map<string, number>(concepts.map((id) => [id, 0]));
  for (const c of candidates) for (const id of c.concepts ?? []) if (wanted.has(id)) df.set(id, (df.get(id) ?? 0) + 1);
  return idf(candidates.length, df);
}

/** ln(1 + N / (1 + df)) of each concept, from N records of which df mention it. */
export function idf(n: number, df: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...df].map(([id, count]) => [id, Math.log(1 + n / (1 + count))]));
}

export function textRelevance(
  p: PreparedRequest,
  c: Candidate,
  textScore: number | undefined,
  weights?: ReadonlyMap<string, number>,
): FactorResult<TextFacts> {
  const provided = textScore !== undefined && Number.isFinite(textScore);
  const words = provided ? clamp01(textScore) : undefined;
  if (p.concepts.length === 0) {
    const score = words ?? 0.5;
    return { value: score, facts: { score, provided, shared: [] } };
  }
  const theirs = new Set(c.concepts ?? []);
  let total = 0;
  let hit = 0;
  const shared: [string, number][] = [];
  for (const id of p.concepts) {
    const w = weights?.get(id) ?? 1;
    total += w;
    if (theirs.has(id)) {
      hit += w;
      shared.push([id, w]);
    }
  }
  const coverage = total > 0 ? hit / total : 0;
  const score = CONCEPT_SHARE * coverage + (1 - CONCEPT_SHARE) * (words ?? coverage);
  shared.sort((a, b) => b[1] - a[1]);
  return { value: score, facts: { score, provided: true, shared: shared.map(([id]) => id) } };
}
