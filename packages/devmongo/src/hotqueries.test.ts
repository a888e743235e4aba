/**
 * The product's hot query shapes, on collections with the product's index
 * definitions, must plan through an index (explain), and sort through the index
 * walk where the index gives the order. The shapes are copied here (this package
 * imports nothing from the product): chat history, notifications, list pages sorted
 * by `updatedAt` with an `_id` tiebreak, search pages and their counts, the vetting
 * queue, the outbox and mail queues.
 */
import { ObjectId, type Document } from "mongodb";
import { describe, expect, it } from "vitest";
import { useDevMongo } from "./testing.js";

const mongo = useDevMongo("hot");

interface Shape {
  what: string;
  collection: string;
  indexes: Document[];
  /** Options of the indexes, by position (partial filters). */
  options?: Document[];
  doc: (i: number) => Document;
  filter: Document;
  sort?: Document;
  limit?: number;
  index: string;
  /** Whether the index walk gives the whole order (no sort stage). */
  ordered: boolean;
}

const oid = (n: number) => n.toString(16).padStart(24, "0");
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000);

const SHAPES: Shape[] = [
  {
    what: "chat history page (before a message, newest first)",
    collection: "chat_messages",
    indexes: [{ introductionId: 1, senderId: 1, clientId: 1 }, { introductionId: 1, seq: 1 }],
    doc: (i) => ({ introductionId: oid(i % 20), senderId: oid(i % 3), clientId: `c${i}`, seq: Math.floor(i / 20), sentAt: at(i) }),
    filter: { introductionId: oid(7), seq: { $lt: 40 } },
    sort: { seq: -1 },
    limit: 51,
    index: "introductionId_1_seq_1",
    ordered: true,
  },
  ...[{ readAt: { $exists: false } }, {}].map((unread, n) => ({
    what: `notifications, newest first${n === 0 ? ", unread only" : ""}`,
    collection: `notifications${n}`,
    indexes: [{ userId: 1, createdAt: -1 }, { userId: 1, readAt: 1 }],
    doc: (i: number) => ({ userId: oid(i % 50), createdAt: at(i), ...(i % 3 ? { readAt: at(i + 5) } : {}) }),
    filter: { userId: oid(4), ...unread },
    sort: { createdAt: -1, _id: -1 },
    limit: 20,
    // The _id tiebreak runs against the walk's direction: only ties are sorted.
    index: "userId_1_createdAt_-1",
    ordered: false,
  })),
  {
    what: "introductions list by status, updatedAt then _id",
    collection: "introductions",
    indexes: [{ orgIds: 1, status: 1 }, { status: 1, updatedAt: -1 }, { status: 1, expiresAt: 1 }],
    doc: (i) => ({ orgIds: [oid(i % 40), oid((i + 7) % 40)], status: ["proposed", "accepted", "declined"][i % 3], updatedAt: at(i), expiresAt: at(i + 1000) }),
    filter: { status: { $in: ["proposed", "accepted"] } },
    sort: { updatedAt: -1, _id: 1 },
    limit: 20,
    index: "status_1_updatedAt_-1",
    ordered: true,
  },
  {
    what: "search page total (countDocuments) and page",
    collection: "orgs",
    indexes: [{ status: 1, kind: 1, country: 1 }, { status: 1, industries: 1 }, { status: 1, createdAt: 1 }],
    doc: (i) => ({ status: i % 10 ? "approved" : "pending", kind: ["park", "enterprise"][i % 2], country: ["CN", "FR", "DE"][i % 3], industries: [`i${i % 5}`], createdAt: at(i), name: { en: `Org ${i}` } }),
    filter: { status: "approved", kind: "park", country: "FR" },
    sort: { "name.en": 1, _id: 1 },
    limit: 20,
    index: "status_1_kind_1_country_1",
    ordered: false,
  },
  {
    what: "a digest's notifications (partial index on digestId), oldest first",
    collection: "notifications_digest",
    indexes: [{ userId: 1, createdAt: -1 }, { digestId: 1 }],
    options: [{}, { partialFilterExpression: { digestId: { $type: "objectId" } } }],
    doc: (i) => ({ userId: oid(i % 50), createdAt: at(i), ...(i % 4 ? {} : { digestId: new ObjectId(oid(i % 40)) }) }),
    filter: { digestId: new ObjectId(oid(8)) },
    sort: { createdAt: 1 },
    index: "digestId_1",
    ordered: false,
  },
  {
    what: "vetting queue (pending, oldest first)",
    collection: "orgs2",
    indexes: [{ status: 1, kind: 1, country: 1 }, { status: 1, createdAt: 1 }],
    doc: (i) => ({ status: i % 10 ? "approved" : "pending", kind: "park", country: "CN", createdAt: at(i) }),
    filter: { status: "pending" },
    sort: { createdAt: 1 },
    limit: 20,
    index: "status_1_createdAt_1",
    ordered: true,
  },
  {
    what: "outbox batch (unprocessed and due, oldest first)",
    collection: "outbox",
    indexes: [{ processedAt: 1, nextAttemptAt: 1 }],
    doc: (i) => ({ nextAttemptAt: at(i), ...(i % 4 ? { processedAt: at(i + 1) } : {}) }),
    filter: { processedAt: { $exists: false }, nextAttemptAt: { $lte: at(300) }, $or: [{ lockedUntil: { $exists: false } }, { lockedUntil: { $lte: at(300) } }] },
    sort: { nextAttemptAt: 1 },
    limit: 500,
    index: "processedAt_1_nextAttemptAt_1",
    ordered: true,
  },
  {
    what: "mail queue (pending and due)",
    collection: "mail_outbox",
    indexes: [{ state: 1, nextAttemptAt: 1 }],
    doc: (i) => ({ state: i % 5 ? "sent" : "pending", nextAttemptAt: at(i), createdAt: at(i) }),
    filter: { state: "pending", nextAttemptAt: { $lte: at(400) }, $or: [{ leaseUntil: null }, { leaseUntil: { $lte: at(400) } }] },
    index: "state_1_nextAttemptAt_1",
    ordered: true,
  },
];

/** Every stage of an explain plan, outermost first. */
function stages(plan: Document): Document[] {
  const out: Document[] = [];
  for (let s: Document | undefined = plan; s; s = s.inputStage as Document | undefined) out.push(s);
  return out;
}

describe("devmongo: the product's hot queries plan through indexes", () => {
  for (const s of SHAPES) {
    it(s.what, async () => {
      const c = mongo.client.db("hot").collection(s.collection);
      await c.createIndexes(s.indexes.map((key, i) => ({ key, ...s.options?.[i] })));
      await c.insertMany(Array.from({ length: 2000 }, (_, i) => s.doc(i)));
      let cursor = c.find(s.filter);
      if (s.sort) cursor = cursor.sort(s.sort);
      if (s.limit) cursor = cursor.limit(s.limit);
      const plan = (await cursor.explain()).queryPlanner.winningPlan as Document;
      const ix = stages(plan).find((st) => st.stage === "IXSCAN");
      expect(ix, JSON.stringify(plan)).toMatchObject({ indexName: s.index });
      expect(stages(plan).some((st) => st.stage === "SORT"), JSON.stringify(plan)).toBe(s.sort !== undefined && !s.ordered);
      // Far fewer index keys read than documents.
      expect(ix?.keysExamined as number).toBeLessThan(s.limit && s.ordered ? s.limit * 5 : 700);
      // The answer is the full scan's: same documents, in the sort's order.
      const got = await cursor.clone().toArray();
      const all = await c.find(s.filter).hint({ $natural: 1 }).toArray();
      expect(got.length).toBe(Math.min(all.length, s.limit ?? Infinity));
      if (s.sort) expect(got.map((d) => String(d._id))).toEqual((await c.aggregate([{ $match: s.filter }, { $sort: { ...s.sort, _id: s.sort._id ?? 1 } }, { $limit: s.limit ?? 1e9 }]).toArray()).map((d) => String(d._id)));
      if (s.what.startsWith("search page")) {
        expect(await c.countDocuments(s.filter)).toBe(all.length);
      }
    });
  }
});
