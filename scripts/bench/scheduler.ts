// npm run bench:scheduler — plans an event of 500 participants, 16 slots and 40 tables
// with the event scheduler, beside the greedy baseline on the same input in the same run.
// Participants are synthetic organizations scored pairwise by the matcher's own scoring.
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { countryRegion } from "@parklink/shared";
import { syntheticOrgs, mulberry32 } from "../../server/src/modules/seed/data/synthetic.js";
import { toOrgCandidate, toRequester } from "../../server/src/modules/matching/load.js";
import { DEFAULT_WEIGHTS } from "../../server/src/modules/matching/scoring/index.js";
import { PairScorer, participantFacts } from "../../server/src/modules/events/match.js";
import { greedyPlan, planMeetings, type PlanInput, type PlanResult } from "../../server/src/modules/events/scheduler.js";
import type { Org } from "../../server/src/modules/orgs/model.js";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 500);
const SLOTS = 16;
const TABLES = 40;
const MIN_MEETINGS = 2;
const TARGET_MS = 10_000;

const random = mulberry32(2026);
const now = new Date();
const orgs: Org[] = [...syntheticOrgs(PARTICIPANTS, 42)].map(({ syntheticKey: _key, ...o }) => ({
  ...(o as unknown as Org),
  _id: new mongoose.Types.ObjectId(),
  region: countryRegion(o.country) ?? "",
  updatedAt: now,
}));
const facts = orgs.map((org) => participantFacts(toRequester(org), toOrgCandidate(org, []), []));

const t0 = performance.now();
const scorer = new PairScorer(DEFAULT_WEIGHTS, now);
const pairs: PlanInput["pairs"][number][] = [];
for (let a = 0; a < facts.length; a++) {
  for (let b = a + 1; b < facts.length; b++) {
    const { score } = scorer.pair(facts[a], facts[b]);
    // About one pair in a hundred asked for each other during registration.
    if (score >= 20) pairs.push({ a: facts[a].orgId, b: facts[b].orgId, score, mutual: random() < 0.01 });
  }
}
const scoringMs = performance.now() - t0;

const participants = facts.map((f) => ({
  id: f.orgId,
  available: [...Array(SLOTS).keys()].filter(() => random() < 0.75),
  wants: 2 + Math.floor(random() * 7),
}));
const input: PlanInput = { participants, pairs, slots: SLOTS, tables: TABLES, minMeetings: MIN_MEETINGS };

function timedPlan(fn: (i: PlanInput) => PlanResult): [number, PlanResult] {
  const start = performance.now();
  const result = fn(input);
  return [performance.now() - start, result];
}
const [greedyMs, greedy] = timedPlan(greedyPlan);
const [planMs, plan] = timedPlan(planMeetings);

const fmt = (r: PlanResult) =>
  `${String(r.stats.meetings).padStart(4)} meetings, total score ${r.stats.totalScore.toFixed(0).padStart(6)}, ` +
  `min meetings ${r.stats.minMeetings}, reaching K=${MIN_MEETINGS}: ${(100 * r.stats.reachedShare).toFixed(1)} %, Gini ${r.stats.gini.toFixed(3)}`;
console.log(`${PARTICIPANTS} participants, ${SLOTS} slots, ${TABLES} tables (capacity ${SLOTS * TABLES} meetings); ${pairs.length} scored pairs (score ≥ 20), pair scoring ${(scoringMs / 1000).toFixed(1)} s`);
console.log(`greedy baseline : ${greedyMs.toFixed(0).padStart(6)} ms  ${fmt(greedy)}`);
console.log(`scheduler       : ${planMs.toFixed(0).padStart(6)} ms  ${fmt(plan)}`);
console.log(
  `scheduler vs greedy: time ${(planMs / greedyMs).toFixed(1)}×, total score ${((100 * plan.stats.totalScore) / greedy.stats.totalScore).toFixed(1)} %, ` +
    `reaching K ${(100 * greedy.stats.reachedShare).toFixed(1)} → ${(100 * plan.stats.reachedShare).toFixed(1)} %`,
);
console.log(`target: plan < ${TARGET_MS / 1000} s ${planMs < TARGET_MS ? "✔" : "✘"} (shared, loaded 2-core machine: compare the ratios)`);
