/**
 * Query and sort semantics Parklink relies on, each written against MongoDB's
 * documented behaviour (manual page in the comment). Runs against whichever MongoDB
 * the run uses; `MONGODB_URI=mongodb://host/?replicaSet=rs0 npx vitest run test/conformance`
 * runs it unchanged against a real mongod.
 */
import type { Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { useConformance } from "./harness.js";

const conf = useConformance("query");
type Row = Document & { _id: number };
const ids = (rows: { _id: number }[]) => rows.map((r) => r._id);

describe("query conformance", () => {
  // https://www.mongodb.com/docs/manual/tutorial/query-for-null-fields/
  it("{ field: null } matches null and missing fields; $exists tells them apart", async () => {
    const c = conf.db().collection<Row>("q");
    await c.insertMany([{ _id: 1, v: null }, { _id: 2 }, { _id: 3, v: 0 }, { _id: 4, v: [null, 1] }]);
    expect(ids(await c.find({ v: null }).sort({ _id: 1 }).toArray())).toEqual([1, 2, 4]);
    // https://www.mongodb.com/docs/manual/reference/operator/query/exists/
    expect(ids(await c.find({ v: { $exists: false } }).toArray())).toEqual([2]);
    expect(ids(await c.find({ v: { $exists: true } }).sort({ _id: 1 }).toArray())).toEqual([1, 3, 4]);
    expect(ids(await c.find({ v: { $ne: null } }).sort({ _id: 1 }).toArray())).toEqual([3]);
  });

  // https://www.mongodb.com/docs/manual/reference/operator/query/type/#querying-by-array-type
  it("$type matches array elements and the array type itself", async () => {
    const c = conf.db().collection<Row>("t");
    await c.insertMany([{ _id: 1, v: "a" }, { _id: 2, v: [1, "b"] }, { _id: 3, v: [1, 2] }, { _id: 4, v: [] }, { _id: 5, v: 7 }]);
    expect(ids(await c.find({ v: { $type: "string" } }).sort({ _id: 1 }).toArray())).toEqual([1, 2]);
    expect(ids(await c.find({ v: { $type: "array" } }).sort({ _id: 1 }).toArray())).toEqual([2, 3, 4]);
    expect(ids(await c.find({ v: { $type: "number" } }).sort({ _id: 1 }).toArray())).toEqual([2, 3, 5]);
  });

  // https://www.mongodb.com/docs/manual/reference/operator/query/ne/ (arrays), .../nin/, .../all/
  it("$ne, $nin and $all on array fields", async () => {
    const c = conf.db().collection<Row>("a");
    await c.insertMany([{ _id: 1, tags: ["ai", "bio"] }, { _id: 2, tags: ["bio"] }, { _id: 3, tags: [] }, { _id: 4 }]);
    expect(ids(await c.find({ tags: { $ne: "ai" } }).sort({ _id: 1 }).toArray())).toEqual([2, 3, 4]);
    expect(ids(await c.find({ tags: { $nin: ["ai", "x"] } }).sort({ _id: 1 }).toArray())).toEqual([2, 3, 4]);
    expect(ids(await c.find({ tags: { $all: ["bio", "ai"] } }).toArray())).toEqual([1]);
    expect(ids(await c.find({ tags: "bio" }).sort({ _id: 1 }).toArray())).toEqual([1, 2]);
  });

  // https://www.mongodb.com/docs/manual/tutorial/query-array-of-documents/
  it("dotted paths reach into arrays of documents", async () => {
    const c = conf.db().collection<Row>("d");
    await c.insertMany([
      { _id: 1, sites: [{ city: "Oslo", area: 5 }, { city: "Xi'an", area: 50 }] },
      { _id: 2, sites: [{ city: "Oslo", area: 60 }] },
    ]);
    expect(ids(await c.find({ "sites.city": "Xi'an" }).toArray())).toEqual([1]);
    expect(ids(await c.find({ "sites.area": { $gt: 40 } }).sort({ _id: 1 }).toArray())).toEqual([1, 2]);
    // Without $elemMatch the conditions may be met by different elements.
    expect(ids(await c.find({ "sites.city": "Oslo", "sites.area": { $gt: 40 } }).sort({ _id: 1 }).toArray())).toEqual([1, 2]);
    expect(ids(await c.find({ sites: { $elemMatch: { city: "Oslo", area: { $gt: 40 } } } }).toArray())).toEqual([2]);
    expect(ids(await c.find({ "sites.0.city": "Oslo", "sites.0.area": 5 }).toArray())).toEqual([1]);
  });

  // https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/
  it("sorts null, missing, arrays and mixed types in BSON order with an _id tiebreak", async () => {
    const c = conf.db().collection<Row>("s");
    await c.insertMany([
      { _id: 1, v: 2 },
      { _id: 2, v: null },
      { _id: 3 },
      { _id: 4, v: [] },
      { _id: 5, v: "a" },
      { _id: 6, v: [1, 5] },
      { _id: 7, v: { x: 1 } },
      { _id: 8, v: true },
      { _id: 9, v: new Date(0) },
      { _id: 10, v: null },
    ]);
    // Ascending: an empty array before null/missing (which compare equal), arrays by their smallest element.
    expect(ids(await c.find().sort({ v: 1, _id: 1 }).toArray())).toEqual([4, 2, 3, 10, 6, 1, 5, 7, 8, 9]);
    // Descending: arrays by their largest element; equal keys keep the _id order asked for.
    expect(ids(await c.find().sort({ v: -1, _id: -1 }).toArray())).toEqual([9, 8, 7, 5, 6, 1, 10, 3, 2, 4]);
  });

  // https://www.mongodb.com/docs/manual/reference/method/cursor.sort/#sort-consistency
  it("compound sorts with an _id tiebreak page consistently", async () => {
    const c = conf.db().collection<Row>("p");
    await c.insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: i, score: i % 3, name: `n${i % 5}` })));
    const all = await c.find().sort({ score: -1, name: 1, _id: 1 }).toArray();
    const pages = [...(await c.find().sort({ score: -1, name: 1, _id: 1 }).limit(10).toArray())];
    pages.push(...(await c.find().sort({ score: -1, name: 1, _id: 1 }).skip(10).limit(10).toArray()));
    pages.push(...(await c.find().sort({ score: -1, name: 1, _id: 1 }).skip(20).toArray()));
    expect(ids(pages)).toEqual(ids(all));
    expect(all[0]).toMatchObject({ score: 2, name: "n0" });
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]] as { score: number; name: string; _id: number }[];
      expect(a.score > b.score || (a.score === b.score && (a.name < b.name || (a.name === b.name && a._id < b._id)))).toBe(true);
    }
  });

  // https://www.mongodb.com/docs/manual/tutorial/query-embedded-documents/#match-an-embedded-nested-document
  it("equality on an embedded document respects field order", async () => {
    const c = conf.db().collection<Row>("e");
    await c.insertMany([{ _id: 1, size: { h: 14, w: 21 } }, { _id: 2, size: { w: 21, h: 14 } }]);
    expect(ids(await c.find({ size: { h: 14, w: 21 } }).toArray())).toEqual([1]);
    expect(ids(await c.find({ size: { $in: [{ w: 21, h: 14 }] } }).toArray())).toEqual([2]);
  });
});
