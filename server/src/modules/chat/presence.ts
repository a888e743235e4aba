import crypto from "node:crypto";
import type { Logger } from "../../infra/logger.js";
import type { RedisClient } from "../../infra/redis.js";

/**
 * Who has a socket in an introduction's room, across every node. Each node records its
 * users when their first socket joins a room and forgets them when their last one leaves;
 * a message then asks one small question instead of polling every node's sockets.
 */
export interface Presence {
  /** The first socket of this user in this room on this node joined. */
  joined(introductionId: string, userId: string): Promise<void>;
  /** The last socket of this user in this room on this node left. */
  left(introductionId: string, userId: string): Promise<void>;
  /** Users with a socket in the room on a live node. */
  users(introductionId: string): Promise<Set<string>>;
  close(): Promise<void>;
}

/** One node: its own sockets are the whole truth. */
export function localPresence(usersHere: (introductionId: string) => Set<string>): Presence {
  return {
    joined: async () => undefined,
    left: async () => undefined,
    users: async (introductionId) => usersHere(introductionId),
    close: async () => undefined,
  };
}

export interface RedisPresenceOptions {
  /** How often a node says it is alive (default 2 s). */
  heartbeatMs?: number;
  /** A node silent this long is taken for dead, and its users for gone (default 8 s). */
  deadAfterMs?: number;
}

const NODES_KEY = "parklink:presence:nodes";
const roomKey = (introductionId: string) => `parklink:presence:${introductionId}`;

/**
 * Many nodes: a Redis set per room of `node:user` entries, and a sorted set of nodes by their
 * last heartbeat. Entries of a node that stopped beating (a crash) are ignored at once and
 * removed when next seen; a node that stops cleanly removes its own.
 */
export async function redisPresence(redis: RedisClient, logger: Logger, opts: RedisPresenceOptions = {}): Promise<Presence> {
  const heartbeatMs = opts.heartbeatMs ?? 2000;
  const deadAfterMs = opts.deadAfterMs ?? 8000;
  const nodeId = crypto.randomBytes(6).toString("hex");
  const mine = new Map<string, Set<string>>();
  let live = new Set<string>([nodeId]);

  const beat = async () => {
    const now = Date.now();
    await redis.zAdd(NODES_KEY, { score: now, value: nodeId });
    const alive = await redis.zRangeByScore(NODES_KEY, now - deadAfterMs, "+inf");
    live = new Set([...alive, nodeId]);
    // Nodes silent for ten times the limit are long gone: drop them from the list.
    await redis.zRemRangeByScore(NODES_KEY, "-inf", now - 10 * deadAfterMs);
  };
  await beat();
  const timer = setInterval(() => void beat().catch((err: unknown) => logger.warn({ err }, "presence heartbeat failed")), heartbeatMs);
  timer.unref();

  return {
    async joined(introductionId, userId) {
      const users = mine.get(introductionId) ?? new Set<string>();
      users.add(userId);
      mine.set(introductionId, users);
      await redis.sAdd(roomKey(introductionId), `${nodeId}:${userId}`);
    },
    async left(introductionId, userId) {
      const users = mine.get(introductionId);
      users?.delete(userId);
      if (users?.size === 0) mine.delete(introductionId);
      await redis.sRem(roomKey(introductionId), `${nodeId}:${userId}`);
    },
    async users(introductionId) {
      const entries = await redis.sMembers(roomKey(introductionId));
      const users = new Set<string>();
      const stale: string[] = [];
      for (const entry of entries) {
        const [node, userId] = entry.split(":");
        if (live.has(node)) users.add(userId);
        else stale.push(entry);
      }
      if (stale.length) void redis.sRem(roomKey(introductionId), stale).catch(() => undefined);
      return users;
    },
    async close() {
      clearInterval(timer);
      const rooms = [...mine.entries()];
      mine.clear();
      await Promise.allSettled([
        ...rooms.map(([introductionId, users]) => redis.sRem(roomKey(introductionId), [...users].map((u) => `${nodeId}:${u}`))),
        redis.zRem(NODES_KEY, nodeId),
      ]);
    },
  };
}
