/**
 * Queries answered through indexes must answer as without them: each scenario creates
 * the index a product query uses, then checks MongoDB's documented results for
 * equality prefixes, ranges, `$in`, sorts with a limit, multikey fields and mixed
 * types. Runs unchanged against a real mongod (`MONGODB_URI=... npx vitest run test/conformance`).
 */
import type { Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { useConformance } from "./harness.js";

const conf = useConformance("indexed");
type Row = Document & { _id: number };
const ids = (rows: { _id: number }[]) => rows.map((r) => r._id);
const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));

describe("indexed query conformance", () => {
  // https://www.mongodb.com/docs/manual/tutorial/sort-results-with-indexes/#sort-and-index-prefix
  // https://www.mongodb.com/docs/manual/tutorial/sort-results-with-indexes/#sort-and-non-prefix-subset-of-an-index
  it("equality prefix + range + sort on the next index field, with a limit, in either direction", async () => {
    const c = conf.db().collection<Row>("msgs");
    await c.createIndex({ room: 1, seq: 1 });
    await c.insertMany(Array.from({ length: 60 }, (_, i) => ({ _id: i, room: i % 3, seq: Math.floor(i / 3) })));
    // The newest 5 of room 1 before seq 12, newest first (chat history page).
    expect(ids(await c.find({ room: 1, seq: { $lt: 12 } }).sort({ seq: -1 }).limit(5).toArray())).toEqual([34, 31, 28, 25, 22]);
    // Messages after seq 17, oldest first (what a reconnecting client missed).
    expect(ids(await c.find({ room: 2, seq: { $gt: 17 } }).sort({ seq: 1 }).limit(10).toArray())).toEqual([56, 59]);
    expect(await c.findOne({ room: 0 }, { sort: { seq: -1 } })).toMatchObject({ _id: 57, seq: 19 });
    expect(await c.countDocuments({ room: 1, seq: { $gte: 5, $lte: 9 } })).toBe(5);
  });

  // https://www.mongodb.com/docs/manual/reference/method/cursor.sort/#sort-consistency
  it("an index on the sort field with an _id tiebreak in the other direction pages consistently", async () => {
    const c = conf.db().collection<Row>("reqs");
    await c.createIndex({ status: 1, updatedAt: -1 });
    await c.insertMany(Array.from({ length: 40 }, (_, i) => ({ _id: i, status: i % 4 === 0 ? "closed" : "open", updatedAt: t(i % 7) })));
    const sort = { updatedAt: -1, _id: 1 } as const;
    const all = await c.find({ status: "open" }).sort(sort).toArray();
    expect(all).toHaveLength(30);
    const paged = [];
    for (let skip = 0; skip < 30; skip += 7) paged.push(...(await c.find({ status: "open" }).sort(sort).skip(skip).limit(7).toArray()));
    expect(ids(paged)).toEqual(ids(all));
    // Newest minute is 6: ids 6, 13, 27, 34 (20 and 41 don't exist or are closed), in _id order.
    expect(ids(all.slice(0, 4))).toEqual([6, 13, 27, 34]);
  });

  // https://www.mongodb.com/docs/manual/reference/operator/query/in/ with
  // https://www.mongodb.com/docs/manual/tutorial/sort-results-with-indexes/
  it("$in on the index prefix with a sort on the next field merges the values in sort order", async () => {
    const c = conf.db().collection<Row>("notes");
    await c.createIndex({ user: 1, createdAt: -1 });
    await c.insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: i, user: ["u1", "u2", "u3"][i % 3], createdAt: t((i * 7) % 30) })));
    const rows = await c.find({ user: { $in: ["u1", "u3"] } }).sort({ createdAt: -1, _id: -1 }).limit(6).toArray();
    // Minutes 29, 28, ... belong to ids 17 (u3), 4 (u2: excluded), 21 (u1), 8 (u3), 25 (u2), 12 (u1), 29 (u3), 16 (u2), 3 (u1).
    expect(ids(rows)).toEqual([17, 21, 8, 12, 29, 3]);
  });

  // https://www.mongodb.com/docs/manual/reference/method/cursor.sort/#ascending-descending-sort
  // (arrays sort by their smallest element ascending, their largest descending), and
  // https://www.mongodb.com/docs/manual/core/indexes/index-types/index-multikey/
  it("a multikey index gives the same sort and limit as arrays are sorted by min/max element", async () => {
    const c = conf.db().collection<Row>("tags");
    await c.createIndex({ score: 1 });
    await c.insertMany([
      { _id: 1, score: [5, 1] },
      { _id: 2, score: 3 },
      { _id: 3, score: [4, 9] },
      { _id: 4, score: [] },
      { _id: 5 },
      { _id: 6, score: [2, 8] },
      { _id: 7, score: null },
    ]);
    expect(ids(await c.find().sort({ score: 1, _id: 1 }).limit(5).toArray())).toEqual([4, 5, 7, 1, 6]);
    expect(ids(await c.find().sort({ score: -1, _id: 1 }).limit(3).toArray())).toEqual([3, 6, 1]);
    // A range on a multikey field may be met by different elements: [5, 1] is > 1.5 and < 2.
    expect(ids(await c.find({ score: { $gt: 1.5, $lt: 2 } }).sort({ _id: 1 }).toArray())).toEqual([1]);
    // The sort key of an array is its smallest element even when the filter bounds the field.
    expect(ids(await c.find({ score: { $gte: 4 } }).sort({ score: 1, _id: 1 }).limit(2).toArray())).toEqual([1, 6]);
  });

  // https://www.mongodb.com/docs/manual/reference/method/db.collection.find/#type-bracketing
  it("range bounds on an indexed field keep type bracketing, and sorts across types keep BSON order", async () => {
    const c = conf.db().collection<Row>("mixed");
    await c.createIndex({ v: 1, _id: 1 });
    await c.insertMany([
      { _id: 1, v: 10 },
      { _id: 2, v: "20" },
      { _id: 3, v: 30 },
      { _id: 4, v: t(1) },
      { _id: 5, v: true },
      { _id: 6, v: 2.5 },
      { _id: 7, v: ["40", 1] },
    ]);
    expect(ids(await c.find({ v: { $gt: 5 } }).sort({ _id: 1 }).toArray())).toEqual([1, 3]);
    expect(ids(await c.find({ v: { $gte: "1" } }).sort({ _id: 1 }).toArray())).toEqual([2, 7]);
    expect(ids(await c.find({ v: { $lt: t(2) } }).toArray())).toEqual([4]);
    expect(ids(await c.find({ v: { $in: [10, true, "40"] } }).sort({ _id: -1 }).toArray())).toEqual([7, 5, 1]);
    // Numbers, then strings, then booleans, then dates; ["40", 1] sorts by 1 ascending, by "40" descending.
    expect(ids(await c.find().sort({ v: 1 }).limit(4).toArray())).toEqual([7, 6, 1, 3]);
    expect(ids(await c.find().sort({ v: -1 }).limit(4).toArray())).toEqual([4, 5, 7, 2]);
  });

  // https://www.mongodb.com/docs/manual/core/transactions/#read-concern-write-concern-read-preference
  // (a transaction reads its snapshot: index-ordered reads included)
  it("an index-ordered read in a transaction sees its snapshot and its own writes", async () => {
    const db = conf.db();
    const c = db.collection<Row>("feed");
    await c.createIndex({ room: 1, at: -1 });
    await c.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i, room: "r", at: t(i) })));
    const session = conf.client().startSession();
    try {
      session.startTransaction();
      await c.insertOne({ _id: 100, room: "r", at: t(50) }, { session });
      await c.updateOne({ _id: 9 }, { $set: { at: t(-1) } }, { session });
      await conf.otherDb().collection<Row>("feed").insertOne({ _id: 200, room: "r", at: t(60) });
      const inside = await c.find({ room: "r" }, { session }).sort({ at: -1 }).limit(3).toArray();
      expect(ids(inside)).toEqual([100, 8, 7]);
      await session.commitTransaction();
    } finally {
      await session.endSession();
    }
    expect(ids(await c.find({ room: "r" }).sort({ at: -1 }).limit(3).toArray())).toEqual([200, 100, 8]);
    expect(ids(await c.find({ room: "r" }).sort({ at: 1 }).limit(2).toArray())).toEqual([9, 0]);
  });
});
