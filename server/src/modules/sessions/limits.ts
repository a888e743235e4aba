import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RedisClient } from "../../infra/redis.js";

export interface RateLimit {
  /** Hits allowed per key within the window. */
  max: number;
  windowMs: number;
}

/**
 * A limiter in Redis when the node has one (so every node counts together), in memory
 * otherwise; a Redis error falls back to memory for that hit rather than refusing or failing.
 */
export function makeLimiter(redis: RedisClient | undefined, prefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
  const opts = { keyPrefix: `parklink:${prefix}`, points, duration: durationSeconds };
  const memory = new RateLimiterMemory(opts);
  return redis ? new RateLimiterRedis({ ...opts, storeClient: redis, useRedisPackage: true, insuranceLimiter: memory }) : memory;
}

/** Seconds until a refused hit may go again (at least 1). */
export const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Consumes one point; resolves 0 when allowed, or the seconds to wait. */
export async function hit(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (res) {
    if (res instanceof RateLimiterRes) return retryAfter(res);
    throw res;
  }
}

/** A fixed-window limit in seconds (rate-limiter-flexible counts whole seconds). */
export const windowSeconds = (limit: RateLimit) => Math.max(1, Math.ceil(limit.windowMs / 1000));

export interface Limiter {
  /** Records a hit; 0 when allowed, or the seconds to wait. */
  hit(key: string): Promise<number>;
}

export function limiterFor(redis: RedisClient | undefined, prefix: string, limit: RateLimit): Limiter {
  const limiter = makeLimiter(redis, prefix, limit.max, windowSeconds(limit));
  return { hit: (key) => hit(limiter, key) };
}
