import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { inTransaction } from "../../infra/model.js";
import { userModel, type User } from "../auth/model.js";
import { enqueueMail } from "../mail/enqueue.js";
import { notificationModel, type Notification } from "./model.js";

/**
 * Queues for each user one e-mail listing the unread notifications not yet e-mailed (older
 * than `minAgeMs`, so what was read in the app meanwhile is left out), in their language.
 * Each digest first claims its notifications (they get its id) in the transaction that
 * queues the e-mail, so with several nodes a notification is in exactly one digest.
 * Returns how many digests were queued.
 */
export async function sendDigests(deps: AppDeps, { now = new Date(), minAgeMs = 60 * 60 * 1000 } = {}): Promise<number> {
  const Notes = notificationModel(deps.db);
  const due = await Notes.find({ readAt: { $exists: false }, emailedAt: { $exists: false }, createdAt: { $lte: new Date(now.getTime() - minAgeMs) } }, { _id: 1, userId: 1 })
    .sort({ userId: 1, createdAt: 1 })
    .limit(5000)
    .lean<Pick<Notification, "_id" | "userId">[]>();
  const byUser = new Map<string, mongoose.Types.ObjectId[]>();
  for (const n of due) byUser.set(String(n.userId), [...(byUser.get(String(n.userId)) ?? []), n._id]);
  const users = await userModel(deps.db).find({ _id: { $in: [...byUser.keys()] } }, { email: 1, name: 1, locale: 1 }).lean<Pick<User, "_id" | "email" | "name" | "locale">[]>();
  let queued = 0;
  for (const user of users) {
    const ids = byUser.get(String(user._id)) ?? [];
    const digestId = new mongoose.Types.ObjectId();
    const sent = await inTransaction(deps.db, async (session) => {
      await Notes.updateMany(
        { _id: { $in: ids }, userId: user._id, readAt: { $exists: false }, emailedAt: { $exists: false } },
        { $set: { emailedAt: now, digestId } },
        { session },
      );
      const notes = await Notes.find({ digestId }).sort({ createdAt: 1 }).session(session).lean<Notification[]>();
      if (notes.length === 0) return false;
      return enqueueMail(
        deps,
        {
          kind: "digest",
          to: user.email,
          lang: user.locale === "zh" ? "zh" : "en",
          userId: String(user._id),
          data: { name: user.name, items: notes.map((n) => ({ title: n.title, ...(n.link ? { link: n.link } : {}) })) },
        },
        { session },
      );
    });
    if (sent) queued++;
  }
  return queued;
}
