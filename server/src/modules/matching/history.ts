// What the requester's history says to the matcher: its existing partnerships (declared on
// profiles, either side, and introductions that reached an agreement) and its own answers
// to earlier introductions.
import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { introductionModel } from "../introductions/model.js";
import { orgModel, type Org } from "../orgs/model.js";
import type { FeedbackEntry } from "./scoring/index.js";

/** The cooperation type an agreement outcome establishes; "*" when the outcome does not say. */
export const OUTCOME_TYPE: Readonly<Record<string, string>> = {
  sister_park_agreement: "sister-park",
  dual_park_agreement: "dual-park",
  licence: "technology-transfer",
  joint_development: "technology-transfer",
  joint_product: "joint-product",
  co_branding: "co-branding",
  investment: "investment",
  training_programme: "training",
  mou: "*",
  other: "*",
};

/** Organization id → cooperation types it is already the requester's partner in. */
export async function knownPartnerships(deps: AppDeps, requester: Pick<Org, "_id" | "partners">): Promise<Map<string, string[]>> {
  const own = new mongoose.Types.ObjectId(String(requester._id));
  const map = new Map<string, Set<string>>();
  const add = (orgId: unknown, type: string) => {
    const key = String(orgId);
    if (key === String(own)) return;
    map.set(key, (map.get(key) ?? new Set()).add(type));
  };
  for (const p of requester.partners ?? []) add(p.orgId, p.type);
  const [listing, agreements] = await Promise.all([
    orgModel(deps.db).find({ "partners.orgId": own }, { partners: 1 }).lean<Pick<Org, "_id" | "partners">[]>(),
    introductionModel(deps.db).find({ orgIds: own, status: "agreement" }, { orgIds: 1, outcome: 1 }).lean(),
  ]);
  for (const o of listing) for (const p of o.partners ?? []) if (String(p.orgId) === String(own)) add(o._id, p.type);
  for (const a of agreements) for (const id of a.orgIds) add(id, OUTCOME_TYPE[a.outcome?.kind ?? "other"] ?? "*");
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

/** The requester's own answers to introductions it received or started: whom it accepted or declined, and why. */
export async function requesterFeedback(deps: AppDeps, requesterId: string | mongoose.Types.ObjectId): Promise<FeedbackEntry[]> {
  const own = String(requesterId);
  const intros = await introductionModel(deps.db)
    .find({ orgIds: new mongoose.Types.ObjectId(own), $or: [{ "from.declinedAt": { $exists: true } }, { "to.declinedAt": { $exists: true } }, { "from.acceptedAt": { $exists: true } }, { "to.acceptedAt": { $exists: true } }] }, { from: 1, to: 1 })
    .lean();
  const answers: { orgId: string; decision: FeedbackEntry["decision"]; reason?: string }[] = [];
  for (const i of intros) {
    const mine = String(i.from.orgId) === own ? i.from : i.to;
    const other = mine === i.from ? i.to : i.from;
    // Expressing interest counts as an acceptance: the requester wanted that partner.
    if (mine.declinedAt) answers.push({ orgId: String(other.orgId), decision: "declined", reason: mine.declineReason });
    else if (mine.acceptedAt) answers.push({ orgId: String(other.orgId), decision: "accepted" });
  }
  if (answers.length === 0) return [];
  const orgs = await orgModel(deps.db)
    .find({ _id: { $in: answers.map((a) => new mongoose.Types.ObjectId(a.orgId)) } }, { kind: 1, industries: 1 })
    .lean<Pick<Org, "_id" | "kind" | "industries">[]>();
  const byId = new Map(orgs.map((o) => [String(o._id), o]));
  return answers.flatMap((a) => {
    const o = byId.get(a.orgId);
    return o ? [{ ...a, kind: o.kind, industries: o.industries }] : [];
  });
}
