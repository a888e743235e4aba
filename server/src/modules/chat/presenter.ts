import mongoose from "mongoose";
import type { AckError, ChatErrorCode, ChatMessage, ChatReadReceipt, PushedNotification } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { toAppError } from "../../http/error-handler.js";
import type { Logger } from "../../infra/logger.js";
import type { Notification } from "../notifications/model.js";
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
    ...(doc.attachment ? { attachment: { ...doc.attachment, id: String(doc.attachment.id) } } : {}),
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

const ACK_CODES = new Set<ChatErrorCode>(["validation_failed", "unauthorized", "forbidden", "not_found", "rate_limited"]);

/** The error of a failed acknowledgement: the HTTP error's code and message, never internals. */
export function ackError(err: unknown, logger: Logger): AckError {
  const appError = toAppError(err);
  if (!appError || appError.status >= 500) {
    logger.error({ err }, "chat event failed");
    return { code: "internal", message: "Something went wrong on our side" };
  }
  const code = ACK_CODES.has(appError.code as ChatErrorCode) ? (appError.code as ChatErrorCode) : "validation_failed";
  return { code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) };
}

export function pushedView(n: Notification): PushedNotification {
  return {
    id: String(n._id),
    type: n.type,
    title: { en: n.title.en, zh: n.title.zh },
    ...(n.link ? { link: n.link } : {}),
    createdAt: (n.createdAt ?? new Date()).toISOString(),
  };
}
