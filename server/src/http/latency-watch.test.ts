import { describe, expect, it } from "vitest";
import { LatencyWatch } from "./latency-watch.js";

describe("seeing queueing from the answers", () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it("when a busy interval's quickest answer is over the target, then the next interval is overloaded, and a quick answer clears it", () => {
    const c = clock();
    const watch = new LatencyWatch(500, 100, 8, c.now);
    for (let i = 0; i < 10; i++) watch.record(600 + i * 50);
    expect(watch.isOverloaded()).toBe(false);
    c.advance(100);
    expect(watch.isOverloaded()).toBe(true);
    watch.record(700);
    for (let i = 0; i < 9; i++) watch.record(20);
    c.advance(100);
    expect(watch.isOverloaded()).toBe(false);
  });

  it("when only a few slow answers come (a login, a large export), then nothing is refused", () => {
    const c = clock();
    const watch = new LatencyWatch(500, 100, 8, c.now);
    for (let i = 0; i < 3; i++) watch.record(2000);
    c.advance(100);
    expect(watch.isOverloaded()).toBe(false);
  });

  it("when an overloaded interval is followed by one without answers, then it clears", () => {
    const c = clock();
    const watch = new LatencyWatch(500, 100, 8, c.now);
    for (let i = 0; i < 8; i++) watch.record(900);
    c.advance(100);
    expect(watch.isOverloaded()).toBe(true);
    c.advance(100);
    expect(watch.isOverloaded()).toBe(false);
  });
});
