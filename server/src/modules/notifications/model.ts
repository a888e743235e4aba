import mongoose from "mongoose";
import { modelOn } from "../../infra/model.js";

export const NOTIFICATION_TYPES = [
  "vetting_decision",
  "request_expiring",
  "saved_search_hit",
  "introduction_received",
  "introduction_accepted",
  "introduction_declined",
  "introduction_proposed",
  "introduction_expired",
  "message",
  "follow_up",
  "event_cancelled",
  "event_meeting",
  "event_reminder",
  "org_invitation",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface Notification {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  type: NotificationType;
  /** A short line in both interface languages. */
  title: { en: string; zh: string };
  /** Where the client takes the user, e.g. "/requests/<id>". */
  link?: string;
  data: Record<string, unknown>;
  /** Makes a notification idempotent: the same event never notifies twice. */
  dedupeKey?: string;
  readAt?: Date;
  emailedAt?: Date;
  /** The digest that claimed this notification (one node, one e-mail). */
  digestId?: mongoose.Types.ObjectId;
  createdAt: Date;
}

const schema = new mongoose.Schema<Notification>(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    type: { type: String, required: true, enum: NOTIFICATION_TYPES },
    title: { en: { type: String, required: true }, zh: { type: String, required: true } },
    link: String,
    data: { type: mongoose.Schema.Types.Mixed, default: {} },
    dedupeKey: String,
    readAt: Date,
    emailedAt: Date,
    digestId: mongoose.Schema.Types.ObjectId,
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "notifications", minimize: false },
);
schema.index({ userId: 1, createdAt: -1 });
schema.index({ userId: 1, readAt: 1 });
schema.index({ digestId: 1 }, { partialFilterExpression: { digestId: { $type: "objectId" } } });
schema.index({ userId: 1, dedupeKey: 1 }, { unique: true, partialFilterExpression: { dedupeKey: { $type: "string" } } });

export const notificationModel = (db: mongoose.Connection) => modelOn(db, "Notification", schema);
