import mongoose from "mongoose";
import type { MultiSearchQuery } from "meilisearch";
import { links, type SavedSearchAlerts, type SearchFilters } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { notFound } from "../../http/errors.js";
import { modelOn } from "../../infra/model.js";
import { notifyUsers } from "../notifications/service.js";
import type { OutboxEntry } from "../outbox/model.js";
import { DIRECTORY_INDEX, docId, type DirectoryDocument } from "./documents.js";
import { filterExpressions } from "./service.js";
import { inList } from "./filters.js";

export interface SavedSearch {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  name: string;
  q: string;
  filters: SearchFilters;
  alerts: SavedSearchAlerts;
  createdAt: Date;
}

const schema = new mongoose.Schema<SavedSearch>(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    q: { type: String, default: "" },
    filters: { type: mongoose.Schema.Types.Mixed, default: {} },
    alerts: { type: String, enum: ["instant", "daily", "off"], default: "instant" },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "saved_searches", minimize: false },
);
export const savedSearchModel = (db: mongoose.Connection) => modelOn(db, "SavedSearch", schema);

export const presentSavedSearch = (s: SavedSearch) => ({
  id: String(s._id),
  name: s.name,
  q: s.q,
  filters: s.filters,
  alerts: s.alerts ?? "instant",
  createdAt: s.createdAt.toISOString(),
});

export async function createSavedSearch(deps: AppDeps, userId: string, body: { name: string; q: string; filters: SearchFilters; alerts: SavedSearchAlerts }) {
  const [saved] = await savedSearchModel(deps.db).create([{ ...body, userId: new mongoose.Types.ObjectId(userId) }]);
  return presentSavedSearch(saved.toObject() as SavedSearch);
}

export async function listSavedSearches(deps: AppDeps, userId: string) {
  const rows = await savedSearchModel(deps.db).find({ userId: new mongoose.Types.ObjectId(userId) }).sort({ createdAt: -1 }).lean<SavedSearch[]>();
  return rows.map(presentSavedSearch);
}

export async function updateSavedSearch(deps: AppDeps, userId: string, id: string, body: { name?: string; alerts?: SavedSearchAlerts }) {
  const updated = await savedSearchModel(deps.db)
    .findOneAndUpdate({ _id: new mongoose.Types.ObjectId(id), userId: new mongoose.Types.ObjectId(userId) }, { $set: body }, { new: true })
    .lean<SavedSearch>();
  if (!updated) throw notFound("Saved search");
  return presentSavedSearch(updated);
}

export async function deleteSavedSearch(deps: AppDeps, userId: string, id: string) {
  const result = await savedSearchModel(deps.db).deleteOne({ _id: new mongoose.Types.ObjectId(id), userId: new mongoose.Types.ObjectId(userId) });
  if (result.deletedCount === 0) throw notFound("Saved search");
}

const NEW_REASONS = new Set(["created", "opened"]);
const BATCH = 50;

/**
 * After new offers or requests reach the index, asks Meilisearch which saved searches
 * they match (one query per saved search, limited to the new records) and notifies
 * each owner once per record.
 */
export async function alertSavedSearches(deps: AppDeps, entries: Pick<OutboxEntry, "entity" | "entityId" | "reason">[], indexed: DirectoryDocument[]) {
  const client = deps.search.client;
  if (!client) return 0;
  const listed = new Set(indexed.map((d) => d.id));
  const fresh = entries
    .filter((e) => (e.entity === "offer" || e.entity === "request") && NEW_REASONS.has(e.reason))
    .map((e) => docId(e.entity, e.entityId))
    .filter((id) => listed.has(id));
  if (fresh.length === 0) return 0;
  const docs = new Map(indexed.map((d) => [d.id, d]));
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  let notified = 0;
  const cursor = savedSearchModel(deps.db)
    .find({ alerts: { $ne: "off" } })
    .lean<SavedSearch[]>()
    .cursor({ batchSize: BATCH });
  let batch: SavedSearch[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const queries: MultiSearchQuery[] = batch.map((s) => ({
      indexUid: uid,
      q: s.q,
      filter: [...filterExpressions(s.filters), inList("id", fresh)],
      limit: fresh.length,
      attributesToRetrieve: ["id"],
    }));
    const { results } = await client.multiSearch({ queries });
    for (const [i, result] of results.entries()) {
      const saved = batch[i];
      for (const hit of result.hits) {
        const doc = docs.get(String(hit.id));
        if (!doc) continue;
        // Daily alerts: the first new result of a day notifies once; later ones wait for the search page.
        const daily = saved.alerts === "daily";
        notified += await notifyUsers(deps, [saved.userId], {
          type: "saved_search_hit",
          title: daily
            ? { en: `New results for "${saved.name}" today`, zh: `“${saved.name}”今天有新结果` }
            : { en: `New for "${saved.name}": ${doc.title_en}`, zh: `“${saved.name}”有新结果：${doc.title_local ?? doc.title_en}` },
          link: links.search(saved.q, saved.filters),
          data: { savedSearchId: String(saved._id), entity: doc.entity, entityId: doc.entityId },
          dedupeKey: daily
            ? `saved_search_daily:${String(saved._id)}:${new Date().toISOString().slice(0, 10)}`
            : `saved_search_hit:${String(saved._id)}:${doc.id}`,
        });
      }
    }
    batch = [];
  };
  for await (const saved of cursor) {
    batch.push(saved);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return notified;
}
