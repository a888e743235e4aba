/**
 * In-process benchmark of the query planner and of index maintenance, free of the
 * network and the other process: 130,000 profile-like documents in one collection
 * with the no-stall benchmark's indexes; each hot query shape is timed planned and as
 * a full scan (filter every document, then sort) in the same run, and writes are
 * timed with and without the secondary indexes.
 *
 *   npm run bench:planner -w packages/devmongo        DOCS=130000 RUNS=200
 */
import { performance } from "node:perf_hooks";
import { Collection } from "../src/collection.js";
import { compileFilter, sortDocs } from "../src/engine.js";
import { normalizeSpec } from "../src/indexes.js";
import { countMatches, type PlanChoice, sortedMatch } from "../src/query.js";
import type { Doc } from "../src/values.js";
import { COUNTRIES, INDEXES, KINDS, profile } from "./profile.js";

const DOCS = Number(process.env.DOCS ?? 130_000);
const RUNS = Number(process.env.RUNS ?? 200);
interface Shape {
  name: string;
  filter: (i: number) => Doc;
  sort?: Doc;
  skip?: number;
  limit?: number;
  count?: boolean;
}

const SHAPES: Shape[] = [
  { name: "search page", filter: (i) => ({ kind: KINDS[i % 4], country: COUNTRIES[i % 12], status: "approved" }), sort: { updatedAt: -1 }, limit: 20 },
  { name: "search total", filter: (i) => ({ kind: KINDS[i % 4], country: COUNTRIES[i % 12], status: "approved" }), count: true },
  { name: "list page 2", filter: () => ({ status: "approved" }), sort: { updatedAt: -1, _id: 1 }, skip: 20, limit: 20 },
  {
    name: "history page",
    filter: (i) => ({ kind: KINDS[i % 4], updatedAt: { $lt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % DOCS) * 1000) } }),
    sort: { updatedAt: -1 },
    limit: 51,
  },
];

const pct = (ms: number[], q: number) => [...ms].sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;

function time(fn: (i: number) => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function planned(coll: Collection, s: Shape, i: number, choice?: PlanChoice): number {
  if (s.count) return countMatches(coll, s.filter(i));
  const end = s.limit ? (s.skip ?? 0) + s.limit : Infinity;
  return sortedMatch(coll, s.filter(i), s.sort ?? {}, undefined, end, choice).slice(s.skip ?? 0, end).length;
}

function scanned(coll: Collection, s: Shape, i: number): number {
  const pred = compileFilter(s.filter(i));
  const all = [...coll.docs.values()].filter((d) => pred(d));
  if (s.count) return all.length;
  const end = s.limit ? (s.skip ?? 0) + s.limit : undefined;
  return sortDocs(all, s.sort ?? {}).slice(s.skip ?? 0, end).length;
}

function build(indexed: boolean): { coll: Collection; ms: number } {
  const coll = new Collection("bench", "orgs");
  if (indexed) for (const key of INDEXES) coll.createIndex(normalizeSpec({ key }));
  const t = performance.now();
  for (let i = 0; i < DOCS; i++) coll.insert(profile(i));
  return { coll, ms: performance.now() - t };
}

function writes(coll: Collection): { update: number; insert: number } {
  const n = 20_000;
  const update = time((i) => {
    const d = coll.get((i * 104_729) % DOCS) as Doc;
    coll.replace({ ...d, views: Number(d.views) + 1, updatedAt: new Date(Date.UTC(2026, 6, 1) + i) });
  }, n);
  const insert = time((i) => coll.insert(profile(DOCS + 1_000_000 + i)), n);
  return { update: update.reduce((a, b) => a + b, 0) / n, insert: insert.reduce((a, b) => a + b, 0) / n };
}

const f = (n: number) => n.toFixed(n < 1 ? 3 : 1);
const bare = build(false);
const idx = build(true);
console.log(`${DOCS} documents, ${RUNS} runs per shape (shared machine: compare the columns of one run)`);
// Every planned run first, then the full scans (whose garbage would otherwise land in the next shape's planned runs).
const scanRuns = Math.max(5, Math.floor(RUNS / 20));
const rows = SHAPES.map((s) => {
  const choice: PlanChoice = { stage: "COLLSCAN", sorted: false };
  planned(idx.coll, s, 1, choice);
  for (let i = 0; i < scanRuns; i++) if (planned(idx.coll, s, i) !== scanned(idx.coll, s, i)) throw new Error(`${s.name}: planned and full-scan answers differ`);
  return { s, choice, p: [] as number[], full: [] as number[] };
});
for (const r of rows) r.p = time((i) => planned(idx.coll, r.s, i), RUNS);
for (const r of rows) r.full = time((i) => scanned(idx.coll, r.s, i), scanRuns);
for (const { s, choice, p, full } of rows) {
  const how = choice.plan ? `${choice.plan.index.spec.name}${choice.sorted ? " + sort" : ""}, ${choice.examined ?? 0} keys read` : s.count ? "index count" : choice.stage;
  console.log(
    `  ${s.name.padEnd(13)} planned p50 ${f(pct(p, 0.5))} p99 ${f(pct(p, 0.99))} ms | full scan p50 ${f(pct(full, 0.5))} ms (${f(pct(full, 0.5) / Math.max(pct(p, 0.5), 0.001))}× planned) | ${how}`,
  );
}
const wb = writes(bare.coll);
const wi = writes(idx.coll);
console.log(`load: ${f(bare.ms / 1000)} s without secondary indexes, ${f(idx.ms / 1000)} s with the ${INDEXES.length} indexes`);
console.log(`update (replace, date moves in 2 indexes): ${f(wb.update * 1000)} µs without, ${f(wi.update * 1000)} µs with the indexes (${f(wi.update / wb.update)}×)`);
console.log(`insert: ${f(wb.insert * 1000)} µs without, ${f(wi.insert * 1000)} µs with the indexes (${f(wi.insert / wb.insert)}×)`);
