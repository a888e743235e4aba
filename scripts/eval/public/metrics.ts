// The metrics of the evaluation set's README ("Metrics"), over the first 20 distinct keys.
import type { EvalCase } from "./types.js";

export interface CaseResult {
  c: EvalCase;
  /** Distinct keys, best first (at most 20); "?" for results outside the set (the demo data). */
  ranked: string[];
  /** "key score" of each, for the report. */
  scores?: string[];
  skipped?: boolean;
}

export interface CaseScore {
  hit1: number;
  hit5: number;
  rr: number;
  ndcg10: number;
  /** Distractor pairs violated (expected absent or below a distractor in the top 10). */
  violations: number;
  pairs: number;
  /** must_not_appear keys in the top 10 and in the top 20. */
  hard10: number;
  hard20: number;
  firstExpected: number | undefined;
  /** Some distractor in the top 10 outranks every expected key. */
  beaten: boolean;
}

const grade = (c: EvalCase, k: string) => (c.expect?.includes(k) ? (c.expect_graded?.[k] ?? 2) : 0);

export function scoreCase({ c, ranked }: CaseResult): CaseScore {
  const expected = c.expect ?? [];
  const pos = (k: string) => {
    const i = ranked.indexOf(k);
    return i < 0 ? undefined : i + 1;
  };
  const ranks = expected.map(pos).filter((r): r is number => r !== undefined);
  const first = ranks.length ? Math.min(...ranks) : undefined;
  let dcg = 0;
  for (let i = 0; i < Math.min(10, ranked.length); i++) dcg += (2 ** grade(c, ranked[i]) - 1) / Math.log2(i + 2);
  const ideal = expected.map((k) => grade(c, k)).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(10, ideal.length); i++) idcg += (2 ** ideal[i] - 1) / Math.log2(i + 2);
  let violations = 0;
  let pairs = 0;
  for (const d of c.must_rank_below_expected ?? []) {
    for (const e of expected) {
      pairs++;
      const [rd, re] = [pos(d), pos(e)];
      if (rd !== undefined && rd <= 10 && (re === undefined || re > rd)) violations++;
    }
  }
  const beaten = (c.must_rank_below_expected ?? []).some((d) => {
    const rd = pos(d);
    return rd !== undefined && rd <= 10 && expected.every((e) => (pos(e) ?? 99) > rd);
  });
  const mna = c.must_not_appear ?? [];
  return {
    hit1: first === 1 ? 1 : 0,
    hit5: first !== undefined && first <= 5 ? 1 : 0,
    rr: first ? 1 / first : 0,
    ndcg10: idcg > 0 ? dcg / idcg : 0,
    violations,
    pairs,
    hard10: mna.filter((k) => (pos(k) ?? 99) <= 10).length,
    hard20: mna.filter((k) => pos(k) !== undefined).length,
    firstExpected: first,
    beaten,
  };
}

export interface Summary {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
  ndcg10: number;
  violations: number;
  pairs: number;
  /** Cases where some distractor outranks every expected key. */
  casesBeaten: number;
  hard10: number;
  hard20: number;
}

export function summarise(scores: readonly CaseScore[]): Summary {
  const n = scores.length || 1;
  const sum = (f: (s: CaseScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  return {
    n: scores.length,
    hit1: sum((s) => s.hit1) / n,
    hit5: sum((s) => s.hit5) / n,
    mrr: sum((s) => s.rr) / n,
    ndcg10: sum((s) => s.ndcg10) / n,
    violations: sum((s) => s.violations),
    pairs: sum((s) => s.pairs),
    casesBeaten: scores.filter((s) => s.beaten).length,
    hard10: sum((s) => s.hard10),
    hard20: sum((s) => s.hard20),
  };
}

export const header = "  group                          n  hit@1  hit@5    MRR  nDCG@10  distractors  must-not(10/20)";

export function line(label: string, s: Summary): string {
  const f = (x: number) => x.toFixed(2).padStart(5);
  return `  ${label.padEnd(28)} ${String(s.n).padStart(3)}  ${f(s.hit1)}  ${f(s.hit5)}  ${f(s.mrr)}    ${f(s.ndcg10)}  ${`${s.violations}/${s.pairs}`.padStart(11)}  ${`${s.hard10}/${s.hard20}`.padStart(15)}`;
}
