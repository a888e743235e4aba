import mongoose from "mongoose";
import { announceMembershipChange } from "../sessions/state.js";
import { countryRegion, type CreateOrgBody, type ListOrgsQuery, type UpdateOrgBody, links } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, notFound, validationFailed } from "../../http/errors.js";
import { drainFileDeletions, queueOrgFilesDeletion } from "../media/deletions.js";
import { inTransaction } from "../../infra/model.js";
import { recordChange } from "../outbox/model.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { authorize } from "../../policies/authorize.js";
import { orgPolicy, type OrgAction } from "../../policies/orgs.js";
import { authorizeStaff } from "../../policies/staff.js";
import { introducedOrgIds, type Viewer } from "./access.js";
import { withholdSuggestionsOf } from "../matching/withdrawal.js";
import { offerModel } from "../offers/model.js";
import { requestModel } from "../requests/model.js";
import { membershipModel, orgModel, type Org } from "./model.js";
import { presentOrg } from "./presenter.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function regionOf(country: string): string {
  const region = countryRegion(country);
  if (!region) throw validationFailed([{ field: "country", code: "invalid_option", message: "unknown country" }]);
  return region;
}

async function checkHomePark(deps: AppDeps, homeParkId: string | undefined): Promise<mongoose.Types.ObjectId | undefined> {
  if (!homeParkId) return undefined;
  const park = await orgModel(deps.db).findOne({ _id: oid(homeParkId), kind: "park", status: "approved" }, { _id: 1 }).lean();
  if (!park) throw validationFailed([{ field: "enterprise.homeParkId", code: "not_approved", message: "must be an approved park" }]);
  return park._id;
}

/** Fields of a create/update body as stored: region derived from the country, home park as an ObjectId. */
async function toStored(deps: AppDeps, body: Partial<CreateOrgBody> & { kind?: Org["kind"] }) {
  const stored: Record<string, unknown> = { ...body };
  if (body.country) stored.region = regionOf(body.country);
  if ("enterprise" in body && body.enterprise) {
    stored.enterprise = { ...body.enterprise, homeParkId: await checkHomePark(deps, body.enterprise.homeParkId) };
  }
  return stored;
}

export async function createOrg(
  deps: AppDeps,
  viewer: Viewer,
  body: CreateOrgBody,
  extra: { seedKey?: string; status?: Org["status"] } = {},
): Promise<Org> {
  const userId = viewer.auth ? oid(viewer.auth.userId) : undefined;
  const stored = await toStored(deps, body);
  return inTransaction(deps.db, async (session) => {
    const [org] = await orgModel(deps.db).create(
      [
        {
          ...stored,
          status: extra.status ?? "pending",
          seedKey: extra.seedKey,
          createdBy: userId,
          vetting: [{ decision: "submitted", by: userId ?? null, at: new Date() }],
        },
      ],
      { session },
    );
    if (userId) await membershipModel(deps.db).create([{ orgId: org._id, userId, role: "owner" }], { session });
    await recordChange(deps.db, session, "org", org._id, "created");
    return org.toObject() as Org;
  });
}

/** Loads an organization the viewer may see, or 404 (never revealing that a hidden one exists). */
export async function loadVisibleOrg(deps: AppDeps, viewer: Viewer, id: string, action: OrgAction = "read"): Promise<Org> {
  const org = await orgModel(deps.db).findById(id).lean<Org>();
  authorize(orgPolicy, viewer, action, org);
  return org;
}

export async function presentFor(deps: AppDeps, viewer: Viewer, orgs: Org[]) {
  const partners = viewer.staff ? undefined : await introducedOrgIds(deps, viewer);
  return orgs.map((org) => {
    const id = String(org._id);
    return presentOrg(org, {
      contacts: orgPolicy.can(viewer, "readContacts", { ...org, introduced: Boolean(partners?.has(id)) }),
      vetting: orgPolicy.can(viewer, "readVetting", org),
      myRole: viewer.memberships.get(id),
    });
  });
}

export async function listOrgs(deps: AppDeps, viewer: Viewer, query: ListOrgsQuery) {
  const filter: mongoose.FilterQuery<Org> = {};
  if (query.mine === "true") {
    filter._id = { $in: [...viewer.memberships.keys()].map(oid) };
  } else if (viewer.staff) {
    if (query.status) filter.status = query.status;
  } else {
    if (query.status && query.status !== "approved") authorizeStaff(viewer, "listByVettingStatus");
    filter.status = "approved";
  }
  if (query.kind) filter.kind = query.kind;
  if (query.country) filter.country = query.country;
  if (query.region) filter.region = query.region;
  if (query.industry) filter.industries = query.industry;
  if (query.cooperation) filter.cooperationInterests = query.cooperation;
  if (query.ids) filter._id = { ...(filter._id as object), $in: query.ids.map(oid) };
  if (query.q) {
    const re = new RegExp(escapeRegex(query.q), "i");
    filter.$or = [{ "name.en": re }, { "name.local": re }];
  }
  const Orgs = orgModel(deps.db);
  const [items, total] = await Promise.all([
    Orgs.find(filter)
      .sort({ "name.en": 1, _id: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<Org[]>(),
    Orgs.countDocuments(filter),
  ]);
  return { items: await presentFor(deps, viewer, items), page: query.page, pageSize: query.pageSize, total };
}

export async function updateOrg(deps: AppDeps, viewer: Viewer, id: string, body: UpdateOrgBody): Promise<Org> {
  const org = await loadVisibleOrg(deps, viewer, id, "update");
  for (const kind of ["park", "enterprise", "investor", "institution"] as const) {
    if (body[kind] && kind !== org.kind) {
      throw validationFailed([{ field: kind, code: "wrong_kind", message: `this organization is a ${org.kind}, not a ${kind}` }]);
    }
  }
  const { website, ...rest } = body;
  const set = await toStored(deps, rest as Partial<CreateOrgBody>);
  const update: mongoose.UpdateQuery<Org> = { $set: set };
  if (website === null) update.$unset = { website: 1 };
  else if (website) set.website = website;
  return inTransaction(deps.db, async (session) => {
    const updated = await orgModel(deps.db).findByIdAndUpdate(org._id, update, { new: true, session, runValidators: true }).lean<Org>();
    if (!updated) throw notFound("Organization");
    await recordChange(deps.db, session, "org", org._id, "updated");
    return updated;
  });
}

export async function deleteOrg(deps: AppDeps, viewer: Viewer, id: string): Promise<void> {
  const org = await loadVisibleOrg(deps, viewer, id, "delete");
  const members = await inTransaction(deps.db, async (session) => {
    const memberships = await membershipModel(deps.db).find({ orgId: org._id }, { userId: 1 }, { session }).lean();
    const offers = await deps.db.collection("offers").find({ orgId: org._id }, { projection: { _id: 1 }, session }).toArray();
    const requests = await deps.db.collection("requests").find({ orgId: org._id }, { projection: { _id: 1 }, session }).toArray();
    await orgModel(deps.db).deleteOne({ _id: org._id }, { session });
    await membershipModel(deps.db).deleteMany({ orgId: org._id }, { session });
    await deps.db.collection("offers").deleteMany({ orgId: org._id }, { session });
    await deps.db.collection("requests").deleteMany({ orgId: org._id }, { session });
    await recordChange(deps.db, session, "org", org._id, "deleted");
    await recordChange(deps.db, session, "offer", offers.map((o) => o._id as mongoose.Types.ObjectId), "deleted");
    await recordChange(deps.db, session, "request", requests.map((r) => r._id as mongoose.Types.ObjectId), "deleted");
    // Its files (logo, photos, brochures, files sent in chat) go with it, even if storage is down now.
    await queueOrgFilesDeletion(deps, org._id, session);
    return memberships.map((m) => m.userId);
  });
  // Its members' chats with other organizations end with it.
  await announceMembershipChange(deps, members);
  await drainFileDeletions(deps).catch((err: unknown) => deps.logger.warn({ err }, "file deletions will be retried"));
}

export async function vettingQueue(deps: AppDeps, page: number, pageSize: number) {
  const Orgs = orgModel(deps.db);
  const filter = { status: "pending" as const };
  const [items, total] = await Promise.all([
    Orgs.find(filter).sort({ createdAt: 1 }).skip((page - 1) * pageSize).limit(pageSize).lean<Org[]>(),
    Orgs.countDocuments(filter),
  ]);
  return { items, total };
}

/** Staff approve or reject; every decision is kept (who, when, why) and the members are told. */
export async function decideVetting(
  deps: AppDeps,
  viewer: Viewer,
  id: string,
  decision: { decision: "approve" | "reject"; reason?: string },
): Promise<Org> {
  authorizeStaff(viewer, "vet");
  const status = decision.decision === "approve" ? "approved" : "rejected";
  const updated = await inTransaction(deps.db, async (session) => {
    const org = await orgModel(deps.db).findById(id, null, { session }).lean<Org>();
    if (!org) throw notFound("Organization");
    if (org.status === status) throw conflict(`Organization is already ${status}`);
    const entry = { decision: decision.decision, by: oid(viewer.auth!.userId), at: new Date(), reason: decision.reason };
    const result = await orgModel(deps.db)
      .findByIdAndUpdate(org._id, { $set: { status }, $push: { vetting: entry } }, { new: true, session })
      .lean<Org>();
    // Every record of the organization follows its status, in search and suggestions alike.
    await recordChange(deps.db, session, "org", org._id, "status");
    const offers = await offerModel(deps.db).find({ orgId: org._id }, { _id: 1 }, { session }).lean();
    const requests = await requestModel(deps.db).find({ orgId: org._id }, { _id: 1 }, { session }).lean();
    await recordChange(deps.db, session, "offer", offers.map((o) => o._id), "org-status");
    await recordChange(deps.db, session, "request", requests.map((r) => r._id), "org-status");
    await withholdSuggestionsOf(deps, session, org._id, status === "approved");
    return result!;
  });
  await notifyUsers(deps, await orgUserIds(deps, updated._id), {
    type: "vetting_decision",
    title:
      status === "approved"
        ? { en: `${updated.name.en} is approved: welcome to the community`, zh: `${updated.name.local ?? updated.name.en} 已通过审核` }
        : { en: `${updated.name.en} was not approved`, zh: `${updated.name.local ?? updated.name.en} 未通过审核` },
    link: links.org(String(updated._id)),
    data: { orgId: String(updated._id), decision: decision.decision, reason: decision.reason },
  });
  return updated;
}

/** Member management: asks the organization policy (an owner or staff). */
export function assertOwnerOrStaff(viewer: Viewer, org: Pick<Org, "_id" | "status">): void {
  authorize(orgPolicy, viewer, "manageMembers", org);
}
