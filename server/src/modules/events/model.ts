import mongoose from "mongoose";
import { EVENT_KIND_IDS, EVENT_STATUS_IDS, MEETING_STATUS_IDS, REGISTRATION_STATUS_IDS, type Bilingual } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";

type Id = mongoose.Types.ObjectId;
const ObjectId = mongoose.Schema.Types.ObjectId;
const bilingual = { en: { type: String, default: "" }, local: String };

export interface EventDoc {
  _id: Id;
  title: Bilingual;
  description: Bilingual;
  kind: (typeof EVENT_KIND_IDS)[number];
  status: (typeof EVENT_STATUS_IDS)[number];
  venue?: string;
  onlineUrl?: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  windows: { start: Date; end: Date }[];
  slotMinutes: number;
  tables: number;
  registrationOpensAt?: Date;
  registrationClosesAt: Date;
  capacity: number;
  /** Places taken (pending and approved registrations), claimed atomically against the capacity. */
  seatsTaken: number;
  meetingPolicy: "open" | "matched";
  inviteOnly: boolean;
  history: { status: string; at: Date; by: Id; note?: string }[];
  createdBy: Id;
  createdAt: Date;
  updatedAt: Date;
}

const eventSchema = new mongoose.Schema<EventDoc>(
  {
    title: bilingual,
    description: bilingual,
    kind: { type: String, enum: EVENT_KIND_IDS, required: true },
    status: { type: String, enum: EVENT_STATUS_IDS, required: true },
    venue: String,
    onlineUrl: String,
    timeZone: { type: String, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    windows: { type: [{ _id: false, start: Date, end: Date }], default: [] },
    slotMinutes: { type: Number, required: true },
    tables: { type: Number, required: true },
    registrationOpensAt: Date,
    registrationClosesAt: { type: Date, required: true },
    capacity: { type: Number, required: true },
    seatsTaken: { type: Number, default: 0 },
    meetingPolicy: { type: String, enum: ["open", "matched"], required: true },
    inviteOnly: { type: Boolean, default: false },
    history: { type: [{ _id: false, status: String, at: Date, by: ObjectId, note: String }], default: [] },
    createdBy: ObjectId,
  },
  { timestamps: true, collection: "events" },
);
eventSchema.index({ status: 1, startsAt: 1 });

export interface Registration {
  _id: Id;
  eventId: Id;
  orgId: Id;
  status: (typeof REGISTRATION_STATUS_IDS)[number];
  people: { name: string; email?: string; title?: string }[];
  looksFor: string;
  offers: string;
  requestIds: Id[];
  offerIds: Id[];
  /** Slot indexes the organization can meet in. */
  availability: number[];
  wantsMeetings: number;
  timeZone?: string;
  checkedInAt?: Date;
  /** Secret of the private calendar feed URL. */
  calendarToken: string;
  registeredBy: Id;
  decidedBy?: Id;
  decisionReason?: string;
  createdAt: Date;
  updatedAt: Date;
}

const registrationSchema = new mongoose.Schema<Registration>(
  {
    eventId: { type: ObjectId, required: true },
    orgId: { type: ObjectId, required: true },
    status: { type: String, enum: REGISTRATION_STATUS_IDS, required: true },
    people: { type: [{ _id: false, name: String, email: String, title: String }], default: [] },
    looksFor: { type: String, default: "" },
    offers: { type: String, default: "" },
    requestIds: { type: [ObjectId], default: [] },
    offerIds: { type: [ObjectId], default: [] },
    availability: { type: [Number], default: [] },
    wantsMeetings: { type: Number, default: 6 },
    timeZone: String,
    checkedInAt: Date,
    calendarToken: { type: String, required: true },
    registeredBy: ObjectId,
    decidedBy: ObjectId,
    decisionReason: String,
  },
  { timestamps: true, collection: "eventRegistrations" },
);
registrationSchema.index({ eventId: 1, orgId: 1 }, { unique: true });
registrationSchema.index({ calendarToken: 1 }, { unique: true });

export type MeetingStatus = (typeof MEETING_STATUS_IDS)[number];
export interface Meeting {
  _id: Id;
  eventId: Id;
  slot: number;
  table?: number;
  fromOrgId: Id;
  toOrgId: Id;
  orgIds: Id[];
  status: MeetingStatus;
  origin: "member" | "scheduler";
  message?: string;
  score?: number;
  locked: boolean;
  /** Another slot proposed by the side that was asked. */
  counterSlot?: number;
  counterBy?: Id;
  /** Organizations that confirmed (both for a scheduler proposal). */
  confirmedBy: Id[];
  declineReason?: string;
  declineNote?: string;
  ratings: { orgId: Id; rating: number; note?: string }[];
  outcomeBy?: Id;
  remindedAt?: Date;
  introductionId?: Id;
  createdAt: Date;
  updatedAt: Date;
}

const meetingSchema = new mongoose.Schema<Meeting>(
  {
    eventId: { type: ObjectId, required: true },
    slot: { type: Number, required: true },
    table: Number,
    fromOrgId: { type: ObjectId, required: true },
    toOrgId: { type: ObjectId, required: true },
    orgIds: { type: [ObjectId], required: true },
    status: { type: String, enum: MEETING_STATUS_IDS, required: true },
    origin: { type: String, enum: ["member", "scheduler"], required: true },
    message: String,
    score: Number,
    locked: { type: Boolean, default: false },
    counterSlot: Number,
    counterBy: ObjectId,
    confirmedBy: { type: [ObjectId], default: [] },
    declineReason: String,
    declineNote: String,
    ratings: { type: [{ _id: false, orgId: ObjectId, rating: Number, note: String }], default: [] },
    outcomeBy: ObjectId,
    remindedAt: Date,
    introductionId: ObjectId,
  },
  { timestamps: true, collection: "eventMeetings" },
);
meetingSchema.index({ eventId: 1, orgIds: 1, slot: 1 });
meetingSchema.index({ eventId: 1, status: 1 });

/**
 * One held resource in one slot: an organization ("org:<id>") or a table ("table:<n>").
 * The unique index is what makes double booking impossible, whatever the concurrency.
 */
export interface SlotBooking {
  _id: Id;
  eventId: Id;
  slot: number;
  key: string;
  meetingId: Id;
}
const bookingSchema = new mongoose.Schema<SlotBooking>(
  {
    eventId: { type: ObjectId, required: true },
    slot: { type: Number, required: true },
    key: { type: String, required: true },
    meetingId: { type: ObjectId, required: true },
  },
  { collection: "eventSlotBookings" },
);
bookingSchema.index({ eventId: 1, slot: 1, key: 1 }, { unique: true });
bookingSchema.index({ meetingId: 1 });

export const eventModel = (db: mongoose.Connection) => modelOn(db, "Event", eventSchema);
export const registrationModel = (db: mongoose.Connection) => modelOn(db, "EventRegistration", registrationSchema);
export const meetingModel = (db: mongoose.Connection) => modelOn(db, "EventMeeting", meetingSchema);
export const slotBookingModel = (db: mongoose.Connection) => modelOn(db, "EventSlotBooking", bookingSchema);

/** Statuses in which a meeting holds its slot and table. */
export const HOLDING: MeetingStatus[] = ["requested", "proposed", "countered", "accepted", "held", "no_show"];
