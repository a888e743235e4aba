import { describe, expect, it } from "vitest";
import { percentile, percentilePerRound } from "./lib.js";

describe("a benchmark's quantile per round", () => {
  it("when round trips arrive out of order, then each counts in the round it was sent in, and the warm-up round in none", () => {
    // Round 1 is quick but one of its messages arrives after round 2's; round 0 is the warm-up.
    const samples = [900, 1, 2, 50, 60, 3, 70];
    const roundOf = [0, 1, 1, 2, 2, 1, 2];
    expect(percentilePerRound(samples, roundOf, samples.length, 2, 0.99)).toEqual([3, 70]);
    expect(percentilePerRound(samples, roundOf, samples.length, 2, 0.5)).toEqual([2, 60]);
  });

  it("when only the first samples are measured, then the rest of the buffers is ignored", () => {
    const samples = new Float64Array([5, 6, 999, 999]);
    const roundOf = new Uint16Array([1, 1, 1, 1]);
    expect(percentilePerRound(samples, roundOf, 2, 1, 0.99)).toEqual([6]);
  });

  it("when a round has no samples, then its quantile is NaN and the other rounds keep theirs", () => {
    expect(percentilePerRound([4, 8], [1, 3], 2, 3, 0.99)).toEqual([4, NaN, 8]);
  });

  it("the whole run's quantile is the nearest rank, as for every other benchmark", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 0.5)).toBe(50);
  });
});
