import { MongoServerError, type ObjectId, type Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { Collection, isExactIdLookup } from "./collection.js";
import { useDevMongo } from "./testing.js";
import { Index, normalizeSpec } from "./indexes.js";
import { matchDocs, type PlanChoice } from "./query.js";
import type { Doc } from "./values.js";

/** Test documents with arbitrary _id types. */
type Loose = { _id?: number | string | ObjectId } & Document;

const mongo = useDevMongo("idx");
const freshDb = () => mongo.freshDb();

describe("devmongo: unique indexes", () => {
  it("rejects duplicate inserts with E11000 in writeErrors", async () => {
    const c = freshDb().collection<Loose>("users");
    await c.createIndex({ email: 1 }, { unique: true });
    await c.insertOne({ email: "a@x.io" });
    const err = await c.insertOne({ email: "a@x.io" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err).toMatchObject({ code: 11000, keyPattern: { email: 1 }, keyValue: { email: "a@x.io" } });
    expect((err as Error).message).toMatch(/^E11000 duplicate key error collection: .+\.users index: email_1 dup key: \{ email: "a@x.io" \}$/);
    const bulk = await c.insertMany([{ email: "b@x.io" }, { email: "b@x.io" }, { email: "c@x.io" }], { ordered: false }).catch((e: unknown) => e);
    expect(bulk).toMatchObject({ code: 11000 });
    expect(await c.countDocuments()).toBe(3);
  });

  it("enforces unique on updates, compound keys, sparse and partial indexes", async () => {
    const c = freshDb().collection<Loose>("slots");
    await c.createIndex({ lot: 1, slot: 1 }, { unique: true });
    await c.createIndex({ plate: 1 }, { unique: true, sparse: true });
    await c.createIndex({ code: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await c.insertMany([{ lot: 1, slot: 1 }, { lot: 1, slot: 2 }, { lot: 2, slot: 1 }]);
    const upd = await c.updateOne({ lot: 1, slot: 2 }, { $set: { slot: 1 } }).catch((e: unknown) => e);
    expect(upd).toMatchObject({ code: 11000, keyValue: { lot: 1, slot: 1 } });
    // sparse: many docs without plate are fine
    expect(await c.countDocuments({ plate: { $exists: false } })).toBe(3);
    await c.insertOne({ lot: 3, slot: 1, plate: "AB-1" });
    await expect(c.insertOne({ lot: 3, slot: 2, plate: "AB-1" })).rejects.toMatchObject({ code: 11000 });
    // partial: uniqueness only among active documents
    await c.insertMany([{ lot: 4, slot: 1, code: "X", active: false }, { lot: 4, slot: 2, code: "X", active: true }]);
    await expect(c.insertOne({ lot: 4, slot: 3, code: "X", active: true })).rejects.toMatchObject({ code: 11000 });
  });

  it("fails to build a unique index over duplicates and reports option conflicts", async () => {
    const c = freshDb().collection<Loose>("dups");
    await c.insertMany([{ n: 1 }, { n: 1 }]);
    await expect(c.createIndex({ n: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 });
    await c.createIndex({ n: 1 }, { name: "n_plain" });
    await expect(c.createIndex({ n: 1 }, { name: "n_plain", unique: true })).rejects.toMatchObject({ code: 85 });
    const names = (await c.listIndexes().toArray()).map((i) => i.name);
    expect(names).toEqual(["_id_", "n_plain"]);
    await c.dropIndex("n_plain");
    await expect(c.dropIndex("nope")).rejects.toMatchObject({ code: 27 });
    await expect(freshDb().collection<Loose>("missing").listIndexes().toArray()).rejects.toMatchObject({ code: 26 });
  });

  it("expires documents through TTL indexes", async () => {
    const c = freshDb().collection<Loose>("ttl");
    await c.createIndex({ at: 1 }, { expireAfterSeconds: 0 });
    await c.insertMany([{ at: new Date(Date.now() - 10_000) }, { at: new Date(Date.now() + 3_600_000) }, { other: 1 }]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await c.countDocuments()).toBe(2);
  });
});

describe("devmongo: index lookups", () => {
  it("uses the _id map and secondary indexes for equality and $in", () => {
    const coll = new Collection("db", "c");
    coll.createIndex(normalizeSpec({ key: { email: 1 }, unique: true }));
    coll.createIndex(normalizeSpec({ key: { org: 1, kind: 1 } }));
    for (let i = 0; i < 1000; i++) coll.insert({ _id: i, email: `u${i}@x`, org: i % 10, kind: i % 3, tags: [`t${i % 7}`] });
    expect(coll.candidates({ _id: 5 })?.map((d) => d._id)).toEqual([5]);
    expect(coll.candidates({ email: { $in: ["u1@x", "u2@x"] } })).toHaveLength(2);
    expect(coll.candidates({ $and: [{ email: "u9@x" }, { org: 9 }] })).toHaveLength(1);
    expect(coll.candidates({ email: /u1/ })).toBeNull();
    // A non-unique index keeps no hash side: its ordered side answers equalities.
    expect(coll.candidates({ org: 3 })).toBeNull();
    const planned = (filter: Doc) => {
      const choice: PlanChoice = { stage: "COLLSCAN", sorted: false };
      const n = matchDocs(coll, filter, undefined, Infinity, choice).length;
      return { n, stage: choice.stage, examined: choice.examined ?? 0 };
    };
    expect(planned({ org: 3 })).toEqual({ n: 100, stage: "IXSCAN", examined: 100 });
    expect(planned({ org: 3, kind: 0 })).toEqual({ n: 34, stage: "IXSCAN", examined: 34 });
    expect(planned({ org: { $in: [1, 2] }, kind: { $gte: 1 } })).toEqual({ n: 134, stage: "IXSCAN", examined: 134 });
    expect(planned({ kind: 1 }).stage).toBe("COLLSCAN");
    // A long $in on a non-unique index (one interval per value) still reads only its matches.
    const many = Array.from({ length: 800 }, (_, i) => i * 3);
    expect(planned({ org: { $in: many }, kind: 2 })).toEqual({ n: 132, stage: "IXSCAN", examined: 132 });
  });

  it("when a find is only an _id $in, then it answers from the _id map; with more conditions, they still apply", async () => {
    expect(isExactIdLookup({ _id: { $in: [1, 2] } })).toBe(true);
    expect(isExactIdLookup({ _id: 7 })).toBe(true);
    expect(isExactIdLookup({ _id: { $in: [1], $ne: 1 } })).toBe(false);
    expect(isExactIdLookup({ _id: { $in: [1] }, kind: 1 })).toBe(false);
    expect(isExactIdLookup({ _id: { $in: [null] } })).toBe(false);
    const c = freshDb().collection<Loose>("byid");
    await c.insertMany(Array.from({ length: 600 }, (_, i) => ({ _id: i, kind: i % 2, name: `n${i}` })));
    const ids = Array.from({ length: 400 }, (_, i) => i * 2 + 1);
    const found = await c.find({ _id: { $in: [...ids, 5000] } }, { projection: { name: 1 } }).toArray();
    expect(found.map((d) => d._id).sort((a, b) => Number(a) - Number(b))).toEqual(ids.filter((i) => i < 600));
    expect(found[0]).toEqual({ _id: found[0]._id, name: `n${String(found[0]._id)}` });
    expect(await c.countDocuments({ _id: { $in: ids }, kind: 0 })).toBe(0);
  });

  it("reports index use via explain", async () => {
    const c = freshDb().collection<Loose>("explain");
    await c.createIndex({ email: 1 });
    await c.insertOne({ email: "e" });
    const viaIndex = await c.find({ email: "e" }).explain();
    expect(viaIndex.queryPlanner.winningPlan.inputStage.stage).toBe("IXSCAN");
    const scan = await c.find({ other: 1 }).explain();
    expect(scan.queryPlanner.winningPlan.stage).toBe("COLLSCAN");
  });
});

describe("devmongo: aggregation", () => {
  it("runs $match/$group/$sort/$lookup/$unwind/$facet/$count/$addFields", async () => {
    const db = freshDb();
    await db.collection<Loose>("lots").insertMany([{ _id: 1, name: "North" }, { _id: 2, name: "South" }]);
    await db.collection<Loose>("bookings").insertMany([
      { lot: 1, hours: 2 },
      { lot: 1, hours: 3 },
      { lot: 2, hours: 4 },
    ]);
    const rows = await db
      .collection<Loose>("bookings")
      .aggregate([
        { $match: { hours: { $gte: 2 } } },
        { $group: { _id: "$lot", total: { $sum: "$hours" }, n: { $sum: 1 } } },
        { $lookup: { from: "lots", localField: "_id", foreignField: "_id", as: "lot" } },
        { $unwind: "$lot" },
        { $addFields: { name: "$lot.name" } },
        { $project: { lot: 0 } },
        { $sort: { total: -1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 1, total: 5, n: 2, name: "North" },
      { _id: 2, total: 4, n: 1, name: "South" },
    ]);
    const [facet] = await db
      .collection<Loose>("bookings")
      .aggregate([{ $facet: { count: [{ $count: "n" }], long: [{ $match: { hours: { $gt: 2 } } }, { $count: "n" }] } }])
      .toArray();
    expect(facet).toEqual({ count: [{ n: 3 }], long: [{ n: 2 }] });
    expect(await db.collection<Loose>("bookings").findOne({}, { projection: { lot: 1 } })).not.toHaveProperty("name");
  });

  it("writes with $out and $merge", async () => {
    const db = freshDb();
    const src = db.collection<Loose>("src");
    await src.insertMany([{ k: "a", v: 1 }, { k: "b", v: 2 }]);
    await src.aggregate([{ $group: { _id: "$k", v: { $sum: "$v" } } }, { $out: "totals" }]).toArray();
    expect(await db.collection<Loose>("totals").countDocuments()).toBe(2);
    await src.aggregate([{ $project: { _id: "$k", extra: "$v" } }, { $merge: { into: "totals" } }]).toArray();
    expect(await db.collection<Loose>("totals").findOne({ _id: "a" })).toEqual({ _id: "a", v: 1, extra: 1 });
  });
});

describe("devmongo: index forks share id sets until one side writes", () => {
  const spec = normalizeSpec({ key: { country: 1, kind: 1 }, name: "country_kind" });
  const ids = (idx: Index, country: string, kind?: string) =>
    (idx.sorted?.entries.all() ?? [])
      .filter((e) => e.k[0] === country && (kind === undefined || e.k[1] === kind))
      .map((e) => e.key)
      .sort();

  it("when the original and a fork write after the fork, then neither sees the other's change", () => {
    const base = new Index(spec);
    base.add("a", { _id: "a", country: "FR", kind: "park" });
    base.add("b", { _id: "b", country: "FR", kind: "park" });
    expect(ids(base, "FR")).toEqual(["a", "b"]);

    const fork = base.clone();
    base.add("c", { _id: "c", country: "FR", kind: "park" });
    fork.remove("a", { _id: "a", country: "FR", kind: "park" });
    fork.add("d", { _id: "d", country: "FR", kind: "park" });

    expect(ids(base, "FR")).toEqual(["a", "b", "c"]);
    expect(ids(fork, "FR")).toEqual(["b", "d"]);
    expect(ids(base, "FR", "park")).toEqual(["a", "b", "c"]);
    expect(ids(fork, "FR", "park")).toEqual(["b", "d"]);

    // A fork of a fork, and further writes, stay apart too.
    const again = fork.clone();
    fork.remove("b", { _id: "b", country: "FR", kind: "park" });
    expect(ids(again, "FR")).toEqual(["b", "d"]);
    expect(ids(fork, "FR")).toEqual(["d"]);
    expect(ids(base, "FR")).toEqual(["a", "b", "c"]);
  });

  it("when a document is updated, then only the keys that differ move, in the fork and not in the original", () => {
    const base = new Index(spec);
    base.add("a", { _id: "a", country: "FR", kind: "park" });
    base.add("b", { _id: "b", country: "DE", kind: "park" });
    const fork = base.clone();
    fork.update("a", { _id: "a", country: "FR", kind: "park" }, { _id: "a", country: "FR", kind: "investor" });
    fork.update("b", { _id: "b", country: "DE", kind: "park" }, { _id: "b", country: "FR", kind: "park" });
    expect(ids(fork, "FR", "investor")).toEqual(["a"]);
    expect(ids(fork, "FR", "park")).toEqual(["b"]);
    expect(ids(fork, "FR")).toEqual(["a", "b"]);
    expect(ids(fork, "DE")).toEqual([]);
    expect(ids(base, "FR", "park")).toEqual(["a"]);
    expect(ids(base, "FR", "investor")).toEqual([]);
    expect(ids(base, "DE")).toEqual(["b"]);
  });

  it("when an array field changes, then the elements kept stay indexed and the others move", async () => {
    const c = freshDb().collection<Loose>("tagged");
    await c.createIndex({ tags: 1 });
    await c.insertOne({ _id: 1, tags: ["a", "b"] });
    await c.updateOne({ _id: 1 }, { $set: { tags: ["b", "c"] } });
    for (const [tag, n] of [["a", 0], ["b", 1], ["c", 1]] as const) expect(await c.countDocuments({ tags: tag })).toBe(n);
    await c.updateOne({ _id: 1 }, { $unset: { tags: "" } });
    expect(await c.countDocuments({ tags: "b" })).toBe(0);
    expect(await c.countDocuments({ tags: null })).toBe(1);
  });
});
