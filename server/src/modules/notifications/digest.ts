import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { inTransaction } from "../../infra/model.js";
import { userModel, type User } from "../auth/model.js";
import { enqueueMail } from "../mail/enqueue.js";
import { notificationModel, type Notification } from "./model.js";

/** How long a daily or weekly digest waits after the previous one (less a little, so a job run late by minutes still sends). */
const PERIOD_MS = { daily: 24 * 3600_000, weekly: 7 * 24 * 3600_000 } as const;
const SLACK_MS = 30 * 60_000;

/** Users on a daily or weekly digest whose next one is not due yet: their notifications wait, unclaimed. */
async function usersNotDue(deps: AppDeps, now: Date): Promise<mongoose.Types.ObjectId[]> {
  const rows = await userModel(deps.db)
    .find(
      {
        $or: (Object.keys(PERIOD_MS) as (keyof typeof PERIOD_MS)[]).map((every) => ({
          digestEvery: every,
          lastDigestAt: { $gt: new Date(now.getTime() - PERIOD_MS[every] + SLACK_MS) },
        })),
      },
      { _id: 1 },
    )
    .lean<Pick<User, "_id">[]>();
  return rows.map((u) => u._id);
}

/**
 * Queues for each user one e-mail listing the unread notifications not yet e-mailed (older
 * than `minAgeMs`, so what was read in the app meanwhile is left out), in their language.
 * Each digest first claims its notifications (they get its id) in the transaction that
 * queues the e-mail, so with several nodes a notification is in exactly one digest.
 * Users on a daily or weekly digest are left out until that long after their previous one;
 * an "off" digest claims the notifications and sends nothing (the e-mail preference).
 * Returns how many digests were queued.
 */
export async function sendDigests(deps: AppDeps, { now = new Date(), minAgeMs = 60 * 60 * 1000 } = {}): Promise<number> {
  const Notes = notificationModel(deps.db);
  const waiting = await usersNotDue(deps, now);
  const due = await Notes.find(
    { readAt: { $exists: false }, emailedAt: { $exists: false }, createdAt: { $lte: new Date(now.getTime() - minAgeMs) }, ...(waiting.length ? { userId: { $nin: waiting } } : {}) },
    { _id: 1, userId: 1 },
  )
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
      await userModel(deps.db).updateOne({ _id: user._id }, { $set: { lastDigestAt: now } }, { session });
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
