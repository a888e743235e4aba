import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SessionEnded, SocketData } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import type { Logger } from "../../infra/logger.js";
import type { RedisClient } from "../../infra/redis.js";
import { onRevocation, type Revocation } from "./bus.js";
import { forbidden } from "../../http/errors.js";
import mongoose from "mongoose";
import { isStaff, type AuthContext } from "../auth/guard.js";
import type { Room } from "../chat/service.js";
import { membershipModel } from "../orgs/model.js";
import { checkSession, forgetSession, SOCKET_SESSION_CACHE_MS } from "./state.js";

type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const REVOCATION_CHANNEL = "parklink:session-revocations";

/** Tells the client why, then disconnects: the client refreshes its token and reconnects. */
export function endSocket(socket: Pick<IoSocket, "emit" | "disconnect">, reason: SessionEnded["reason"]): void {
  socket.emit("session:ended", { reason });
  socket.disconnect(true);
}

/**
 * Ends the socket when its access token expires (a timer set at the handshake; Node caps
 * timers at ~24.8 days, far above any token lifetime).
 */
export function endAtExpiry(socket: IoSocket, expiresAt: number | undefined): void {
  if (!expiresAt) return;
  const timer = setTimeout(() => endSocket(socket, "token_expired"), Math.max(0, expiresAt - Date.now()));
  timer.unref();
  socket.once("disconnect", () => clearTimeout(timer));
}

/**
 * Before every chat action: the session is still valid (through a cache of a few seconds,
 * so a revocation missed on the bus still stops actions within 5 s) and, to post, the
 * e-mail is confirmed.
 */
export async function assertMayAct(deps: Pick<AppDeps, "db">, auth: AuthContext, posting: boolean): Promise<void> {
  const session = await checkSession(deps, auth, SOCKET_SESSION_CACHE_MS, { confirmed: true });
  if (posting && !session.confirmed) throw forbidden("Confirm your e-mail address before sending messages");
}

/**
 * A room this socket joined: the introduction's sides do not change, membership does. One
 * indexed look-up per action confirms the user still belongs to one of the sides (or is
 * still an invited staff member).
 */
export async function assertStillASide(deps: Pick<AppDeps, "db">, auth: AuthContext, room: Room): Promise<void> {
  if (isStaff(auth) && room.invitedStaff.includes(auth.userId)) return;
  const orgIds = room.orgIds.map((id) => new mongoose.Types.ObjectId(id));
  const member = await membershipModel(deps.db).exists({ userId: new mongoose.Types.ObjectId(auth.userId), orgId: { $in: orgIds } });
  if (!member) throw forbidden("You are not part of this introduction");
}

/** Ends this node's sockets that a revocation concerns. */
function apply(io: Io, event: Revocation): void {
  for (const socket of io.of("/").sockets.values()) {
    if (socket.data.userId !== event.userId) continue;
    // A membership change ends every socket of the user: on reconnect its rooms are authorized afresh.
    if (event.reason === "membership_removed" || socket.data.sessionVersion < event.version) endSocket(socket, event.reason);
  }
}

/**
 * Hears revocations: in-process on one node; with Redis, every node publishes the
 * revocations made on it and applies those of every node (itself included) from the channel.
 * Resolves to the stop function.
 */
export async function watchRevocations(io: Io, deps: AppDeps, logger: Logger, redis: RedisClient | undefined): Promise<() => Promise<void>> {
  const handle = (event: Revocation) => {
    forgetSession(deps.db, event.userId);
    apply(io, event);
  };
  if (!redis) {
    const off = onRevocation(deps.db, handle);
    return async () => void off();
  }
  const sub = redis.duplicate();
  sub.on("error", (err: unknown) => logger.warn({ err }, "redis subscriber error"));
  await sub.connect();
  await sub.subscribe(REVOCATION_CHANNEL, (message) => {
    try {
      handle(JSON.parse(message) as Revocation);
    } catch (err) {
      logger.warn({ err }, "bad revocation message");
    }
  });
  const off = onRevocation(deps.db, (event) => {
    redis.publish(REVOCATION_CHANNEL, JSON.stringify(event)).catch((err: unknown) => {
      logger.error({ err }, "revocation publish failed; applying on this node only");
      handle(event);
    });
  });
  return async () => {
    off();
    if (sub.isOpen) await sub.close().catch(() => undefined);
  };
}
