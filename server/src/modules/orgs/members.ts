import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { conflict, notFound } from "../../http/errors.js";
import { canSeeContactsOf, type Viewer } from "./access.js";
import { membershipModel } from "./model.js";
import { announceMembershipChange } from "../sessions/state.js";
import { assertOwnerOrStaff, loadVisibleOrg } from "./service.js";

interface UserRow {
  _id: mongoose.Types.ObjectId;
  name: string;
  email: string;
  phone?: string;
}

const users = (deps: AppDeps) => deps.db.collection<UserRow>("users");

/** The people of an organization; their e-mail and phone only for those allowed to see contacts. */
export async function listMembers(deps: AppDeps, viewer: Viewer, orgId: string) {
  const org = await loadVisibleOrg(deps, viewer, orgId);
  const rows = await membershipModel(deps.db).find({ orgId: org._id }).sort({ createdAt: 1 }).lean();
  const people = await users(deps)
    .find({ _id: { $in: rows.map((r) => r.userId) } }, { projection: { name: 1, email: 1, phone: 1 } })
    .toArray();
  const byId = new Map(people.map((p) => [String(p._id), p]));
  const showContacts = await canSeeContactsOf(deps, viewer, org);
  return rows.map((r) => {
    const person = byId.get(String(r.userId));
    return {
      userId: String(r.userId),
      name: person?.name ?? "",
      role: r.role,
      ...(showContacts && person ? { email: person.email, ...(person.phone ? { phone: person.phone } : {}) } : {}),
    };
  });
}

export async function changeMemberRole(deps: AppDeps, viewer: Viewer, orgId: string, userId: string, role: "owner" | "editor") {
  const org = await loadVisibleOrg(deps, viewer, orgId);
  assertOwnerOrStaff(viewer, org);
  const Members = membershipModel(deps.db);
  const member = await Members.findOne({ orgId: org._id, userId: new mongoose.Types.ObjectId(userId) });
  if (!member) throw notFound("Member");
  if (member.role === "owner" && role !== "owner") await assertAnotherOwner(deps, org._id, member.userId);
  member.role = role;
  await member.save();
  return listMembers(deps, viewer, orgId);
}

export async function removeMember(deps: AppDeps, viewer: Viewer, orgId: string, userId: string) {
  const org = await loadVisibleOrg(deps, viewer, orgId);
  const leavingSelf = viewer.auth?.userId === userId;
  if (!leavingSelf) assertOwnerOrStaff(viewer, org);
  const Members = membershipModel(deps.db);
  const member = await Members.findOne({ orgId: org._id, userId: new mongoose.Types.ObjectId(userId) });
  if (!member) throw notFound("Member");
  if (member.role === "owner") await assertAnotherOwner(deps, org._id, member.userId);
  await Members.deleteOne({ _id: member._id });
  await announceMembershipChange(deps, [member.userId]);
}

/** An organization always keeps at least one owner. */
async function assertAnotherOwner(deps: AppDeps, orgId: mongoose.Types.ObjectId, leaving: mongoose.Types.ObjectId) {
  const others = await membershipModel(deps.db).countDocuments({ orgId, role: "owner", userId: { $ne: leaving } });
  if (others === 0) throw conflict("An organization must keep at least one owner");
}
