import mongoose from "mongoose";
import type { z } from "zod";
import { links } from "@parklink/shared";
import type { advanceBody, outcomeBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { orgUserIds } from "../notifications/service.js";
import { inTransaction } from "../../infra/model.js";
import { enqueueMailToUsers, notifyMailed } from "../mail/enqueue.js";
import { orgModel, type Org } from "../orgs/model.js";
import { introductionModel, type Introduction } from "./model.js";
import { loadIntroduction } from "./service.js";
import { announceMembershipJoin } from "../sessions/state.js";

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

/** A broker joins the chat room of an introduction (the two sides see that they did, and every node counts them in). */
export async function joinAsStaff(deps: AppDeps, viewer: Viewer, id: string) {
  const intro = await loadIntroduction(deps, viewer, id, "joinAsStaff");
  const joined = await introductionModel(deps.db)
    .findByIdAndUpdate(intro._id, { $addToSet: { invitedStaff: oid(viewer.auth!.userId) } }, { new: true })
    .lean<Introduction>();
  await announceMembershipJoin(deps, [viewer.auth!.userId]);
  return joined;
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
      if (await sendFollowUp(deps, intro, months)) followUps++;
    }
  }
  return { expired: due.length, followUps };
}

/**
 * Claims one follow-up of an introduction and queues its e-mails in the same transaction (one
 * node sends it, once), then notifies both sides in the app.
 */
async function sendFollowUp(deps: AppDeps, intro: Introduction, months: number): Promise<boolean> {
  const orgs = await orgModel(deps.db).find({ _id: { $in: intro.orgIds } }, { name: 1 }).lean<Pick<Org, "_id" | "name">[]>();
  const nameOf = (id: mongoose.Types.ObjectId) => {
    const name = orgs.find((o) => String(o._id) === String(id))?.name;
    return { en: name?.en ?? "", zh: name?.local ?? name?.en ?? "" };
  };
  const introductionId = String(intro._id);
  const sides = await Promise.all(intro.orgIds.map(async (orgId) => ({ orgId, users: await orgUserIds(deps, orgId) })));
  const mailed = await inTransaction(deps.db, async (session) => {
    const claim = await introductionModel(deps.db).updateOne({ _id: intro._id, followUpsSent: { $ne: months } }, { $addToSet: { followUpsSent: months } }, { session });
    if (claim.modifiedCount === 0) return null;
    const out: string[][] = [];
    for (const { orgId, users } of sides) {
      const other = intro.orgIds.find((id) => String(id) !== String(orgId)) ?? orgId;
      out.push(await enqueueMailToUsers(deps, users, "follow_up", () => ({ months, otherOrg: nameOf(other), introductionId }), { session }));
    }
    return out;
  });
  if (!mailed) return false;
  for (const [i, { users }] of sides.entries()) {
    await notifyMailed(deps, users, mailed[i], {
      type: "follow_up",
      title: { en: `${months} months since your introduction: how did it go?`, zh: `建立联系已 ${months} 个月：进展如何？` },
      link: links.introduction(introductionId),
      data: { introductionId, months },
      dedupeKey: `follow_up:${introductionId}:${months}`,
    });
  }
  return true;
}
