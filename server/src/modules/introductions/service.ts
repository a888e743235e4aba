import mongoose from "mongoose";
import type { z } from "zod";
import { links } from "@parklink/shared";
import type { expressInterestBody, listIntroductionsQuery, proposeIntroductionBody, respondBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, validationFailed } from "../../http/errors.js";
import { authorize } from "../../policies/authorize.js";
import { introductionPolicy, sideOf, type IntroductionAction } from "../../policies/introductions.js";
import { orgPolicy } from "../../policies/orgs.js";
import { authorizeStaff } from "../../policies/staff.js";
import type { Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { loadOffer } from "../offers/service.js";
import { loadRequest } from "../requests/service.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { notifyAndMail } from "../mail/enqueue.js";
import { suggestionModel } from "../matching/model.js";
import { introductionModel, INTRODUCED_STATUSES, type Introduction, type IntroductionStatus } from "./model.js";
import { presentIntroduction } from "./presenter.js";

const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));
const DAY = 24 * 3600 * 1000;
/** Statuses in which a pair is already in contact: no second introduction may start. */
export const ACTIVE: IntroductionStatus[] = ["proposed", "accepted", "introduced", "meeting_held", "agreement"];

async function approvedOrg(deps: AppDeps, id: string | mongoose.Types.ObjectId, field: string): Promise<Org> {
  const org = await orgModel(deps.db).findById(id).lean<Org>();
  if (!org || org.status !== "approved") throw validationFailed([{ field, code: "not_approved", message: "must be an approved organization" }]);
  return org;
}

async function names(deps: AppDeps, intros: Introduction[]) {
  const ids = [...new Set(intros.flatMap((i) => i.orgIds.map(String)))].map(oid);
  const orgs = await orgModel(deps.db).find({ _id: { $in: ids } }, { name: 1 }).lean<Org[]>();
  return new Map(orgs.map((o) => [String(o._id), o.name]));
}

export async function present(deps: AppDeps, viewer: Viewer, intros: Introduction[]) {
  const map = await names(deps, intros);
  return intros.map((i) =>
    presentIntroduction(i, map, {
      staffNotes: introductionPolicy.can(viewer, "readStaffNotes", i),
      privateNotes: introductionPolicy.can(viewer, "readPrivateNotes", i),
      mySide: sideOf(viewer, i),
    }),
  );
}

async function assertNoActivePair(deps: AppDeps, a: mongoose.Types.ObjectId, b: mongoose.Types.ObjectId) {
  const existing = await introductionModel(deps.db).findOne({ orgIds: { $all: [a, b] }, status: { $in: ACTIVE } }, { _id: 1 }).lean();
  if (existing) throw conflict("These organizations already have an introduction under way", { introductionId: String(existing._id) });
}

/**
 * The organization behind the record interest is shown in, if the policies let the viewer
 * target it: a record it may not see (a draft, a withdrawn offer, an unapproved organization's)
 * answers 404 exactly as a missing id, so the answer never tells who owns it.
 */
async function targetOrg(deps: AppDeps, viewer: Viewer, target: { entity: "org" | "offer" | "request"; id: string }): Promise<Org> {
  if (target.entity === "offer") return (await loadOffer(deps, viewer, target.id, "target")).org;
  if (target.entity === "request") return (await loadRequest(deps, viewer, target.id, "target")).org;
  const org = await orgModel(deps.db).findById(target.id).lean<Org>();
  authorize(orgPolicy, viewer, "target", org);
  return org;
}

export async function expressInterest(deps: AppDeps, viewer: Viewer, body: z.infer<typeof expressInterestBody>) {
  const from = await orgModel(deps.db).findById(body.fromOrgId).lean<Org>();
  authorize(orgPolicy, viewer, "actFor", from);
  const to = await targetOrg(deps, viewer, body.target);
  if (String(from._id) === String(to._id)) throw validationFailed([{ field: "target.id", code: "same_org", message: "must belong to another organization" }]);
  if (body.requestId) {
    const { request } = await loadRequest(deps, viewer, body.requestId, "cite");
    if (![String(from._id), String(to._id)].includes(String(request.orgId))) {
      throw validationFailed([{ field: "requestId", message: "must be a request of one of the two organizations" }]);
    }
  }
  await assertNoActivePair(deps, from._id, to._id);
  const now = new Date();
  const [intro] = await introductionModel(deps.db).create([
    {
      orgIds: [from._id, to._id],
      from: { orgId: from._id, acceptedAt: now, acceptedBy: oid(viewer.auth!.userId) },
      to: { orgId: to._id },
      requestId: body.requestId ? oid(body.requestId) : undefined,
      target: { entity: body.target.entity, id: oid(body.target.id) },
      origin: "member",
      createdBy: oid(viewer.auth!.userId),
      message: body.message,
      status: "proposed",
      history: [{ status: "proposed", at: now, by: oid(viewer.auth!.userId) }],
      expiresAt: new Date(now.getTime() + deps.config.INTRODUCTION_EXPIRY_DAYS * DAY),
    },
  ]);
  await notifyAndMail(
    deps,
    await orgUserIds(deps, to._id),
    {
      type: "introduction_received",
      title: { en: `${from.name.en} would like to be introduced`, zh: `${from.name.local ?? from.name.en} 希望与您建立联系` },
      link: links.introduction(String(intro._id)),
      data: { introductionId: String(intro._id) },
    },
    "introduction_asked",
    { fromOrg: { en: from.name.en, zh: from.name.local ?? from.name.en }, introductionId: String(intro._id), ...(body.message ? { message: body.message } : {}) },
  );
  return intro.toObject() as Introduction;
}

export async function proposeIntroduction(deps: AppDeps, viewer: Viewer, body: z.infer<typeof proposeIntroductionBody>) {
  authorizeStaff(viewer, "proposeIntroduction");
  const from = await approvedOrg(deps, body.fromOrgId, "fromOrgId");
  const to = await approvedOrg(deps, body.toOrgId, "toOrgId");
  await assertNoActivePair(deps, from._id, to._id);
  const now = new Date();
  const by = oid(viewer.auth!.userId);
  const [intro] = await introductionModel(deps.db).create([
    {
      orgIds: [from._id, to._id],
      from: { orgId: from._id },
      to: { orgId: to._id },
      requestId: body.requestId ? oid(body.requestId) : undefined,
      origin: "broker",
      createdBy: by,
      message: body.message,
      status: "proposed",
      history: [{ status: "proposed", at: now, by }],
      expiresAt: new Date(now.getTime() + deps.config.INTRODUCTION_EXPIRY_DAYS * DAY),
    },
  ]);
  if (body.suggestionId) {
    await suggestionModel(deps.db).updateOne({ _id: oid(body.suggestionId) }, { $set: { status: "proposed", introductionId: intro._id } });
  }
  for (const [org, other] of [[from, to], [to, from]] as const) {
    await notifyUsers(deps, await orgUserIds(deps, org._id), {
      type: "introduction_proposed",
      title: { en: `CISIP proposes an introduction to ${other.name.en}`, zh: `CISIP 建议您与 ${other.name.local ?? other.name.en} 建立联系` },
      link: links.introduction(String(intro._id)),
      data: { introductionId: String(intro._id) },
    });
  }
  return intro.toObject() as Introduction;
}

/** An introduction, if the introduction policy lets the viewer do the action (404 to anyone but its sides and staff). */
export async function loadIntroduction(deps: AppDeps, viewer: Viewer, id: string, action: IntroductionAction = "read"): Promise<Introduction> {
  const intro = await introductionModel(deps.db).findById(id).lean<Introduction>();
  authorize(introductionPolicy, viewer, action, intro);
  return intro;
}

/** Double opt-in: each side accepts or declines; only when both accepted is the pair introduced. */
export async function respond(deps: AppDeps, viewer: Viewer, id: string, body: z.infer<typeof respondBody>) {
  const intro = await loadIntroduction(deps, viewer, id, "respond");
  const mine = sideOf(viewer, intro)!;
  if (!["proposed", "accepted"].includes(intro.status)) throw conflict(`This introduction is ${intro.status}`);
  const side = intro[mine];
  if (side.acceptedAt || side.declinedAt) throw conflict("Your organization has already answered");
  const now = new Date();
  const by = oid(viewer.auth!.userId);
  const other = intro[mine === "from" ? "to" : "from"];
  const set: Record<string, unknown> = { firstReplyAt: intro.firstReplyAt ?? now };
  let status: IntroductionStatus;
  if (body.decision === "decline") {
    status = "declined";
    Object.assign(set, { [`${mine}.declinedAt`]: now, [`${mine}.declineReason`]: body.reason, [`${mine}.declineNote`]: body.note });
  } else {
    Object.assign(set, { [`${mine}.acceptedAt`]: now, [`${mine}.acceptedBy`]: by });
    status = other.acceptedAt ? "introduced" : "accepted";
    if (status === "introduced") set.introducedAt = now;
  }
  set.status = status;
  // The condition guards against two people of the same side answering at once.
  const updated = await introductionModel(deps.db)
    .findOneAndUpdate(
      { _id: intro._id, status: intro.status, [`${mine}.acceptedAt`]: { $exists: false }, [`${mine}.declinedAt`]: { $exists: false } },
      { $set: set, $push: { history: { status, at: now, by, ...(body.note ? { note: body.note } : {}) } } },
      { new: true },
    )
    .lean<Introduction>();
  if (!updated) throw conflict("This introduction changed meanwhile; reload it");
  const type = status === "declined" ? "introduction_declined" : "introduction_accepted";
  const orgName = (await orgModel(deps.db).findById(side.orgId, { name: 1 }).lean<Org>())?.name;
  const notification = {
    type,
    title:
      status === "declined"
        ? { en: `${orgName?.en} declined the introduction`, zh: `${orgName?.local ?? orgName?.en} 婉拒了联系` }
        : status === "introduced"
          ? { en: `You are now introduced to ${orgName?.en}: contacts and chat are open`, zh: `您已与 ${orgName?.local ?? orgName?.en} 建立联系，可查看联系方式并聊天` }
          : { en: `${orgName?.en} accepted the introduction`, zh: `${orgName?.local ?? orgName?.en} 接受了联系` },
    link: links.introduction(String(intro._id)),
    data: { introductionId: String(intro._id), status },
  } as const;
  const recipients = await orgUserIds(deps, other.orgId);
  const otherOrg = { en: orgName?.en ?? "", zh: orgName?.local ?? orgName?.en ?? "" };
  const introductionId = String(intro._id);
  if (status === "declined") await notifyAndMail(deps, recipients, notification, "introduction_declined", { otherOrg, introductionId });
  else await notifyAndMail(deps, recipients, notification, "introduction_accepted", { otherOrg, introductionId, introduced: status === "introduced" });
  return updated;
}

export async function listIntroductions(deps: AppDeps, viewer: Viewer, query: z.infer<typeof listIntroductionsQuery>) {
  const filter: mongoose.FilterQuery<Introduction> = {};
  const own = [...viewer.memberships.keys()].map(oid);
  const scope = query.orgId ? [oid(query.orgId)] : own;
  if (query.orgId) authorize(orgPolicy, viewer, "readIntroductions", await orgModel(deps.db).findById(query.orgId, { status: 1 }).lean<Org>());
  if (!viewer.staff || query.orgId || query.direction !== "all") {
    if (query.direction === "incoming") filter["to.orgId"] = { $in: scope };
    else if (query.direction === "outgoing") filter["from.orgId"] = { $in: scope };
    else filter.orgIds = { $in: scope };
  }
  if (query.status) filter.status = { $in: query.status };
  if (query.requestId) filter.requestId = oid(query.requestId);
  const Intros = introductionModel(deps.db);
  const [items, total] = await Promise.all([
    Intros.find(filter).sort({ updatedAt: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<Introduction[]>(),
    Intros.countDocuments(filter),
  ]);
  return { items: await present(deps, viewer, items), page: query.page, pageSize: query.pageSize, total };
}

export const isIntroduced = (intro: Pick<Introduction, "status" | "introducedAt">) =>
  Boolean(intro.introducedAt) && INTRODUCED_STATUSES.includes(intro.status);

