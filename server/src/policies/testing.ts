import mongoose from "mongoose";
import { AppError } from "../http/errors.js";
import type { Actor, OrgRole } from "./actor.js";
import { authorize, type Policy } from "./authorize.js";

/** The six kinds of actor the policy tables are written for, in their column order. */
export const ROLES = ["visitor", "editor", "otherMember", "owner", "staff", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

/** "Y" allowed, "F" refused (403), "N" hidden (404, as for a missing record). */
export type Outcome = "Y" | "F" | "N";

/** What authorize() makes of an action: the letter of the table. */
export function outcome<A extends string, R>(policy: Policy<A, R>, actor: Actor, action: A, record: R): Outcome {
  try {
    authorize(policy, actor, action, record);
    return "Y";
  } catch (err) {
    if (err instanceof AppError && err.status === 403) return "F";
    if (err instanceof AppError && err.status === 404) return "N";
    throw err;
  }
}

/** The HTTP status class an outcome must show as. */
export const httpOf = (o: Outcome) => (o === "Y" ? 200 : o === "F" ? 403 : 404);

/**
 * Actors for an owning organization `own` and another organization `other`: an editor and
 * an owner of `own`, an owner of `other`, staff and an administrator (members of neither).
 */
export function actorsFor(own: string, other: string, ids: Partial<Record<RoleName, string>> = {}): Record<RoleName, Actor> {
  const id = (role: RoleName) => ids[role] ?? new mongoose.Types.ObjectId().toString();
  const member = (role: RoleName, orgId: string, orgRole: OrgRole): Actor => ({
    auth: { userId: id(role), role: "member" },
    staff: false,
    memberships: new Map([[orgId, orgRole]]),
  });
  return {
    visitor: { staff: false, memberships: new Map() },
    editor: member("editor", own, "editor"),
    otherMember: member("otherMember", other, "owner"),
    owner: member("owner", own, "owner"),
    staff: { auth: { userId: id("staff"), role: "staff" }, staff: true, memberships: new Map() },
    admin: { auth: { userId: id("admin"), role: "admin" }, staff: true, memberships: new Map() },
  };
}
