/**
 * Index-planned answers must equal full-scan answers. A seeded property test builds
 * collections of awkward documents (mixed types, null, missing, empty and nested
 * arrays, multikey fields, arrays of documents), keeps indexes through inserts,
 * replacements, removals and a transaction's snapshot copy, and compares every random
 * query's planned result with filtering and sorting the whole collection.
 */
import { Decimal128, Long, ObjectId } from "bson";
import { describe, expect, it } from "vitest";
import { Collection } from "./collection.js";
import { compileFilter, sortDocs } from "./engine.js";
import { Index, normalizeSpec } from "./indexes.js";
import { countMatches, matchDocs, type PlanChoice, sortedMatch } from "./query.js";
import { compareBson, type Doc } from "./values.js";

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDEXES: Doc[] = [{ a: 1 }, { a: -1, b: 1 }, { b: 1, c: -1 }, { tags: 1, d: 1 }, { c: 1, a: 1, b: -1 }, { "s.x": 1 }, { d: -1 }, { n: 1 }, { b: 1, d: 1, a: 1 }];
/** Partial indexes: used only when the filter implies their filter. */
const PARTIAL: Doc[] = [
  { key: { b: 1, a: 1 }, partialFilterExpression: { b: { $type: "string" } } },
  { key: { d: 1, c: 1 }, partialFilterExpression: { d: { $gte: 2 } } },
  { key: { a: 1, d: -1 }, partialFilterExpression: { c: { $exists: true } } },
];
const STRINGS = ["a", "b", "bb", "c", "", "Z"];
const OIDS = ["0a", "ff", "10", "a0", "09"].map((h) => new ObjectId(h.padStart(24, "0")));
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i));

function scalar(r: () => number): unknown {
  const x = r();
  if (x < 0.45) return Math.floor(r() * 8);
  if (x < 0.55) return Math.floor(r() * 8) + 0.5;
  if (x < 0.6) return Long.fromNumber(Math.floor(r() * 8));
  if (x < 0.63) return Decimal128.fromString(String(Math.floor(r() * 8)));
  if (x < 0.8) return STRINGS[Math.floor(r() * STRINGS.length)];
  if (x < 0.85) return day(Math.floor(r() * 5));
  if (x < 0.88) return OIDS[Math.floor(r() * OIDS.length)];
  if (x < 0.91) return r() < 0.5;
  return null;
}

function value(r: () => number): unknown {
  const x = r();
  if (x < 0.12) return undefined;
  if (x < 0.2) return [];
  if (x < 0.35) return [scalar(r), scalar(r)];
  return scalar(r);
}

function doc(r: () => number, id: number): Doc {
  const d: Doc = { _id: r() < 0.8 ? id : `k${id}` };
  for (const f of ["a", "b", "c", "d"]) {
    const v = value(r);
    if (v !== undefined) d[f] = v;
  }
  if (r() < 0.8) d.tags = r() < 0.2 ? STRINGS[id % 6] : STRINGS.filter(() => r() < 0.3);
  const y = r();
  if (y < 0.3) d.s = { x: scalar(r) };
  else if (y < 0.6) d.s = [{ x: scalar(r) }, { x: value(r) }, { y: 1 }];
  const z = r();
  if (z < 0.3) d.n = [[Math.floor(r() * 5), 9], Math.floor(r() * 5)];
  else if (z < 0.8) d.n = Math.floor(r() * 5);
  return d;
}

const FIELDS = ["a", "b", "c", "d", "tags", "s.x"];

function term(r: () => number): Doc {
  const f = FIELDS[Math.floor(r() * FIELDS.length)];
  const x = r();
  const v = scalar(r) ?? 3;
  if (x < 0.3) return { [f]: v };
  if (x < 0.45) return { [f]: { $in: [v, scalar(r) ?? "b", scalar(r) ?? 1] } };
  if (x < 0.6) return { [f]: { [r() < 0.5 ? "$gt" : "$gte"]: v } };
  if (x < 0.7) return { [f]: { [r() < 0.5 ? "$lt" : "$lte"]: v } };
  if (x < 0.82) return { [f]: { $gte: v, $lt: scalar(r) ?? 6 } };
  if (x < 0.87) return { n: { [r() < 0.5 ? "$gt" : "$lte"]: Math.floor(r() * 5) } };
  if (x < 0.92) return { $or: [{ [f]: v }, { d: { $gt: 2 } }] };
  if (x < 0.96) return { [f]: r() < 0.3 ? null : { $exists: r() < 0.5 } };
  return { $and: [{ [f]: v }, { [f]: scalar(r) ?? 1 }] };
}

function query(r: () => number): { filter: Doc; sort: Doc; limit: number; skip: number } {
  const filter: Doc = {};
  const terms = Math.floor(r() * 3);
  if (r() < 0.15) return { filter: { b: scalar(r) ?? "a", ...(r() < 0.5 ? { d: { $in: [1, 2, 2.5] } } : {}) }, sort: { _id: 1 }, limit: 0, skip: 0 };
  for (let i = 0; i < terms; i++) Object.assign(filter, term(r));
  const sort: Doc = {};
  const keys = Math.floor(r() * 3);
  for (let i = 0; i < keys; i++) sort[["a", "b", "c", "d", "tags", "s.x", "n"][Math.floor(r() * 7)]] = r() < 0.5 ? 1 : -1;
  if (keys === 0 || r() < 0.8) sort._id = r() < 0.5 ? 1 : -1;
  const limit = [0, 1, 3, 10][Math.floor(r() * 4)];
  return { filter, sort, limit, skip: r() < 0.2 ? 2 : 0 };
}

/** Equal sort keys: each of the two sorts before the other when given first. */
const tied = (a: Doc, b: Doc, sort: Doc) => sortDocs([a, b], sort)[0] === a && sortDocs([b, a], sort)[0] === b;

function check(coll: Collection, r: () => number, stats: { ixscan: number; ordered: number }): void {
  const q = query(r);
  const pred = compileFilter(q.filter);
  const all = [...coll.docs.values()].filter((d) => pred(d));
  const end = q.limit > 0 ? q.skip + q.limit : undefined;
  const expected = sortDocs(all, q.sort).slice(q.skip, end);
  const choice: PlanChoice = { stage: "COLLSCAN", sorted: false };
  const got = sortedMatch(coll, q.filter, q.sort, undefined, end ?? Infinity, choice).slice(q.skip, end);
  const why = JSON.stringify({ ...q, plan: choice.plan?.index.spec.name, bounds: choice.plan?.bounds });
  if (choice.stage === "IXSCAN") stats.ixscan++;
  if (choice.ordered) stats.ordered++;
  expect(got.length, why).toBe(expected.length);
  if ("_id" in q.sort) expect(got.map((d) => d._id), why).toEqual(expected.map((d) => d._id));
  else got.forEach((d, i) => expect(tied(d, expected[i], q.sort), why).toBe(true));
  // Without a sort: the same documents (any order), or `limit` of them.
  const unsorted = matchDocs(coll, q.filter, undefined, end ?? Infinity);
  expect(unsorted.every((d) => pred(d)), why).toBe(true);
  expect(unsorted.length, why).toBe(Math.min(all.length, end ?? Infinity));
  expect(new Set(unsorted.map((d) => d._id)).size, why).toBe(unsorted.length);
  expect(countMatches(coll, q.filter), why).toBe(all.length);
}

function mutate(coll: Collection, r: () => number, next: () => number): void {
  const ids = [...coll.docs.values()].map((d) => d._id);
  const x = r();
  if (x < 0.4 || ids.length === 0) coll.insert(doc(r, next()));
  else if (x < 0.75) coll.replace({ ...doc(r, 0), _id: ids[Math.floor(r() * ids.length)] });
  else coll.remove(ids[Math.floor(r() * ids.length)]);
}

/** The sorted side of every index equals one rebuilt from the documents. */
function checkIndexes(coll: Collection): void {
  for (const idx of coll.indexes.values()) {
    const fresh = new Index(idx.spec);
    for (const [k, d] of coll.docs) fresh.add(k, d);
    const show = (i: Index) => i.sorted?.entries.all().map((e) => e.key) ?? [];
    expect(show(idx)).toEqual(show(fresh));
    expect(idx.sorted?.multi).toEqual(fresh.sorted?.multi);
    expect(idx.sorted?.nested).toEqual(fresh.sorted?.nested);
  }
}

function build(r: () => number, n: number): { coll: Collection; next: () => number } {
  const coll = new Collection("db", "c");
  let id = 0;
  const next = () => id++;
  for (const key of INDEXES) if (r() < 0.7) coll.createIndex(normalizeSpec({ key }));
  for (const spec of PARTIAL) if (r() < 0.5) coll.createIndex(normalizeSpec({ ...spec, name: `partial_${Object.keys(spec.key as Doc).join("_")}` }));
  for (let i = 0; i < n; i++) coll.insert(doc(r, next()));
  return { coll, next };
}

describe("devmongo: index-planned queries equal full scans", () => {
  it("compares ObjectIds by bytes in the order of their hex strings", () => {
    const ids = Array.from({ length: 50 }, (_, i) => new ObjectId(((i * 7919) % 4096).toString(16).padStart(3, "0").repeat(8)));
    const byHex = [...ids].sort((a, b) => (a.toHexString() < b.toHexString() ? -1 : 1)).map(String);
    expect([...ids].sort(compareBson).map(String)).toEqual(byHex);
  });

  it("over random documents, writes and queries (seeded)", () => {
    const stats = { ixscan: 0, ordered: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      const { coll, next } = build(r, 150 + seed * 40);
      for (let i = 0; i < 150; i++) {
        if (i % 3 === 0) mutate(coll, r, next);
        check(coll, r, stats);
      }
      checkIndexes(coll);
    }
    // The test means something only if most queries were planned through an index.
    expect(stats.ixscan).toBeGreaterThan(700);
    expect(stats.ordered).toBeGreaterThan(300);
  });

  it("in a transaction's snapshot copy, with the store and the copy written apart", () => {
    const stats = { ixscan: 0, ordered: 0 };
    for (let seed = 100; seed < 106; seed++) {
      const r = rng(seed);
      const { coll, next } = build(r, 300);
      const snap = coll.fork();
      for (let i = 0; i < 120; i++) {
        mutate(coll, r, next);
        mutate(snap, r, next);
        check(i % 2 === 0 ? coll : snap, r, stats);
      }
      checkIndexes(coll);
      checkIndexes(snap);
    }
    expect(stats.ixscan).toBeGreaterThan(200);
  });
});
