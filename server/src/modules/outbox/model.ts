import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";

export type OutboxEntity = "org" | "offer" | "request";

export interface OutboxEntry {
  entity: OutboxEntity;
  entityId: mongoose.Types.ObjectId;
  /** Why it changed, for logs and saved-search alerts ("created", "updated", "deleted", "status"). */
  reason: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  processedAt?: Date;
  /** The indexer pass holding this entry, until lockedUntil. */
  lockedBy?: string;
  lockedUntil?: Date;
  createdAt: Date;
}

const schema = new mongoose.Schema<OutboxEntry>(
  {
    entity: { type: String, required: true, enum: ["org", "offer", "request"] },
    entityId: { type: mongoose.Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: () => new Date() },
    lastError: String,
    processedAt: Date,
    lockedBy: String,
    lockedUntil: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "outbox" },
);
schema.index({ processedAt: 1, nextAttemptAt: 1 });
schema.index({ lockedBy: 1 }, { partialFilterExpression: { lockedBy: { $type: "string" } } });
schema.index({ processedAt: 1 }, { expireAfterSeconds: 7 * 24 * 3600, partialFilterExpression: { processedAt: { $type: "date" } } });

export const outboxModel = (db: mongoose.Connection) => modelOn(db, "OutboxEntry", schema);

/**
 * Records "index this" beside the write, in the same transaction: the write and its
 * outbox entry are saved together or not at all, so search can never miss an update.
 */
export async function recordChange(
  db: mongoose.Connection,
  session: mongoose.ClientSession,
  entity: OutboxEntity,
  ids: mongoose.Types.ObjectId | mongoose.Types.ObjectId[],
  reason: string,
): Promise<void> {
  const list = Array.isArray(ids) ? ids : [ids];
  if (list.length === 0) return;
  await outboxModel(db).insertMany(
    list.map((entityId) => ({ entity, entityId, reason })),
    { session },
  );
}
