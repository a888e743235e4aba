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
 * Several nodes: one fixed-window counter per user in Redis, so a user spread over
 * nodes (tabs on different nodes) still gets `max` messages per window in total.
 */
export function redisRateLimiter(client: RedisClient, limit: RateLimit): ChatRateLimiter {
  return {
    hit: async (userId) => {
      const now = Date.now();
      const window = Math.floor(now / limit.windowMs);
      const key = `parklink:chat-rate:${userId}:${window}`;
      const [count] = await client.multi().incr(key).pExpire(key, limit.windowMs, "NX").exec();
      if (Number(count) <= limit.max) return 0;
      return Math.max(1, Math.ceil(((window + 1) * limit.windowMs - now) / 1000));
    },
  };
}
