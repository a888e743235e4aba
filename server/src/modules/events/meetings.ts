import { links } from "@parklink/shared";
import type mongoose from "mongoose";
import type { z } from "zod";
import type { meetingRequestBody, meetingRespondBody, moveMeetingBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError, conflict, forbidden, notFound, validationFailed } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { HOLDING, meetingModel, registrationModel, type EventDoc, type Meeting, type Registration } from "./model.js";
import { presentMeeting } from "./presenter.js";
import { slotsOf } from "./slots.js";
import { holdSlot, releaseSlot } from "./bookings.js";
import { orgNames } from "./registrations.js";
import { actingRegistration } from "./registrations.js";
import { pairScore } from "./directory.js";
import { loadEvent, oid } from "./service.js";

/** Meetings are booked while the event is published, registration closed, or running. */
const BOOKABLE: EventDoc["status"][] = ["published", "registration_closed", "running"];
/** Under the "matched pairs only" policy, the least two-sided score that allows a request. */
export const MATCHED_MIN_SCORE = 30;

export async function presentMeetings(deps: AppDeps, e: EventDoc, meetings: Meeting[]) {
  const names = await orgNames(deps, meetings.flatMap((m) => m.orgIds));
  const slots = slotsOf(e.windows, e.slotMinutes);
  return meetings.map((m) => presentMeeting(m, names, slots));
}

function assertSlot(e: EventDoc, slot: number, field = "slot") {
  const count = slotsOf(e.windows, e.slotMinutes).length;
  if (slot >= count) throw validationFailed([{ field, message: `slot ${slot} is outside the event (it has ${count} slots)` }]);
}

function assertBookable(e: EventDoc) {
  if (!BOOKABLE.includes(e.status)) throw conflict(`Meetings cannot be booked in a ${e.status} event`, { field: "status" });
}

async function tell(deps: AppDeps, orgId: mongoose.Types.ObjectId, e: EventDoc, en: string, zh: string, meetingId: mongoose.Types.ObjectId) {
  await notifyUsers(deps, await orgUserIds(deps, orgId), {
    type: "event_meeting",
    title: { en: `${e.title.en}: ${en}`, zh: `${e.title.local ?? e.title.en}：${zh}` },
    link: links.eventAgenda(String(e._id)),
    data: { eventId: String(e._id), meetingId: String(meetingId) },
  });
}

export async function requestMeeting(deps: AppDeps, viewer: Viewer, eventId: string, body: z.infer<typeof meetingRequestBody>) {
  const e = await loadEvent(deps, viewer, eventId);
  assertBookable(e);
  assertSlot(e, body.slot);
  const from = await actingRegistration(deps, viewer, e._id, body.fromOrgId, "fromOrgId");
  const to = await registrationModel(deps.db).findOne({ eventId: e._id, orgId: oid(body.toOrgId), status: "approved" }).lean<Registration>();
  if (!to) throw validationFailed([{ field: "toOrgId", message: "must be an approved participant of this event" }]);
  if (!from.availability.includes(body.slot)) throw validationFailed([{ field: "slot", message: "you are not available in this slot" }]);
  if (!to.availability.includes(body.slot)) throw new AppError(409, "slot_unavailable", "The other side is not available in this slot", { field: "slot" });
  if (e.meetingPolicy === "matched" && (await pairScore(deps, from, to)) < MATCHED_MIN_SCORE)
    throw forbidden("This event allows meetings between matched pairs only");
  const Meetings = meetingModel(deps.db);
  const pair = [from.orgId, to.orgId];
  if (await Meetings.exists({ eventId: e._id, orgIds: { $all: pair }, status: { $in: HOLDING } }))
    throw new AppError(409, "already_requested", "These two organizations already have a meeting at this event", { field: "toOrgId" });
  const [meeting] = await Meetings.create([
    { eventId: e._id, slot: body.slot, fromOrgId: from.orgId, toOrgId: to.orgId, orgIds: pair, status: "requested", origin: "member", message: body.message, confirmedBy: [from.orgId] },
  ]);
  try {
    const table = await holdSlot(deps, e, meeting._id, body.slot, pair);
    if (table) await Meetings.updateOne({ _id: meeting._id }, { $set: { table } });
  } catch (err) {
    await Meetings.deleteOne({ _id: meeting._id });
    throw err;
  }
  await tell(deps, to.orgId, e, "a meeting request", "新的会面请求", meeting._id);
  return Meetings.findById(meeting._id).lean<Meeting>();
}

export async function loadMeeting(deps: AppDeps, viewer: Viewer, eventId: string, id: string) {
  const m = await meetingModel(deps.db).findOne({ _id: oid(id), eventId: oid(eventId) }).lean<Meeting>();
  if (!m || (!viewer.staff && !m.orgIds.some((o) => viewer.memberships.has(String(o))))) throw notFound("Meeting");
  return m;
}

/** The side the viewer answers for: the one whose turn it is. */
function answeringSide(viewer: Viewer, m: Meeting): mongoose.Types.ObjectId {
  const mine = m.orgIds.filter((o) => viewer.memberships.has(String(o)));
  const turn =
    m.status === "requested" ? [m.toOrgId]
    : m.status === "countered" ? m.orgIds.filter((o) => String(o) !== String(m.counterBy))
    : m.status === "proposed" ? m.orgIds.filter((o) => !m.confirmedBy.some((c) => String(c) === String(o)))
    : [];
  const side = mine.find((o) => turn.some((t) => String(t) === String(o)));
  if (!side) throw conflict(m.status === "accepted" ? "This meeting is already accepted" : "It is not your turn to answer this meeting", { field: "decision" });
  return side;
}

export async function respondMeeting(deps: AppDeps, viewer: Viewer, eventId: string, id: string, body: z.infer<typeof meetingRespondBody>) {
  const e = await loadEvent(deps, viewer, eventId);
  const m = await loadMeeting(deps, viewer, eventId, id);
  const side = answeringSide(viewer, m);
  const other = m.orgIds.find((o) => String(o) !== String(side))!;
  const Meetings = meetingModel(deps.db);
  const guard = { _id: m._id, status: m.status, updatedAt: m.updatedAt };
  let set: Partial<Meeting>;
  if (body.decision === "decline") {
    set = { status: "declined", declineReason: body.reason, declineNote: body.note };
  } else if (body.decision === "accept") {
    const confirmed = [...m.confirmedBy.filter((c) => String(c) !== String(side)), side];
    set = { confirmedBy: confirmed, status: confirmed.length >= 2 ? "accepted" : m.status };
  } else {
    assertBookable(e);
    assertSlot(e, body.slot!);
    const regs = await registrationModel(deps.db).find({ eventId: e._id, orgId: { $in: m.orgIds } }).lean<Registration[]>();
    if (regs.some((r) => !r.availability.includes(body.slot!))) throw new AppError(409, "slot_unavailable", "One side is not available in that slot", { field: "slot" });
    await releaseSlot(deps, m._id);
    try {
      const table = await holdSlot(deps, e, m._id, body.slot!, m.orgIds);
      set = { status: "countered", counterSlot: m.slot, slot: body.slot!, table, counterBy: side, confirmedBy: [side] };
    } catch (err) {
      await holdSlot(deps, e, m._id, m.slot, m.orgIds, m.table).catch(() => undefined);
      throw err;
    }
  }
  const updated = await Meetings.findOneAndUpdate(guard, { $set: set }, { new: true }).lean<Meeting>();
  if (!updated) throw conflict("This meeting changed meanwhile; reload it");
  if (updated.status === "declined") await releaseSlot(deps, m._id);
  const words = { declined: ["declined your meeting", "婉拒了会面"], accepted: ["meeting accepted", "会面已确认"], countered: ["another slot is proposed", "对方提议了另一个时段"] } as const;
  const w = words[updated.status as keyof typeof words] ?? ["meeting confirmed by the other side", "对方已确认会面"];
  await tell(deps, other, e, w[0], w[1], m._id);
  return updated;
}

/** Either side (or staff) calls a meeting off before it is held: its slot and table are freed. */
export async function cancelMeeting(deps: AppDeps, viewer: Viewer, eventId: string, id: string) {
  const e = await loadEvent(deps, viewer, eventId);
  const m = await loadMeeting(deps, viewer, eventId, id);
  if (!["requested", "proposed", "countered", "accepted"].includes(m.status)) throw conflict(`A ${m.status} meeting cannot be cancelled`, { field: "status" });
  const updated = await meetingModel(deps.db).findOneAndUpdate({ _id: m._id, status: m.status }, { $set: { status: "cancelled" } }, { new: true }).lean<Meeting>();
  if (!updated) throw conflict("This meeting changed meanwhile; reload it");
  await releaseSlot(deps, m._id);
  for (const orgId of m.orgIds.filter((o) => !viewer.memberships.has(String(o)))) await tell(deps, orgId, e, "a meeting is cancelled", "会面已取消", m._id);
  return updated;
}

/** Staff move a meeting to another slot or table, or lock it so that re-planning keeps it. */
export async function moveMeeting(deps: AppDeps, viewer: Viewer, eventId: string, id: string, body: z.infer<typeof moveMeetingBody>) {
  const e = await loadEvent(deps, viewer, eventId);
  const m = await loadMeeting(deps, viewer, eventId, id);
  if (!HOLDING.includes(m.status)) throw conflict(`A ${m.status} meeting cannot be moved`, { field: "status" });
  const set: Partial<Meeting> = {};
  if (body.locked !== undefined) set.locked = body.locked;
  if (body.slot !== undefined || body.table !== undefined) {
    const slot = body.slot ?? m.slot;
    assertSlot(e, slot);
    if (body.table !== undefined && body.table > e.tables) throw validationFailed([{ field: "table", message: `the event has ${e.tables} tables` }]);
    await releaseSlot(deps, m._id);
    try {
      set.table = await holdSlot(deps, e, m._id, slot, m.orgIds, body.table);
      set.slot = slot;
    } catch (err) {
      await holdSlot(deps, e, m._id, m.slot, m.orgIds, m.table).catch(() => undefined);
      throw err;
    }
    for (const orgId of m.orgIds) await tell(deps, orgId, e, "a meeting moved", "会面时间已调整", m._id);
  }
  return meetingModel(deps.db).findByIdAndUpdate(m._id, { $set: set }, { new: true }).lean<Meeting>();
}

export async function agenda(deps: AppDeps, viewer: Viewer, eventId: string, orgId: string) {
  const e = await loadEvent(deps, viewer, eventId);
  if (!viewer.staff && !viewer.memberships.has(orgId)) throw forbidden("You can only see your own agenda");
  const meetings = await meetingModel(deps.db).find({ eventId: e._id, orgIds: oid(orgId), status: { $in: HOLDING } }).sort({ slot: 1 }).lean<Meeting[]>();
  return { e, meetings };
}
