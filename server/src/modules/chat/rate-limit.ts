import type { RedisClient } from "../../infra/redis.js";
import { limiterFor, type Limiter, type RateLimit } from "../sessions/limits.js";

export type { RedisClient };

/** Chat messages per user: 20 per 10 seconds. */
export const DEFAULT_CHAT_RATE_LIMIT: RateLimit = { max: 20, windowMs: 10_000 };

/** Records one message of a user; resolves 0 when allowed, or the seconds to wait. */
export type ChatRateLimiter = Limiter;

/**
 * Per user, in Redis when the node has it (a user with tabs on several nodes still gets
 * `max` messages per window in total), in memory otherwise.
 */
export function chatRateLimiter(redis: RedisClient | undefined, limit: RateLimit): ChatRateLimiter {
  return limiterFor(redis, "chat-rate", limit);
}
