import DataLoader from "dataloader";
import type mongoose from "mongoose";
import { chatInsertGroup } from "../../infra/metrics.js";
import { chatMessageModel, type ChatMessageDoc } from "./model.js";

/** What a refused insert reports, as MongoDB's driver does for one document: code, index and key. */
export interface InsertError extends Error {
  code?: number;
  keyPattern?: Record<string, unknown>;
  keyValue?: Record<string, unknown>;
}

/** One document's entry in an unordered insert's writeErrors (MongoDB names the index and key of a duplicate). */
interface RawWriteError {
  index: number;
  code: number;
  errmsg?: string;
  keyPattern?: Record<string, unknown>;
  keyValue?: Record<string, unknown>;
}

const MAX_BATCH = 500;
const writers = new WeakMap<mongoose.Connection, DataLoader<ChatMessageDoc, true>>();

/**
 * Stores chat messages in groups: the messages handed over while the event loop works through
 * one turn go to MongoDB as one unordered insert, flushed when the turn ends. A lone message
 * is a plain insertOne; a burst (replies that arrive together, a node catching up) shares one
 * command, one acknowledgement and one journal write. Each message still settles on its own:
 * a refused one rejects with its own error (code, keyPattern, keyValue), the rest are stored.
 * Groups do not wait for each other, so one slow insert holds back only its own group.
 */
export function insertChatMessage(db: mongoose.Connection, doc: ChatMessageDoc): Promise<true> {
  let writer = writers.get(db);
  if (!writer) {
    writer = new DataLoader<ChatMessageDoc, true>((docs) => insertGroup(db, docs), {
      cache: false,
      maxBatchSize: MAX_BATCH,
      batchScheduleFn: (flush) => setImmediate(flush),
    });
    writers.set(db, writer);
  }
  return writer.load(doc);
}

async function insertGroup(db: mongoose.Connection, docs: readonly ChatMessageDoc[]): Promise<(true | InsertError)[]> {
  chatInsertGroup.observe(docs.length);
  const collection = chatMessageModel(db).collection;
  if (docs.length === 1) {
    try {
      await collection.insertOne(docs[0]);
      return [true];
    } catch (err) {
      return [err as InsertError];
    }
  }
  try {
    await collection.insertMany([...docs], { ordered: false });
    return docs.map(() => true);
  } catch (err) {
    const writeErrors = (err as { writeErrors?: { err?: RawWriteError }[] }).writeErrors;
    // Not a per-document refusal (the server or the connection failed): every message fails alike.
    if (!Array.isArray(writeErrors) || writeErrors.length === 0) return docs.map(() => err as InsertError);
    const refused = new Map<number, InsertError>();
    for (const w of writeErrors) {
      const raw = w.err;
      if (!raw) continue;
      refused.set(raw.index, Object.assign(new Error(raw.errmsg ?? "write error"), { code: raw.code, keyPattern: raw.keyPattern, keyValue: raw.keyValue }));
    }
    return docs.map((_, i) => refused.get(i) ?? true);
  }
}
