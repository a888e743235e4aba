import mongoose from "mongoose";
import type { z } from "zod";
import { eventTimeIssues, type CreateEventBody, type EventView, type UpdateEventBody, type listEventsQuery, links } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError, conflict, notFound, validationFailed } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { eventModel, meetingModel, registrationModel, slotBookingModel, type EventDoc } from "./model.js";
import { presentEvent } from "./presenter.js";

export const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));
type Status = EventDoc["status"];

/** The event's life: draft → published → registration closed → running → finished; cancelled from any open state. */
const NEXT: Record<Status, Status[]> = {
  draft: ["published", "cancelled"],
  published: ["registration_closed", "running", "cancelled"],
  registration_closed: ["published", "running", "cancelled"],
  running: ["finished", "cancelled"],
  finished: [],
  cancelled: [],
};
const EDITABLE: Status[] = ["draft", "published", "registration_closed"];
/** Statuses members see; drafts are staff-only. */
const VISIBLE: Status[] = ["published", "registration_closed", "running", "finished", "cancelled"];

const toDates = (b: Partial<CreateEventBody>) => ({
  ...b,
  ...(b.startsAt ? { startsAt: new Date(b.startsAt) } : {}),
  ...(b.endsAt ? { endsAt: new Date(b.endsAt) } : {}),
  ...(b.registrationOpensAt ? { registrationOpensAt: new Date(b.registrationOpensAt) } : {}),
  ...(b.registrationClosesAt ? { registrationClosesAt: new Date(b.registrationClosesAt) } : {}),
  ...(b.windows ? { windows: b.windows.map((w) => ({ start: new Date(w.start), end: new Date(w.end) })) } : {}),
});

async function registeredCounts(deps: AppDeps, ids: mongoose.Types.ObjectId[]): Promise<Map<string, number>> {
  const rows = await registrationModel(deps.db)
    .find({ eventId: { $in: ids }, status: { $in: ["pending", "approved"] } }, { eventId: 1 })
    .lean();
  const map = new Map<string, number>();
  for (const r of rows) map.set(String(r.eventId), (map.get(String(r.eventId)) ?? 0) + 1);
  return map;
}

export async function presentOne(deps: AppDeps, e: EventDoc): Promise<EventView> {
  return presentEvent(e, (await registeredCounts(deps, [e._id])).get(String(e._id)) ?? 0);
}

export async function createEvent(deps: AppDeps, viewer: Viewer, body: CreateEventBody) {
  const by = oid(viewer.auth!.userId);
  const [doc] = await eventModel(deps.db).create([{ ...toDates(body), status: "draft", createdBy: by, history: [{ status: "draft", at: new Date(), by }] }]);
  return doc.toObject() as EventDoc;
}

/** Loads an event the viewer may see: members never see drafts. */
export async function loadEvent(deps: AppDeps, viewer: Viewer, id: string): Promise<EventDoc> {
  const e = await eventModel(deps.db).findById(id).lean<EventDoc>();
  if (!e || (!viewer.staff && !VISIBLE.includes(e.status))) throw notFound("Event");
  return e;
}

export async function updateEvent(deps: AppDeps, viewer: Viewer, id: string, body: UpdateEventBody) {
  const e = await loadEvent(deps, viewer, id);
  if (!EDITABLE.includes(e.status)) throw conflict(`A ${e.status} event cannot be edited`, { field: "status" });
  const iso = (d?: Date) => d?.toISOString();
  const merged = {
    startsAt: body.startsAt ?? iso(e.startsAt),
    endsAt: body.endsAt ?? iso(e.endsAt),
    windows: body.windows ?? e.windows.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() })),
    registrationOpensAt: body.registrationOpensAt ?? iso(e.registrationOpensAt),
    registrationClosesAt: body.registrationClosesAt ?? iso(e.registrationClosesAt),
  };
  const issues = eventTimeIssues(merged);
  if (issues.length > 0) throw validationFailed(issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  if (body.windows || body.slotMinutes !== undefined || body.tables !== undefined) {
    const booked = await meetingModel(deps.db).exists({ eventId: e._id, status: { $nin: ["declined", "cancelled"] } });
    if (booked) throw new AppError(409, "slots_in_use", "Meetings are booked: windows, slot length and tables can no longer change", { field: body.windows ? "windows" : body.slotMinutes !== undefined ? "slotMinutes" : "tables" });
  }
  return eventModel(deps.db).findByIdAndUpdate(e._id, { $set: toDates(body) }, { new: true }).lean<EventDoc>();
}

export async function changeStatus(deps: AppDeps, viewer: Viewer, id: string, to: Status, note?: string) {
  const e = await loadEvent(deps, viewer, id);
  if (!NEXT[e.status].includes(to)) throw conflict(`A ${e.status} event cannot become ${to}`, { field: "status", from: e.status, to });
  const by = oid(viewer.auth!.userId);
  const updated = await eventModel(deps.db)
    .findOneAndUpdate({ _id: e._id, status: e.status }, { $set: { status: to }, $push: { history: { status: to, at: new Date(), by, ...(note ? { note } : {}) } } }, { new: true })
    .lean<EventDoc>();
  if (!updated) throw conflict("The event changed meanwhile; reload it");
  if (to === "cancelled") {
    // Every meeting still to come is called off with the event, and the slots are freed.
    await meetingModel(deps.db).updateMany({ eventId: e._id, status: { $in: ["requested", "proposed", "countered", "accepted"] } }, { $set: { status: "cancelled" } });
    await slotBookingModel(deps.db).deleteMany({ eventId: e._id });
    await notifyCancelled(deps, updated, note);
  }
  return updated;
}

async function notifyCancelled(deps: AppDeps, e: EventDoc, note?: string) {
  const regs = await registrationModel(deps.db).find({ eventId: e._id, status: { $in: ["pending", "approved"] } }, { orgId: 1 }).lean();
  for (const r of regs) {
    await notifyUsers(deps, await orgUserIds(deps, r.orgId), {
      type: "event_cancelled",
      title: { en: `${e.title.en} is cancelled${note ? `: ${note}` : ""}`, zh: `${e.title.local ?? e.title.en} 已取消${note ? `：${note}` : ""}` },
      link: links.event(String(e._id)),
      data: { eventId: String(e._id) },
      dedupeKey: `event_cancelled:${String(e._id)}`,
    });
  }
}

export async function listEvents(deps: AppDeps, viewer: Viewer, query: z.infer<typeof listEventsQuery>) {
  const statuses = (query.status ?? (viewer.staff ? undefined : VISIBLE))?.filter((s) => viewer.staff || VISIBLE.includes(s));
  const filter: mongoose.FilterQuery<EventDoc> = {};
  if (statuses) filter.status = { $in: statuses };
  if (query.kind) filter.kind = query.kind;
  const Events = eventModel(deps.db);
  const [items, total] = await Promise.all([
    Events.find(filter).sort({ startsAt: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<EventDoc[]>(),
    Events.countDocuments(filter),
  ]);
  const counts = await registeredCounts(deps, items.map((e) => e._id));
  return { items: items.map((e) => presentEvent(e, counts.get(String(e._id)) ?? 0)), page: query.page, pageSize: query.pageSize, total };
}
