import mongoose from "mongoose";
import type { ChatMessage, ChatReadReceipt } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import type { ChatMessageDoc, ChatReadDoc } from "./model.js";

export function messageView(doc: ChatMessageDoc, senderName: string): ChatMessage {
  return {
    id: String(doc._id),
    introductionId: String(doc.introductionId),
    seq: doc.seq,
    clientId: doc.clientId,
    senderId: String(doc.senderId),
    senderName,
    text: doc.text,
    sentAt: doc.sentAt.toISOString(),
  };
}

export function receiptView(doc: ChatReadDoc): ChatReadReceipt {
  return {
    introductionId: String(doc.introductionId),
    userId: String(doc.userId),
    upTo: String(doc.lastReadId),
    readAt: doc.lastReadAt.toISOString(),
  };
}

/** Messages with their senders' current names (one lookup for the page). */
export async function messageViews(deps: Pick<AppDeps, "db">, docs: ChatMessageDoc[]): Promise<ChatMessage[]> {
  const ids = [...new Set(docs.map((d) => String(d.senderId)))].map((id) => new mongoose.Types.ObjectId(id));
  const users = ids.length
    ? await deps.db.collection("users").find({ _id: { $in: ids } }, { projection: { name: 1 } }).toArray()
    : [];
  const names = new Map(users.map((u) => [String(u._id), String(u.name ?? "")]));
  return docs.map((d) => messageView(d, names.get(String(d.senderId)) ?? ""));
}
