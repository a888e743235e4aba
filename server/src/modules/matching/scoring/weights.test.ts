import { describe, expect, it } from "vitest";
import { FACTOR_NAMES } from "./types.js";
import { DEFAULT_WEIGHTS, parseWeights, WeightsError } from "./weights.js";

describe("weights", () => {
  it("when nothing is configured, then the defaults apply and sum to 1", () => {
    expect(parseWeights(undefined)).toBe(DEFAULT_WEIGHTS);
    expect(parseWeights("  ")).toBe(DEFAULT_WEIGHTS);
    const sum = FACTOR_NAMES.reduce((s, n) => s + DEFAULT_WEIGHTS[n], 0);
    expect(sum).toBeCloseTo(1);
  });

  it("when some factors are named, then only those change", () => {
    const w = parseWeights('{"reciprocity":0.3,"textRelevance":0}');
    expect(w.reciprocity).toBe(0.3);
    expect(w.textRelevance).toBe(0);
    expect(w.industryFit).toBe(DEFAULT_WEIGHTS.industryFit);
    expect(parseWeights({ geography: 2 }).geography).toBe(2);
  });

  it("when the JSON is bad, a name unknown or a weight negative, then a WeightsError names the problem", () => {
    expect(() => parseWeights("{reciprocity:1}")).toThrow(WeightsError);
    expect(() => parseWeights("[1,2]")).toThrow(/JSON object/);
    expect(() => parseWeights('{"popularity":1}')).toThrow(/unknown factor "popularity"/);
    expect(() => parseWeights('{"geography":-1}')).toThrow(/"geography" must be a non-negative number/);
    expect(() => parseWeights('{"geography":"high"}')).toThrow(/non-negative/);
  });

  it("when every weight is 0, then it is refused", () => {
    const zeros = JSON.stringify(Object.fromEntries(FACTOR_NAMES.map((n) => [n, 0])));
    expect(() => parseWeights(zeros)).toThrow(/at least one weight/);
  });
});
