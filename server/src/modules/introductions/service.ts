import mongoose from "mongoose";
import type { z } from "zod";
import type { expressInterestBody, listIntroductionsQuery, proposeIntroductionBody, respondBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, forbidden, notFound, validationFailed } from "../../http/errors.js";
import { canEditOrg, type Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { offerModel } from "../offers/model.js";
import { requestModel } from "../requests/model.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { notifyAndMail } from "../mail/enqueue.js";
import { suggestionModel } from "../matching/model.js";
import { introductionModel, INTRODUCED_STATUSES, type Introduction, type IntroductionStatus } from "./model.js";
import { presentIntroduction } from "./presenter.js";

const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));
const DAY = 24 * 3600 * 1000;
/** Statuses in which a pair is already in contact: no second introduction may start. */
const ACTIVE: IntroductionStatus[] = ["proposed", "accepted", "introduced", "meeting_held", "agreement"];

async function approvedOrg(deps: AppDeps, id: string | mongoose.Types.ObjectId, field: string): Promise<Org> {
  const org = await orgModel(deps.db).findById(id).lean<Org>();
  if (!org || org.status !== "approved") throw validationFailed([{ field, message: "must be an approved organization" }]);
  return org;
}

async function names(deps: AppDeps, intros: Introduction[]) {
  const ids = [...new Set(intros.flatMap((i) => i.orgIds.map(String)))].map(oid);
  const orgs = await orgModel(deps.db).find({ _id: { $in: ids } }, { name: 1 }).lean<Org[]>();
  return new Map(orgs.map((o) => [String(o._id), o.name]));
}

export const sideOf = (viewer: Viewer, intro: Introduction): "from" | "to" | undefined =>
  viewer.memberships.has(String(intro.from.orgId)) ? "from" : viewer.memberships.has(String(intro.to.orgId)) ? "to" : undefined;

export async function present(deps: AppDeps, viewer: Viewer, intros: Introduction[]) {
  const map = await names(deps, intros);
  return intros.map((i) => presentIntroduction(i, map, { staff: viewer.staff, mySide: sideOf(viewer, i) }));
}

async function assertNoActivePair(deps: AppDeps, a: mongoose.Types.ObjectId, b: mongoose.Types.ObjectId) {
  const existing = await introductionModel(deps.db).findOne({ orgIds: { $all: [a, b] }, status: { $in: ACTIVE } }, { _id: 1 }).lean();
  if (existing) throw conflict("These organizations already have an introduction under way", { introductionId: String(existing._id) });
}

/** The organization behind a found record: an organization itself, or the owner of an offer or request. */
async function targetOrgId(deps: AppDeps, target: { entity: "org" | "offer" | "request"; id: string }): Promise<mongoose.Types.ObjectId> {
  if (target.entity === "org") return oid(target.id);
  const doc =
    target.entity === "offer"
      ? await offerModel(deps.db).findById(target.id, { orgId: 1 }).lean()
      : await requestModel(deps.db).findById(target.id, { orgId: 1 }).lean();
  if (!doc) throw validationFailed([{ field: "target.id", message: `no such ${target.entity}` }]);
  return doc.orgId;
}

export async function expressInterest(deps: AppDeps, viewer: Viewer, body: z.infer<typeof expressInterestBody>) {
  if (!viewer.memberships.has(body.fromOrgId)) throw forbidden("You can only act for your own organizations");
  const from = await approvedOrg(deps, body.fromOrgId, "fromOrgId");
  const to = await approvedOrg(deps, await targetOrgId(deps, body.target), "target.id");
  if (String(from._id) === String(to._id)) throw validationFailed([{ field: "target.id", message: "must belong to another organization" }]);
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
      link: `/introductions/${String(intro._id)}`,
      data: { introductionId: String(intro._id) },
    },
    "introduction_asked",
    { fromOrg: { en: from.name.en, zh: from.name.local ?? from.name.en }, introductionId: String(intro._id), ...(body.message ? { message: body.message } : {}) },
  );
  return intro.toObject() as Introduction;
}

export async function proposeIntroduction(deps: AppDeps, viewer: Viewer, body: z.infer<typeof proposeIntroductionBody>) {
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
      link: `/introductions/${String(intro._id)}`,
      data: { introductionId: String(intro._id) },
    });
  }
  return intro.toObject() as Introduction;
}

export async function loadIntroduction(deps: AppDeps, viewer: Viewer, id: string): Promise<Introduction> {
  const intro = await introductionModel(deps.db).findById(id).lean<Introduction>();
  if (!intro || (!viewer.staff && !sideOf(viewer, intro))) throw notFound("Introduction");
  return intro;
}

/** Double opt-in: each side accepts or declines; only when both accepted is the pair introduced. */
export async function respond(deps: AppDeps, viewer: Viewer, id: string, body: z.infer<typeof respondBody>) {
  const intro = await loadIntroduction(deps, viewer, id);
  const mine = sideOf(viewer, intro);
  if (!mine) throw forbidden("Only the two organizations answer an introduction");
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
    link: `/introductions/${String(intro._id)}`,
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
  if (query.orgId && !canEditOrg(viewer, query.orgId)) throw forbidden("Only that organization's members and staff see its introductions");
  if (!viewer.staff || query.orgId || query.direction !== "all") {
    if (query.direction === "incoming") filter["to.orgId"] = { $in: scope };
    else if (query.direction === "outgoing") filter["from.orgId"] = { $in: scope };
    else filter.orgIds = { $in: scope };
  }
  if (query.status) filter.status = { $in: query.status };
  const Intros = introductionModel(deps.db);
  const [items, total] = await Promise.all([
    Intros.find(filter).sort({ updatedAt: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<Introduction[]>(),
    Intros.countDocuments(filter),
  ]);
  return { items: await present(deps, viewer, items), page: query.page, pageSize: query.pageSize, total };
}

export const isIntroduced = (intro: Pick<Introduction, "status" | "introducedAt">) =>
  Boolean(intro.introducedAt) && INTRODUCED_STATUSES.includes(intro.status);

