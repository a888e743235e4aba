import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";
import { MAIL_KINDS, type MailKind, type MailLang } from "./kinds.js";

/**
 * One e-mail waiting to be sent (or sent). Saved beside the write that causes it; the
 * sender claims it with a lease, so two nodes never send it twice and a node that dies
 * mid-send hands it on once the lease expires.
 */
export interface OutgoingMail {
  _id: mongoose.Types.ObjectId;
  kind: MailKind;
  to: string;
  lang: MailLang;
  data: Record<string, unknown>;
  userId?: mongoose.Types.ObjectId;
  state: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil?: Date | null;
  leasedBy?: string | null;
  lastError?: string;
  sentAt?: Date;
  createdAt: Date;
}

const schema = new mongoose.Schema<OutgoingMail>(
  {
    kind: { type: String, required: true, enum: MAIL_KINDS },
    to: { type: String, required: true },
    lang: { type: String, required: true, enum: ["en", "zh"] },
    data: { type: mongoose.Schema.Types.Mixed, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId },
    state: { type: String, required: true, enum: ["pending", "sent", "failed"], default: "pending" },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true, default: () => new Date() },
    leaseUntil: { type: Date, default: null },
    leasedBy: { type: String, default: null },
    lastError: String,
    sentAt: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "mail_outbox", minimize: false },
);
schema.index({ state: 1, nextAttemptAt: 1 });
schema.index({ sentAt: 1 }, { expireAfterSeconds: 30 * 24 * 3600, partialFilterExpression: { sentAt: { $type: "date" } } });

export const mailOutboxModel = (db: mongoose.Connection) => modelOn(db, "OutgoingMail", schema);
