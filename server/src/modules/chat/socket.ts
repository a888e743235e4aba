import type http from "node:http";
import { Server, type Socket } from "socket.io";
import { createShardedAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import {
  chatHistoryPayload,
  chatReadPayload,
  chatRoomPayload,
  chatSendPayload,
  chatSyncPayload,
  chatTypingPayload,
  type AckCallback,
  type ChatMessage,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import type { Logger } from "../../infra/logger.js";
import { isObjectId } from "../../infra/model.js";
import { parseOr400 } from "../../http/validate.js";
import { verifyAccessToken, type AuthContext } from "../auth/guard.js";
import type { RateLimit } from "../auth/rate-limit.js";
import type { ChatAction } from "../../policies/chat.js";
import { userModel } from "../auth/model.js";
import { onNotification } from "../notifications/service.js";
import { notificationModel } from "../notifications/model.js";
import { chatMessageModel, chatReadModel } from "./model.js";
import { ackError, pushedView } from "./presenter.js";
import { chatRateLimiter, DEFAULT_CHAT_RATE_LIMIT, type ChatRateLimiter, type RedisClient } from "./rate-limit.js";
import { closeSharedRedis, sharedRedis } from "../../infra/redis.js";
import { chatSendDuration } from "../../infra/metrics.js";
import { checkSession, sessionsConfirmedAt } from "../sessions/state.js";
import { assertMayAct, assertStillASide, endAtExpiry, watchRevocations } from "../sessions/sockets.js";
import {
  applySessionChanges,
  CHANGE_POLL_MS,
  sideIsFresh,
  slicedSweep,
  SOCKET_SWEEP_MS,
  startSocketSweep,
  SWEEP_SLICES,
  sweepSockets,
  type JoinedRoom,
} from "./sweep.js";
import { changeReader } from "../sessions/changes.js";
import { localPresence, redisPresence, type Presence } from "./presence.js";
import {
  authorizeRoom,
  fanOutMessage,
  findMessage,
  history,
  markRead,
  messagesAfter,
  rateLimited,
  RoomMemory,
  readReceipts,
  sendMessage,
  unreadCounts,
  unreadFor,
  type Room,
} from "./service.js";

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface RealtimeOptions {
  /** Chat messages per user and window (default 20 per 10 s). */
  rateLimit?: RateLimit;
}

export interface Realtime {
  io: ChatServer;
  /** Disconnects every socket, stops Socket.IO (and, as Socket.IO does, its HTTP server), Redis and the notification feed. */
  close(): Promise<void>;
}

const roomOf = (introductionId: string) => `intro:${introductionId}`;
const userRoom = (userId: string) => `user:${userId}`;

/**
 * The chat's Socket.IO server on an HTTP server: JWT at the handshake, one room per user
 * (`user:<id>`) and per introduction (`intro:<id>`), live notifications. With REDIS_URL
 * the rooms span every node through @socket.io/redis-adapter.
 */
export async function attachRealtime(httpServer: http.Server, deps: AppDeps, opts: RealtimeOptions = {}): Promise<Realtime> {
  const logger = deps.logger.child({ module: "chat" });
  // The unique indexes (resends, numbering, notification dedupe) must exist before the first message.
  await Promise.all([chatMessageModel(deps.db).init(), chatReadModel(deps.db).init(), notificationModel(deps.db).init()]);
  const limit = opts.rateLimit ?? DEFAULT_CHAT_RATE_LIMIT;
  const shared = sharedRedis(deps);
  const limiter: ChatRateLimiter = chatRateLimiter(shared, limit);
  let redis: RedisClient[] = [];
  let adapter: ReturnType<typeof createShardedAdapter> | undefined;
  if (deps.config.REDIS_URL) {
    const pub = createClient({ url: deps.config.REDIS_URL });
    const sub = pub.duplicate();
    redis = [pub, sub];
    for (const client of redis) client.on("error", (err: unknown) => logger.warn({ err }, "redis client error"));
    try {
      await Promise.all(redis.map((c) => c.connect()));
    } catch (err) {
      await closeRedis(redis);
      throw err;
    }
    // Sharded pub/sub (Redis 7), a channel per room: a node hears only the broadcasts of rooms
    // it has sockets in, not every message of every node.
    adapter = createShardedAdapter(pub, sub, { channelPrefix: "parklink", subscriptionMode: "dynamic" });
  }
  // Everything async is done: from here on the server is set up before the event loop turns.
  const io: ChatServer = new Server(httpServer, {
    serveClient: false,
    cors: { origin: deps.config.CORS_ORIGINS, credentials: true },
    // A 4,000-character message is at most ~24 KB of JSON; anything far larger is not a chat payload.
    maxHttpBufferSize: 64 * 1024,
    ...(adapter ? { adapter } : {}),
  });
  io.use(async (socket, next) => {
    try {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== "string" || !token) throw new Error("no token");
      const auth = verifyAccessToken(deps.jwtSecret, token);
      await checkSession(deps, auth);
      const user = isObjectId(auth.userId) ? await userModel(deps.db).findById(auth.userId, { name: 1 }).lean() : null;
      if (!user) throw new Error("no such user");
      socket.data = { userId: auth.userId, role: auth.role, name: user.name, sessionVersion: auth.sessionVersion ?? 0 };
      endAtExpiry(socket, auth.expiresAt);
      next();
    } catch {
      next(Object.assign(new Error("unauthorized"), { data: { code: "unauthorized", message: "A valid access token is required" } }));
    }
  });
  let presence: Presence;
  try {
    // On the node's shared connection, beside the rate limit: a message's two questions go out in one write.
    presence = redis.length ? await redisPresence(shared ?? redis[0], logger) : localPresence((introductionId) => usersHere(io, introductionId));
  } catch (err) {
    io.close();
    await closeRedis(redis);
    throw err;
  }
  const ctx: Ctx = { deps, io, logger, limiter, presence, multiNode: redis.length > 0, closing: false, background: new Set(), memory: new RoomMemory(), joined: new WeakMap() };
  io.on("connection", (socket) => onConnection(ctx, socket));
  const stopWatching = await watchRevocations(io, deps, logger, shared);
  const joinedOf = (s: ChatSocket) => ctx.joined.get(s);
  const readChanges = changeReader(deps);
  const stopPolling = startSocketSweep(
    async () => {
      const { membersChanged } = applySessionChanges(deps, await readChanges(), [...io.of("/").sockets.values()], joinedOf);
      if (membersChanged) ctx.memory.forgetParticipants();
    },
    logger,
    CHANGE_POLL_MS,
  );
  const sweepSlice = slicedSweep(
    () => [...io.of("/").sockets.values()],
    (slice) => sweepSockets(deps, slice.filter((s) => s.connected), joinedOf),
  );
  const stopSweep = startSocketSweep(sweepSlice, logger, SOCKET_SWEEP_MS / SWEEP_SLICES);

  const unsubscribe = onNotification(deps.db, (userId, n) => io.to(userRoom(userId)).emit("notification", pushedView(n)));
  return {
    io,
    close: async () => {
      unsubscribe();
      await stopWatching();
      await Promise.all([stopPolling(), stopSweep()]);
      ctx.closing = true;
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // Handlers and fan-outs still running publish through Redis: let them end before it closes.
      await Promise.allSettled([...ctx.background]);
      await presence.close();
      await closeRedis(redis);
      await closeSharedRedis(deps);
    },
  };
}

async function closeRedis(redis: RedisClient[]): Promise<void> {
  await Promise.allSettled(redis.map((c) => (c.isOpen ? c.close() : undefined)));
}

interface Ctx {
  deps: AppDeps;
  io: ChatServer;
  logger: Logger;
  limiter: ChatRateLimiter;
  /** Who is in which introduction's room, on every node. */
  presence: Presence;
  /** Several nodes share the rooms through Redis. */
  multiNode: boolean;
  /** Set by close(): no more presence or fan-out broadcasts. */
  closing: boolean;
  /** Work after an acknowledgement (fan-out, presence), awaited by close(). */
  background: Set<Promise<void>>;
  memory: RoomMemory;
  /** The rooms each socket of this node joined. */
  joined: WeakMap<ChatSocket, Map<string, JoinedRoom>>;
}

function inBackground(ctx: Ctx, work: () => Promise<void>): void {
  if (ctx.closing) return;
  const done: Promise<void> = work()
    .catch((err: unknown) => ctx.logger.warn({ err }, "chat background work failed"))
    .finally(() => ctx.background.delete(done));
  ctx.background.add(done);
}

function onConnection(ctx: Ctx, socket: ChatSocket): void {
  const { deps, io, logger } = ctx;
  const { userId, name } = socket.data;
  const auth: AuthContext = { userId, role: socket.data.role, sessionVersion: socket.data.sessionVersion };
  /** Rooms this socket joined. */
  const joined = new Map<string, JoinedRoom>();
  ctx.joined.set(socket, joined);
  /** A joined room, once its user is known to be a side again (from the sweep, or one look-up when that is stale). */
  const stillASide = async (room: JoinedRoom) => {
    if (sideIsFresh(room, sessionsConfirmedAt(deps.db))) return room;
    const checkedAt = Date.now();
    await assertStillASide(deps, auth, room);
    room.checkedAt = Math.max(room.checkedAt, checkedAt);
    return room;
  };
  /**
   * Every chat action re-checks the session and that the user is still a side, through what
   * the node's sweep read in the last few seconds; the chat policy decides once per joined room.
   */
  const roomFor = async (introductionId: string, action: ChatAction): Promise<Room> => {
    const known = joined.get(introductionId);
    const [, room] = await Promise.all([
      assertMayAct(deps, auth, action === "send"),
      known ? stillASide(known) : authorizeRoom(deps, auth, introductionId, action),
    ]);
    return room;
  };
  const reply = <T>(ack: AckCallback<T> | undefined, work: () => Promise<T>) => {
    const respond = typeof ack === "function" ? ack : undefined;
    const done: Promise<void> = work().then(
      (data) => respond?.({ ok: true, data }),
      (err: unknown) => respond?.({ ok: false, error: ackError(err, logger) }),
    );
    ctx.background.add(done);
    void done.finally(() => ctx.background.delete(done));
  };

  void socket.join(userRoom(userId));
  // A message another node stored and this one delivers tells it the conversation's last
  // number, so that the next one sent here is numbered without a conflict or a read.
  if (ctx.multiNode) {
    socket.onAnyOutgoing((event: string, message?: ChatMessage) => {
      if (event === "chat:message" && message) ctx.memory.sawSeq(message.introductionId, message.seq);
    });
  }
  unreadCounts(deps, auth).then(
    ({ counts }) => socket.emit("unread", { counts, complete: true }),
    (err: unknown) => logger.warn({ err }, "unread counts failed"),
  );

  socket.on("chat:join", (raw, ack) =>
    reply(ack, async () => {
      const { introductionId } = parseOr400(chatRoomPayload, raw, "payload");
      const checkedAt = Date.now();
      const room = await roomFor(introductionId, "join");
      const wasHere = usersHere(io, introductionId).has(userId);
      const wasOnline = wasHere || (await ctx.presence.users(introductionId)).has(userId);
      joined.set(introductionId, { ...room, checkedAt: joined.get(introductionId)?.checkedAt ?? checkedAt });
      await socket.join(roomOf(introductionId));
      if (!wasHere) await ctx.presence.joined(introductionId, userId);
      if (!wasOnline) socket.to(roomOf(introductionId)).emit("presence", { introductionId, userId, online: true });
      const [online, reads, unread] = await Promise.all([
        ctx.presence.users(introductionId),
        readReceipts(deps, introductionId),
        unreadFor(deps, introductionId, [userId]),
      ]);
      return { introductionId, online: [...online], reads, unread: unread.get(userId) ?? 0 };
    }),
  );

  socket.on("chat:leave", (raw, ack) =>
    reply(ack, async () => {
      const { introductionId } = parseOr400(chatRoomPayload, raw, "payload");
      if (joined.delete(introductionId)) {
        await socket.leave(roomOf(introductionId));
        await announceIfOffline(ctx, introductionId, userId);
      }
      return null;
    }),
  );

  socket.on("chat:send", (raw, ack) =>
    reply(ack, async () => {
      const phases = phaseTimer();
      const payload = parseOr400(chatSendPayload, raw, "payload");
      // Who is in the room on other nodes, asked beside the rate limit: one Redis round trip for both.
      const present = presenceBeforehand(ctx, payload.introductionId, userId);
      const wait = await ctx.limiter.hit(userId);
      phases.lap("limit");
      if (wait > 0) throw rateLimited(wait);
      const room = await roomFor(payload.introductionId, "send");
      phases.lap("authorize");
      const sent = await sendMessage(deps, { userId, name }, payload, ctx.memory);
      phases.lap("store");
      if (!sent.duplicate) {
        socket.to(roomOf(room.introductionId)).emit("chat:message", sent.message);
        inBackground(ctx, () => afterMessage(ctx, room, sent.message, present));
      }
      phases.end();
      return sent;
    }),
  );

  socket.on("chat:history", (raw, ack) =>
    reply(ack, async () => {
      const payload = parseOr400(chatHistoryPayload, raw, "payload");
      await roomFor(payload.introductionId, "read");
      return history(deps, payload.introductionId, payload);
    }),
  );

  socket.on("chat:sync", (raw, ack) =>
    reply(ack, async () => {
      const payload = parseOr400(chatSyncPayload, raw, "payload");
      const after = await findMessage(deps, payload.after, payload.introductionId);
      const introductionId = String(after.introductionId);
      await roomFor(introductionId, "read");
      return { introductionId, ...(await messagesAfter(deps, introductionId, after.seq, payload.limit)) };
    }),
  );

  socket.on("chat:read", (raw, ack) =>
    reply(ack, async () => {
      const { introductionId, upTo } = parseOr400(chatReadPayload, raw, "payload");
      await roomFor(introductionId, "read");
      const { receipt, advanced } = await markRead(deps, userId, introductionId, upTo);
      if (advanced) {
        socket.to(roomOf(introductionId)).emit("chat:read", receipt);
        const unread = await unreadFor(deps, introductionId, [userId]);
        io.to(userRoom(userId)).emit("unread", { counts: { [introductionId]: unread.get(userId) ?? 0 }, complete: false });
      }
      return receipt;
    }),
  );

  socket.on("chat:typing", (raw, ack) =>
    reply(ack, async () => {
      const { introductionId, typing } = parseOr400(chatTypingPayload, raw, "payload");
      await roomFor(introductionId, "typing");
      socket.to(roomOf(introductionId)).emit("chat:typing", { introductionId, userId, typing });
      return null;
    }),
  );

  // By "disconnect" the socket has left its rooms: tell each room whether its user went offline.
  socket.on("disconnect", () => {
    for (const introductionId of joined.keys()) {
      inBackground(ctx, () => announceIfOffline(ctx, introductionId, userId));
    }
  });
}

/** Times a message's phases into parklink_chat_send_seconds (each lap since the previous one, and the total). */
function phaseTimer() {
  const start = performance.now();
  let last = start;
  return {
    lap(phase: "limit" | "authorize" | "store") {
      const now = performance.now();
      chatSendDuration.observe({ phase }, (now - last) / 1000);
      last = now;
    },
    end() {
      chatSendDuration.observe({ phase: "total" }, (performance.now() - start) / 1000);
    },
  };
}

/**
 * Presence across nodes for a message about to be sent, asked at once (so that it shares a
 * Redis write with the rate limit), unless this node knows everyone who takes part is here.
 */
function presenceBeforehand(ctx: Ctx, introductionId: string, senderId: string): Promise<Set<string>> | undefined {
  if (!ctx.multiNode) return undefined;
  const known = ctx.memory.knownParticipants(introductionId);
  const here = known && usersHere(ctx.io, introductionId);
  if (known && known.every((u) => u === senderId || here!.has(u))) return undefined;
  const asked = ctx.presence.users(introductionId);
  asked.catch(() => undefined);
  return asked;
}

/** After a stored message: unread counts and notifications to the participants not in the room. */
async function afterMessage(ctx: Ctx, room: Room, message: ChatMessage, presentBeforehand?: Promise<Set<string>>): Promise<void> {
  const participants = await ctx.memory.participants(ctx.deps, room);
  const here = usersHere(ctx.io, room.introductionId);
  // Everyone in the room on this node: nobody to count unread for, no need to ask the other nodes.
  if (participants.every((u) => u === message.senderId || here.has(u))) return;
  const present = await (presentBeforehand ?? ctx.presence.users(room.introductionId));
  const unread = await fanOutMessage(ctx.deps, room, message, participants, present);
  if (ctx.closing) return;
  for (const [userId, count] of unread) {
    ctx.io.to(userRoom(userId)).emit("unread", { counts: { [room.introductionId]: count }, complete: false });
  }
}

/**
 * Presence counts sockets, not users: a second tab leaving does not make its user offline.
 * The last socket of a user in a room on this node left: forget it here, and tell the room
 * unless the user still has a socket there on another node.
 */
async function announceIfOffline(ctx: Ctx, introductionId: string, userId: string): Promise<void> {
  if (usersHere(ctx.io, introductionId).has(userId)) return;
  await ctx.presence.left(introductionId, userId);
  if (ctx.closing || (await ctx.presence.users(introductionId)).has(userId)) return;
  ctx.io.to(roomOf(introductionId)).emit("presence", { introductionId, userId, online: false });
}

/** Users with a socket in an introduction's room on this node. */
function usersHere(io: ChatServer, introductionId: string): Set<string> {
  const nsp = io.of("/");
  const users = new Set<string>();
  for (const id of nsp.adapter.rooms.get(roomOf(introductionId)) ?? []) {
    const userId = nsp.sockets.get(id)?.data.userId;
    if (userId) users.add(userId);
  }
  return users;
}
