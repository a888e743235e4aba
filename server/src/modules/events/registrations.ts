import { links } from "@parklink/shared";
import crypto from "node:crypto";
import type mongoose from "mongoose";
import type { z } from "zod";
import type { EventRegisterBody, registrationDecisionBody, updateRegistrationBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError, conflict, forbidden, notFound, validationFailed, type FieldIssue } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { isStaffOrMemberOf } from "../../policies/actor.js";
import { orgModel, type Org } from "../orgs/model.js";
import { offerModel } from "../offers/model.js";
import { requestModel } from "../requests/model.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { eventModel, registrationModel, type EventDoc, type Registration } from "./model.js";
import { presentRegistration, type Names } from "./presenter.js";
import { slotsOf } from "./slots.js";
import { loadEvent, oid } from "./service.js";

export async function orgNames(deps: AppDeps, ids: (string | mongoose.Types.ObjectId)[]): Promise<Names> {
  const orgs = await orgModel(deps.db).find({ _id: { $in: [...new Set(ids.map(String))].map(oid) } }, { name: 1 }).lean<Org[]>();
  return new Map(orgs.map((o) => [String(o._id), o.name]));
}

export async function presentRegistrations(deps: AppDeps, viewer: Viewer, regs: Registration[]) {
  const names = await orgNames(deps, regs.map((r) => r.orgId));
  return regs.map((r) => presentRegistration(r, names, { own: viewer.staff || viewer.memberships.has(String(r.orgId)) }));
}

function checkAvailability(e: EventDoc, availability: number[] | undefined): number[] {
  const count = slotsOf(e.windows, e.slotMinutes).length;
  if (availability === undefined) return [...Array(count).keys()];
  const issues: FieldIssue[] = availability.flatMap((s, i) => (s >= count ? [{ field: `availability.${i}`, code: "too_big" as const, message: `slot ${s} is outside the event (it has ${count} slots)` }] : []));
  if (issues.length) throw validationFailed(issues);
  return [...new Set(availability)].sort((a, b) => a - b);
}

/** Linked requests and offers must be the organization's own. */
async function checkLinks(deps: AppDeps, orgId: string, body: Pick<EventRegisterBody, "requestIds" | "offerIds">) {
  const issues: FieldIssue[] = [];
  const reqs = await requestModel(deps.db).find({ _id: { $in: body.requestIds.map(oid) }, orgId: oid(orgId) }, { _id: 1 }).lean();
  const own = new Set(reqs.map((r) => String(r._id)));
  body.requestIds.forEach((id, i) => own.has(id) || issues.push({ field: `requestIds.${i}`, code: "no_such_record", message: "must be a request of this organization" }));
  const offers = await offerModel(deps.db).find({ _id: { $in: body.offerIds.map(oid) }, orgId: oid(orgId) }, { _id: 1 }).lean();
  const ownOffers = new Set(offers.map((o) => String(o._id)));
  body.offerIds.forEach((id, i) => ownOffers.has(id) || issues.push({ field: `offerIds.${i}`, code: "no_such_record", message: "must be an offer of this organization" }));
  if (issues.length) throw validationFailed(issues);
}

/** Registration is open while the event is published and inside its registration window. */
function assertOpen(e: EventDoc, now = new Date()) {
  if (e.status !== "published" || now > e.registrationClosesAt)
    throw new AppError(409, "registration_closed", `Registration closed on ${e.registrationClosesAt.toISOString()}`, { issues: [{ field: "registrationClosesAt", message: "registration is closed" }] });
  if (e.registrationOpensAt && now < e.registrationOpensAt)
    throw new AppError(409, "registration_not_open", `Registration opens on ${e.registrationOpensAt.toISOString()}`, { issues: [{ field: "registrationOpensAt", message: "registration is not open yet" }] });
}

export async function register(deps: AppDeps, viewer: Viewer, eventId: string, body: EventRegisterBody) {
  if (!isStaffOrMemberOf(viewer, body.orgId)) throw forbidden("You can only register your own organizations");
  const e = await loadEvent(deps, viewer, eventId);
  assertOpen(e);
  const org = await orgModel(deps.db).findById(body.orgId, { status: 1 }).lean<Org>();
  if (!org || org.status !== "approved") throw validationFailed([{ field: "orgId", message: "must be an approved organization" }]);
  const availability = checkAvailability(e, body.availability);
  await checkLinks(deps, body.orgId, body);
  const Regs = registrationModel(deps.db);
  const Events = eventModel(deps.db);
  // A place is claimed atomically against the capacity before the registration is stored.
  const seat = await Events.updateOne({ _id: e._id, seatsTaken: { $lt: e.capacity } }, { $inc: { seatsTaken: 1 } });
  if (seat.modifiedCount === 0) throw new AppError(409, "event_full", "The event is full", { issues: [{ field: "capacity", message: `all ${e.capacity} places are taken` }] });
  try {
    const [created] = await Regs.create([
      {
        eventId: e._id,
        orgId: oid(body.orgId),
        status: e.inviteOnly ? "pending" : "approved",
        people: body.people,
        looksFor: body.looksFor,
        offers: body.offers,
        requestIds: body.requestIds.map(oid),
        offerIds: body.offerIds.map(oid),
        availability,
        wantsMeetings: body.wantsMeetings,
        timeZone: body.timeZone,
        calendarToken: crypto.randomBytes(24).toString("base64url"),
        registeredBy: oid(viewer.auth!.userId),
      },
    ]);
    return created.toObject() as Registration;
  } catch (err) {
    await Events.updateOne({ _id: e._id }, { $inc: { seatsTaken: -1 } });
    if ((err as { code?: number }).code === 11000) throw new AppError(409, "already_registered", "This organization is already registered", { field: "orgId" });
    throw err;
  }
}

export async function loadRegistration(deps: AppDeps, viewer: Viewer, eventId: string, id: string) {
  const reg = await registrationModel(deps.db).findOne({ _id: oid(id), eventId: oid(eventId) }).lean<Registration>();
  if (!reg || !isStaffOrMemberOf(viewer, reg.orgId)) throw notFound("Registration");
  return reg;
}

export async function updateRegistration(deps: AppDeps, viewer: Viewer, eventId: string, id: string, body: z.infer<typeof updateRegistrationBody>) {
  const reg = await loadRegistration(deps, viewer, eventId, id);
  const e = await loadEvent(deps, viewer, eventId);
  if (["finished", "cancelled"].includes(e.status)) throw conflict(`The event is ${e.status}`, { field: "status" });
  const set: Partial<Registration> = { ...body, ...(body.availability ? { availability: checkAvailability(e, body.availability) } : {}) } as Partial<Registration>;
  return registrationModel(deps.db).findByIdAndUpdate(reg._id, { $set: set }, { new: true }).lean<Registration>();
}

export async function decideRegistration(deps: AppDeps, viewer: Viewer, eventId: string, id: string, body: z.infer<typeof registrationDecisionBody>) {
  const reg = await loadRegistration(deps, viewer, eventId, id);
  const status = body.decision === "approve" ? "approved" : "rejected";
  const held = (st: string) => st === "pending" || st === "approved";
  const delta = Number(held(status)) - Number(held(reg.status));
  if (delta !== 0) await eventModel(deps.db).updateOne({ _id: reg.eventId }, { $inc: { seatsTaken: delta } });
  const updated = await registrationModel(deps.db)
    .findByIdAndUpdate(reg._id, { $set: { status, decidedBy: oid(viewer.auth!.userId), decisionReason: body.reason } }, { new: true })
    .lean<Registration>();
  const e = await loadEvent(deps, viewer, eventId);
  await notifyUsers(deps, await orgUserIds(deps, reg.orgId), {
    type: "event_meeting",
    title:
      status === "approved"
        ? { en: `Your registration for ${e.title.en} is approved`, zh: `您报名的 ${e.title.local ?? e.title.en} 已获批准` }
        : { en: `Your registration for ${e.title.en} was not approved`, zh: `您报名的 ${e.title.local ?? e.title.en} 未获批准` },
    link: links.event(String(eventId)),
    data: { eventId, registrationId: id, status },
  });
  return updated;
}

export async function checkIn(deps: AppDeps, viewer: Viewer, eventId: string, id: string) {
  const reg = await loadRegistration(deps, viewer, eventId, id);
  if (reg.status !== "approved") throw conflict(`A ${reg.status} registration cannot check in`, { field: "status" });
  return registrationModel(deps.db).findByIdAndUpdate(reg._id, { $set: { checkedInAt: reg.checkedInAt ?? new Date() } }, { new: true }).lean<Registration>();
}

export async function listRegistrations(deps: AppDeps, viewer: Viewer, eventId: string, mine: boolean) {
  const e = await loadEvent(deps, viewer, eventId);
  const filter: mongoose.FilterQuery<Registration> = { eventId: e._id };
  if (mine || !viewer.staff) filter.orgId = { $in: [...viewer.memberships.keys()].map(oid) };
  const regs = await registrationModel(deps.db).find(filter).sort({ createdAt: 1, _id: 1 }).lean<Registration[]>();
  return { items: await presentRegistrations(deps, viewer, regs) };
}

/** An approved registration of the organization the viewer acts for. */
export async function actingRegistration(deps: AppDeps, viewer: Viewer, eventId: mongoose.Types.ObjectId, orgId: string, field = "orgId") {
  if (!isStaffOrMemberOf(viewer, orgId)) throw forbidden("You can only act for your own organizations");
  const reg = await registrationModel(deps.db).findOne({ eventId, orgId: oid(orgId) }).lean<Registration>();
  if (!reg || reg.status !== "approved") throw validationFailed([{ field, message: "must be an approved participant of this event" }]);
  return reg;
}
