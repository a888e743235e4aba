import { Binary, Decimal128, Long, MongoServerError, ObjectId, type Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { startDevMongo } from "./index.js";
import { useDevMongo } from "./testing.js";

interface OpsDoc {
  n: number;
  tags: string[];
  items: { k: number; v: number; w?: boolean }[];
  old?: number;
  renamed?: number;
  gone?: number;
  lo: number;
  hi: number;
  at?: Date;
}

/** Test documents with arbitrary _id types. */
type Loose = { _id?: number | string | ObjectId } & Document;

const mongo = useDevMongo("driver");
const freshDb = () => mongo.freshDb();

describe("devmongo: server basics", () => {
  it("answers as a replica-set primary", async () => {
    const hello = await mongo.client.db("admin").command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, setName: "rs0", hosts: [`127.0.0.1:${mongo.server.port}`] });
    expect(hello.logicalSessionTimeoutMinutes).toBeGreaterThan(0);
    await expect(mongo.client.db("admin").command({ ping: 1 })).resolves.toMatchObject({ ok: 1 });
    await expect(mongo.client.db("admin").command({ buildInfo: 1 })).resolves.toHaveProperty("version");
  });

  it("rejects unknown commands with CommandNotFound", async () => {
    const err = await mongo.client.db("x").command({ frobnicate: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err).toMatchObject({ code: 59, codeName: "CommandNotFound" });
  });

  it("refuses to start in production", async () => {
    const prev = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(startDevMongo()).rejects.toThrow(/production/);
    } finally {
      process.env.NODE_ENV = prev;
    }
  });
});

describe("devmongo: CRUD and operators", () => {
  it("applies the common update operators", async () => {
    const c = freshDb().collection<OpsDoc>("ops");
    const { insertedId } = await c.insertOne({ n: 1, tags: ["a", "b"], items: [{ k: 1, v: 0 }, { k: 2, v: 0 }], old: 1, lo: 5, hi: 5 });
    await c.updateOne(
      { _id: insertedId },
      { $inc: { n: 2 }, $push: { tags: "c" }, $unset: { gone: "" }, $rename: { old: "renamed" }, $min: { lo: 3 }, $max: { hi: 9 }, $currentDate: { at: true } },
    );
    await c.updateOne({ _id: insertedId }, { $addToSet: { tags: "a" }, $pull: { items: { k: 1 } } });
    await c.updateOne({ _id: insertedId, "items.k": 2 }, { $set: { "items.$.v": 7 } });
    await c.updateOne({ _id: insertedId }, { $set: { "items.$[e].w": true } }, { arrayFilters: [{ "e.k": 2 }] });
    const doc = await c.findOne({ _id: insertedId });
    expect(doc).toMatchObject({ n: 3, tags: ["a", "b", "c"], items: [{ k: 2, v: 7, w: true }], renamed: 1, lo: 3, hi: 9 });
    expect(doc?.at).toBeInstanceOf(Date);
    expect(doc).not.toHaveProperty("old");
    expect(Object.keys(doc ?? {})[0]).toBe("_id");
  });

  it("supports upsert, replacement, pipeline updates and multi", async () => {
    const c = freshDb().collection<Loose>("up");
    const r = await c.updateOne({ key: "a" }, { $set: { v: 1 }, $setOnInsert: { created: true } }, { upsert: true });
    expect(r.upsertedCount).toBe(1);
    await c.updateOne({ key: "a" }, { $set: { v: 2 }, $setOnInsert: { created: false } }, { upsert: true });
    expect(await c.findOne({ key: "a" }, { projection: { _id: 0 } })).toEqual({ key: "a", v: 2, created: true });
    await c.replaceOne({ key: "a" }, { key: "a", replaced: true });
    expect(await c.findOne({ key: "a" }, { projection: { _id: 0 } })).toEqual({ key: "a", replaced: true });
    await c.insertMany([{ key: "b", x: 1 }, { key: "c", x: 2 }]);
    const multi = await c.updateMany({ x: { $exists: true } }, [{ $set: { y: { $multiply: ["$x", 10] } } }]);
    expect(multi).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect((await c.find({ y: { $gte: 10 } }).sort({ y: 1 }).toArray()).map((d) => d.y)).toEqual([10, 20]);
    const same = await c.updateOne({ key: "b" }, { $set: { x: 1 } });
    expect(same).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    const idErr = await c.updateOne({ key: "b" }, { $set: { _id: 5 } }).catch((e: unknown) => e);
    expect(idErr).toMatchObject({ code: 66 });
  });

  it("finds with projection, sort, skip, limit and pages through getMore", async () => {
    const c = freshDb().collection<Loose>("page");
    await c.insertMany(Array.from({ length: 250 }, (_, i) => ({ i, group: i % 3, nested: { v: 250 - i } })));
    const all = await c.find({}, { batchSize: 7 }).toArray();
    expect(all).toHaveLength(250);
    const page = await c.find({ group: 1 }).sort({ "nested.v": 1 }).skip(2).limit(3).project({ i: 1, _id: 0 }).toArray();
    expect(page).toEqual([{ i: 241 }, { i: 238 }, { i: 235 }]);
    const cursor = c.find({}).batchSize(10);
    await cursor.next();
    await cursor.close();
    expect(await c.countDocuments({ group: 2 })).toBe(83);
    expect(await c.distinct("group")).toEqual([0, 1, 2]);
  });

  it("deletes one or many and implements findAndModify", async () => {
    const c = freshDb().collection<Loose>("fam");
    await c.insertMany([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    const before = await c.findOneAndUpdate({ n: { $gte: 2 } }, { $inc: { n: 10 } }, { sort: { n: -1 }, returnDocument: "before" });
    expect(before?.n).toBe(4);
    const after = await c.findOneAndUpdate({ n: 99 }, { $set: { m: 1 } }, { upsert: true, returnDocument: "after", includeResultMetadata: true });
    expect(after.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false });
    expect(after.value).toMatchObject({ n: 99, m: 1 });
    expect(await c.findOneAndDelete({ n: 1 })).toMatchObject({ n: 1 });
    expect((await c.deleteOne({ n: { $gt: 0 } })).deletedCount).toBe(1);
    expect((await c.deleteMany({})).deletedCount).toBe(3);
  });
});

describe("devmongo: BSON types", () => {
  it("round-trips ObjectId, Date, Decimal128, Long, Binary and nested values", async () => {
    const c = freshDb().collection<Loose>("types");
    const doc = {
      _id: new ObjectId(),
      ref: new ObjectId(),
      at: new Date("2024-05-06T07:08:09.123Z"),
      price: Decimal128.fromString("19.99"),
      big: Long.fromString("9007199254740993"),
      bin: new Binary(Buffer.from([1, 2, 3])),
      nested: { list: [1, "two", { three: [3] }], empty: {} },
    };
    await c.insertOne(doc);
    const raw = await c.findOne({ _id: doc._id }, { promoteLongs: false });
    expect(raw?.ref).toBeInstanceOf(ObjectId);
    expect(raw?.ref.equals(doc.ref)).toBe(true);
    expect(raw?.at).toEqual(doc.at);
    expect(raw?.price).toBeInstanceOf(Decimal128);
    expect(raw?.price.toString()).toBe("19.99");
    expect(raw?.big).toBeInstanceOf(Long);
    expect(raw?.big.toString()).toBe("9007199254740993");
    expect(Buffer.from((raw?.bin as Binary).buffer)).toEqual(Buffer.from([1, 2, 3]));
    expect(raw?.nested).toEqual(doc.nested);
  });

  it("does $inc/$mul arithmetic on Long and Decimal128 and rejects non-numeric targets", async () => {
    const c = freshDb().collection<Loose>("arith");
    await c.insertOne({ _id: 1, l: Long.fromNumber(5), d: Decimal128.fromString("1.5"), s: "x", n: 2 });
    await c.updateOne({ _id: 1 }, { $inc: { l: 2, d: Decimal128.fromString("1"), n: 1 } });
    await c.updateOne({ _id: 1 }, { $mul: { l: Long.fromNumber(3) } });
    const doc = await c.findOne({ _id: 1 }, { promoteLongs: false });
    expect(doc?.l).toBeInstanceOf(Long);
    expect(String(doc?.l)).toBe("21");
    expect(String(doc?.d)).toBe("2.5");
    expect(doc?.n).toBe(3);
    await expect(c.updateOne({ _id: 1 }, { $inc: { s: 1 } })).rejects.toMatchObject({ code: 14 });
  });

  it("compares ObjectIds, Dates, Decimal128 and Longs like mongod", async () => {
    const c = freshDb().collection<Loose>("cmp");
    const ids = [new ObjectId(), new ObjectId(), new ObjectId()];
    await c.insertMany(
      ids.map((_id, i) => ({ _id, at: new Date(Date.UTC(2024, 0, i + 1)), price: Decimal128.fromString(["9.5", "10.25", "100"][i]), qty: Long.fromNumber(i * 5) })),
    );
    expect(await c.findOne({ _id: new ObjectId(ids[1].toHexString()) })).toMatchObject({ qty: 5 });
    expect(await c.countDocuments({ _id: { $gt: ids[0] } })).toBe(2);
    expect(await c.countDocuments({ at: { $gt: new Date(Date.UTC(2024, 0, 1)) } })).toBe(2);
    expect((await c.find().sort({ at: -1 }).toArray()).map((d) => String(d._id))).toEqual(ids.map(String).reverse());
    expect(await c.countDocuments({ price: { $gt: Decimal128.fromString("10") } })).toBe(2);
    expect((await c.find().sort({ price: -1 }).toArray()).map((d) => d.price.toString())).toEqual(["100", "10.25", "9.5"]);
    expect(await c.countDocuments({ qty: { $gte: 5 } })).toBe(2);
    expect(await c.countDocuments({ qty: 10 })).toBe(1);
    expect(await c.countDocuments({ qty: { $in: [0, 10] } })).toBe(2);
  });
});
