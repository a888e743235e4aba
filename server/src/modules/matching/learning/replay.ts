// Offline replay: ranks the candidates of past requests with two sets of weights and
// measures the mean reciprocal rank of the candidates members accepted. Pure.
import { combine, type FactorName, type Weights } from "../scoring/index.js";
import type { OutcomeSample } from "./refit.js";

/** MRR over requests: 1/rank of the first accepted candidate when ranked by the combined score. */
export function replayMrr(samples: readonly OutcomeSample[], weights: Weights): number {
  const byRequest = new Map<string, OutcomeSample[]>();
  for (const s of samples) byRequest.set(s.requestId, [...(byRequest.get(s.requestId) ?? []), s]);
  let sum = 0;
  let n = 0;
  for (const list of byRequest.values()) {
    if (!list.some((s) => s.label === 1)) continue;
    const ranked = [...list].sort((a, b) => combine(b.values as Record<FactorName, number>, weights).score - combine(a.values as Record<FactorName, number>, weights).score);
    sum += 1 / (ranked.findIndex((s) => s.label === 1) + 1);
    n++;
  }
  return n ? sum / n : 0;
}

/** Splits samples by request: every `k`-th request (by first appearance) is held out. */
export function holdOut(samples: readonly OutcomeSample[], k = 3): { train: OutcomeSample[]; test: OutcomeSample[] } {
  const order = [...new Set(samples.map((s) => s.requestId))];
  const held = new Set(order.filter((_, i) => i % k === k - 1));
  return { train: samples.filter((s) => !held.has(s.requestId)), test: samples.filter((s) => held.has(s.requestId)) };
}
