import type { Meilisearch } from "meilisearch";
import type { AppDeps } from "../../deps.js";
import { serviceUnavailable } from "../../http/errors.js";
import { meiliApiError, waitForMeiliTask } from "../../infra/meili-http.js";
import { orgModel, type Org } from "../orgs/model.js";
import { offerModel, type Offer } from "../offers/model.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import { DIRECTORY_INDEX, offerDocument, orgDocument, requestDocument, type DirectoryDocument } from "./documents.js";
import { directorySettings } from "./settings.js";

const ready = new WeakMap<Meilisearch, Set<string>>();

async function applySettings(client: Meilisearch, uid: string): Promise<void> {
  await waitForMeiliTask(client, client.createIndex(uid, { primaryKey: "id" }), { timeout: 60_000, interval: 25 });
  const task = await waitForMeiliTask(client, client.index(uid).updateSettings(directorySettings()), { timeout: 120_000, interval: 50 });
  if (task.status !== "succeeded") throw new Error(`Applying index settings failed: ${task.error?.message ?? task.status}`);
}

/** Lists whose order carries meaning; every other list in the settings is a set. */
const ORDERED = new Set(["searchableAttributes", "rankingRules", "displayedAttributes"]);

/** True when `actual` (what Meilisearch reports) differs from what `wanted` sets; keys it leaves out don't count. */
export function settingsDiffer(wanted: unknown, actual: unknown, key = ""): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || wanted.length !== actual.length) return true;
    const [a, b] = ORDERED.has(key) ? [wanted, actual] : [[...wanted].sort(), [...actual].sort()];
    return a.some((v, i) => settingsDiffer(v, b[i]));
  }
  if (wanted !== null && typeof wanted === "object") {
    if (actual === null || typeof actual !== "object") return true;
    return Object.entries(wanted).some(([k, v]) => v !== undefined && settingsDiffer(v, (actual as Record<string, unknown>)[k], k));
  }
  return wanted !== actual;
}

/**
 * Creates the directory index, or brings its settings up to date, once per process. Settings
 * are sent only when they differ from the index's: Meilisearch may re-index every document on
 * a settings update, which on a large directory would hold back every write for minutes.
 */
export async function ensureIndex(deps: AppDeps): Promise<void> {
  const client = deps.search.client;
  if (!client) throw serviceUnavailable("search_unavailable", "Search is not available");
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const done = ready.get(client) ?? new Set<string>();
  ready.set(client, done);
  if (done.has(uid)) return;
  const current = await client.index(uid).getSettings().catch((err: unknown) => {
    if (meiliApiError(err)?.cause?.code === "index_not_found") return undefined;
    throw err;
  });
  if (!current || settingsDiffer(directorySettings(), current)) await applySettings(client, uid);
  done.add(uid);
}

export interface ReindexProgress {
  phase: "settings" | "orgs" | "offers" | "requests" | "swap";
  done: number;
  total: number;
}

/**
 * Rebuilds the directory from MongoDB: settings first, then every listed record in
 * batches into a fresh index, which then replaces the live one in one atomic swap,
 * so searches keep working throughout.
 */
export async function reindexAll(
  deps: AppDeps,
  { batchSize = 5000, onProgress }: { batchSize?: number; onProgress?: (p: ReindexProgress) => void } = {},
): Promise<{ indexed: number }> {
  const client = deps.search.client;
  if (!client) throw serviceUnavailable("search_unavailable", "Search is not available");
  const live = deps.search.indexName(DIRECTORY_INDEX);
  const next = `${live}_rebuild`;
  await waitForMeiliTask(client, client.deleteIndex(next), { timeout: 60_000 });
  onProgress?.({ phase: "settings", done: 0, total: 1 });
  await applySettings(client, next);
  // The live index only has to exist for the swap; new settings on it would make Meilisearch
  // re-index every live record once more just before the rebuilt index replaces it.
  await waitForMeiliTask(client, client.createIndex(live, { primaryKey: "id" }), { timeout: 60_000, interval: 25 });
  const index = client.index<DirectoryDocument>(next);
  const now = new Date();
  let indexed = 0;
  const pending: Promise<unknown>[] = [];
  const push = async (docs: DirectoryDocument[]) => {
    if (docs.length === 0) return;
    indexed += docs.length;
    pending.push(waitForMeiliTask(index, index.addDocuments(docs, { primaryKey: "id" }), { timeout: 600_000, interval: 100 }));
    // Keep a couple of batches in flight: Meilisearch batches them, memory stays flat.
    if (pending.length >= 3) await pending.shift();
  };

  const drain = async <T>(phase: ReindexProgress["phase"], rows: AsyncIterable<T>, total: number, toDoc: (row: T) => DirectoryDocument | undefined) => {
    let batch: DirectoryDocument[] = [];
    let done = 0;
    for await (const row of rows) {
      const doc = toDoc(row);
      if (doc) batch.push(doc);
      if (batch.length >= batchSize) {
        await push(batch);
        batch = [];
        onProgress?.({ phase, done: (done += batchSize), total });
      }
    }
    await push(batch);
    onProgress?.({ phase, done: total, total });
  };

  const orgById = new Map<string, Org>();
  const orgFilter = { status: "approved" };
  await drain("orgs", orgModel(deps.db).find(orgFilter).lean<Org[]>().cursor({ batchSize }), await orgModel(deps.db).countDocuments(orgFilter), (org: Org) => {
    // Offers and requests need their owner's name, kind and place; keep only that.
    orgById.set(String(org._id), { _id: org._id, kind: org.kind, name: org.name, country: org.country, region: org.region, city: org.city, status: org.status } as Org);
    return orgDocument(org);
  });
  // Offers and requests of organizations that are not listed are skipped as they stream by.
  const withOwner = <T extends { orgId: unknown }>(row: T, build: (row: T, org: Org) => DirectoryDocument) => {
    const org = orgById.get(String(row.orgId));
    return org ? build(row, org) : undefined;
  };
  const offerFilter = { status: "active", expiresAt: { $gt: now } };
  await drain("offers", offerModel(deps.db).find(offerFilter).lean<Offer[]>().cursor({ batchSize }), await offerModel(deps.db).countDocuments(offerFilter), (o: Offer) =>
    withOwner(o, offerDocument),
  );
  const requestFilter = { state: { $in: ["open", "matched"] }, expiresAt: { $gt: now } };
  await drain(
    "requests",
    requestModel(deps.db).find(requestFilter).lean<CooperationRequest[]>().cursor({ batchSize }),
    await requestModel(deps.db).countDocuments(requestFilter),
    (r: CooperationRequest) => withOwner(r, requestDocument),
  );
  for (const task of await Promise.all(pending)) {
    const t = task as { status: string; error?: { message: string } | null };
    if (t.status !== "succeeded") throw new Error(`Reindex batch failed: ${t.error?.message ?? t.status}`);
  }
  onProgress?.({ phase: "swap", done: 0, total: 1 });
  await waitForMeiliTask(client, client.swapIndexes([{ indexes: [live, next], rename: false }]), { timeout: 60_000 });
  await waitForMeiliTask(client, client.deleteIndex(next), { timeout: 60_000 });
  onProgress?.({ phase: "swap", done: 1, total: 1 });
  return { indexed };
}
