import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Decimal128, MongoClient, MongoServerError, ObjectId, type Document } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevMongoServer, startDevMongo } from "./index.js";

/** Test documents with arbitrary _id types. */
type Loose = { _id?: number | string | ObjectId } & Document;

let server: DevMongoServer;
let client: MongoClient;
let other: MongoClient;
let dbCounter = 0;
const dbName = () => `devmongo_txn_${process.pid}_${dbCounter++}`;

beforeAll(async () => {
  server = await startDevMongo();
  client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
  other = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
});

afterAll(async () => {
  await client?.close();
  await other?.close();
  await server?.stop();
});

describe("devmongo: transactions", () => {
  it("commits atomically and hides uncommitted writes from other clients", async () => {
    const name = dbName();
    const c = client.db(name).collection<Loose>("acct");
    const seen = other.db(name).collection<Loose>("acct");
    await c.insertMany([{ _id: 1, bal: 100 }, { _id: 2, bal: 0 }]);
    const session = client.startSession();
    try {
      await session.withTransaction(async () => {
        await c.updateOne({ _id: 1 }, { $inc: { bal: -30 } }, { session });
        await c.updateOne({ _id: 2 }, { $inc: { bal: 30 } }, { session });
        await c.insertOne({ _id: 3, note: "transfer" }, { session });
        expect(await c.findOne({ _id: 1 }, { session })).toMatchObject({ bal: 70 });
        expect(await seen.findOne({ _id: 1 })).toMatchObject({ bal: 100 });
        expect(await seen.countDocuments()).toBe(2);
      });
    } finally {
      await session.endSession();
    }
    expect(await seen.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 1, bal: 70 },
      { _id: 2, bal: 30 },
      { _id: 3, note: "transfer" },
    ]);
  });

  it("leaves no trace when aborted", async () => {
    const c = client.db(dbName()).collection<Loose>("abort");
    await c.insertOne({ _id: 1, v: 1 });
    const session = client.startSession();
    session.startTransaction();
    await c.updateOne({ _id: 1 }, { $set: { v: 2 } }, { session });
    await c.insertOne({ _id: 2 }, { session });
    await c.deleteOne({ _id: 1 }, { session });
    await session.abortTransaction();
    await session.endSession();
    expect(await c.find().toArray()).toEqual([{ _id: 1, v: 1 }]);
  });

  it("raises WriteConflict (TransientTransactionError) for concurrent writers, and withTransaction retries", async () => {
    const c = client.db(dbName()).collection<Loose>("conflict");
    await c.insertOne({ _id: 1, n: 0 });
    const s1 = client.startSession();
    const s2 = client.startSession();
    s1.startTransaction();
    s2.startTransaction();
    await c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session: s1 });
    // The second writer fails at its write, not at commit.
    const err = await c.updateOne({ _id: 1 }, { $inc: { n: 10 } }, { session: s2 }).catch((e: unknown) => e);
    await s1.commitTransaction();
    await s2.abortTransaction().catch(() => undefined);
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err).toMatchObject({ code: 112 });
    expect((err as MongoServerError).hasErrorLabel("TransientTransactionError")).toBe(true);
    await s1.endSession();
    await s2.endSession();
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, n: 1 });

    const sessions = Array.from({ length: 5 }, () => client.startSession());
    await Promise.all(
      sessions.map((s) => s.withTransaction(async () => c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session: s }))),
    );
    await Promise.all(sessions.map((s) => s.endSession()));
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, n: 6 });
  });

  it("answers NoSuchTransaction once the server has killed the session's transaction", async () => {
    const c = client.db(dbName()).collection<Loose>("killed");
    const session = client.startSession();
    session.startTransaction();
    await c.insertOne({ _id: 1 }, { session });
    await other.db("admin").command({ killAllSessions: [] });
    const err = await session.commitTransaction().catch((e: unknown) => e);
    await session.endSession();
    expect(err).toMatchObject({ code: 251, codeName: "NoSuchTransaction" });
    expect(await c.countDocuments()).toBe(0);
  });

  it("aborts the transaction on a duplicate key inside it", async () => {
    const c = client.db(dbName()).collection<Loose>("dupTxn");
    await c.createIndex({ k: 1 }, { unique: true });
    await c.insertOne({ k: 1 });
    const session = client.startSession();
    const err = await session
      .withTransaction(async () => {
        await c.insertOne({ k: 2 }, { session });
        await c.insertOne({ k: 1 }, { session });
      })
      .catch((e: unknown) => e);
    await session.endSession();
    expect(err).toMatchObject({ code: 11000 });
    expect(await c.countDocuments()).toBe(1);
  });
});

describe("devmongo: persistence", () => {
  it("saves on stop and reloads documents and indexes on start", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "devmongo-"));
    const dataDir = path.join(dir, "data");
    try {
      const first = await startDevMongo({ dataDir });
      const c1 = await MongoClient.connect(first.uri);
      await c1.db("keep").collection<Loose>("things").createIndex({ code: 1 }, { unique: true });
      await c1.db("keep").collection<Loose>("things").insertMany([{ code: "a", price: Decimal128.fromString("1.10") }, { code: "b" }]);
      await c1.close();
      await first.stop();

      const logs: string[] = [];
      const second = await startDevMongo({ dataDir, log: (m) => logs.push(m) });
      const c2 = await MongoClient.connect(second.uri);
      const things = c2.db("keep").collection<Loose>("things");
      expect(await things.countDocuments()).toBe(2);
      expect((await things.findOne({ code: "a" }))?.price).toBeInstanceOf(Decimal128);
      await expect(things.insertOne({ code: "a" })).rejects.toMatchObject({ code: 11000 });
      expect(logs[0]).toMatch(/devmongo listening on mongodb:\/\/127\.0\.0\.1:\d+/);
      await c2.close();
      await second.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
