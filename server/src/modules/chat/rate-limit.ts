import crypto from "node:crypto";
import type { createClient } from "redis";
import { SlidingWindowLimiter, type RateLimit } from "../auth/rate-limit.js";

export type RedisClient = ReturnType<typeof createClient>;

/** Chat messages per user: 20 per 10 seconds. */
export const DEFAULT_CHAT_RATE_LIMIT: RateLimit = { max: 20, windowMs: 10_000 };

/** Records one message of a user; resolves 0 when allowed, or the seconds to wait. */
export interface ChatRateLimiter {
  hit(userId: string): Promise<number>;
}

/** One node on its own: a sliding window in memory. */
export function memoryRateLimiter(limit: RateLimit): ChatRateLimiter {
  const limiter = new SlidingWindowLimiter(limit);
  return { hit: async (userId) => limiter.hit(userId) };
}

/**
 * Several nodes: a sliding window per user in Redis (a sorted set of send times), so a
 * user with tabs on different nodes still gets `max` messages per window in total.
 */
export function redisRateLimiter(client: RedisClient, limit: RateLimit): ChatRateLimiter {
  return {
    hit: async (userId) => {
      const now = Date.now();
      const key = `parklink:chat-rate:${userId}`;
      const member = `${now}:${crypto.randomUUID()}`;
      const [, , count, oldest] = await client
        .multi()
        .zRemRangeByScore(key, 0, now - limit.windowMs)
        .zAdd(key, { score: now, value: member })
        .zCard(key)
        .zRangeWithScores(key, 0, 0)
        .pExpire(key, limit.windowMs)
        .exec();
      if (Number(count) <= limit.max) return 0;
      await client.zRem(key, member); // a refused message does not use up the window
      const first = (oldest as unknown as { score: number }[])[0]?.score ?? now;
      return Math.max(1, Math.ceil((first + limit.windowMs - now) / 1000));
    },
  };
}
