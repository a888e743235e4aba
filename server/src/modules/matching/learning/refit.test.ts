import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, FACTOR_NAMES, type FactorName } from "../scoring/index.js";
import { fitWeights, type OutcomeSample } from "./refit.js";
import { holdOut, replayMrr } from "./replay.js";

const base = Object.fromEntries(FACTOR_NAMES.map((f) => [f, 0.5])) as Record<FactorName, number>;

/** Requests where members accept the candidate whose text fits best, though others want them more. */
function textDecides(n: number): OutcomeSample[] {
  const out: OutcomeSample[] = [];
  for (let r = 0; r < n; r++) {
    for (let k = 0; k < 4; k++) {
      const text = (k + (r % 3)) % 4 === 0 ? 0.9 : 0.1;
      const reciprocity = text > 0.5 ? 0 : 1;
      out.push({ requestId: `r${r}`, values: { ...base, textRelevance: text, reciprocity }, label: text > 0.5 ? 1 : 0 });
    }
  }
  return out;
}

describe("refitting the global factor weights", () => {
  it("when members accept what the text says over reciprocity, then the refit weighs text more and reciprocity less", () => {
    const fit = fitWeights(textDecides(60), { prior: DEFAULT_WEIGHTS });
    expect(fit.weights.textRelevance).toBeGreaterThan(DEFAULT_WEIGHTS.textRelevance);
    expect(fit.weights.reciprocity).toBeLessThan(DEFAULT_WEIGHTS.reciprocity);
    expect(fit.lossAfter).toBeLessThan(fit.lossBefore);
  });

  it("when weights are refitted, then they are non-negative and sum to 1", () => {
    const { weights } = fitWeights(textDecides(20), { prior: DEFAULT_WEIGHTS });
    for (const f of FACTOR_NAMES) expect(weights[f]).toBeGreaterThanOrEqual(0);
    expect(FACTOR_NAMES.reduce((a, f) => a + weights[f], 0)).toBeCloseTo(1, 2);
  });

  it("when there is no outcome, then the prior stands", () => {
    const { weights } = fitWeights([], { prior: DEFAULT_WEIGHTS });
    for (const f of FACTOR_NAMES) expect(weights[f]).toBeCloseTo(DEFAULT_WEIGHTS[f], 3);
  });

  it("when the refit is replayed on requests held out from it, then their accepted candidates rank higher", () => {
    const { train, test } = holdOut(textDecides(90));
    expect(new Set(train.map((s) => s.requestId)).size).toBe(60);
    const fit = fitWeights(train, { prior: DEFAULT_WEIGHTS });
    expect(replayMrr(test, fit.weights)).toBeGreaterThan(replayMrr(test, DEFAULT_WEIGHTS));
  });
});
