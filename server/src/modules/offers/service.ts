import mongoose from "mongoose";
import { z } from "zod";
import { listOffersQuery, type CreateOfferBody, type UpdateOfferBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { validationFailed } from "../../http/errors.js";
import { inTransaction } from "../../infra/model.js";
import { recordChange } from "../outbox/model.js";
import { isStaffOrMemberOf } from "../../policies/actor.js";
import { authorize } from "../../policies/authorize.js";
import { offerPolicy, type OfferAction } from "../../policies/offers.js";
import { orgPolicy } from "../../policies/orgs.js";
import type { Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { offerModel, type Offer } from "./model.js";
import { presentOffer } from "./presenter.js";

const oid = (id: string) => new mongoose.Types.ObjectId(id);

/** An offer with its organization, if the offer policy lets the viewer do the action (404 when it may not see it). */
export async function loadOffer(deps: AppDeps, viewer: Viewer, id: string, action: OfferAction = "read"): Promise<{ offer: Offer; org: Org }> {
  const offer = await offerModel(deps.db).findById(id).lean<Offer>();
  const org = offer && (await orgModel(deps.db).findById(offer.orgId).lean<Org>());
  const record = offer && org ? { ...offer, orgStatus: org.status } : null;
  authorize(offerPolicy, viewer, action, record);
  return { offer: offer!, org: org! };
}

export async function getOffer(deps: AppDeps, viewer: Viewer, id: string) {
  const { offer, org } = await loadOffer(deps, viewer, id);
  return presentOffer(offer, org.name);
}

export async function createOffer(deps: AppDeps, viewer: Viewer, body: CreateOfferBody, seedKey?: string) {
  const org = await orgModel(deps.db).findById(body.orgId).lean<Org>();
  if (!org || !orgPolicy.visible(viewer, org)) throw validationFailed([{ field: "orgId", code: "no_such_record", message: "no such organization" }]);
  authorize(orgPolicy, viewer, "postOffer", org);
  const offer = await inTransaction(deps.db, async (session) => {
    const [created] = await offerModel(deps.db).create(
      [{ ...body, orgId: org._id, seedKey, createdBy: viewer.auth ? oid(viewer.auth.userId) : undefined }],
      { session },
    );
    await recordChange(deps.db, session, "offer", created._id, "created");
    return created.toObject() as Offer;
  });
  return presentOffer(offer, org.name);
}

export async function updateOffer(deps: AppDeps, viewer: Viewer, id: string, body: UpdateOfferBody) {
  const { offer, org } = await loadOffer(deps, viewer, id, "update");
  const updated = await inTransaction(deps.db, async (session) => {
    const result = await offerModel(deps.db).findByIdAndUpdate(offer._id, { $set: body }, { new: true, session }).lean<Offer>();
    await recordChange(deps.db, session, "offer", offer._id, "updated");
    return result!;
  });
  return presentOffer(updated, org.name);
}

export async function deleteOffer(deps: AppDeps, viewer: Viewer, id: string) {
  const { offer } = await loadOffer(deps, viewer, id, "delete");
  await inTransaction(deps.db, async (session) => {
    await offerModel(deps.db).deleteOne({ _id: offer._id }, { session });
    await recordChange(deps.db, session, "offer", offer._id, "deleted");
  });
}

export async function listOffers(deps: AppDeps, viewer: Viewer, query: z.infer<typeof listOffersQuery>) {
  const filter: mongoose.FilterQuery<Offer> = {};
  const ownOrg = query.orgId && isStaffOrMemberOf(viewer, query.orgId);
  if (query.orgId) filter.orgId = oid(query.orgId);
  if (!ownOrg) {
    filter.status = "active";
    const approved = await orgModel(deps.db)
      .find({ status: "approved", ...(query.orgId ? { _id: oid(query.orgId) } : {}) }, { _id: 1 })
      .lean();
    filter.orgId = { $in: approved.map((o) => o._id) };
  }
  if (!ownOrg || query.includeExpired !== "true") filter.expiresAt = { $gt: new Date() };
  if (query.industry) filter.industries = query.industry;
  if (query.region) filter.targetRegions = query.region;
  if (query.minTrl) filter.trl = { $gte: query.minTrl };
  if (query.ipStatus) filter.ipStatus = query.ipStatus;
  const Offers = offerModel(deps.db);
  const [items, total] = await Promise.all([
    Offers.find(filter).sort({ updatedAt: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).lean<Offer[]>(),
    Offers.countDocuments(filter),
  ]);
  const orgs = await orgModel(deps.db).find({ _id: { $in: items.map((o) => o.orgId) } }, { name: 1 }).lean<Org[]>();
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  return {
    items: items.map((o) => presentOffer(o, names.get(String(o.orgId)))),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
