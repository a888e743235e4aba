import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { actorOf, type Actor } from "../../policies/actor.js";
import { orgPolicy } from "../../policies/orgs.js";
import type { Org } from "./model.js";

/** Who is looking: the policies' actor (see server/src/policies/). */
export type Viewer = Actor;
export const viewerOf = actorOf;

/**
 * Organizations whose contacts the viewer may see: its own, and those it has been
 * introduced to (both sides accepted an introduction). Staff see all.
 */
export async function introducedOrgIds(deps: AppDeps, viewer: Viewer): Promise<Set<string>> {
  const own = [...viewer.memberships.keys()].map((id) => new mongoose.Types.ObjectId(id));
  const result = new Set<string>(own.map(String));
  if (own.length === 0) return result;
  const intros = await deps.db
    .collection("introductions")
    .find({ orgIds: { $in: own }, introducedAt: { $type: "date" } }, { projection: { orgIds: 1 } })
    .toArray();
  for (const intro of intros) for (const id of intro.orgIds as mongoose.Types.ObjectId[]) result.add(String(id));
  return result;
}

/** Asks the organization policy, with the introductions it needs looked up. */
export async function canSeeContactsOf(deps: AppDeps, viewer: Viewer, org: Pick<Org, "_id" | "status">): Promise<boolean> {
  const introduced = !viewer.staff && (await introducedOrgIds(deps, viewer)).has(String(org._id));
  return orgPolicy.can(viewer, "readContacts", { ...org, introduced });
}
