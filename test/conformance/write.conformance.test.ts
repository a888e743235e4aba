/**
 * Update, index and write semantics Parklink relies on, each written against
 * MongoDB's documented behaviour (manual page in the comment); runs unchanged
 * against a real mongod through MONGODB_URI.
 */
import { Decimal128, type Document, MongoBulkWriteError, type WriteConcernSettings } from "mongodb";
import { describe, expect, it } from "vitest";
import { rejection, useConformance } from "./harness.js";

const conf = useConformance("write");
type Row = Document & { _id: number };

describe("write conformance", () => {
  // https://www.mongodb.com/docs/manual/reference/operator/update/push/
  // https://www.mongodb.com/docs/manual/reference/operator/update/addToSet/
  // https://www.mongodb.com/docs/manual/reference/operator/update/unset/
  it("$push, $addToSet (field order counts) and $unset", async () => {
    const c = conf.db().collection<{ _id: number; tags: string[]; pts: Document[]; gone?: number; keep: number }>("u");
    await c.insertOne({ _id: 1, tags: ["a"], pts: [{ x: 1, y: 2 }], gone: 1, keep: 2 });
    await c.updateOne({ _id: 1 }, { $push: { tags: { $each: ["b", "a"] } } });
    await c.updateOne({ _id: 1 }, { $addToSet: { tags: { $each: ["a", "c"] }, pts: { y: 2, x: 1 } } });
    await c.updateOne({ _id: 1 }, { $addToSet: { pts: { x: 1, y: 2 } } });
    await c.updateOne({ _id: 1 }, { $unset: { gone: "", "nested.none": "" } });
    expect(await c.findOne({ _id: 1 })).toEqual({
      _id: 1,
      tags: ["a", "b", "a", "c"],
      pts: [{ x: 1, y: 2 }, { y: 2, x: 1 }],
      keep: 2,
    });
  });

  // https://www.mongodb.com/docs/manual/reference/method/db.collection.updateOne/#upsert
  // ("the update creates a base document from the equality clauses in the filter")
  it("an upsert is seeded from the filter's equality clauses, dotted paths included", async () => {
    const c = conf.db().collection<Row>("ups");
    const res = await c.updateOne(
      { _id: 7, "profile.city": "Oslo", kind: "park", n: { $gt: 3 } },
      { $set: { name: "North" }, $setOnInsert: { created: true } },
      { upsert: true },
    );
    expect(res.upsertedId).toBe(7);
    expect(await c.findOne({ _id: 7 })).toEqual({ _id: 7, profile: { city: "Oslo" }, kind: "park", name: "North", created: true });
  });

  // https://www.mongodb.com/docs/manual/reference/method/db.collection.insertMany/#unordered-inserts
  it("insertMany({ ordered: false }) inserts every document but the duplicates", async () => {
    const c = conf.db().collection<Row>("im");
    await c.insertOne({ _id: 2 });
    const err = await rejection(c.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }, { _id: 1 }, { _id: 4 }], { ordered: false }));
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    const bulk = err as unknown as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(3);
    expect(bulk.writeErrors).toHaveLength(2);
    expect((Array.isArray(bulk.writeErrors) ? bulk.writeErrors : [bulk.writeErrors]).map((e) => [e.index, e.code])).toEqual([[1, 11000], [3, 11000]]);
    expect((await c.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 2, 3, 4]);
  });

  // https://www.mongodb.com/docs/manual/core/index-partial/#partial-index-with-unique-constraint
  // https://www.mongodb.com/docs/manual/core/index-unique/#unique-compound-index
  it("partial and compound unique indexes", async () => {
    const c = conf.db().collection<Row>("ix");
    await c.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await c.insertMany([{ _id: 1, email: "a@x", active: true }, { _id: 2, email: "a@x", active: false }, { _id: 3, email: "a@x" }]);
    expect(await rejection(c.insertOne({ _id: 4, email: "a@x", active: true }))).toMatchObject({ code: 11000 });
    expect(await c.countDocuments()).toBe(3);
    // A compound unique index: missing fields index as null, so two documents lacking both collide.
    const d = conf.db().collection<Row>("ix2");
    await d.createIndex({ org: 1, slug: 1 }, { unique: true });
    await d.insertMany([{ _id: 5, org: 1, slug: "s" }, { _id: 6, org: 2, slug: "s" }, { _id: 8 }]);
    expect(await rejection(d.insertOne({ _id: 7, org: 1, slug: "s" }))).toMatchObject({ code: 11000 });
    expect(await rejection(d.updateOne({ _id: 6 }, { $set: { org: 1 } }))).toMatchObject({ code: 11000 });
    expect(await rejection(d.insertOne({ _id: 9 }))).toMatchObject({ code: 11000 });
    expect(await d.countDocuments()).toBe(3);
  });

  // https://www.mongodb.com/docs/manual/core/index-ttl/ (TTL indexes accept partialFilterExpression;
  // the TTL monitor runs every 60 seconds, so a real mongod may take that long)
  it("a TTL index with a partial filter removes only the expired documents it covers", { timeout: 150_000 }, async () => {
    const c = conf.db().collection<Row>("ttl");
    await c.createIndex({ at: 1 }, { expireAfterSeconds: 0, partialFilterExpression: { kind: "temp" } });
    const past = new Date(Date.now() - 60_000);
    await c.insertMany([{ _id: 1, at: past, kind: "temp" }, { _id: 2, at: past, kind: "keep" }, { _id: 3, at: new Date(Date.now() + 3_600_000), kind: "temp" }]);
    await expect.poll(() => c.countDocuments({ _id: 1 }), { timeout: 140_000, interval: 500 }).toBe(0);
    expect((await c.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([2, 3]);
  });

  // https://www.mongodb.com/docs/manual/reference/limits/#mongodb-limit-BSON-Document-Size
  it("refuses documents over 16 MB, inserted or grown by an update", async () => {
    const c = conf.db().collection<Row>("big");
    const err = await rejection(c.insertOne({ _id: 1, blob: "x".repeat(16.5 * 1024 * 1024) }));
    expect(typeof err.code).toBe("number");
    expect(await c.countDocuments()).toBe(0);
    await c.insertOne({ _id: 2, a: "x".repeat(9 * 1024 * 1024) });
    const grown = await rejection(c.updateOne({ _id: 2 }, { $set: { b: "y".repeat(9 * 1024 * 1024) } }));
    expect(typeof grown.code).toBe("number");
    expect(Object.keys((await c.findOne({ _id: 2 })) ?? {})).toEqual(["_id", "a"]);
  });

  // https://www.mongodb.com/docs/manual/reference/operator/update/inc/ and the Decimal128 type
  // (https://www.mongodb.com/docs/manual/tutorial/model-monetary-data/): decimal arithmetic is exact
  it("Decimal128 arithmetic is exact", async () => {
    const c = conf.db().collection<Row>("dec");
    await c.insertOne({ _id: 1, price: Decimal128.fromString("0.2"), qty: Decimal128.fromString("1.10") });
    await c.updateOne({ _id: 1 }, { $inc: { price: Decimal128.fromString("0.1") }, $mul: { qty: Decimal128.fromString("3") } });
    const doc = await c.findOne({ _id: 1 });
    expect(String(doc?.price)).toBe("0.3");
    expect(String(doc?.qty)).toBe("3.30");
    const [sum] = await c.aggregate<{ total: Decimal128 }>([{ $project: { total: { $add: ["$price", Decimal128.fromString("0.1")] } } }]).toArray();
    expect(String(sum.total)).toBe("0.4");
  });

  // https://www.mongodb.com/docs/manual/reference/write-concern/ (a single-node replica set cannot
  // satisfy w: 2; "majority" and j: true are satisfiable)
  it("answers write concerns as a single-node replica set does", async () => {
    const c = conf.db().collection<Row>("wc");
    await c.insertOne({ _id: 1 }, { writeConcern: { w: "majority", j: true } });
    await c.insertOne({ _id: 2 }, { writeConcern: { w: 1 } });
    const err = await rejection(c.insertOne({ _id: 3 }, { writeConcern: { w: 2, wtimeoutMS: 1000 } }));
    expect(err.code).toBe(100); // UnsatisfiableWriteConcern: not enough data-bearing nodes
    // A tag set name (no such mode configured); the driver's type only knows numbers and "majority".
    const tagged = { w: "no-such-tag" } as unknown as WriteConcernSettings;
    const tag = await rejection(c.insertOne({ _id: 4 }, { writeConcern: tagged }));
    expect(tag.code).toBe(79); // UnknownReplWriteConcern
  });
});
