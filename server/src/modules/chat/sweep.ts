import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import type { Logger } from "../../infra/logger.js";
import { isStaff, type Role } from "../auth/guard.js";
import { membershipModel } from "../orgs/model.js";
import { confirmSessionsAt, forgetSession, refreshSessionStates, SOCKET_SESSION_CACHE_MS } from "../sessions/state.js";
import type { SessionChangeDoc } from "../sessions/changes.js";
import type { Room } from "./service.js";

/** A room a socket joined, with when its user was last found to be one of its sides. */
export interface JoinedRoom extends Room {
  checkedAt: number;
  /** Since when the user may no longer be a side (a logged membership change, or the full sweep found so). */
  staleSince?: number;
}

/** What the sweep needs of a socket: its user and the rooms it joined. */
export interface SweptSocket {
  data: { userId: string; role: Role };
}

/**
 * How often a node reads the session change log (what ended sessions or changed
 * memberships, on any node): well below SOCKET_SESSION_CACHE_MS, so that a chat action finds
 * what it checks confirmed and touches the database only for the message itself.
 */
export const CHANGE_POLL_MS = 1000;

/**
 * How long a node takes to re-read, in bulk, the sessions and memberships of every user with
 * a socket on it: catches what changed without being logged (a change written straight to
 * the database), at a cost that grows with the connected users, so slowly, a slice at a time.
 */
export const SOCKET_SWEEP_MS = 60_000;
/** The full sweep goes in this many slices, one per step, so that no step holds the event loop long. */
export const SWEEP_SLICES = 60;

/**
 * Sweeps a slice of the sockets per call: the sockets of this node at the start of a cycle,
 * one `slices`-th of them each time; a socket that connects meanwhile waits for the next cycle
 * (its own checks at joining are fresh).
 */
export function slicedSweep<S>(current: () => S[], sweep: (slice: S[]) => Promise<void>, slices = SWEEP_SLICES): () => Promise<void> {
  let cycle: S[] = [];
  let next = 0;
  return async () => {
    if (next >= cycle.length) {
      cycle = current();
      next = 0;
    }
    const size = Math.ceil(cycle.length / slices);
    const slice = cycle.slice(next, next + size);
    next += size;
    if (slice.length) await sweep(slice);
  };
}

/**
 * True while the user is known to be a side of this room: checked, or confirmed by the
 * change log since, within SOCKET_SESSION_CACHE_MS, and not marked stale after the check.
 */
export const sideIsFresh = (room: JoinedRoom, confirmedAt: number, now = Date.now()) =>
  (room.staleSince === undefined || room.checkedAt > room.staleSince) && now - Math.max(room.checkedAt, confirmedAt) < SOCKET_SESSION_CACHE_MS;

/**
 * Applies logged changes to this node: ended sessions leave the session cache, and the rooms
 * of users whose memberships changed are checked again at their next action. Then everything
 * else is confirmed as of when the read began. Resolves whether any organization's members
 * changed (who takes part in its chats).
 */
export function applySessionChanges<S extends SweptSocket>(
  deps: Pick<AppDeps, "db">,
  read: { startedAt: number; changes: Pick<SessionChangeDoc, "userId" | "kind">[] },
  sockets: S[],
  joinedOf: (socket: S) => Map<string, JoinedRoom> | undefined,
): { membersChanged: boolean } {
  const moved = new Set<string>();
  let membersChanged = false;
  for (const change of read.changes) {
    if (change.kind === "session") forgetSession(deps.db, String(change.userId));
    else membersChanged = true;
    if (change.kind === "membership") moved.add(String(change.userId));
  }
  const now = Date.now();
  if (moved.size) for (const s of sockets) if (moved.has(s.data.userId)) for (const room of joinedOf(s)?.values() ?? []) room.staleSince = now;
  confirmSessionsAt(deps.db, read.startedAt);
  return { membersChanged };
}


/** The organizations each user belongs to, a few thousand users per query. */
async function organizationsOf(deps: Pick<AppDeps, "db">, userIds: string[], chunk = 1000): Promise<Map<string, Set<string>>> {
  const orgs = new Map<string, Set<string>>(userIds.map((u) => [u, new Set<string>()]));
  for (let i = 0; i < userIds.length; i += chunk) {
    const part = userIds.slice(i, i + chunk).map((u) => new mongoose.Types.ObjectId(u));
    const rows = await membershipModel(deps.db).find({ userId: { $in: part } }, { userId: 1, orgId: 1 }).lean();
    for (const r of rows) orgs.get(String(r.userId))?.add(String(r.orgId));
  }
  return orgs;
}

/**
 * One pass: the session state of every connected user goes into the session cache, and each
 * joined room whose user is still a side (a member of one of its organizations, or invited
 * staff) is marked checked as of the pass's start. A room whose user is no longer a side keeps
 * its old mark, so the next action there checks in the database and is refused.
 */
export async function sweepSockets<S extends SweptSocket>(deps: Pick<AppDeps, "db">, sockets: S[], joinedOf: (socket: S) => Map<string, JoinedRoom> | undefined): Promise<void> {
  const started = Date.now();
  await refreshSessionStates(deps, sockets.map((s) => s.data.userId));
  const withRooms = sockets.filter((s) => (joinedOf(s)?.size ?? 0) > 0);
  const orgs = await organizationsOf(deps, [...new Set(withRooms.map((s) => s.data.userId))]);
  for (const socket of withRooms) {
    const { userId, role } = socket.data;
    for (const room of joinedOf(socket)!.values()) {
      const invited = isStaff({ userId, role }) && room.invitedStaff.includes(userId);
      if (invited || room.orgIds.some((o) => orgs.get(userId)?.has(o))) room.checkedAt = Math.max(room.checkedAt, started);
      else room.staleSince = Date.now();
    }
  }
}

/** Runs `run` every `everyMs`, one pass at a time; the stop function resolves when the last pass ends. */
export function startSocketSweep(run: () => Promise<void>, logger: Logger, everyMs: number): () => Promise<void> {
  let pass: Promise<void> = Promise.resolve();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pass = run()
      .catch((err: unknown) => logger.warn({ err }, "socket sweep failed"))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await pass;
  };
}
