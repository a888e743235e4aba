import os from "node:os";
import { describe, expect, it } from "vitest";
import { busyShare, machineCpus, percentile, percentilePerRound } from "./lib.js";

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

describe("how busy a benchmark's machine was", () => {
  it("when a machine spends 1.75 ms of CPU per message at 1,000 messages/s on two CPUs, then it was 87.5 % busy", () => {
    expect(busyShare(1.75, 1000, 2)).toBeCloseTo(0.875, 10);
    expect(busyShare(1.75, 600, 2)).toBeCloseTo(0.525, 10);
    expect(busyShare(1.75, 1000, 4)).toBeCloseTo(0.4375, 10);
  });

  it("when a figure is missing (a process gone), then the share is not a number, not 0", () => {
    expect(busyShare(NaN, 1000, 2)).toBeNaN();
  });

  it("counts the CPUs that /proc/stat sums: the machine's online CPUs", () => {
    expect(machineCpus()).toBe(os.cpus().length);
  });
});
