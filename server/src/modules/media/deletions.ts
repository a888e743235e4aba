import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { modelOn } from "../../infra/model.js";
import { fileStore, type FileStore } from "../../infra/storage/index.js";
import { mediaModel } from "./model.js";

/** Files to delete by key prefix: saved with the deletion of their owner, drained until storage has done it. */
interface FileDeletion {
  prefix: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  doneAt?: Date;
}

const schema = new mongoose.Schema<FileDeletion>(
  {
    prefix: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: () => new Date() },
    lastError: String,
    doneAt: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "file_deletions" },
);
schema.index({ doneAt: 1, nextAttemptAt: 1 });
schema.index({ doneAt: 1 }, { expireAfterSeconds: 7 * 24 * 3600, partialFilterExpression: { doneAt: { $type: "date" } } });
const deletionModel = (db: mongoose.Connection) => modelOn(db, "FileDeletion", schema);

/**
 * In the transaction that deletes an organization: its file records go with it, and the
 * deletion of its stored bytes is recorded, so that it happens even if storage is down now.
 */
export async function queueOrgFilesDeletion(deps: Pick<AppDeps, "db">, orgId: mongoose.Types.ObjectId, session: mongoose.ClientSession): Promise<void> {
  await mediaModel(deps.db).deleteMany({ orgId }, { session });
  await deletionModel(deps.db).create([{ prefix: `orgs/${String(orgId)}/` }], { session });
}

/** Deletes the queued prefixes from storage; a failure is retried later with backoff (up to an hour apart). */
export async function drainFileDeletions(deps: Pick<AppDeps, "db" | "config" | "logger">, store: FileStore = fileStore(deps), now = new Date()): Promise<number> {
  const Deletions = deletionModel(deps.db);
  let done = 0;
  for (const entry of await Deletions.find({ doneAt: { $exists: false }, nextAttemptAt: { $lte: now } }).limit(100).lean()) {
    try {
      await store.deletePrefix(entry.prefix);
      await Deletions.updateOne({ _id: entry._id }, { $set: { doneAt: new Date() } });
      done++;
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 300);
      deps.logger.warn({ prefix: entry.prefix, error: message }, "deleting files failed; will retry");
      const delay = Math.min(3_600_000, 5_000 * 2 ** entry.attempts);
      await Deletions.updateOne({ _id: entry._id }, { $inc: { attempts: 1 }, $set: { lastError: message, nextAttemptAt: new Date(now.getTime() + delay) } });
    }
  }
  return done;
}
