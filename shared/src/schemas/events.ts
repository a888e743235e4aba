import { z } from "zod";
import { issue, type IssueCode } from "./issues.js";
import { bilingual, csvList, objectId, pageOf, paging, url } from "./common.js";
import { orgKind } from "./orgs.js";

export const EVENT_KIND_IDS = ["conference", "linkage", "reception", "workshop", "webinar"] as const;
export const EVENT_STATUS_IDS = ["draft", "published", "registration_closed", "running", "finished", "cancelled"] as const;
export const REGISTRATION_STATUS_IDS = ["pending", "approved", "rejected", "cancelled"] as const;
export const MEETING_STATUS_IDS = ["requested", "proposed", "countered", "accepted", "declined", "cancelled", "held", "no_show"] as const;
export const MEETING_DECLINE_REASON_IDS = ["not_relevant", "no_time", "already_met", "other"] as const;
export const eventKind = z.enum(EVENT_KIND_IDS);
export const eventStatus = z.enum(EVENT_STATUS_IDS);

const instant = z.iso.datetime({ offset: true, error: "must be an ISO date-time with offset, e.g. 2026-12-10T09:00:00+08:00" });

/** An IANA time zone the runtime knows ("Asia/Shanghai"); anything else is refused by name. */
export const timeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, issue("unknown_time_zone"));

export const meetingWindow = z.object({ start: instant, end: instant }).strict();

const eventFields = {
  title: bilingual(200),
  description: bilingual(5000),
  kind: eventKind,
  venue: z.string().trim().max(300).optional(),
  onlineUrl: url.optional(),
  timeZone,
  startsAt: instant,
  endsAt: instant,
  /** One-to-one meeting windows (several per day possible); slots are cut from them. */
  windows: z.array(meetingWindow).max(60),
  slotMinutes: z.number().int().min(5).max(240),
  tables: z.number().int().min(0).max(2000),
  registrationOpensAt: instant.optional(),
  registrationClosesAt: instant,
  capacity: z.number().int().min(1).max(100_000),
  /** Who may request meetings of whom: every participant, or only pairs the matcher scores. */
  meetingPolicy: z.enum(["open", "matched"]),
  inviteOnly: z.boolean(),
};

type EventTimes = {
  startsAt?: string;
  endsAt?: string;
  windows?: { start: string; end: string }[];
  registrationOpensAt?: string;
  registrationClosesAt?: string;
};

/** Cross-field rules: end after start, windows inside the event and not overlapping, registration closes by the end. */
export function eventTimeIssues(e: EventTimes): { path: (string | number)[]; message: string; code: IssueCode }[] {
  const issues: { path: (string | number)[]; message: string; code: IssueCode }[] = [];
  const t = (s: string | undefined) => (s ? Date.parse(s) : undefined);
  const [start, end] = [t(e.startsAt), t(e.endsAt)];
  if (start !== undefined && end !== undefined && end <= start) issues.push({ path: ["endsAt"], code: "time_order", message: "must be after startsAt" });
  const windows = (e.windows ?? []).map((w, i) => ({ i, s: Date.parse(w.start), e: Date.parse(w.end) }));
  for (const w of windows) {
    if (w.e <= w.s) issues.push({ path: ["windows", w.i, "end"], code: "time_order", message: "must be after the window's start" });
    else if ((start !== undefined && w.s < start) || (end !== undefined && w.e > end))
      issues.push({ path: ["windows", w.i], code: "outside_event", message: "must lie inside the event (startsAt to endsAt)" });
  }
  const sorted = [...windows].sort((a, b) => a.s - b.s);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].s < sorted[k - 1].e) issues.push({ path: ["windows", sorted[k].i], code: "overlap", message: `overlaps window ${sorted[k - 1].i}` });
  }
  const [opens, closes] = [t(e.registrationOpensAt), t(e.registrationClosesAt)];
  if (opens !== undefined && closes !== undefined && closes <= opens) issues.push({ path: ["registrationClosesAt"], code: "time_order", message: "must be after registrationOpensAt" });
  if (closes !== undefined && end !== undefined && closes > end) issues.push({ path: ["registrationClosesAt"], code: "outside_event", message: "must be before the event ends" });
  return issues;
}

const withTimeRules = <T extends z.ZodType<EventTimes>>(schema: T) =>
  schema.superRefine((e, ctx) => {
    for (const issue of eventTimeIssues(e)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { issue: issue.code } });
  });

export const createEventBody = withTimeRules(
  z
    .object({
      ...eventFields,
      windows: eventFields.windows.default([]),
      slotMinutes: eventFields.slotMinutes.default(20),
      tables: eventFields.tables.default(0),
      meetingPolicy: eventFields.meetingPolicy.default("open"),
      inviteOnly: eventFields.inviteOnly.default(false),
    })
    .strict(),
);
/** Every field optional; the merged event is checked again by the service. */
export const updateEventBody = withTimeRules(z.object(eventFields).partial().strict());
export type CreateEventBody = z.infer<typeof createEventBody>;
export type UpdateEventBody = z.infer<typeof updateEventBody>;

export const eventStatusBody = z.object({ status: eventStatus, note: z.string().trim().max(1000).optional() }).strict();

export const eventSlot = z.object({ index: z.number().int(), start: z.string(), end: z.string() });
export const eventView = z.object({
  id: z.string(),
  title: z.object({ en: z.string(), local: z.string().optional() }),
  description: z.object({ en: z.string(), local: z.string().optional() }),
  kind: eventKind,
  status: eventStatus,
  venue: z.string().optional(),
  onlineUrl: z.string().optional(),
  timeZone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  windows: z.array(z.object({ start: z.string(), end: z.string() })),
  slotMinutes: z.number(),
  tables: z.number(),
  slots: z.array(eventSlot),
  registrationOpensAt: z.string().optional(),
  registrationClosesAt: z.string(),
  capacity: z.number(),
  meetingPolicy: z.enum(["open", "matched"]),
  inviteOnly: z.boolean(),
  registered: z.number(),
  createdAt: z.string(),
});
export type EventView = z.infer<typeof eventView>;
export const eventPage = pageOf(eventView);
export const listEventsQuery = paging.extend({ status: csvList(eventStatus).optional(), kind: eventKind.optional() });

export const eventIdParams = z.object({ eventId: objectId }).strict();
export const eventSubParams = z.object({ eventId: objectId, id: objectId }).strict();

export const person = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("must be a valid e-mail address")).optional(),
    title: z.string().trim().max(200).optional(),
  })
  .strict();

const slotList = z.array(z.number().int().min(0).max(10_000)).max(2000);
export const eventRegisterBody = z
  .object({
    orgId: objectId,
    people: z.array(person).min(1, "name at least one person").max(20),
    looksFor: z.string().trim().max(2000).default(""),
    offers: z.string().trim().max(2000).default(""),
    requestIds: z.array(objectId).max(20).default([]),
    offerIds: z.array(objectId).max(20).default([]),
    /** Slot indexes the organization can meet in; omitted = all. */
    availability: slotList.optional(),
    wantsMeetings: z.number().int().min(0).max(100).default(6),
    /** Time zone of the participant's calendar (default: the event's). */
    timeZone: timeZone.optional(),
  })
  .strict();
export type EventRegisterBody = z.infer<typeof eventRegisterBody>;
export const updateRegistrationBody = z
  .object({
    people: z.array(person).min(1).max(20).optional(),
    looksFor: z.string().trim().max(2000).optional(),
    offers: z.string().trim().max(2000).optional(),
    availability: slotList.optional(),
    wantsMeetings: z.number().int().min(0).max(100).optional(),
    timeZone: timeZone.optional(),
  })
  .strict();
export const registrationDecisionBody = z.object({ decision: z.enum(["approve", "reject"]), reason: z.string().trim().max(1000).optional() }).strict();

export const registrationView = z.object({
  id: z.string(),
  eventId: z.string(),
  orgId: z.string(),
  orgName: z.object({ en: z.string(), local: z.string().optional() }),
  status: z.enum(REGISTRATION_STATUS_IDS),
  people: z.array(z.object({ name: z.string(), email: z.string().optional(), title: z.string().optional() })),
  looksFor: z.string(),
  offers: z.string(),
  requestIds: z.array(z.string()),
  offerIds: z.array(z.string()),
  availability: z.array(z.number()),
  wantsMeetings: z.number(),
  timeZone: z.string().optional(),
  checkedInAt: z.string().optional(),
  /** Private calendar feed path (only to the organization itself). */
  calendarPath: z.string().optional(),
  createdAt: z.string(),
});
export type RegistrationView = z.infer<typeof registrationView>;

export const participantsQuery = z
  .object({
    orgId: objectId.optional(),
    kind: orgKind.optional(),
    country: z.string().trim().toUpperCase().length(2).optional(),
    region: z.string().trim().max(60).optional(),
    industry: z.string().trim().max(60).optional(),
    cooperation: z.string().trim().max(60).optional(),
  })
  .strict();
export const participantView = z.object({
  registrationId: z.string(),
  orgId: z.string(),
  name: z.object({ en: z.string(), local: z.string().optional() }),
  kind: orgKind,
  country: z.string(),
  region: z.string(),
  industries: z.array(z.string()),
  cooperationInterests: z.array(z.string()),
  looksFor: z.string(),
  offers: z.string(),
  /** Two-sided match score (0–100) with the viewer's organization, and its reasons. */
  score: z.number().optional(),
  reasons: z.array(z.object({ factor: z.string(), en: z.string(), zh: z.string() })).optional(),
  freeSlots: z.array(z.number()),
});
export const participantList = z.object({ items: z.array(participantView) });

export const meetingRequestBody = z
  .object({ fromOrgId: objectId, toOrgId: objectId, slot: z.number().int().min(0), message: z.string().trim().min(1).max(2000) })
  .strict()
  .refine((b) => b.fromOrgId !== b.toOrgId, issue("same_org", ["toOrgId"]));
export const meetingRespondBody = z
  .object({
    decision: z.enum(["accept", "decline", "propose"]),
    reason: z.enum(MEETING_DECLINE_REASON_IDS).optional(),
    note: z.string().trim().max(1000).optional(),
    slot: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((b) => b.decision !== "decline" || b.reason !== undefined, issue("required", ["reason"]))
  .refine((b) => b.decision !== "propose" || b.slot !== undefined, issue("required", ["slot"]));
export const meetingOutcomeBody = z
  .object({ outcome: z.enum(["held", "no_show"]), rating: z.number().int().min(1).max(5).optional(), note: z.string().trim().max(1000).optional() })
  .strict();
export const moveMeetingBody = z
  .object({ slot: z.number().int().min(0).optional(), table: z.number().int().min(1).optional(), locked: z.boolean().optional() })
  .strict();
export const scheduleBody = z
  .object({ minMeetings: z.number().int().min(0).max(50).default(2), maxPerParticipant: z.number().int().min(1).max(100).optional() })
  .strict();

export const meetingView = z.object({
  id: z.string(),
  eventId: z.string(),
  slot: z.number(),
  start: z.string(),
  end: z.string(),
  table: z.number().optional(),
  from: z.object({ orgId: z.string(), name: z.object({ en: z.string(), local: z.string().optional() }) }),
  to: z.object({ orgId: z.string(), name: z.object({ en: z.string(), local: z.string().optional() }) }),
  status: z.enum(MEETING_STATUS_IDS),
  origin: z.enum(["member", "scheduler"]),
  message: z.string().optional(),
  score: z.number().optional(),
  locked: z.boolean(),
  counterSlot: z.number().optional(),
  confirmedBy: z.array(z.string()),
  declineReason: z.string().optional(),
  ratings: z.array(z.object({ orgId: z.string(), rating: z.number() })),
  introductionId: z.string().optional(),
});
export type MeetingView = z.infer<typeof meetingView>;
export const meetingList = z.object({ items: z.array(meetingView) });
export const agendaQuery = z.object({ orgId: objectId }).strict();

export const scheduleReport = z.object({
  proposed: z.number(),
  kept: z.number(),
  totalScore: z.number(),
  minMeetings: z.number(),
  reachedShare: z.number(),
  gini: z.number(),
  baseline: z.object({ totalScore: z.number(), minMeetings: z.number(), reachedShare: z.number(), gini: z.number() }),
});

const countRow = z.object({ key: z.string(), registrations: z.number(), requested: z.number(), accepted: z.number(), held: z.number() });
export const eventStats = z.object({
  registrations: z.object({ total: z.number(), approved: z.number(), pending: z.number(), checkedIn: z.number() }),
  meetings: z.object({ requested: z.number(), accepted: z.number(), held: z.number(), noShow: z.number(), declined: z.number() }),
  noShowRate: z.number(),
  byCountry: z.array(countRow),
  byKind: z.array(countRow),
});
