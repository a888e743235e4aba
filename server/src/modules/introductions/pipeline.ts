import mongoose from "mongoose";
import type { z } from "zod";
import { links } from "@parklink/shared";
import type { advanceBody, outcomeBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { introductionModel, type Introduction } from "./model.js";
import { loadIntroduction } from "./service.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);
const DAY = 24 * 3600 * 1000;
/** Follow-up prompts ask both sides for the outcome this many months after the introduction. */
export const FOLLOW_UP_MONTHS = [3, 6] as const;

const NEXT: Record<string, string[]> = {
  introduced: ["meeting_held", "agreement", "stalled"],
  meeting_held: ["agreement", "stalled"],
  stalled: ["meeting_held", "agreement"],
  accepted: ["stalled"],
  proposed: ["stalled"],
};

/** Staff move an introduction along the pipeline; every step is timestamped. */
export async function advance(deps: AppDeps, viewer: Viewer, id: string, body: z.infer<typeof advanceBody>) {
  const intro = await loadIntroduction(deps, viewer, id, "advance");
  if (!(NEXT[intro.status] ?? []).includes(body.status)) throw conflict(`This introduction is ${intro.status.replace(/_/g, " ")} and cannot become ${body.status.replace(/_/g, " ")}`, { from: intro.status, to: body.status });
  return introductionModel(deps.db)
    .findByIdAndUpdate(
      intro._id,
      { $set: { status: body.status }, $push: { history: { status: body.status, at: new Date(), by: oid(viewer.auth!.userId), ...(body.note ? { note: body.note } : {}) } } },
      { new: true },
    )
    .lean<Introduction>();
}

/**
 * A side reports that the two met (at an event, say): an introduced or stalled pair moves to
 * meeting held, as a broker would move it; any other state is left as it is.
 */
export async function reportMeetingHeld(deps: AppDeps, viewer: Viewer, id: string, note: string) {
  const intro = await loadIntroduction(deps, viewer, id, "recordOutcome");
  if (!["introduced", "stalled"].includes(intro.status)) return intro;
  return introductionModel(deps.db)
    .findByIdAndUpdate(
      intro._id,
      { $set: { status: "meeting_held" }, $push: { history: { status: "meeting_held", at: new Date(), by: oid(viewer.auth!.userId), note } } },
      { new: true },
    )
    .lean<Introduction>();
}

/** The typed outcome, recorded by staff or by either side (answering a follow-up). */
export async function recordOutcome(deps: AppDeps, viewer: Viewer, id: string, body: z.infer<typeof outcomeBody>) {
  const intro = await loadIntroduction(deps, viewer, id, "recordOutcome");
  if (!intro.introducedAt) throw conflict("Only introduced pairs have an outcome");
  const set: Record<string, unknown> = { outcome: { kind: body.kind, note: body.note, recordedAt: new Date(), recordedBy: oid(viewer.auth!.userId) } };
  const update: mongoose.UpdateQuery<Introduction> = { $set: set };
  if (body.kind !== "other" && intro.status !== "agreement") {
    set.status = "agreement";
    update.$push = { history: { status: "agreement", at: new Date(), by: oid(viewer.auth!.userId), note: body.kind } };
  }
  return introductionModel(deps.db).findByIdAndUpdate(intro._id, update, { new: true }).lean<Introduction>();
}

export async function addStaffNote(deps: AppDeps, viewer: Viewer, id: string, text: string) {
  const intro = await loadIntroduction(deps, viewer, id, "addStaffNote");
  return introductionModel(deps.db)
    .findByIdAndUpdate(intro._id, { $push: { staffNotes: { by: oid(viewer.auth!.userId), at: new Date(), text } } }, { new: true })
    .lean<Introduction>();
}

/** A broker joins the chat room of an introduction (the two sides see that they did). */
export async function joinAsStaff(deps: AppDeps, viewer: Viewer, id: string) {
  const intro = await loadIntroduction(deps, viewer, id, "joinAsStaff");
  return introductionModel(deps.db)
    .findByIdAndUpdate(intro._id, { $addToSet: { invitedStaff: oid(viewer.auth!.userId) } }, { new: true })
    .lean<Introduction>();
}

/** Expires unanswered introductions (they count against responsiveness) and sends 3- and 6-month follow-ups. */
export async function sweepIntroductions(deps: AppDeps, now = new Date()) {
  const Intros = introductionModel(deps.db);
  const due = await Intros.find({ status: { $in: ["proposed", "accepted"] }, expiresAt: { $lte: now } }, { _id: 1 }).lean();
  for (const { _id } of due) {
    await Intros.updateOne({ _id, status: { $in: ["proposed", "accepted"] } }, { $set: { status: "expired" }, $push: { history: { status: "expired", at: now, by: null } } });
  }
  let followUps = 0;
  for (const months of FOLLOW_UP_MONTHS) {
    const before = new Date(now.getTime() - months * 30 * DAY);
    const intros = await Intros.find({ introducedAt: { $lte: before }, followUpsSent: { $ne: months }, outcome: { $exists: false } }).lean<Introduction[]>();
    for (const intro of intros) {
      for (const orgId of intro.orgIds) {
        await notifyUsers(deps, await orgUserIds(deps, orgId), {
          type: "follow_up",
          title: { en: `${months} months since your introduction: how did it go?`, zh: `建立联系已 ${months} 个月：进展如何？` },
          link: links.introduction(String(intro._id)),
          data: { introductionId: String(intro._id), months },
          dedupeKey: `follow_up:${String(intro._id)}:${months}`,
        });
      }
      await Intros.updateOne({ _id: intro._id }, { $addToSet: { followUpsSent: months } });
      followUps++;
    }
  }
  return { expired: due.length, followUps };
}
