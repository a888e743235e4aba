/**
 * MongoDB conformance: the same mongoose scenarios against whichever backend the
 * test run provides (real mongod via mongodb-memory-server/MONGODB_URI, or the
 * offline devmongo server). Only standard MongoDB behaviour is asserted, so the
 * suite must pass unchanged on every backend.
 */
import mongoose, { type Connection, Schema, Types } from "mongoose";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { type DevMongoServer, startDevMongo } from "@parklink/devmongo";

const injectedUri = inject("mongoUri") as string | undefined;
const backend = (inject("mongoBackend") as string | undefined) ?? "dev-server (self-started)";
const RUN_ID = `${process.pid}_${Date.now().toString(36)}`;

let ownServer: DevMongoServer | undefined;
let main: Connection;
let other: Connection;
let db: Connection;
let dbName: string;
let counter = 0;

const itemSchema = new Schema(
  {
    sku: { type: String, required: true, unique: true },
    name: String,
    qty: { type: Number, default: 0 },
    price: Schema.Types.Decimal128,
    lot: Schema.Types.ObjectId,
    seenAt: Date,
  },
  { timestamps: true },
);
const lotSchema = new Schema({ name: String, city: String });

beforeAll(async () => {
  let uri = injectedUri;
  if (!uri) {
    ownServer = await startDevMongo();
    uri = ownServer.uri;
  }
  main = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  other = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
});

afterAll(async () => {
  await main?.close();
  await other?.close();
  await ownServer?.stop();
});

beforeEach(async () => {
  dbName = `conformance_${RUN_ID}_${counter++}`;
  db = main.useDb(dbName, { useCache: false });
});

afterEach(async () => {
  await db.dropDatabase();
});

async function models() {
  const Item = db.model("Item", itemSchema);
  const Lot = db.model("Lot", lotSchema);
  await Item.init();
  await Lot.init();
  return { Item, Lot };
}

describe(`MongoDB conformance [backend: ${backend}]`, () => {
  it("creates, reads, updates and deletes", async () => {
    const { Item } = await models();
    const created = await Item.create({ sku: "A1", name: "Cone", qty: 3 });
    expect(created._id).toBeInstanceOf(Types.ObjectId);
    expect(await Item.findById(created._id).lean()).toMatchObject({ sku: "A1", name: "Cone", qty: 3 });
    await Item.updateOne({ sku: "A1" }, { $set: { name: "Traffic cone" }, $inc: { qty: 2 } });
    const updated = await Item.findOne({ sku: "A1" }).lean();
    expect(updated).toMatchObject({ name: "Traffic cone", qty: 5 });
    expect(updated?.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    const found = await Item.find({ qty: { $gte: 5 } }, { sku: 1, _id: 0 }).lean();
    expect(found).toEqual([{ sku: "A1" }]);
    expect((await Item.deleteOne({ sku: "A1" })).deletedCount).toBe(1);
    expect(await Item.countDocuments()).toBe(0);
  });

  it("rejects unique violations with E11000", async () => {
    const { Item } = await models();
    await Item.create({ sku: "DUP" });
    const err = await Item.create({ sku: "DUP" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(mongoose.mongo.MongoServerError);
    expect(err).toMatchObject({ code: 11000, keyPattern: { sku: 1 }, keyValue: { sku: "DUP" } });
    expect((err as Error).message).toContain("E11000 duplicate key error");
  });

  it("pages a cursor past the first batch", async () => {
    const { Item } = await models();
    await Item.insertMany(Array.from({ length: 250 }, (_, i) => ({ sku: `S${String(i).padStart(3, "0")}`, qty: i })));
    const all = await Item.find().sort({ sku: 1 }).lean();
    expect(all).toHaveLength(250);
    expect(all[249].sku).toBe("S249");
    let n = 0;
    let last = -1;
    for await (const doc of Item.find().sort({ qty: 1 }).cursor({ batchSize: 40 })) {
      expect(doc.qty).toBeGreaterThan(last);
      last = doc.qty;
      n++;
    }
    expect(n).toBe(250);
  });

  it("aggregates with $group and $lookup", async () => {
    const { Item, Lot } = await models();
    const [north, south] = await Lot.create([
      { name: "North", city: "Oslo" },
      { name: "South", city: "Bergen" },
    ]);
    await Item.insertMany([
      { sku: "a", qty: 1, lot: north._id },
      { sku: "b", qty: 2, lot: north._id },
      { sku: "c", qty: 5, lot: south._id },
    ]);
    const rows = await Item.aggregate<{ _id: string; total: number; city: string }>([
      { $group: { _id: "$lot", total: { $sum: "$qty" } } },
      { $lookup: { from: Lot.collection.collectionName, localField: "_id", foreignField: "_id", as: "lot" } },
      { $unwind: "$lot" },
      { $project: { _id: "$lot.name", total: 1, city: "$lot.city" } },
      { $sort: { _id: 1 } },
    ]);
    expect(rows).toEqual([
      { _id: "North", total: 3, city: "Oslo" },
      { _id: "South", total: 5, city: "Bergen" },
    ]);
  });

  it("commits transactions atomically and rolls back aborted ones", async () => {
    const { Item } = await models();
    const OtherItem = other.useDb(dbName, { useCache: false }).model("Item", itemSchema);
    await Item.create({ sku: "T0", qty: 10 });

    const session = await db.startSession();
    await session.withTransaction(async () => {
      await Item.create([{ sku: "T1", qty: 1 }], { session });
      await Item.updateOne({ sku: "T0" }, { $inc: { qty: -1 } }, { session });
      expect(await Item.countDocuments({ sku: "T1" }).session(session)).toBe(1);
      expect(await OtherItem.countDocuments({ sku: "T1" })).toBe(0);
      expect((await OtherItem.findOne({ sku: "T0" }).lean())?.qty).toBe(10);
    });
    await session.endSession();
    expect(await OtherItem.countDocuments({ sku: "T1" })).toBe(1);
    expect((await OtherItem.findOne({ sku: "T0" }).lean())?.qty).toBe(9);

    const err = await db
      .transaction(async (s) => {
        await Item.create([{ sku: "T2" }], { session: s });
        await Item.updateOne({ sku: "T0" }, { $set: { qty: 0 } }, { session: s });
        throw new Error("abort");
      })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe("abort");
    expect(await OtherItem.countDocuments({ sku: "T2" })).toBe(0);
    expect((await OtherItem.findOne({ sku: "T0" }).lean())?.qty).toBe(9);
  });

  it("round-trips ObjectId, Date and Decimal128", async () => {
    const { Item } = await models();
    const lot = new Types.ObjectId();
    const seenAt = new Date("2024-02-29T23:59:59.999Z");
    await Item.create({ sku: "RT", lot, seenAt, price: Types.Decimal128.fromString("1234.5678") });
    const doc = await Item.findOne({ lot }).lean();
    expect(doc?.lot).toBeInstanceOf(Types.ObjectId);
    expect(doc?.lot?.equals(lot)).toBe(true);
    expect(doc?.seenAt?.toISOString()).toBe(seenAt.toISOString());
    expect(doc?.price).toBeInstanceOf(Types.Decimal128);
    expect(doc?.price?.toString()).toBe("1234.5678");
    expect(await Item.countDocuments({ seenAt: { $gt: new Date("2024-01-01") } })).toBe(1);
    expect(await Item.countDocuments({ seenAt: { $lt: seenAt } })).toBe(0);
  });

  it("handles concurrent writers", async () => {
    const { Item } = await models();
    await Item.create({ sku: "COUNTER", qty: 0 });
    await Promise.all(Array.from({ length: 20 }, () => Item.updateOne({ sku: "COUNTER" }, { $inc: { qty: 1 } })));
    expect((await Item.findOne({ sku: "COUNTER" }).lean())?.qty).toBe(20);

    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => Item.create({ sku: `K${i % 10}` })));
    const ok = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const r of rejected) expect(r.reason).toMatchObject({ code: 11000 });
    expect(await Item.countDocuments({ sku: /^K/ })).toBe(10);
  });
});
