import { links } from "@parklink/shared";
import type { z } from "zod";
import type { scheduleBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { weightsOf } from "../matching/service.js";
import { HOLDING, meetingModel, registrationModel, type EventDoc, type Meeting, type Registration } from "./model.js";
import { loadFacts } from "./directory.js";
import { PairScorer } from "./match.js";
import { greedyPlan, planMeetings, type PlanInput, type PlanPair } from "./scheduler.js";
import { slotsOf } from "./slots.js";
import { holdSlot, releaseSlot } from "./bookings.js";
import { MATCHED_MIN_SCORE } from "./meetings.js";
import { loadEvent, oid } from "./service.js";

const PLANNABLE: EventDoc["status"][] = ["published", "registration_closed", "running"];

/** Unlocked proposals of an earlier run nobody has confirmed yet are withdrawn; everything else that holds a slot stays fixed. */
async function withdrawProposals(deps: AppDeps, e: EventDoc) {
  const Meetings = meetingModel(deps.db);
  const old = await Meetings.find({ eventId: e._id, origin: "scheduler", status: "proposed", locked: false, "confirmedBy.0": { $exists: false } }, { _id: 1 }).lean();
  for (const m of old) await releaseSlot(deps, m._id);
  await Meetings.deleteMany({ _id: { $in: old.map((m) => m._id) } });
}

/**
 * Staff run the scheduler: it plans meetings for the whole event from two-sided match scores
 * and mutual requests, around locked, accepted and member-requested meetings, then proposes
 * them to both sides. The greedy baseline's figures on the same input come back beside it.
 */
export async function runSchedule(deps: AppDeps, viewer: Viewer, eventId: string, body: z.infer<typeof scheduleBody>) {
  const e = await loadEvent(deps, viewer, eventId);
  if (!PLANNABLE.includes(e.status)) throw conflict(`A ${e.status} event cannot be planned`, { field: "status" });
  await withdrawProposals(deps, e);
  const regs = await registrationModel(deps.db).find({ eventId: e._id, status: "approved" }).lean<Registration[]>();
  const meetings = await meetingModel(deps.db).find({ eventId: e._id }).lean<Meeting[]>();
  const holding = meetings.filter((m) => HOLDING.includes(m.status));
  const declined = new Set(meetings.filter((m) => m.status === "declined").map((m) => m.orgIds.map(String).sort().join("|")));
  const facts = await loadFacts(deps, regs);
  const scorer = new PairScorer(weightsOf(deps));
  const pairs: PlanPair[] = [];
  for (let i = 0; i < regs.length; i++) {
    for (let j = i + 1; j < regs.length; j++) {
      const [a, b] = [String(regs[i].orgId), String(regs[j].orgId)];
      const [fa, fb] = [facts.get(a), facts.get(b)];
      if (!fa || !fb || declined.has([a, b].sort().join("|"))) continue;
      const p = scorer.pair(fa, fb);
      if (e.meetingPolicy === "matched" && p.score < MATCHED_MIN_SCORE) continue;
      pairs.push({ a, b, score: p.score, mutual: p.mutual });
    }
  }
  const slots = slotsOf(e.windows, e.slotMinutes).length;
  const input: PlanInput = {
    participants: regs.map((r) => ({ id: String(r.orgId), available: r.availability, wants: Math.min(r.wantsMeetings, body.maxPerParticipant ?? Infinity) })),
    pairs,
    slots,
    tables: e.tables > 0 ? e.tables : Math.max(1, Math.ceil(regs.length / 2)),
    minMeetings: body.minMeetings,
    fixed: holding.map((m) => ({ a: String(m.orgIds[0]), b: String(m.orgIds[1]), slot: m.slot, table: m.table ?? 0 })),
  };
  const plan = planMeetings(input);
  const baseline = greedyPlan(input);
  const proposed = await propose(deps, e, plan.meetings);
  return {
    proposed,
    kept: holding.length,
    totalScore: plan.stats.totalScore,
    minMeetings: plan.stats.minMeetings,
    reachedShare: plan.stats.reachedShare,
    gini: plan.stats.gini,
    baseline: { totalScore: baseline.stats.totalScore, minMeetings: baseline.stats.minMeetings, reachedShare: baseline.stats.reachedShare, gini: baseline.stats.gini },
  };
}

async function propose(deps: AppDeps, e: EventDoc, planned: ReturnType<typeof planMeetings>["meetings"]) {
  const Meetings = meetingModel(deps.db);
  const toldOrgs = new Map<string, number>();
  let created = 0;
  for (const p of planned) {
    const orgIds = [oid(p.a), oid(p.b)];
    const [m] = await Meetings.create([
      { eventId: e._id, slot: p.slot, fromOrgId: orgIds[0], toOrgId: orgIds[1], orgIds, status: "proposed", origin: "scheduler", score: p.score, confirmedBy: [] },
    ]);
    try {
      const table = await holdSlot(deps, e, m._id, p.slot, orgIds, e.tables > 0 ? p.table : undefined);
      if (table) await Meetings.updateOne({ _id: m._id }, { $set: { table } });
      created++;
      for (const id of [p.a, p.b]) toldOrgs.set(id, (toldOrgs.get(id) ?? 0) + 1);
    } catch {
      // Someone booked the slot since the plan was read: this proposal is dropped.
      await Meetings.deleteOne({ _id: m._id });
    }
  }
  for (const [orgId, count] of toldOrgs) {
    await notifyUsers(deps, await orgUserIds(deps, orgId), {
      type: "event_meeting",
      title: { en: `${e.title.en}: ${count} meetings proposed for you, please confirm`, zh: `${e.title.local ?? e.title.en}：为您安排了 ${count} 场会面，请确认` },
      link: links.eventAgenda(String(e._id)),
      data: { eventId: String(e._id), proposed: count },
    });
  }
  return created;
}
