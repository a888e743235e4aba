/**
 * Transactions, sessions and retryable writes as Parklink relies on them, each
 * written against MongoDB's documented behaviour (manual page in the comment);
 * runs unchanged against a real mongod replica set through MONGODB_URI.
 */
import { type Document, Long, MongoServerError } from "mongodb";
import { describe, expect, it } from "vitest";
import { rejection, useConformance } from "./harness.js";

const conf = useConformance("txn");
type Row = Document & { _id: number };

describe("transaction conformance", () => {
  // https://www.mongodb.com/docs/manual/reference/read-concern-snapshot/ and
  // https://www.mongodb.com/docs/manual/core/transactions/#transactions-and-read-concern
  // (a transaction reads from one snapshot taken at its start, across collections)
  it("reads every collection as of the transaction's start", async () => {
    const a = conf.db().collection<Row>("a");
    const b = conf.db().collection<Row>("b");
    await a.insertOne({ _id: 1, v: 1 });
    await b.insertOne({ _id: 1, v: 1 });
    const session = conf.client().startSession();
    try {
      session.startTransaction({ readConcern: { level: "snapshot" } });
      expect(await a.findOne({ _id: 1 }, { session })).toEqual({ _id: 1, v: 1 });
      await conf.otherDb().collection<Row>("b").updateOne({ _id: 1 }, { $set: { v: 2 } });
      await conf.otherDb().collection<Row>("b").insertOne({ _id: 2, v: 2 });
      expect(await b.find({}, { session }).toArray()).toEqual([{ _id: 1, v: 1 }]);
      await session.commitTransaction();
    } finally {
      await session.endSession();
    }
  });

  // https://www.mongodb.com/docs/manual/core/transactions-production-consideration/#in-progress-transactions-and-write-conflicts
  it("fails a write with WriteConflict when another transaction holds the document", async () => {
    const c = conf.db().collection<Row>("wc");
    await c.insertOne({ _id: 1, n: 0 });
    const s1 = conf.client().startSession();
    const s2 = conf.client().startSession();
    try {
      s1.startTransaction();
      s2.startTransaction();
      await c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session: s1 });
      const err = await rejection(c.updateOne({ _id: 1 }, { $inc: { n: 10 } }, { session: s2 }));
      expect(err).toBeInstanceOf(MongoServerError);
      expect(err.code).toBe(112);
      expect((err as unknown as MongoServerError).hasErrorLabel("TransientTransactionError")).toBe(true);
      await s2.abortTransaction().catch(() => undefined);
      await s1.commitTransaction();
      expect((await c.findOne({ _id: 1 }))?.n).toBe(1);
    } finally {
      await s1.endSession();
      await s2.endSession();
    }
  });

  // Same page: a document changed outside after the transaction's snapshot conflicts at the write.
  it("fails a write with WriteConflict when the document changed since the snapshot", async () => {
    const c = conf.db().collection<Row>("ws");
    await c.insertMany([{ _id: 1, n: 0 }, { _id: 2, n: 0 }]);
    const session = conf.client().startSession();
    try {
      session.startTransaction();
      await c.findOne({ _id: 2 }, { session });
      await conf.otherDb().collection<Row>("ws").updateOne({ _id: 1 }, { $set: { n: 5 } });
      const err = await rejection(c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session }));
      expect(err.code).toBe(112);
      await session.abortTransaction().catch(() => undefined);
    } finally {
      await session.endSession();
    }
    expect((await c.findOne({ _id: 1 }))?.n).toBe(5);
  });

  // Same page: "the write waits until the transaction ends" for a write outside any transaction.
  it("makes an outside write to a document the transaction wrote wait for its end", async () => {
    const c = conf.db().collection<Row>("wait");
    await c.insertOne({ _id: 1, n: 0 });
    const session = conf.client().startSession();
    try {
      session.startTransaction();
      await c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session });
      let outsideDone = false;
      const outside = conf
        .otherDb()
        .collection<Row>("wait")
        .updateOne({ _id: 1 }, { $inc: { n: 10 } })
        .then((r) => {
          outsideDone = true;
          return r;
        });
      await new Promise((r) => setTimeout(r, 300));
      expect(outsideDone).toBe(false);
      await session.commitTransaction();
      expect((await outside).modifiedCount).toBe(1);
    } finally {
      await session.endSession();
    }
    expect((await c.findOne({ _id: 1 }))?.n).toBe(11);
  });

  // https://www.mongodb.com/docs/manual/reference/method/Session.withTransaction/
  // (the callback is retried on TransientTransactionError)
  it("withTransaction retries the callback after a WriteConflict", async () => {
    const c = conf.db().collection<Row>("retry");
    await c.insertMany([{ _id: 1, n: 0 }, { _id: 2, n: 0 }]);
    const session = conf.client().startSession();
    let attempts = 0;
    try {
      await session.withTransaction(async () => {
        attempts++;
        await c.findOne({ _id: 2 }, { session });
        if (attempts === 1) await conf.otherDb().collection<Row>("retry").updateOne({ _id: 1 }, { $inc: { n: 100 } });
        await c.updateOne({ _id: 1 }, { $inc: { n: 1 } }, { session });
      });
    } finally {
      await session.endSession();
    }
    expect(attempts).toBe(2);
    expect((await c.findOne({ _id: 1 }))?.n).toBe(101);
  });

  // https://www.mongodb.com/docs/manual/core/retryable-writes/ (a retried write with the same
  // lsid and txnNumber is not executed again; the first result is returned)
  it("executes a retried write with the same session and transaction number once", async () => {
    const c = conf.db().collection<Row>("rw");
    await c.insertOne({ _id: 1, n: 0 });
    const session = conf.client().startSession();
    try {
      const cmd = { update: "rw", updates: [{ q: { _id: 1 }, u: { $inc: { n: 1 } } }], txnNumber: Long.fromNumber(7) };
      const first = await conf.db().command(cmd, { session });
      const again = await conf.db().command(cmd, { session });
      expect(first).toMatchObject({ n: 1, nModified: 1 });
      expect(again).toMatchObject({ n: 1, nModified: 1 });
      expect((await c.findOne({ _id: 1 }))?.n).toBe(1);
    } finally {
      await session.endSession();
    }
  });

  // https://www.mongodb.com/docs/manual/core/transactions-operations/#count-operation
  it("refuses the count command inside a transaction (code 263)", async () => {
    const c = conf.db().collection<Row>("cnt");
    await c.insertOne({ _id: 1 });
    const session = conf.client().startSession();
    try {
      session.startTransaction();
      expect(await c.countDocuments({}, { session })).toBe(1); // the aggregate form is allowed
      const err = await rejection(conf.db().command({ count: "cnt" }, { session }));
      expect(err.code).toBe(263); // OperationNotSupportedInTransaction
      await session.abortTransaction().catch(() => undefined);
    } finally {
      await session.endSession();
    }
  });
});
