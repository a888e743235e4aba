import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { isStaff, type AuthContext } from "../auth/guard.js";
import { membershipModel, type Org } from "./model.js";

/** Who is looking, with what they belong to: decides visibility, editing and contact privacy. */
export interface Viewer {
  auth?: AuthContext;
  staff: boolean;
  /** Organization id → the viewer's role in it. */
  memberships: Map<string, "owner" | "editor">;
}

export async function viewerOf(deps: AppDeps, auth: AuthContext | undefined): Promise<Viewer> {
  const memberships = new Map<string, "owner" | "editor">();
  if (auth) {
    const rows = await membershipModel(deps.db).find({ userId: new mongoose.Types.ObjectId(auth.userId) }).lean();
    for (const m of rows) memberships.set(String(m.orgId), m.role);
  }
  return { auth, staff: isStaff(auth), memberships };
}

/** Pending or rejected organizations are invisible to everyone but staff and their own members. */
export const canSeeOrg = (viewer: Viewer, org: Pick<Org, "_id" | "status">) =>
  org.status === "approved" || viewer.staff || viewer.memberships.has(String(org._id));

export const canEditOrg = (viewer: Viewer, orgId: string | mongoose.Types.ObjectId) =>
  viewer.staff || viewer.memberships.has(String(orgId));

export const isOwner = (viewer: Viewer, orgId: string | mongoose.Types.ObjectId) =>
  viewer.memberships.get(String(orgId)) === "owner";

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

export async function canSeeContactsOf(deps: AppDeps, viewer: Viewer, orgId: string): Promise<boolean> {
  if (viewer.staff || viewer.memberships.has(orgId)) return true;
  return (await introducedOrgIds(deps, viewer)).has(orgId);
}
