import mongoose from "mongoose";
import { countryRegion } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { orgModel } from "../orgs/model.js";
import { offerModel } from "../offers/model.js";
import { requestModel } from "../requests/model.js";
import { syntheticOffers, syntheticOrgs, syntheticRequests } from "./data/synthetic.js";

const DAY = 24 * 3600 * 1000;
const BATCH = 2000;

export interface SyntheticProgress {
  phase: "orgs" | "offers" | "requests";
  done: number;
  total: number;
}

async function insertBatch(model: mongoose.Model<never>, docs: object[]): Promise<number> {
  try {
    const result = await model.insertMany(docs as never[], { ordered: false, rawResult: true });
    return result.insertedCount;
  } catch (err) {
    // Records seeded by an earlier run keep their keys: duplicates are skipped, not doubled.
    const e = err as { code?: number; writeErrors?: { code?: number; err?: { code?: number } }[]; insertedDocs?: unknown[]; result?: { insertedCount?: number } };
    const errors = e.writeErrors ?? [];
    if (errors.length === 0 || !errors.every((w) => (w.code ?? w.err?.code) === 11000)) throw err;
    return e.result?.insertedCount ?? e.insertedDocs?.length ?? 0;
  }
}

/**
 * Bulk-loads a large, realistic, deterministic data set for benchmarks: `count`
 * approved organizations, count/5 offers and count/10 requests. Written straight to
 * MongoDB in batches (the search index is rebuilt afterwards by a reindex). The requests
 * count as already suggested: stored suggestions are for staff to review real requests,
 * and computing them for thousands of bulk-loaded ones would keep a running server's
 * matcher (and its database) busy for hours.
 */
export async function loadSynthetic(deps: AppDeps, count: number, onProgress?: (p: SyntheticProgress) => void) {
  const now = Date.now();
  const keyToId = new Map<string, mongoose.Types.ObjectId>();
  let inserted = { orgs: 0, offers: 0, requests: 0 };
  let batch: object[] = [];
  let done = 0;
  const flush = async (model: mongoose.Model<never>, phase: SyntheticProgress["phase"], total: number, key: "orgs" | "offers" | "requests") => {
    if (batch.length === 0) return;
    const n = await insertBatch(model, batch);
    inserted = { ...inserted, [key]: inserted[key] + n };
    if (key === "orgs" && n < batch.length) {
      // Organizations from an earlier run keep their ids: map their keys to what is stored.
      const keys = batch.map((d) => (d as { seedKey: string }).seedKey);
      for (const row of await orgModel(deps.db).find({ seedKey: { $in: keys } }, { seedKey: 1 }).lean()) {
        if (row.seedKey) keyToId.set(row.seedKey, row._id);
      }
    }
    done += batch.length;
    batch = [];
    onProgress?.({ phase, done, total });
  };

  const Orgs = orgModel(deps.db) as unknown as mongoose.Model<never>;
  for (const org of syntheticOrgs(count)) {
    const { syntheticKey, ...body } = org;
    const _id = new mongoose.Types.ObjectId();
    keyToId.set(syntheticKey, _id);
    const ageDays = (syntheticKey.length * 37 + done) % 720;
    const at = new Date(now - ageDays * DAY);
    batch.push({ ...body, _id, seedKey: syntheticKey, status: "approved", region: countryRegion(body.country), vetting: [], createdAt: at, updatedAt: at });
    if (batch.length >= BATCH) await flush(Orgs, "orgs", count, "orgs");
  }
  await flush(Orgs, "orgs", count, "orgs");
  const orgKeys = [...keyToId.keys()];

  const Offers = offerModel(deps.db) as unknown as mongoose.Model<never>;
  const offerTotal = Math.floor(count / 5);
  done = 0;
  for (const item of syntheticOffers(offerTotal, 1, orgKeys)) {
    const { key, orgKey, offer } = item;
    const { expiresInDays, ...fields } = offer;
    batch.push({ ...fields, orgId: keyToId.get(orgKey), seedKey: key, status: "active", expiresAt: new Date(now + expiresInDays * DAY) });
    if (batch.length >= BATCH) await flush(Offers, "offers", offerTotal, "offers");
  }
  await flush(Offers, "offers", offerTotal, "offers");

  const Requests = requestModel(deps.db) as unknown as mongoose.Model<never>;
  const requestTotal = Math.floor(count / 10);
  done = 0;
  for (const item of syntheticRequests(requestTotal, 1, orgKeys)) {
    const { key, orgKey, request } = item;
    const { expiresInDays, ...fields } = request;
    batch.push({ ...fields, orgId: keyToId.get(orgKey), seedKey: key, state: "open", openedAt: new Date(now), suggestionsAt: new Date(now), expiresAt: new Date(now + expiresInDays * DAY) });
    if (batch.length >= BATCH) await flush(Requests, "requests", requestTotal, "requests");
  }
  await flush(Requests, "requests", requestTotal, "requests");
  return inserted;
}
