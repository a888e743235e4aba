import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { conflict, notFound } from "../../http/errors.js";
import { isObjectId } from "../../infra/model.js";
import { membershipModel } from "../orgs/model.js";
import { revokeSessions } from "../sessions/state.js";
import { refreshTokenModel, userModel, type User } from "./model.js";
import { revokeAllSessions } from "./tokens.js";

const target = (actorId: string, userId: string) => {
  if (actorId === userId) throw conflict("You cannot do this to your own account");
  if (!isObjectId(userId)) throw notFound("User");
  return new mongoose.Types.ObjectId(userId);
};

/** Suspends (or reinstates) an account: a suspended one cannot sign in, and its tokens and sockets end at once. */
export async function setSuspended(deps: AppDeps, actorId: string, userId: string, suspended: boolean, now: Date): Promise<User> {
  const id = target(actorId, userId);
  const user = await userModel(deps.db).findByIdAndUpdate(id, { $set: { suspendedAt: suspended ? now : null } }, { new: true }).lean<User>();
  if (!user) throw notFound("User");
  if (suspended) {
    await revokeAllSessions(deps, id, now);
    await revokeSessions(deps, id, "account_suspended");
  }
  return user;
}

/** Deletes an account with its memberships and sessions; its tokens and sockets end at once. */
export async function deleteAccount(deps: AppDeps, actorId: string, userId: string): Promise<void> {
  const id = target(actorId, userId);
  const deleted = await userModel(deps.db).deleteOne({ _id: id });
  if (deleted.deletedCount === 0) throw notFound("User");
  await Promise.all([membershipModel(deps.db).deleteMany({ userId: id }), refreshTokenModel(deps.db).deleteMany({ userId: id })]);
  await revokeSessions(deps, id, "account_deleted");
}
