import { Long, ObjectId } from "mongodb";
import { describe, expect, it } from "vitest";
import { useDevMongo } from "./testing.js";

const mongo = useDevMongo("inlist");

/** Long `$in`/`$nin` lists of strings, booleans, dates and ObjectIds are tested through a set of keys: same answers as MongoDB. */
describe("devmongo: long $in and $nin lists", () => {
  const ids = Array.from({ length: 40 }, () => new ObjectId());
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  const docs = ids.map((id, i) => ({
    _id: i,
    ref: id,
    name: `park ${i}`,
    tags: i % 2 ? [`t${i}`, "shared"] : [`t${i}`],
    at: day(1 + (i % 28)),
    flag: i % 3 === 0,
    n: i % 5 === 0 ? Long.fromNumber(i) : i,
  }));

  it("matches ObjectIds, strings, dates and array elements by value, and $nin is the exact complement, missing fields included", async () => {
    const c = mongo.client.db(`inlist_${process.pid}`).collection<(typeof docs)[number] | { _id: number }>("c");
    await c.insertMany([...docs, { _id: 100 }]);
    const sorted = (rows: { _id: number }[]) => rows.map((r) => r._id).sort((a, b) => a - b);
    const someIds = [...ids.slice(0, 12).map((id) => new ObjectId(id.toHexString())), new ObjectId()];
    expect(sorted(await c.find({ ref: { $in: someIds } }).toArray())).toEqual([...Array(12).keys()]);
    expect(await c.countDocuments({ ref: { $nin: someIds } })).toBe(41 - 12);
    const names = Array.from({ length: 10 }, (_, i) => `park ${i * 4}`);
    expect(sorted(await c.find({ name: { $in: [...names, "PARK 1"] } }).toArray())).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    const tags = [...Array.from({ length: 10 }, (_, i) => `none${i}`), "shared"];
    expect(await c.countDocuments({ tags: { $in: tags } })).toBe(20);
    const dates = Array.from({ length: 10 }, (_, i) => day(1 + i));
    expect(await c.countDocuments({ at: { $in: dates } })).toBe(docs.filter((d) => d.at.getTime() <= day(10).getTime()).length);
    // A string is not a date, an ObjectId's hex string is not an ObjectId.
    expect(await c.countDocuments({ ref: { $in: ids.slice(0, 10).map((id) => id.toHexString()) } })).toBe(0);
    expect(await c.countDocuments({ at: { $in: dates.map((d) => d.toISOString()) } })).toBe(0);
    // Lists with numbers, null or documents keep the general path: numbers match across types, null matches missing.
    expect(await c.countDocuments({ n: { $in: [0, 5, 10, 15, 20, 25, 30, 35, 1, 2, 3] } })).toBe(11);
    expect(sorted(await c.find({ flag: { $in: [null, ...names] } }).toArray())).toEqual([100]);
  });
});
