/**
 * Aggregation semantics Parklink relies on, each written against MongoDB's
 * documented behaviour (manual page in the comment); runs unchanged against a real
 * mongod through MONGODB_URI.
 */
import type { Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { useConformance } from "./harness.js";

const conf = useConformance("agg");
type Row = Document & { _id: number };

describe("aggregation conformance", () => {
  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/facet/
  it("$facet runs sub-pipelines over the same input", async () => {
    const c = conf.db().collection<Row>("f");
    await c.insertMany([{ _id: 1, kind: "park" }, { _id: 2, kind: "park" }, { _id: 3, kind: "investor" }]);
    const [out] = await c
      .aggregate([
        { $facet: { total: [{ $count: "n" }], byKind: [{ $group: { _id: "$kind", n: { $sum: 1 } } }, { $sort: { _id: 1 } }], none: [{ $match: { kind: "x" } }] } },
      ])
      .toArray();
    expect(out).toEqual({ total: [{ n: 3 }], byKind: [{ _id: "investor", n: 1 }, { _id: "park", n: 2 }], none: [] });
  });

  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/addFields/
  // .../map/, .../indexOfArray/, .../ifNull/
  it("$addFields with $map, $indexOfArray and $ifNull", async () => {
    const c = conf.db().collection<Row>("m");
    await c.insertMany([{ _id: 1, steps: ["proposed", "accepted"], scores: [1, 2] }, { _id: 2, steps: null }]);
    const rows = await c
      .aggregate([
        {
          $addFields: {
            doubled: { $map: { input: { $ifNull: ["$scores", []] }, as: "s", in: { $multiply: ["$$s", 2] } } },
            at: { $indexOfArray: [{ $ifNull: ["$steps", []] }, "accepted"] },
            label: { $ifNull: ["$label", "none"] },
          },
        },
        { $project: { doubled: 1, at: 1, label: 1 } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 1, doubled: [2, 4], at: 1, label: "none" },
      { _id: 2, doubled: [], at: -1, label: "none" },
    ]);
  });

  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/dateAdd/, .../dateDiff/,
  // .../subtract/ (date minus date gives milliseconds)
  it("date arithmetic", async () => {
    const c = conf.db().collection<Row>("d");
    await c.insertOne({ _id: 1, at: new Date("2026-01-31T10:00:00Z"), until: new Date("2026-03-02T10:00:00Z") });
    const [row] = await c
      .aggregate([
        {
          $project: {
            _id: 0,
            plusMonth: { $dateAdd: { startDate: "$at", unit: "month", amount: 1 } },
            days: { $dateDiff: { startDate: "$at", endDate: "$until", unit: "day" } },
            ms: { $subtract: ["$until", "$at"] },
            later: { $add: ["$at", 3_600_000] },
          },
        },
      ])
      .toArray();
    expect(row).toEqual({
      plusMonth: new Date("2026-02-28T10:00:00Z"),
      days: 30,
      ms: 30 * 86_400_000,
      later: new Date("2026-01-31T11:00:00Z"),
    });
  });

  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/push/
  // (a missing field is not pushed; null is)
  it("$push in $group leaves out missing values", async () => {
    const c = conf.db().collection<Row>("p");
    await c.insertMany([{ _id: 1, g: 1, v: "a" }, { _id: 2, g: 1 }, { _id: 3, g: 1, v: null }]);
    const [row] = await c.aggregate([{ $sort: { _id: 1 } }, { $group: { _id: "$g", vs: { $push: "$v" } } }]).toArray();
    expect(row).toEqual({ _id: 1, vs: ["a", null] });
  });

  // https://www.mongodb.com/docs/manual/reference/operator/aggregation/lookup/#correlated-subqueries-using-concise-syntax
  it("$lookup with localField/foreignField and a pipeline joins, then runs the pipeline", async () => {
    const orgs = conf.db().collection<Row>("orgs");
    const offers = conf.db().collection<Row>("offers");
    await orgs.insertMany([{ _id: 1, name: "A" }, { _id: 2, name: "B" }]);
    await offers.insertMany([{ _id: 10, org: 1, open: true }, { _id: 11, org: 1, open: false }, { _id: 12, org: 2, open: true }]);
    const rows = await orgs
      .aggregate([
        { $lookup: { from: "offers", localField: "_id", foreignField: "org", pipeline: [{ $match: { open: true } }, { $project: { _id: 1 } }], as: "open" } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 1, name: "A", open: [{ _id: 10 }] },
      { _id: 2, name: "B", open: [{ _id: 12 }] },
    ]);
  });
});
