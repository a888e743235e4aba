import mongoose, { type Connection, Schema, Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevMongoServer, startDevMongo } from "./index.js";

let server: DevMongoServer;
let conn: Connection;

const lotSchema = new Schema({ name: { type: String, required: true, unique: true }, spaces: Number }, { timestamps: true });
const bookingSchema = new Schema(
  {
    lot: { type: Schema.Types.ObjectId, ref: "Lot", required: true },
    plate: String,
    price: Schema.Types.Decimal128,
    startsAt: Date,
    extras: [{ code: String, qty: Number }],
  },
  { timestamps: true },
);
bookingSchema.index({ lot: 1, plate: 1 }, { unique: true });

beforeAll(async () => {
  server = await startDevMongo();
  conn = await mongoose.createConnection(server.uri, { dbName: `devmongo_mongoose_${process.pid}` }).asPromise();
});

afterAll(async () => {
  await conn?.dropDatabase();
  await conn?.close();
  await server?.stop();
});

describe("devmongo with mongoose", () => {
  it("creates collections and indexes, and enforces unique with MongoServerError 11000", async () => {
    const Lot = conn.model("Lot", lotSchema);
    await Lot.init();
    const lot = await Lot.create({ name: "Central", spaces: 40 });
    expect(lot.createdAt).toBeInstanceOf(Date);
    const err = await Lot.create({ name: "Central" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "MongoServerError", code: 11000, keyValue: { name: "Central" } });
    const indexes = await Lot.listIndexes();
    expect(indexes.map((i) => i.name)).toContain("name_1");
    await Lot.syncIndexes();
  });

  it("does CRUD, populate, lean, cursors and aggregation", async () => {
    const Lot = conn.model("Lot", lotSchema);
    const Booking = conn.model("Booking", bookingSchema);
    await Booking.init();
    const north = await Lot.create({ name: "North", spaces: 10 });
    const south = await Lot.create({ name: "South", spaces: 20 });
    const start = new Date("2025-01-01T08:00:00Z");
    await Booking.insertMany(
      Array.from({ length: 300 }, (_, i) => ({
        lot: i % 2 ? north._id : south._id,
        plate: `P-${i}`,
        price: Types.Decimal128.fromString(`${(i % 7) + 0.5}`),
        startsAt: new Date(start.getTime() + i * 3_600_000),
        extras: i % 10 === 0 ? [{ code: "EV", qty: 1 }] : [],
      })),
    );
    expect(await Booking.countDocuments({ lot: north._id })).toBe(150);
    expect(await Booking.estimatedDocumentCount()).toBe(300);
    expect(await Booking.exists({ plate: "P-7" })).toBeTruthy();

    const populated = await Booking.findOne({ plate: "P-3" }).populate<{ lot: { name: string } }>("lot");
    expect(populated?.lot.name).toBe("North");
    expect(populated?.price?.toString()).toBe("3.5");

    const lean = await Booking.find({ startsAt: { $gte: new Date(start.getTime() + 290 * 3_600_000) } }).sort({ startsAt: -1 }).lean();
    expect(lean.map((b) => b.plate)).toEqual(["P-299", "P-298", "P-297", "P-296", "P-295", "P-294", "P-293", "P-292", "P-291", "P-290"]);
    expect(lean[0].lot).toBeInstanceOf(Types.ObjectId);

    let seen = 0;
    for await (const doc of Booking.find().cursor({ batchSize: 50 })) if (doc.plate) seen++;
    expect(seen).toBe(300);

    const updated = await Booking.findOneAndUpdate({ plate: "P-1" }, { $push: { extras: { code: "WASH", qty: 2 } } }, { new: true });
    expect(updated?.extras.map((e) => e.code)).toEqual(["WASH"]);
    const upserted = await Booking.findOneAndUpdate(
      { plate: "NEW", lot: north._id },
      { $set: { price: Types.Decimal128.fromString("9.99") } },
      { new: true, upsert: true },
    );
    expect(upserted?.createdAt).toBeInstanceOf(Date);
    const many = await Booking.updateMany({ "extras.code": "EV" }, { $inc: { "extras.$.qty": 1 } });
    expect(many.modifiedCount).toBe(30);

    const totals = await Booking.aggregate<{ _id: string; n: number; evs: number }>([
      { $lookup: { from: "lots", localField: "lot", foreignField: "_id", as: "lotDoc" } },
      { $unwind: "$lotDoc" },
      { $group: { _id: "$lotDoc.name", n: { $sum: 1 }, evs: { $sum: { $size: "$extras" } } } },
      { $sort: { _id: 1 } },
    ]);
    expect(totals).toEqual([
      { _id: "North", n: 151, evs: 1 },
      { _id: "South", n: 150, evs: 30 },
    ]);
    expect((await Booking.deleteMany({ lot: south._id })).deletedCount).toBe(150);
    expect(await Booking.distinct("lot")).toHaveLength(1);
  });

  it("supports connection.transaction() with commit and rollback", async () => {
    const Lot = conn.model("Lot", lotSchema);
    await conn.transaction(async (session) => {
      await Lot.create([{ name: "TxA", spaces: 1 }], { session });
      await Lot.updateOne({ name: "TxA" }, { $inc: { spaces: 1 } }, { session });
    });
    expect(await Lot.findOne({ name: "TxA" }).lean()).toMatchObject({ spaces: 2 });

    const failure = await conn
      .transaction(async (session) => {
        await Lot.create([{ name: "TxB" }], { session });
        throw new Error("rollback please");
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(await Lot.countDocuments({ name: "TxB" })).toBe(0);

    const session = await conn.startSession();
    await session.withTransaction(async () => {
      await Lot.create([{ name: "TxC" }], { session });
    });
    await session.endSession();
    expect(await Lot.countDocuments({ name: "TxC" })).toBe(1);
  });

  it("runs bulkWrite and unordered insertMany with duplicates", async () => {
    const Lot = conn.model("Lot", lotSchema);
    const res = await Lot.bulkWrite([
      { insertOne: { document: { name: "B1" } } },
      { updateOne: { filter: { name: "B1" }, update: { $set: { spaces: 5 } } } },
      { updateOne: { filter: { name: "B2" }, update: { $set: { spaces: 6 } }, upsert: true } },
      { deleteOne: { filter: { name: "nothing" } } },
    ]);
    expect(res.insertedCount).toBe(1);
    expect(res.upsertedCount).toBe(1);
    const dup = await Lot.insertMany([{ name: "D1" }, { name: "B1" }, { name: "D2" }], { ordered: false }).catch((e: unknown) => e);
    expect(dup).toMatchObject({ code: 11000 });
    expect(await Lot.countDocuments({ name: { $in: ["D1", "D2"] } })).toBe(2);
  });
});
