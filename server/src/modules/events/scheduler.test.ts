import { describe, expect, it } from "vitest";
import { gini, greedyPlan, planMeetings, type PlanInput, type PlannedMeeting } from "./scheduler.js";

/** Checks every hard constraint of a plan against its input (fixed meetings included). */
function assertValid(input: PlanInput, meetings: readonly PlannedMeeting[]) {
  const all = [...(input.fixed ?? []).map((f) => ({ ...f, score: 0 })), ...meetings];
  const seenPerson = new Set<string>();
  const seenTable = new Set<string>();
  const seenPair = new Set<string>();
  const count = new Map<string, number>();
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  for (const m of all) {
    for (const p of [m.a, m.b]) {
      expect(seenPerson.has(`${m.slot}:${p}`), `${p} twice in slot ${m.slot}`).toBe(false);
      seenPerson.add(`${m.slot}:${p}`);
      count.set(p, (count.get(p) ?? 0) + 1);
    }
    expect(m.table).toBeGreaterThanOrEqual(1);
    expect(m.table).toBeLessThanOrEqual(input.tables);
    expect(seenTable.has(`${m.slot}:${m.table}`), `table ${m.table} twice in slot ${m.slot}`).toBe(false);
    seenTable.add(`${m.slot}:${m.table}`);
    const pair = [m.a, m.b].sort().join("|");
    expect(seenPair.has(pair), `pair ${pair} twice`).toBe(false);
    seenPair.add(pair);
  }
  for (const m of meetings) {
    expect(byId.get(m.a)!.available).toContain(m.slot);
    expect(byId.get(m.b)!.available).toContain(m.slot);
  }
  for (const [id, c] of count) expect(c).toBeLessThanOrEqual(byId.get(id)!.wants);
}

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function instance(n: number, slots: number, tables: number, seed = 7): PlanInput {
  const r = random(seed);
  const participants = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    available: [...Array(slots).keys()].filter(() => r() < 0.7),
    wants: 2 + Math.floor(r() * 5),
  }));
  // A few well-connected participants attract most of the high scores: the greedy trap.
  const pairs = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
    const hub = a < n / 10 || b < n / 10 ? 40 : 0;
    const score = Math.round(r() * 50 + hub);
    if (score > 20) pairs.push({ a: `p${a}`, b: `p${b}`, score, mutual: r() < 0.02 });
  }
  return { participants, pairs, slots, tables, minMeetings: 2 };
}

describe("event scheduler (pure)", () => {
  it("when planning, then no one meets twice in a slot, no table is used twice, pairs meet once and availability holds", () => {
    const input = instance(120, 8, 12);
    const plan = planMeetings(input);
    assertValid(input, plan.meetings);
    expect(plan.meetings.length).toBeGreaterThan(50);
    assertValid(input, greedyPlan(input).meetings);
  });

  it("when tables are scarce, then the planner gives more participants their K meetings than the greedy baseline", () => {
    const input = instance(150, 6, 30, 11);
    const plan = planMeetings(input);
    const greedy = greedyPlan(input);
    expect(plan.stats.reachedShare).toBeGreaterThan(greedy.stats.reachedShare);
    expect(plan.stats.minMeetings).toBeGreaterThanOrEqual(greedy.stats.minMeetings);
    expect(plan.stats.gini).toBeLessThan(greedy.stats.gini);
  });

  it("when meetings are locked, then they stay in place and the plan is built around them", () => {
    const input: PlanInput = {
      participants: [
        { id: "a", available: [0, 1], wants: 2 },
        { id: "b", available: [0, 1], wants: 2 },
        { id: "c", available: [0, 1], wants: 2 },
      ],
      pairs: [
        { a: "a", b: "b", score: 90 },
        { a: "a", b: "c", score: 60 },
        { a: "b", b: "c", score: 50 },
      ],
      slots: 2,
      tables: 1,
      minMeetings: 1,
      fixed: [{ a: "a", b: "c", slot: 0, table: 1 }],
    };
    const plan = planMeetings(input);
    assertValid(input, plan.meetings);
    expect(plan.meetings).toEqual([{ a: "a", b: "b", slot: 1, table: 1, score: 90 }]);
    expect(plan.stats.meetings).toBe(2);
  });

  it("when both sides asked for each other, then the mutual pair wins over a slightly better one-sided pair", () => {
    const input: PlanInput = {
      participants: ["a", "b", "c"].map((id) => ({ id, available: [0], wants: 1 })),
      pairs: [
        { a: "a", b: "b", score: 70 },
        { a: "a", b: "c", score: 60, mutual: true },
      ],
      slots: 1,
      tables: 5,
      minMeetings: 0,
    };
    expect(planMeetings(input).meetings.map((m) => [m.a, m.b])).toEqual([["a", "c"]]);
  });

  it("gini is 0 for equal counts and grows with inequality", () => {
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0, 6])).toBeGreaterThan(gini([1, 2, 3]));
  });
});
