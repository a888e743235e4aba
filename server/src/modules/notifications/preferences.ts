import mongoose from "mongoose";
import { IN_APP_KINDS, notificationPreferences, notificationPreferencesBody, type InAppKind, type NotificationPreferences } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import type { ApiRouter } from "../../http/api-router.js";
import { notFound } from "../../http/errors.js";
import { userModel, type User } from "../auth/model.js";
import type { NotificationType } from "./model.js";

/** The in-app kind each notification belongs to; null: always shown (membership decisions, invitations). */
export const IN_APP_KIND_OF: Record<NotificationType, InAppKind | null> = {
  vetting_decision: null,
  org_invitation: null,
  request_expiring: "requests",
  saved_search_hit: "savedSearches",
  introduction_received: "introductions",
  introduction_accepted: "introductions",
  introduction_declined: "introductions",
  introduction_proposed: "introductions",
  introduction_expired: "introductions",
  message: "chat",
  follow_up: "followUps",
  event_cancelled: "events",
  event_meeting: "events",
  event_reminder: "events",
};

/** Those of `userIds` who did not switch this type of notification off. */
export async function inAppRecipients(deps: Pick<AppDeps, "db">, userIds: string[], type: NotificationType): Promise<string[]> {
  const kind = IN_APP_KIND_OF[type];
  if (!kind || userIds.length === 0) return userIds;
  const off = await userModel(deps.db)
    .find({ _id: { $in: userIds.map((id) => new mongoose.Types.ObjectId(id)) }, inAppOptOut: kind }, { _id: 1 })
    .lean<Pick<User, "_id">[]>();
  const skip = new Set(off.map((u) => String(u._id)));
  return userIds.filter((id) => !skip.has(id));
}

type Stored = Pick<User, "inAppOptOut" | "mailOptOut" | "digestEvery">;

const present = (user: Stored): NotificationPreferences => ({
  inApp: Object.fromEntries(IN_APP_KINDS.map((k) => [k, !user.inAppOptOut?.includes(k)])) as Record<InAppKind, boolean>,
  // "off" is the digest's e-mail switch, shared with the unsubscribe link and the e-mail preferences.
  digest: user.mailOptOut?.includes("digest") ? "off" : (user.digestEvery ?? "hourly"),
});

/** A member's notification preferences: in-app per kind and the digest's frequency. */
export function notificationPreferencesRoutes(api: ApiRouter, deps: AppDeps): void {
  const tag = "Notifications";
  const PROJECTION = { inAppOptOut: 1, mailOptOut: 1, digestEvery: 1 };
  const load = async (userId: string) => {
    const user = await userModel(deps.db).findById(userId, PROJECTION).lean<Stored>();
    if (!user) throw notFound("User");
    return present(user);
  };
  api.route(
    { method: "get", path: "/notifications/preferences", tag, access: "member", summary: "Which notifications I see in the app, and how often the digest comes", response: notificationPreferences },
    async (_input, req) => load(req.auth!.userId),
  );
  api.route(
    {
      method: "patch",
      path: "/notifications/preferences",
      tag,
      access: "member",
      summary: "Switch kinds of in-app notification on or off; set the digest's frequency",
      body: notificationPreferencesBody,
      response: notificationPreferences,
    },
    async ({ body }, req) => {
      const Users = userModel(deps.db);
      const id = new mongoose.Types.ObjectId(req.auth!.userId);
      const entries = Object.entries(body.inApp ?? {}) as [InAppKind, boolean][];
      const off = entries.filter(([, on]) => !on).map(([k]) => k);
      const on = entries.filter(([, v]) => v).map(([k]) => k);
      if (off.length) await Users.updateOne({ _id: id }, { $addToSet: { inAppOptOut: { $each: off } } });
      if (on.length) await Users.updateOne({ _id: id }, { $pull: { inAppOptOut: { $in: on } } });
      if (body.digest === "off") await Users.updateOne({ _id: id }, { $addToSet: { mailOptOut: "digest" } });
      else if (body.digest) await Users.updateOne({ _id: id }, { $set: { digestEvery: body.digest }, $pull: { mailOptOut: "digest" } });
      return load(req.auth!.userId);
    },
  );
}
