import type { AppDeps } from "../../deps.js";
import { userModel } from "../auth/model.js";
import { notificationModel, type Notification } from "./model.js";

/**
 * Sends each user one e-mail listing the unread notifications not yet e-mailed (older
 * than `minAgeMs`, so what was read in the app meanwhile is left out), in their language.
 */
export async function sendDigests(deps: AppDeps, { now = new Date(), minAgeMs = 60 * 60 * 1000 } = {}): Promise<number> {
  const Notes = notificationModel(deps.db);
  const due = await Notes.find({ readAt: { $exists: false }, emailedAt: { $exists: false }, createdAt: { $lte: new Date(now.getTime() - minAgeMs) } })
    .sort({ userId: 1, createdAt: 1 })
    .limit(5000)
    .lean<Notification[]>();
  const byUser = new Map<string, Notification[]>();
  for (const n of due) byUser.set(String(n.userId), [...(byUser.get(String(n.userId)) ?? []), n]);
  const users = await userModel(deps.db).find({ _id: { $in: [...byUser.keys()] } }, { email: 1, name: 1, locale: 1 }).lean();
  const base = deps.config.PUBLIC_URL ?? "";
  let sent = 0;
  for (const user of users) {
    const notes = byUser.get(String(user._id)) ?? [];
    const zh = user.locale === "zh";
    const lines = notes.map((n) => `• ${zh ? n.title.zh : n.title.en}${n.link ? `\n  ${base}${n.link}` : ""}`);
    await deps.mailer.send({
      to: user.email,
      subject: zh ? `Parklink：您有 ${notes.length} 条新消息` : `Parklink: ${notes.length} new update${notes.length === 1 ? "" : "s"}`,
      text: `${zh ? `${user.name}，您好：` : `Hello ${user.name},`}\n\n${lines.join("\n")}\n`,
    });
    await Notes.updateMany({ _id: { $in: notes.map((n) => n._id) } }, { $set: { emailedAt: now } });
    sent++;
  }
  return sent;
}
