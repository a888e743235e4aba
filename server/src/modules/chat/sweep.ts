import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import type { Logger } from "../../infra/logger.js";
import { isStaff, type Role } from "../auth/guard.js";
import { membershipModel } from "../orgs/model.js";
import { refreshSessionStates, SOCKET_SESSION_CACHE_MS } from "../sessions/state.js";
import type { Room } from "./service.js";

/** A room a socket joined, with when its user was last found to be one of its sides. */
export interface JoinedRoom extends Room {
  checkedAt: number;
}

/** What the sweep needs of a socket: its user and the rooms it joined. */
export interface SweptSocket {
  data: { userId: string; role: Role };
}

/**
 * How often a node re-reads, in bulk, the sessions and memberships of the users with a socket
 * on it. Below SOCKET_SESSION_CACHE_MS, so that a chat action finds what it checks already
 * fresh and touches the database only for the message itself.
 */
export const SOCKET_SWEEP_MS = Math.floor(SOCKET_SESSION_CACHE_MS * 0.6);

/** True while the last check that the user is a side of this room is recent enough to act on. */
export const sideIsFresh = (room: JoinedRoom, now = Date.now()) => now - room.checkedAt < SOCKET_SESSION_CACHE_MS;

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
    }
  }
}

/** Runs the sweep every SOCKET_SWEEP_MS, one pass at a time; resolves the stop function's promise when the last pass ends. */
export function startSocketSweep(run: () => Promise<void>, logger: Logger, everyMs = SOCKET_SWEEP_MS): () => Promise<void> {
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
