/**
 * npx tsx scripts/bench/matcher-tiers.ts — fits how many records each candidate tier brings.
 * On the benchmark's synthetic directory, for 80 requests: the full scan's top 20 (as in
 * bench:matcher), and where each of those records sits in every query candidate generation
 * runs (each tier read far past its limit). A greedy fit then spends a budget of records on
 * the tiers that bring the most of those records per record read, on every other request,
 * and reports the overlap it reaches on the other half, beside the current sizes.
 *   TIERS_PROFILES=100000 TIERS_REQUESTS=80 TIERS_BUDGET=900 npx tsx scripts/bench/matcher-tiers.ts
 */
import fs from "node:fs";
import type { MultiSearchQuery } from "meilisearch";
import { rankingInputs, weightsOf } from "../../server/src/modules/matching/service.js";
import { candidateQueries, conceptCounts, tellingConcepts, TIERS, type TierConditions, type TierSpec } from "../../server/src/modules/matching/candidates.js";
import { rankCandidates } from "../../server/src/modules/matching/scoring/index.js";
import { DIRECTORY_INDEX } from "../../server/src/modules/search/documents.js";
import { reindexAll } from "../../server/src/modules/search/reindex.js";
import { loadSynthetic } from "../../server/src/modules/seed/synthetic.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { benchRequests, readEverything } from "./matcher-scan.js";

const PROFILES = Number(process.env.TIERS_PROFILES ?? 100_000);
const REQUESTS = Number(process.env.TIERS_REQUESTS ?? 80);
const BUDGET = Number(process.env.TIERS_BUDGET ?? 900);
const PROBE = 1000;
const STEP = 10;

/** The tiers of today, and every combination of industries × places × interest × wanting us × TRL × telling concepts. */
function probeTable(): TierSpec[] {
  const out: TierSpec[] = [...TIERS];
  const have = new Set(TIERS.map(([, names]) => [...names].sort().join("+")));
  type Name = keyof TierConditions;
  for (const ind of [["all"], ["exact"], ["near"], []] as Name[][])
    for (const geo of [["country"], ["geo"], []] as Name[][])
      for (const coop of [["coop"], []] as Name[][])
        for (const wants of [["wantsUs"], []] as Name[][])
          for (const trl of [["trl"], []] as Name[][])
          for (const concepts of [["concepts"], []] as Name[][]) {
            const names = [...ind, ...geo, ...coop, ...wants, ...trl, ...concepts];
            if (names.length === 0) continue;
            const key = [...names].sort().join("+");
            if (have.has(key)) continue;
            have.add(key);
            out.push([names.join("+"), names, 0]);
          }
  return out;
}

interface Sample {
  /** Probe name → position (0-based) of each top-20 record in it, or absent. */
  positions: Map<string, Map<string, number>>;
  /** Probe name → how many hits it has at most (its cost at a limit is min(limit, hits)). */
  hits: Map<string, number>;
  top: string[];
}

/** Reads where the full scan's top 20 sit in every probed query, on a fresh synthetic directory. */
async function probe(): Promise<{ samples: Sample[]; current: Map<string, number> }> {
  const ctx = await openEphemeralContext("parklink_bench_matcher_tiers");
  const samples: Sample[] = [];
  const table = probeTable();
  const current = new Map<string, number>();
  try {
    const { deps } = ctx;
    await loadSynthetic(deps, PROFILES);
    await reindexAll(deps);
    const client = deps.search.client!;
    const uid = deps.search.indexName(DIRECTORY_INDEX);
    const { requests, requesters } = await benchRequests(deps, REQUESTS);
    const everything = await readEverything(deps);
    for (const r of requests) {
      const inputs = await rankingInputs(deps, r, requesters.get(String(r.orgId))!);
      const ranked = rankCandidates(inputs.match, everything, {
        textScores: inputs.textScores, responsiveness: inputs.responsiveness, partners: inputs.partners, feedback: inputs.feedback,
        conceptWeights: inputs.conceptWeights, onePerOrg: true, now: new Date(), weights: weightsOf(deps), limit: 20,
      });
      const top = ranked.map((s) => s.candidateId);
      const counted = await conceptCounts(deps, inputs.match);
      const queries = candidateQueries(inputs.match, uid, { probe: PROBE, table, ...(counted ? { telling: tellingConcepts(counted.counts) } : {}) });
      const res = await client.multiSearch<{ queries: MultiSearchQuery[] }, { entityId: string }>({ queries: queries.map((q) => ({ ...q.query, attributesToRetrieve: ["entityId"] })) });
      const positions = new Map<string, Map<string, number>>();
      const hits = new Map<string, number>();
      for (const [i, q] of queries.entries()) {
        const order = res.results[i].hits.map((h) => h.entityId);
        hits.set(q.name, order.length);
        positions.set(q.name, new Map(top.flatMap((id) => (order.indexOf(id) >= 0 ? [[id, order.indexOf(id)] as const] : []))));
        current.set(q.name, Math.max(current.get(q.name) ?? 0, q.limit));
      }
      samples.push({ positions, hits, top });
    }
  } finally {
    await ctx.close();
  }
  return { samples, current };
}

// TIERS_SAMPLES=file keeps the probe's findings, so that fits with other budgets need no new probe.
const saved = process.env.TIERS_SAMPLES;
const { samples, current } =
  saved && fs.existsSync(saved)
    ? (() => {
        const raw = JSON.parse(fs.readFileSync(saved, "utf8")) as { samples: { positions: [string, [string, number][]][]; hits: [string, number][]; top: string[] }[]; current: [string, number][] };
        return {
          samples: raw.samples.map((x) => ({ positions: new Map(x.positions.map(([n, p]) => [n, new Map(p)])), hits: new Map(x.hits), top: x.top })),
          current: new Map(raw.current),
        };
      })()
    : await probe();
if (saved && !fs.existsSync(saved)) {
  const raw = { samples: samples.map((x) => ({ positions: [...x.positions].map(([n, p]) => [n, [...p]]), hits: [...x.hits], top: x.top })), current: [...current] };
  fs.writeFileSync(saved, JSON.stringify(raw));
}
{
  // The sizes of today are those of the table in candidates.ts (the text query keeps its own).
  for (const n of current.keys()) if (n !== "text") current.set(n, 0);
  for (const [n, , limit] of TIERS) current.set(n, limit);
  const names = [...new Set(samples.flatMap((s) => [...s.positions.keys()]))].filter((n) => !(process.env.TIERS_NO_CONCEPTS && n.includes("concepts")));
  const covered = (set: Sample[], limits: Map<string, number>) => {
    let got = 0;
    let want = 0;
    let cost = 0;
    for (const s of set) {
      want += s.top.length;
      for (const id of s.top) if (names.some((n) => (s.positions.get(n)?.get(id) ?? Infinity) < (limits.get(n) ?? 0))) got++;
      for (const n of names) cost += Math.min(limits.get(n) ?? 0, s.hits.get(n) ?? 0);
    }
    return { overlap: want ? got / want : 1, cost: cost / set.length };
  };
  const fitSet = samples.filter((_, i) => i % 2 === 1);
  const checkSet = samples.filter((_, i) => i % 2 === 0);
  // Fixed: the text query keeps its size (its scores feed the text factor); the tiers of today keep a floor.
  const floorOf = (n: string) => (n === "text" ? current.get(n) ?? 0 : TIERS.some(([name]) => name === n) ? Number(process.env.TIERS_FLOOR ?? 20) : 0);
  const limits = new Map(names.map((n) => [n, floorOf(n)]));
  // Greedy: raise the one limit that brings the most records of the full scan's top 20 per record read.
  const records = fitSet.flatMap((s) => s.top.map((id) => ({ s, id })));
  for (;;) {
    const open = records.filter(({ s, id }) => !names.some((n) => (s.positions.get(n)?.get(id) ?? Infinity) < (limits.get(n) ?? 0)));
    if (covered(fitSet, limits).cost >= BUDGET || open.length === 0) break;
    let best: { n: string; to: number; rate: number } | undefined;
    for (const n of names) {
      if (n === "text") continue;
      const from = limits.get(n) ?? 0;
      const at = open.map(({ s, id }) => s.positions.get(n)?.get(id) ?? Infinity).filter((x) => x >= from && x < PROBE);
      for (let to = from + STEP; to <= PROBE; to += STEP) {
        const gain = at.filter((x) => x < to).length;
        if (gain === 0) continue;
        let cost = 0;
        for (const s of fitSet) cost += Math.min(to, s.hits.get(n) ?? 0) - Math.min(from, s.hits.get(n) ?? 0);
        const rate = gain / Math.max(1, cost);
        if (!best || rate > best.rate) best = { n, to, rate };
      }
    }
    if (!best) break;
    limits.set(best.n, best.to);
  }
  const show = (label: string, l: Map<string, number>) => {
    const f = covered(fitSet, l);
    const c = covered(checkSet, l);
    console.log(`${label}: fitted half ${(f.overlap * 100).toFixed(1)} % (${f.cost.toFixed(0)} records read), other half ${(c.overlap * 100).toFixed(1)} % (${c.cost.toFixed(0)} records read)`);
  };
  show("current sizes", current);
  show("fitted sizes ", limits);
  for (const n of names) {
    if ((current.get(n) ?? 0) > 0 || (limits.get(n) ?? 0) > 0) console.log(`  ${n.padEnd(40)} current ${String(current.get(n) ?? 0).padStart(4)}  fitted ${String(limits.get(n)).padStart(4)}`);
  }
}
