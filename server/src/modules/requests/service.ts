import mongoose from "mongoose";
import type { CreateRequestBody, ListRequestsQuery, RequestState, UpdateRequestBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, notFound, validationFailed } from "../../http/errors.js";
import { inTransaction } from "../../infra/model.js";
import { recordChange } from "../outbox/model.js";
import { authorize } from "../../policies/authorize.js";
import { orgPolicy } from "../../policies/orgs.js";
import { isStaffOrMemberOf } from "../../policies/actor.js";
import { requestPolicy, type RequestAction } from "../../policies/requests.js";
import type { Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel, type CooperationRequest } from "./model.js";
import { presentRequest } from "./presenter.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);

/** Moves a member may make; "expired" is set by the expiry sweep and left by renewing. */
const TRANSITIONS: Record<RequestState, RequestState[]> = {
  draft: ["open", "closed"],
  open: ["matched", "closed"],
  matched: ["open", "closed"],
  closed: [],
  expired: ["closed"],
};

/** A request with its organization, if the request policy lets the viewer do the action (404 when it may not see it). */
export async function loadRequest(deps: AppDeps, viewer: Viewer, id: string, action: RequestAction = "read") {
  const request = await requestModel(deps.db).findById(id).lean<CooperationRequest>();
  const org = request && (await orgModel(deps.db).findById(request.orgId).lean<Org>());
  const record = request && org ? { ...request, orgStatus: org.status } : null;
  authorize(requestPolicy, viewer, action, record);
  return { request: request!, org: org! };
}

async function save(
  deps: AppDeps,
  id: mongoose.Types.ObjectId,
  update: mongoose.UpdateQuery<CooperationRequest>,
  reason: string,
): Promise<CooperationRequest> {
  return inTransaction(deps.db, async (session) => {
    const updated = await requestModel(deps.db).findByIdAndUpdate(id, update, { new: true, session }).lean<CooperationRequest>();
    if (!updated) throw notFound("Cooperation request");
    await recordChange(deps.db, session, "request", id, reason);
    return updated;
  });
}

export async function getRequest(deps: AppDeps, viewer: Viewer, id: string) {
  const { request, org } = await loadRequest(deps, viewer, id);
  return presentRequest(request, org);
}

export async function createRequest(deps: AppDeps, viewer: Viewer, body: CreateRequestBody, seedKey?: string) {
  const org = await orgModel(deps.db).findById(body.orgId).lean<Org>();
  if (!org || !orgPolicy.visible(viewer, org)) throw validationFailed([{ field: "orgId", code: "no_such_record", message: "no such organization" }]);
  authorize(orgPolicy, viewer, "postRequest", org);
  const now = new Date();
  const request = await inTransaction(deps.db, async (session) => {
    const [created] = await requestModel(deps.db).create(
      [
        {
          ...body,
          orgId: org._id,
          seedKey,
          openedAt: body.state === "open" ? now : undefined,
          createdBy: viewer.auth ? oid(viewer.auth.userId) : undefined,
        },
      ],
      { session },
    );
    await recordChange(deps.db, session, "request", created._id, body.state === "open" ? "opened" : "created");
    return created.toObject() as CooperationRequest;
  });
  return presentRequest(request, org);
}

export async function updateRequest(deps: AppDeps, viewer: Viewer, id: string, body: UpdateRequestBody) {
  const { request, org } = await loadRequest(deps, viewer, id, "update");
  if (request.state === "closed") throw conflict("A closed request cannot be edited");
  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === null) unset[key] = 1;
    else set[key] = value;
  }
  // Renewing an expired request (a new expiry date) puts it back in the open.
  const renewed = request.state === "expired" && body.expiresAt !== undefined;
  if (renewed) set.state = "open";
  const update: mongoose.UpdateQuery<CooperationRequest> = { $set: set };
  if (Object.keys(unset).length) update.$unset = unset;
  const updated = await save(deps, request._id, update, renewed ? "opened" : "updated");
  return presentRequest(updated, org);
}

export async function transitionRequest(deps: AppDeps, viewer: Viewer, id: string, to: RequestState) {
  const { request, org } = await loadRequest(deps, viewer, id, "transition");
  if (!TRANSITIONS[request.state].includes(to)) {
    throw conflict(`This request is ${request.state} and cannot become ${to}`, { from: request.state, to });
  }
  if (to === "open" && request.expiresAt <= new Date()) {
    throw validationFailed([{ field: "expiresAt", code: "date_in_past", message: "has passed: renew the request with a new expiry date first" }]);
  }
  const set: Partial<CooperationRequest> = { state: to };
  if (to === "open" && !request.openedAt) set.openedAt = new Date();
  if (to === "closed") set.closedAt = new Date();
  // Every opening, a first one or after a match fell through, makes fresh suggestions due.
  const update = to === "open" ? { $set: set, $unset: { suggestionsAt: 1 as const } } : { $set: set };
  const updated = await save(deps, request._id, update, to === "open" ? "opened" : "state");
  return presentRequest(updated, org);
}

export async function deleteRequest(deps: AppDeps, viewer: Viewer, id: string) {
  const { request } = await loadRequest(deps, viewer, id, "delete");
  await inTransaction(deps.db, async (session) => {
    await requestModel(deps.db).deleteOne({ _id: request._id }, { session });
    await recordChange(deps.db, session, "request", request._id, "deleted");
  });
}

export async function listRequests(deps: AppDeps, viewer: Viewer, query: ListRequestsQuery) {
  const filter: mongoose.FilterQuery<CooperationRequest> = {};
  const mine = query.mine === "true";
  const ownOrgIds = [...viewer.memberships.keys()].map(oid);
  if (mine) filter.orgId = { $in: ownOrgIds };
  else if (query.orgId) filter.orgId = oid(query.orgId);
  const seesAll = viewer.staff || mine || (query.orgId !== undefined && isStaffOrMemberOf(viewer, query.orgId));
  if (!seesAll) {
    const approved = await orgModel(deps.db)
      .find({ status: "approved", ...(query.orgId ? { _id: oid(query.orgId) } : {}) }, { _id: 1 })
      .lean();
    filter.orgId = { $in: approved.map((o) => o._id) };
    filter.state = { $in: ["open", "matched"] };
    filter.expiresAt = { $gt: new Date() };
  }
  if (query.state) filter.state = seesAll ? { $in: query.state } : { $in: query.state.filter((s) => s === "open" || s === "matched") };
  if (query.type) filter.type = query.type;
  if (query.industry) filter.industries = query.industry;
  if (query.region) filter.targetRegions = query.region;
  const Requests = requestModel(deps.db);
  const [items, total] = await Promise.all([
    Requests.find(filter).sort({ updatedAt: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<CooperationRequest[]>(),
    Requests.countDocuments(filter),
  ]);
  const orgs = await orgModel(deps.db).find({ _id: { $in: items.map((r) => r.orgId) } }, { name: 1, kind: 1, country: 1 }).lean<Org[]>();
  const byId = new Map(orgs.map((o) => [String(o._id), o]));
  return { items: items.map((r) => presentRequest(r, byId.get(String(r.orgId)))), page: query.page, pageSize: query.pageSize, total };
}
