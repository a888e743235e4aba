import type { z } from "zod";
import type { meetingOutcomeBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, forbidden } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { introductionModel, type Introduction } from "../introductions/model.js";
import { expressInterest } from "../introductions/service.js";
import { reportMeetingHeld } from "../introductions/pipeline.js";
import { meetingModel, type Meeting } from "./model.js";
import { loadMeeting } from "./meetings.js";
import { loadEvent, oid } from "./service.js";

const mySide = (viewer: Viewer, m: Meeting) => m.orgIds.find((o) => viewer.memberships.has(String(o)));

/** Either side marks the meeting held or no-show and rates it (one rating per side, the last kept). */
export async function recordOutcome(deps: AppDeps, viewer: Viewer, eventId: string, id: string, body: z.infer<typeof meetingOutcomeBody>) {
  const e = await loadEvent(deps, viewer, eventId);
  const m = await loadMeeting(deps, viewer, eventId, id);
  const side = mySide(viewer, m);
  if (!side && !viewer.staff) throw forbidden();
  if (!["accepted", "held", "no_show"].includes(m.status)) throw conflict(`A ${m.status} meeting has no outcome`, { field: "outcome" });
  if (!["running", "finished"].includes(e.status)) throw conflict("Outcomes are recorded once the event runs", { field: "outcome" });
  const ratings = m.ratings.filter((r) => String(r.orgId) !== String(side));
  if (side && body.rating !== undefined) ratings.push({ orgId: side, rating: body.rating, ...(body.note ? { note: body.note } : {}) });
  return meetingModel(deps.db)
    .findByIdAndUpdate(m._id, { $set: { status: body.outcome, ratings, outcomeBy: oid(viewer.auth!.userId) } }, { new: true })
    .lean<Meeting>();
}

/**
 * "Follow up" after a held meeting: advances the pair's introduction to meeting held when
 * they are already introduced, or expresses interest (the other side accepts or declines),
 * so event meetings flow into the broker pipeline and its outcomes.
 */
export async function followUp(deps: AppDeps, viewer: Viewer, eventId: string, id: string) {
  const e = await loadEvent(deps, viewer, eventId);
  const m = await loadMeeting(deps, viewer, eventId, id);
  const side = mySide(viewer, m);
  if (!side) throw forbidden("Only the two organizations follow up a meeting");
  if (m.status !== "held") throw conflict("Only a held meeting is followed up", { field: "status" });
  const other = m.orgIds.find((o) => String(o) !== String(side))!;
  const existing = await introductionModel(deps.db)
    .findOne({ orgIds: { $all: [side, other] }, status: { $in: ["proposed", "accepted", "introduced", "meeting_held", "agreement", "stalled"] } })
    .lean<Introduction>();
  let introId = existing?._id;
  if (existing && ["introduced", "stalled"].includes(existing.status)) {
    await reportMeetingHeld(deps, viewer, String(existing._id), `Met at ${e.title.en}`);
  } else if (!existing) {
    const intro = await expressInterest(deps, viewer, {
      fromOrgId: String(side),
      target: { entity: "org", id: String(other) },
      message: `Following up our meeting at ${e.title.en}.`,
    });
    introId = intro._id;
  }
  return meetingModel(deps.db).findByIdAndUpdate(m._id, { $set: { introductionId: introId } }, { new: true }).lean<Meeting>();
}
