import crypto from "node:crypto";
import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { COMMITTED } from "../../infra/model.js";
import { waitForMeiliTask } from "../../infra/meili-http.js";
import { outboxModel, type OutboxEntity, type OutboxEntry } from "../outbox/model.js";
import { orgModel, type Org } from "../orgs/model.js";
import { offerModel, type Offer } from "../offers/model.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import {
  DIRECTORY_INDEX,
  docId,
  offerDocument,
  offerIsListed,
  orgDocument,
  orgIsListed,
  requestDocument,
  requestIsListed,
  type DirectoryDocument,
} from "./documents.js";
import { ensureIndex } from "./reindex.js";
import { alertSavedSearches } from "./saved-searches.js";

export interface IndexerOptions {
  batchSize?: number;
  /** Longest wait between retries of a failing entry. */
  maxBackoffMs?: number;
  /** How long a node holds the entries it claimed before another may take them. */
  leaseMs?: number;
}

type Lean<T> = mongoose.FlattenMaps<T> & { _id: mongoose.Types.ObjectId };

/** Re-reads changed records by id and works out what the index must hold for them. */
async function documentsFor(deps: AppDeps, entries: Lean<OutboxEntry>[]) {
  const ids = (entity: OutboxEntity) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => String(e.entityId)))];
  const [orgIds, offerIds, requestIds] = [ids("org"), ids("offer"), ids("request")];
  const [orgs, offers, requests] = await Promise.all([
    orgModel(deps.db).find({ _id: { $in: orgIds } }).lean<Org[]>(),
    offerModel(deps.db).find({ _id: { $in: offerIds } }).lean<Offer[]>(),
    requestModel(deps.db).find({ _id: { $in: requestIds } }).lean<CooperationRequest[]>(),
  ]);
  const ownerIds = [...offers, ...requests].map((x) => x.orgId);
  const owners = await orgModel(deps.db).find({ _id: { $in: ownerIds } }).lean<Org[]>();
  const orgById = new Map([...orgs, ...owners].map((o) => [String(o._id), o]));

  const upserts: DirectoryDocument[] = [];
  const deletes = new Set<string>();
  const found = new Set<string>();
  for (const org of orgs) {
    found.add(docId("org", org._id));
    if (orgIsListed(org)) upserts.push(orgDocument(org));
    else deletes.add(docId("org", org._id));
  }
  for (const offer of offers) {
    found.add(docId("offer", offer._id));
    const org = orgById.get(String(offer.orgId)) ?? null;
    if (org && offerIsListed(offer, org)) upserts.push(offerDocument(offer, org));
    else deletes.add(docId("offer", offer._id));
  }
  for (const request of requests) {
    found.add(docId("request", request._id));
    const org = orgById.get(String(request.orgId)) ?? null;
    if (org && requestIsListed(request, org)) upserts.push(requestDocument(request, org));
    else deletes.add(docId("request", request._id));
  }
  for (const e of entries) {
    const id = docId(e.entity, e.entityId);
    if (!found.has(id)) deletes.add(id);
  }
  return { upserts, deletes: [...deletes] };
}

/**
 * Drains the outbox into Meilisearch. Entries are claimed with a lease (several app
 * nodes may run this), applied, and marked done only once Meilisearch has finished
 * the task; on failure they are retried with exponential backoff, so an outage of
 * search delays indexing but never loses an update.
 */
export class OutboxIndexer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;
  private readonly node = crypto.randomBytes(6).toString("hex");

  constructor(
    private readonly deps: AppDeps,
    private readonly options: IndexerOptions = {},
  ) {}

  /** Processes everything due now; returns how many entries were applied. */
  drain(): Promise<number> {
    this.running ??= this.drainAll().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs = 200): void {
    this.stopped = false;
    this.deps.db.on(COMMITTED, this.kick);
    const tick = async () => {
      try {
        await this.drain();
      } catch (err) {
        this.deps.logger.warn({ err }, "outbox indexer pass failed");
      }
      if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** A committed write: drain now rather than at the next tick (a pass under way picks it up after). */
  private readonly kick = () => {
    if (this.stopped) return;
    const pass = this.running;
    if (pass) void pass.finally(() => this.kick());
    else void this.drain().catch(() => undefined);
  };

  async stop(): Promise<void> {
    this.stopped = true;
    this.deps.db.off(COMMITTED, this.kick);
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.drainBatch();
      total += n;
      if (n === 0 || this.stopped) return total;
    }
  }

  private async drainBatch(): Promise<number> {
    const { deps } = this;
    const client = deps.search.client;
    if (!client) return 0;
    const Outbox = outboxModel(deps.db);
    const now = new Date();
    const batchSize = this.options.batchSize ?? 500;
    const leaseMs = this.options.leaseMs ?? 30_000;
    const candidates = await Outbox.find(
      { processedAt: { $exists: false }, nextAttemptAt: { $lte: now }, $or: [{ lockedUntil: { $exists: false } }, { lockedUntil: { $lte: now } }] },
      { _id: 1 },
    )
      .sort({ nextAttemptAt: 1 })
      .limit(batchSize)
      .lean();
    if (candidates.length === 0) return 0;
    const lease = `${this.node}:${crypto.randomBytes(4).toString("hex")}`;
    await Outbox.updateMany(
      { _id: { $in: candidates.map((c) => c._id) }, processedAt: { $exists: false }, $or: [{ lockedUntil: { $exists: false } }, { lockedUntil: { $lte: now } }] },
      { $set: { lockedBy: lease, lockedUntil: new Date(now.getTime() + leaseMs) } },
    );
    const entries = await Outbox.find({ lockedBy: lease }, null).lean<Lean<OutboxEntry>[]>();
    if (entries.length === 0) return 0;
    try {
      await ensureIndex(deps);
      const { upserts, deletes } = await documentsFor(deps, entries);
      const index = client.index<DirectoryDocument>(deps.search.indexName(DIRECTORY_INDEX));
      const tasks = [];
      if (upserts.length) tasks.push(waitForMeiliTask(index, index.addDocuments(upserts, { primaryKey: "id" }), { timeout: 60_000, interval: 25 }));
      if (deletes.length) tasks.push(waitForMeiliTask(index, index.deleteDocuments(deletes), { timeout: 60_000, interval: 25 }));
      for (const task of await Promise.all(tasks)) {
        if (task.status !== "succeeded") throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ""}`);
      }
      await Outbox.updateMany({ lockedBy: lease }, { $set: { processedAt: new Date() }, $unset: { lockedBy: 1, lockedUntil: 1 } });
      await alertSavedSearches(deps, entries, upserts).catch((err: unknown) => deps.logger.warn({ err }, "saved-search alerts failed"));
      return entries.length;
    } catch (err) {
      const maxBackoff = this.options.maxBackoffMs ?? 30_000;
      const message = err instanceof Error ? err.message : String(err);
      deps.logger.warn({ entries: entries.length, error: message }, "search indexing failed; will retry");
      await Promise.all(
        entries.map((e) =>
          Outbox.updateOne(
            { _id: e._id },
            {
              $inc: { attempts: 1 },
              $set: { lastError: message.slice(0, 500), nextAttemptAt: new Date(Date.now() + Math.min(maxBackoff, 250 * 2 ** e.attempts)) },
              $unset: { lockedBy: 1, lockedUntil: 1 },
            }
          ),
        ),
      );
      return 0;
    }
  }
}
