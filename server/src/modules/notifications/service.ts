import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { notificationModel, type Notification, type NotificationType } from "./model.js";
import { inAppRecipients } from "./preferences.js";

export interface NewNotification {
  type: NotificationType;
  title: { en: string; zh: string };
  link?: string;
  data?: Record<string, unknown>;
  /** Same key for the same user = the same notification; a repeat is ignored. */
  dedupeKey?: string;
  /** Set when the event had an e-mail of its own: the digest leaves it out. */
  emailedAt?: Date;
}

type Listener = (userId: string, notification: Notification) => void;
const listeners = new WeakMap<mongoose.Connection, Set<Listener>>();

/** Live delivery (Socket.IO) subscribes here; the database record is the source of truth. */
export function onNotification(db: mongoose.Connection, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export async function notifyUsers(
  deps: Pick<AppDeps, "db">,
  userIds: (string | mongoose.Types.ObjectId)[],
  notification: NewNotification,
): Promise<number> {
  // Those who switched this kind off in the app get no record (and so no digest line) of it.
  const unique = await inAppRecipients(deps, [...new Set(userIds.map(String))], notification.type);
  if (unique.length === 0) return 0;
  const docs = unique.map((id) => ({ ...notification, data: notification.data ?? {}, userId: new mongoose.Types.ObjectId(id) }));
  let created: Notification[] = [];
  try {
    created = (await notificationModel(deps.db).insertMany(docs, { ordered: false })) as unknown as Notification[];
  } catch (err) {
    // Duplicates of an already-sent notification are expected; anything else is not.
    const e = err as { code?: number; insertedDocs?: Notification[]; writeErrors?: { code?: number; err?: { code?: number } }[] };
    const allDuplicates = (e.writeErrors ?? [{ code: e.code }]).every((w) => (w.code ?? w.err?.code) === 11000);
    if (!allDuplicates) throw err;
    created = e.insertedDocs ?? [];
  }
  for (const n of created) for (const l of listeners.get(deps.db) ?? []) l(String(n.userId), n);
  return created.length;
}

/** Users who may act for an organization (its owners and editors). */
export async function orgUserIds(deps: Pick<AppDeps, "db">, orgId: string | mongoose.Types.ObjectId): Promise<string[]> {
  const rows = await deps.db
    .collection("memberships")
    .find({ orgId: new mongoose.Types.ObjectId(String(orgId)) }, { projection: { userId: 1 } })
    .toArray();
  return rows.map((r) => String(r.userId));
}
