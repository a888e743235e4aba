import mongoose from "mongoose";
import type { ChatMessage } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { notificationModel } from "../notifications/model.js";
import type { NewNotification } from "../notifications/service.js";
import { membershipModel, orgModel, type Org } from "../orgs/model.js";
import { enqueueMailToUsers, notifyMailed } from "./enqueue.js";

const EXCERPT = 280;

/**
 * The "new message while you were away" notification of one unread streak, and its e-mail to
 * those for whom the streak is new (the notification's dedupe key carries their read position),
 * so a member away from a busy conversation gets one e-mail per streak, not one per message.
 */
export async function notifyChatStreak(
  deps: Pick<AppDeps, "db">,
  userIds: string[],
  notification: NewNotification & { dedupeKey: string },
  message: ChatMessage,
  orgIds: string[],
): Promise<void> {
  const already = await notificationModel(deps.db)
    .find({ userId: { $in: userIds.map((id) => new mongoose.Types.ObjectId(id)) }, dedupeKey: notification.dedupeKey }, { userId: 1 })
    .lean();
  const seen = new Set(already.map((n) => String(n.userId)));
  const fresh = userIds.filter((id) => !seen.has(id));
  if (fresh.length === 0) return;
  const membership = await membershipModel(deps.db)
    .findOne({ userId: new mongoose.Types.ObjectId(message.senderId), orgId: { $in: orgIds.map((id) => new mongoose.Types.ObjectId(id)) } }, { orgId: 1 })
    .lean();
  const org = membership ? await orgModel(deps.db).findById(membership.orgId, { name: 1 }).lean<Pick<Org, "name">>() : null;
  const otherOrg = org ? { en: org.name.en, zh: org.name.local ?? org.name.en } : { en: "CISIP", zh: "CISIP" };
  const excerpt = message.attachment ? `📎 ${message.attachment.name}` : message.text.length > EXCERPT ? `${message.text.slice(0, EXCERPT)}…` : message.text;
  const mailed = await enqueueMailToUsers(deps, fresh, "chat_message", () => ({ fromName: message.senderName, otherOrg, excerpt, introductionId: message.introductionId }));
  await notifyMailed(deps, fresh, mailed, notification);
}
