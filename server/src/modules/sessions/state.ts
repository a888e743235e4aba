import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../http/errors.js";
import { isObjectId } from "../../infra/model.js";
import type { AuthContext, Role } from "../auth/guard.js";
import { userModel } from "../auth/model.js";
import { emitRevocation, type RevocationReason } from "./bus.js";
import { recordSessionChanges } from "./changes.js";

/** What every authenticated request checks about its user, read through a short cache. */
export interface SessionState {
  version: number;
  role: Role;
  /** False until the owner follows the confirmation link of their e-mail address. */
  confirmed: boolean;
  suspended: boolean;
}

/**
 * How long a node trusts what it read: a change made on another node reaches this node's
 * HTTP requests within this time (changes made here, and those heard through the
 * revocation bus, clear the entry at once).
 */
export const SESSION_CACHE_MS = 1000;
const MAX_ENTRIES = 50_000;

/** `forgotAt`: the entry was dropped (a revocation) then; a read begun before that must not refill it. */
type Entry = { state: SessionState | null; at: number; forgotAt?: number };
const caches = new WeakMap<mongoose.Connection, Map<string, Entry>>();
const cacheOf = (db: mongoose.Connection) => {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
};

export const sessionRevoked = (message = "This session has ended; please sign in again") =>
  new AppError(401, "unauthorized", message);

/**
 * Socket actions read through a longer cache: revocations end sockets through the bus at
 * once (and clear the entry); this bounds how late a lost event is noticed, within the 5 s
 * the product promises.
 */
export const SOCKET_SESSION_CACHE_MS = 4000;

type UserRow = { _id: mongoose.Types.ObjectId; sessionVersion?: number; role: Role; emailConfirmed?: boolean; suspendedAt?: Date | null };
const SESSION_FIELDS = { sessionVersion: 1, role: 1, emailConfirmed: 1, suspendedAt: 1 } as const;

const stateOf = (user: UserRow | null): SessionState | null =>
  user
    ? { version: user.sessionVersion ?? 0, role: user.role, confirmed: user.emailConfirmed !== false, suspended: Boolean(user.suspendedAt) }
    : null;

function remember(cache: Map<string, Entry>, userId: string, state: SessionState | null, at: number): void {
  const forgotAt = cache.get(userId)?.forgotAt;
  if (forgotAt !== undefined && forgotAt >= at) return;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(userId, { state, at });
}

/**
 * Up to when this node has read the session change log: an entry read before that and not
 * dropped by a logged change is still right then. Socket actions count from the later of
 * the two; HTTP requests from the entry's own read.
 */
const confirmations = new WeakMap<mongoose.Connection, number>();
export const confirmSessionsAt = (db: mongoose.Connection, at: number) => void confirmations.set(db, Math.max(at, confirmations.get(db) ?? 0));
export const sessionsConfirmedAt = (db: mongoose.Connection) => confirmations.get(db) ?? -Infinity;

export async function loadSessionState(
  deps: Pick<AppDeps, "db">,
  userId: string,
  maxAgeMs = SESSION_CACHE_MS,
  { confirmed = false } = {},
): Promise<SessionState | null> {
  const cache = cacheOf(deps.db);
  const hit = cache.get(userId);
  const now = Date.now();
  const dropped = hit?.forgotAt !== undefined && hit.at < hit.forgotAt;
  const readAt = hit ? (confirmed && !dropped ? Math.max(hit.at, sessionsConfirmedAt(deps.db)) : hit.at) : -Infinity;
  if (hit && now - readAt < maxAgeMs) return hit.state;
  const user = isObjectId(userId) ? await userModel(deps.db).findById(userId, SESSION_FIELDS).lean<UserRow>() : null;
  const state = stateOf(user);
  remember(cache, userId, state, now);
  return state;
}

/**
 * Reads the session state of many users at once (a node's connected users, a few thousand
 * per query) into the cache, dated when the read began: socket actions then find a fresh
 * entry instead of reading one user per message.
 */
export async function refreshSessionStates(deps: Pick<AppDeps, "db">, userIds: string[], chunk = 1000): Promise<void> {
  const cache = cacheOf(deps.db);
  const ids = [...new Set(userIds)].filter(isObjectId);
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const at = Date.now();
    const rows = await userModel(deps.db)
      .find({ _id: { $in: part.map((id) => new mongoose.Types.ObjectId(id)) } }, SESSION_FIELDS)
      .lean<UserRow[]>();
    const byId = new Map(rows.map((r) => [String(r._id), r]));
    for (const id of part) remember(cache, id, stateOf(byId.get(id) ?? null), at);
  }
}

/** Throws 401 when the token's session is over: account gone or suspended, version or role changed. */
export async function checkSession(
  deps: Pick<AppDeps, "db">,
  auth: AuthContext,
  maxAgeMs = SESSION_CACHE_MS,
  opts: { confirmed?: boolean } = {},
): Promise<SessionState> {
  const state = await loadSessionState(deps, auth.userId, maxAgeMs, opts);
  if (!state) throw sessionRevoked("This account no longer exists");
  if (state.suspended) throw sessionRevoked("This account is suspended");
  if ((auth.sessionVersion ?? 0) !== state.version || auth.role !== state.role) throw sessionRevoked();
  return state;
}

export function forgetSession(db: mongoose.Connection, userId: string): void {
  cacheOf(db).set(userId, { state: null, at: -Infinity, forgotAt: Date.now() });
}

/**
 * Ends every access token (and open socket) of a user at once: bumps the session version
 * the tokens carry and tells every node. Refresh tokens are the caller's business (logout
 * ends one family, a password change all of them; after a role change a refresh is the way
 * to a token with the new role).
 */
export async function revokeSessions(deps: Pick<AppDeps, "db">, userId: string | mongoose.Types.ObjectId, reason: RevocationReason): Promise<void> {
  const id = String(userId);
  const user = await userModel(deps.db)
    .findOneAndUpdate({ _id: new mongoose.Types.ObjectId(id) }, { $inc: { sessionVersion: 1 } }, { new: true, projection: { sessionVersion: 1 } })
    .lean<{ sessionVersion: number }>();
  await recordSessionChanges(deps, [id], "session");
  forgetSession(deps.db, id);
  emitRevocation(deps.db, { userId: id, reason, version: user?.sessionVersion ?? Number.MAX_SAFE_INTEGER });
}

/** These users joined an organization (or, as staff, a chat): every node reads its chats' participants afresh (their sockets stay as they are). */
export async function announceMembershipJoin(deps: Pick<AppDeps, "db">, userIds: (string | mongoose.Types.ObjectId)[]): Promise<void> {
  await recordSessionChanges(deps, userIds, "joined");
}

/** These users' chat rooms changed (removed from an organization, or it is gone): their sockets re-check their rooms. */
export async function announceMembershipChange(deps: Pick<AppDeps, "db">, userIds: (string | mongoose.Types.ObjectId)[]): Promise<void> {
  await recordSessionChanges(deps, userIds, "membership");
  for (const userId of userIds) emitRevocation(deps.db, { userId: String(userId), reason: "membership_removed", version: 0 });
}
