import mongoose from "mongoose";
import type { AppDeps } from "../deps.js";
import { isStaff, type AuthContext } from "../modules/auth/guard.js";
import { membershipModel } from "../modules/orgs/model.js";

export type OrgRole = "owner" | "editor";
export type Id = string | mongoose.Types.ObjectId;

/** Who is acting, with the organizations they belong to: every policy decides from this alone. */
export interface Actor {
  auth?: AuthContext;
  /** Staff or administrator. */
  staff: boolean;
  /** Organization id → the actor's role in it. */
  memberships: Map<string, OrgRole>;
}

export const VISITOR: Actor = Object.freeze({ staff: false, memberships: new Map<string, OrgRole>() });

/** The actor behind a request or a socket: its role from the token, its memberships from the database. */
export async function actorOf(deps: Pick<AppDeps, "db">, auth: AuthContext | undefined): Promise<Actor> {
  const memberships = new Map<string, OrgRole>();
  if (auth && mongoose.isValidObjectId(auth.userId)) {
    const rows = await membershipModel(deps.db).find({ userId: new mongoose.Types.ObjectId(auth.userId) }, { orgId: 1, role: 1 }).lean();
    for (const m of rows) memberships.set(String(m.orgId), m.role);
  }
  return { auth, staff: isStaff(auth), memberships };
}

export const isMemberOf = (actor: Actor, orgId: Id) => actor.memberships.has(String(orgId));
export const isOwnerOf = (actor: Actor, orgId: Id) => actor.memberships.get(String(orgId)) === "owner";

/** Staff, or a member of the organization: who sees an organization's records in every state. */
export const isStaffOrMemberOf = (actor: Actor, orgId: Id) => actor.staff || isMemberOf(actor, orgId);
