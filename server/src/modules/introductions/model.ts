import mongoose from "mongoose";
import { DECLINE_REASON_IDS, INTRODUCTION_STATUS_IDS, OUTCOME_TYPE_IDS } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";

/**
 * The broker pipeline: suggested → proposed → accepted → introduced → meeting_held → agreement,
 * or declined / stalled / expired. A member's own "express interest" starts at proposed.
 */
export const INTRODUCTION_STATUSES = INTRODUCTION_STATUS_IDS;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];
export const DECLINE_REASONS = DECLINE_REASON_IDS;
export const OUTCOME_TYPES = OUTCOME_TYPE_IDS;

export interface Side {
  orgId: mongoose.Types.ObjectId;
  /** When this side accepted (double opt-in: both must). */
  acceptedAt?: Date;
  acceptedBy?: mongoose.Types.ObjectId;
  declinedAt?: Date;
  declineReason?: (typeof DECLINE_REASONS)[number];
  declineNote?: string;
}

export interface Introduction {
  _id: mongoose.Types.ObjectId;
  /** Both organizations, for "is X introduced to Y" lookups: [from, to]. */
  orgIds: [mongoose.Types.ObjectId, mongoose.Types.ObjectId];
  from: Side;
  to: Side;
  /** The request (and matched record) it came from, if any. */
  requestId?: mongoose.Types.ObjectId;
  target?: { entity: "org" | "offer" | "request"; id: mongoose.Types.ObjectId };
  /** Who started it: a member expressing interest, or a staff broker proposing it. */
  origin: "member" | "broker";
  createdBy?: mongoose.Types.ObjectId;
  message?: string;
  status: IntroductionStatus;
  /** When each status was reached. */
  history: { status: IntroductionStatus; at: Date; by?: mongoose.Types.ObjectId | null; note?: string }[];
  /** Set when both sides accepted: contacts are revealed and the chat opens. */
  introducedAt?: Date;
  firstReplyAt?: Date;
  expiresAt?: Date;
  staffNotes: { by: mongoose.Types.ObjectId; at: Date; text: string }[];
  outcome?: { kind: (typeof OUTCOME_TYPES)[number]; note?: string; recordedAt: Date; recordedBy: mongoose.Types.ObjectId };
  /** Staff users invited into the chat room. */
  invitedStaff: mongoose.Types.ObjectId[];
  followUpsSent: number[];
  createdAt: Date;
  updatedAt: Date;
}

const side = {
  orgId: { type: mongoose.Schema.Types.ObjectId, required: true },
  acceptedAt: Date,
  acceptedBy: mongoose.Schema.Types.ObjectId,
  declinedAt: Date,
  declineReason: { type: String, enum: DECLINE_REASONS },
  declineNote: String,
};

const schema = new mongoose.Schema<Introduction>(
  {
    orgIds: { type: [mongoose.Schema.Types.ObjectId], required: true },
    from: side,
    to: side,
    requestId: mongoose.Schema.Types.ObjectId,
    target: { entity: { type: String, enum: ["org", "offer", "request"] }, id: mongoose.Schema.Types.ObjectId },
    origin: { type: String, enum: ["member", "broker"], required: true },
    createdBy: mongoose.Schema.Types.ObjectId,
    message: String,
    status: { type: String, enum: INTRODUCTION_STATUSES, required: true },
    history: { type: [{ _id: false, status: String, at: Date, by: mongoose.Schema.Types.ObjectId, note: String }], default: [] },
    introducedAt: Date,
    firstReplyAt: Date,
    expiresAt: Date,
    staffNotes: { type: [{ _id: false, by: mongoose.Schema.Types.ObjectId, at: Date, text: String }], default: [] },
    outcome: {
      type: new mongoose.Schema(
        { kind: { type: String, enum: OUTCOME_TYPES }, note: String, recordedAt: Date, recordedBy: mongoose.Schema.Types.ObjectId },
        { _id: false },
      ),
      default: undefined,
    },
    invitedStaff: { type: [mongoose.Schema.Types.ObjectId], default: [] },
    followUpsSent: { type: [Number], default: [] },
  },
  { timestamps: true, collection: "introductions" },
);
schema.index({ orgIds: 1, status: 1 });
schema.index({ status: 1, updatedAt: -1 });
schema.index({ status: 1, expiresAt: 1 });
schema.index({ requestId: 1 });
schema.index({ "to.orgId": 1 });

export const introductionModel = (db: mongoose.Connection) => modelOn(db, "Introduction", schema);

/** Statuses at or after the moment both sides accepted: contacts visible, chat open. */
export const INTRODUCED_STATUSES: IntroductionStatus[] = ["introduced", "meeting_held", "agreement"];
