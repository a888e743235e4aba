import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { userModel, type User } from "../auth/model.js";
import { notifyUsers, type NewNotification } from "../notifications/service.js";
import { PREFERENCE_OF, type MailData, type MailKind, type MailRequest } from "./kinds.js";
import { mailOutboxModel } from "./model.js";

/** Emitted on the connection when mail was queued outside a transaction: the sender wakes at once. */
export const MAIL_QUEUED = "parklink:mail-queued";

type Recipient = Pick<User, "_id" | "email" | "name" | "locale" | "mailOptOut">;

/**
 * Queues one e-mail in the mail outbox; with `session`, in the transaction of the write that
 * causes it (saved together or not at all). Returns false, queuing nothing, when the
 * recipient switched this kind of e-mail off.
 */
export async function enqueueMail(deps: Pick<AppDeps, "db">, mail: MailRequest, { session }: { session?: mongoose.ClientSession } = {}): Promise<boolean> {
  const preference = PREFERENCE_OF[mail.kind];
  if (preference && mail.userId) {
    const user = await userModel(deps.db).findById(mail.userId, { mailOptOut: 1 }).session(session ?? null).lean<Pick<User, "mailOptOut">>();
    if (user?.mailOptOut?.includes(preference)) return false;
  }
  await insertMail(deps, mail, session);
  return true;
}

async function insertMail(deps: Pick<AppDeps, "db">, mail: MailRequest, session: mongoose.ClientSession | undefined): Promise<void> {
  await mailOutboxModel(deps.db).create(
    [{ kind: mail.kind, to: mail.to, lang: mail.lang, data: mail.data, ...(mail.userId ? { userId: new mongoose.Types.ObjectId(mail.userId) } : {}) }],
    { session },
  );
  if (!session) deps.db.emit(MAIL_QUEUED);
}

/** Queues one e-mail of `kind` to each user, in their language; returns the ids of those mailed. */
export async function enqueueMailToUsers<K extends MailKind>(
  deps: Pick<AppDeps, "db">,
  userIds: (string | mongoose.Types.ObjectId)[],
  kind: K,
  data: (user: Recipient) => MailData[K],
  options: { session?: mongoose.ClientSession } = {},
): Promise<string[]> {
  const users = await userModel(deps.db)
    .find({ _id: { $in: [...new Set(userIds.map(String))] } }, { email: 1, name: 1, locale: 1, mailOptOut: 1 })
    .session(options.session ?? null)
    .lean<Recipient[]>();
  const mailed: string[] = [];
  const preference = PREFERENCE_OF[kind];
  for (const user of users) {
    if (preference && user.mailOptOut?.includes(preference)) continue;
    const request = { kind, to: user.email, lang: user.locale === "zh" ? "zh" : "en", data: data(user), userId: String(user._id) } as MailRequest;
    await insertMail(deps, request, options.session);
    mailed.push(String(user._id));
  }
  return mailed;
}

/**
 * An in-app notification and an e-mail of its own: users who get the e-mail find the
 * notification already counted as e-mailed, so the digest does not repeat it.
 */
export async function notifyAndMail<K extends MailKind>(
  deps: Pick<AppDeps, "db">,
  userIds: string[],
  notification: NewNotification,
  kind: K,
  data: MailData[K],
): Promise<void> {
  await notifyMailed(deps, userIds, await enqueueMailToUsers(deps, userIds, kind, () => data), notification);
}

/** The notification of an event whose e-mails were queued to `mailed` (a subset of `userIds`). */
export async function notifyMailed(deps: Pick<AppDeps, "db">, userIds: string[], mailed: string[], notification: NewNotification): Promise<void> {
  const sent = new Set(mailed);
  await notifyUsers(deps, [...sent], { ...notification, emailedAt: new Date() });
  await notifyUsers(deps, userIds.filter((id) => !sent.has(id)), notification);
}
