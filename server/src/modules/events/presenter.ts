import type { Bilingual, EventView, MeetingView, RegistrationView } from "@parklink/shared";
import type { EventDoc, Meeting, Registration } from "./model.js";
import { slotsOf, type Slot } from "./slots.js";

const iso = (d: Date | undefined) => d?.toISOString();
export type Names = Map<string, Bilingual>;

export function presentEvent(e: EventDoc, registered: number): EventView {
  return {
    id: String(e._id),
    title: e.title,
    description: e.description,
    kind: e.kind,
    status: e.status,
    ...(e.venue ? { venue: e.venue } : {}),
    ...(e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
    timeZone: e.timeZone,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    windows: e.windows.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() })),
    slotMinutes: e.slotMinutes,
    tables: e.tables,
    slots: slotsOf(e.windows, e.slotMinutes).map((s) => ({ index: s.index, start: s.start.toISOString(), end: s.end.toISOString() })),
    ...(e.registrationOpensAt ? { registrationOpensAt: e.registrationOpensAt.toISOString() } : {}),
    registrationClosesAt: e.registrationClosesAt.toISOString(),
    capacity: e.capacity,
    meetingPolicy: e.meetingPolicy,
    inviteOnly: e.inviteOnly,
    registered,
    createdAt: e.createdAt.toISOString(),
  };
}

/** The calendar feed path is a secret: only the organization itself (and staff) see it. */
export function presentRegistration(r: Registration, names: Names, { own }: { own: boolean }): RegistrationView {
  return {
    id: String(r._id),
    eventId: String(r.eventId),
    orgId: String(r.orgId),
    orgName: names.get(String(r.orgId)) ?? { en: "" },
    status: r.status,
    people: r.people.map((p) => ({ name: p.name, ...(p.email ? { email: p.email } : {}), ...(p.title ? { title: p.title } : {}) })),
    looksFor: r.looksFor,
    offers: r.offers,
    requestIds: r.requestIds.map(String),
    offerIds: r.offerIds.map(String),
    availability: r.availability,
    wantsMeetings: r.wantsMeetings,
    ...(r.timeZone ? { timeZone: r.timeZone } : {}),
    ...(r.checkedInAt ? { checkedInAt: iso(r.checkedInAt) } : {}),
    ...(own ? { calendarPath: `/api/calendar/${r.calendarToken}.ics` } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentMeeting(m: Meeting, names: Names, slots: readonly Slot[]): MeetingView {
  const slot = slots[m.slot];
  return {
    id: String(m._id),
    eventId: String(m.eventId),
    slot: m.slot,
    start: slot?.start.toISOString() ?? "",
    end: slot?.end.toISOString() ?? "",
    ...(m.table ? { table: m.table } : {}),
    from: { orgId: String(m.fromOrgId), name: names.get(String(m.fromOrgId)) ?? { en: "" } },
    to: { orgId: String(m.toOrgId), name: names.get(String(m.toOrgId)) ?? { en: "" } },
    status: m.status,
    origin: m.origin,
    ...(m.message ? { message: m.message } : {}),
    ...(m.score !== undefined ? { score: m.score } : {}),
    locked: m.locked,
    ...(m.counterSlot !== undefined ? { counterSlot: m.counterSlot } : {}),
    confirmedBy: m.confirmedBy.map(String),
    ...(m.declineReason ? { declineReason: m.declineReason } : {}),
    ratings: m.ratings.map((r) => ({ orgId: String(r.orgId), rating: r.rating })),
    ...(m.introductionId ? { introductionId: String(m.introductionId) } : {}),
  };
}
