import mongoose from "mongoose";
import { links } from "@parklink/shared";
import { chatMessages } from "../../infra/metrics.js";
import type { ChatMessage, ChatPage, ChatReadReceipt, ChatSendPayload, UnreadCountsView } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError, notFound } from "../../http/errors.js";
import { actorOf } from "../../policies/actor.js";
import { authorize } from "../../policies/authorize.js";
import { chatPolicy, type ChatAction } from "../../policies/chat.js";
import { isStaff, type AuthContext } from "../auth/guard.js";
import { INTRODUCED_STATUSES, introductionModel } from "../introductions/model.js";
import { membershipModel } from "../orgs/model.js";
import { chatMessageModel, chatReadModel, type ChatMessageDoc } from "./model.js";
import { messageView, messageViews, receiptView } from "./presenter.js";
import { chatAttachment } from "../media/chat-attachment.js";
import { notifyChatStreak } from "../mail/chat-mail.js";
import { insertChatMessage } from "./writer.js";

type Deps = Pick<AppDeps, "db">;
const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));
const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;
/**
 * The duplicate is on the (introductionId, seq) index: the number, not the message, was
 * taken. Resolves to the number taken when the error names it (MongoDB's keyValue), else NaN.
 */
const numberTaken = (err: unknown): number | undefined => {
  const { keyPattern, keyValue } = err as { keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown> };
  if (keyPattern === undefined || !("seq" in keyPattern) || "clientId" in keyPattern) return undefined;
  const seq = Number(keyValue?.seq);
  return Number.isInteger(seq) ? seq : NaN;
};

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", "Too many messages; please slow down", { retryAfterSeconds });

/** Who may be in an introduction's room: the members of both organizations and the invited staff. */
export interface Room {
  introductionId: string;
  orgIds: string[];
  invitedStaff: string[];
}

/**
 * The room of an introduction, if the chat policy lets this user do the action there: a
 * member of one of its two organizations once both sides accepted, or a staff user it invited.
 */
export async function authorizeRoom(deps: Deps, auth: AuthContext, introductionId: string, action: ChatAction = "read"): Promise<Room> {
  const [intro, actor] = await Promise.all([
    introductionModel(deps.db).findById(introductionId, { orgIds: 1, status: 1, introducedAt: 1, invitedStaff: 1 }).lean(),
    actorOf(deps, auth),
  ]);
  authorize(chatPolicy, actor, action, intro);
  return { introductionId: String(intro._id), orgIds: intro.orgIds.map(String), invitedStaff: (intro.invitedStaff ?? []).map(String) };
}

/**
 * Who takes part, read afresh: the members of both organizations and the staff invited now
 * (a room a socket joined earlier holds the invited staff of then).
 */
export async function participantIds(deps: Deps, room: Room): Promise<string[]> {
  const [members, intro] = await Promise.all([
    membershipModel(deps.db).find({ orgId: { $in: room.orgIds.map(oid) } }, { userId: 1 }).lean(),
    introductionModel(deps.db).findById(room.introductionId, { invitedStaff: 1 }).lean(),
  ]);
  return [...new Set([...members.map((m) => String(m.userId)), ...(intro?.invitedStaff ?? room.invitedStaff).map(String)])];
}

/**
 * What one node remembers between messages, to spare the database a query per message:
 * the last number it saw per conversation and who takes part. A stale number fails on the
 * unique index and is read again; who takes part is forgotten whenever the session change
 * log says an organization's members changed (forgetParticipants), and after a few minutes
 * regardless (a change written straight to the database).
 */
export class RoomMemory {
  private readonly seqs = new Map<string, number>();
  private readonly people = new Map<string, { ids: string[]; at: number }>();

  constructor(
    private readonly maxRooms = 20_000,
    private readonly participantsTtlMs = 5 * 60_000,
  ) {}

  forgetParticipants(): void {
    this.people.clear();
  }

  lastSeq(introductionId: string): number | undefined {
    return this.seqs.get(introductionId);
  }

  sawSeq(introductionId: string, seq: number): void {
    if ((this.seqs.get(introductionId) ?? 0) >= seq) return;
    this.seqs.delete(introductionId);
    this.seqs.set(introductionId, seq);
    if (this.seqs.size > this.maxRooms) this.seqs.delete(this.seqs.keys().next().value!);
  }

  /** Who takes part, when this node knows it already (no read). */
  knownParticipants(introductionId: string): string[] | undefined {
    const cached = this.people.get(introductionId);
    return cached && Date.now() - cached.at < this.participantsTtlMs ? cached.ids : undefined;
  }

  async participants(deps: Deps, room: Room): Promise<string[]> {
    const cached = this.knownParticipants(room.introductionId);
    if (cached) return cached;
    const ids = await participantIds(deps, room);
    this.people.delete(room.introductionId);
    this.people.set(room.introductionId, { ids, at: Date.now() });
    if (this.people.size > this.maxRooms) this.people.delete(this.people.keys().next().value!);
    return ids;
  }
}

/**
 * Stores a message with the next number of its conversation. The number is taken as
 * "last seen stored + 1" and the unique (introductionId, seq) index settles races, so
 * numbers become visible in order; the unique clientId index turns a resend into the stored one.
 */
export async function sendMessage(
  deps: Deps,
  sender: { userId: string; name: string },
  payload: ChatSendPayload,
  memory?: RoomMemory,
): Promise<{ message: ChatMessage; duplicate: boolean }> {
  const Messages = chatMessageModel(deps.db);
  const introductionId = oid(payload.introductionId);
  const senderId = oid(sender.userId);
  const attachment = payload.attachmentId ? await chatAttachment(deps, payload.introductionId, payload.attachmentId, sender.userId) : undefined;
  let known = memory?.lastSeq(payload.introductionId);
  for (let attempt = 0; attempt < 50; attempt++) {
    const last = known ?? (await Messages.findOne({ introductionId }, { seq: 1 }).sort({ seq: -1 }).lean())?.seq ?? 0;
    known = undefined;
    const doc: ChatMessageDoc = {
      _id: new mongoose.Types.ObjectId(),
      introductionId,
      seq: last + 1,
      senderId,
      clientId: payload.clientId,
      text: payload.text,
      sentAt: new Date(),
      ...(attachment ? { attachment } : {}),
    };
    try {
      await insertChatMessage(deps.db, doc);
      memory?.sawSeq(payload.introductionId, doc.seq);
      chatMessages.inc();
      return { message: messageView(doc, sender.name), duplicate: false };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // A resend (the client id is taken) comes back as the stored message. When only the
      // number was taken (another node stored a message of the conversation at the same
      // moment), the next one is tried: a third conflict in a row reads the last again.
      const taken = numberTaken(err);
      if (taken === undefined) {
        const stored = await Messages.findOne({ introductionId, senderId, clientId: payload.clientId }).lean();
        if (stored) return { message: messageView(stored, sender.name), duplicate: true };
      } else if (!Number.isNaN(taken) && attempt % 3 < 2) {
        memory?.sawSeq(payload.introductionId, taken);
        known = taken;
      }
    }
  }
  throw new Error("could not number a chat message after 50 attempts");
}

/** A message of an introduction (when given), by id. */
export async function findMessage(deps: Deps, messageId: string, introductionId?: string): Promise<ChatMessageDoc> {
  const filter: Record<string, unknown> = { _id: oid(messageId) };
  if (introductionId) filter.introductionId = oid(introductionId);
  const doc = await chatMessageModel(deps.db).findOne(filter).lean();
  if (!doc) throw notFound("message");
  return doc;
}

/** A page of older messages (before a message, or the newest), oldest first. */
export async function history(deps: Deps, introductionId: string, { before, limit }: { before?: string; limit: number }): Promise<ChatPage> {
  const filter: Record<string, unknown> = { introductionId: oid(introductionId) };
  if (before) filter.seq = { $lt: (await findMessage(deps, before, introductionId)).seq };
  const rows = await chatMessageModel(deps.db).find(filter).sort({ seq: -1 }).limit(limit + 1).lean();
  const page = rows.slice(0, limit).reverse();
  return { items: await messageViews(deps, page), hasMore: rows.length > limit };
}

/** Messages after a number, in order: what a reconnecting client missed. */
export async function messagesAfter(deps: Deps, introductionId: string, afterSeq: number, limit: number): Promise<ChatPage> {
  const rows = await chatMessageModel(deps.db)
    .find({ introductionId: oid(introductionId), seq: { $gt: afterSeq } })
    .sort({ seq: 1 })
    .limit(limit + 1)
    .lean();
  return { items: await messageViews(deps, rows.slice(0, limit)), hasMore: rows.length > limit };
}

/** Moves a user's read position forward to a message (never back); `advanced` is false when it was already there or beyond. */
export async function markRead(
  deps: Deps,
  userId: string,
  introductionId: string,
  upTo: string,
): Promise<{ receipt: ChatReadReceipt; advanced: boolean }> {
  const message = await findMessage(deps, upTo, introductionId);
  const Reads = chatReadModel(deps.db);
  const key = { introductionId: oid(introductionId), userId: oid(userId) };
  const lastReadAt = new Date();
  let advanced = false;
  try {
    const res = await Reads.updateOne(
      { ...key, lastReadSeq: { $lt: message.seq } },
      { $set: { lastReadId: message._id, lastReadSeq: message.seq, lastReadAt } },
      { upsert: true },
    );
    advanced = res.modifiedCount + res.upsertedCount > 0;
  } catch (err) {
    // The upsert found a read position at or past this message: nothing to move.
    if (!isDuplicateKey(err)) throw err;
  }
  const current = await Reads.findOne(key).lean();
  return { receipt: receiptView(current!), advanced };
}

export async function readReceipts(deps: Deps, introductionId: string): Promise<ChatReadReceipt[]> {
  const rows = await chatReadModel(deps.db).find({ introductionId: oid(introductionId) }).lean();
  return rows.map(receiptView);
}

/** Each user's read position (the seq they read up to; 0 when none). */
async function readPositions(deps: Deps, introductionId: string, userIds: string[]): Promise<Map<string, number>> {
  const reads = await chatReadModel(deps.db)
    .find({ introductionId: oid(introductionId), userId: { $in: userIds.map(oid) } }, { userId: 1, lastReadSeq: 1 })
    .lean();
  const positions = new Map(reads.map((r) => [String(r.userId), r.lastReadSeq]));
  return new Map(userIds.map((u) => [u, positions.get(u) ?? 0]));
}

/** Messages from others after each user's read position in one introduction. */
export async function unreadFor(
  deps: Deps,
  introductionId: string,
  userIds: string[],
  positions?: Map<string, number>,
): Promise<Map<string, number>> {
  const seqs = positions ?? (await readPositions(deps, introductionId, userIds));
  const Messages = chatMessageModel(deps.db);
  const counts = await Promise.all(
    userIds.map((u) =>
      Messages.countDocuments({ introductionId: oid(introductionId), seq: { $gt: seqs.get(u) ?? 0 }, senderId: { $ne: oid(u) } }),
    ),
  );
  return new Map(userIds.map((u, i) => [u, counts[i]]));
}

/** Introductions whose chat this user may enter: the query narrows, the chat policy decides. */
export async function chatIntroductionIds(deps: Deps, auth: AuthContext): Promise<string[]> {
  const actor = await actorOf(deps, auth);
  const or: Record<string, unknown>[] = [
    { orgIds: { $in: [...actor.memberships.keys()].map(oid) }, $or: [{ introducedAt: { $type: "date" } }, { status: { $in: INTRODUCED_STATUSES } }] },
  ];
  if (isStaff(auth)) or.push({ invitedStaff: oid(auth.userId) });
  // One branch stays a plain filter, so that the (orgIds, status) index serves it.
  const filter = or.length === 1 ? or[0] : { $or: or };
  const intros = await introductionModel(deps.db).find(filter, { orgIds: 1, status: 1, introducedAt: 1, invitedStaff: 1 }).lean();
  return intros.filter((i) => chatPolicy.can(actor, "read", i)).map((i) => String(i._id));
}

export async function unreadCounts(deps: Deps, auth: AuthContext): Promise<UnreadCountsView> {
  const ids = await chatIntroductionIds(deps, auth);
  const perIntro = await Promise.all(ids.map(async (id) => (await unreadFor(deps, id, [auth.userId])).get(auth.userId) ?? 0));
  const counts = Object.fromEntries(ids.map((id, i) => [id, perIntro[i]]));
  return { counts, total: perIntro.reduce((a, b) => a + b, 0) };
}

/**
 * After a message, for the participants who are not in the room (those in it see the
 * message live and report reading it): their unread count, and one notification per
 * unread streak (the dedupe key carries their read position), not one per message.
 */
export async function fanOutMessage(
  deps: Deps,
  room: Room,
  message: ChatMessage,
  participants: string[],
  inRoom: Set<string>,
): Promise<Map<string, number>> {
  const absent = participants.filter((u) => u !== message.senderId && !inRoom.has(u));
  if (absent.length === 0) return new Map();
  const positions = await readPositions(deps, room.introductionId, absent);
  const byKey = new Map<string, string[]>();
  for (const u of absent) {
    const key = `chat:${room.introductionId}:${positions.get(u) ?? 0}`;
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  for (const [dedupeKey, users] of byKey) {
    await notifyChatStreak(deps, users, {
      type: "message",
      title: { en: `New message from ${message.senderName}`, zh: `${message.senderName} 发来新消息` },
      link: links.introductionChat(room.introductionId),
      data: { introductionId: room.introductionId, messageId: message.id, senderId: message.senderId },
      dedupeKey,
    }, message, room.orgIds);
  }
  return unreadFor(deps, room.introductionId, absent, positions);
}
