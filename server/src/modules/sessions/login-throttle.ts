import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { RedisClient } from "../../infra/redis.js";
import { makeLimiter, retryAfter } from "./limits.js";

/** Failed sign-ins of one e-mail from one IP allowed before delays start. */
export const FREE_FAILURES = 5;
/** Delays double from 1 s after each further failure, up to this. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** Failed sign-ins per IP a day, whatever the e-mail (one address guessing many accounts). */
export const IP_DAILY_FAILURES = 100;
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;

export interface LoginThrottle {
  /** Before the password is checked: 0, or the seconds this e-mail+IP (or this IP) must wait. */
  wait(email: string, ip: string): Promise<number>;
  /** A wrong password (or an unknown e-mail: counted alike). */
  failed(email: string, ip: string): Promise<void>;
  /** A good password resets the e-mail+IP count (not the IP's daily count). */
  succeeded(email: string, ip: string): Promise<void>;
}

const keyOf = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

async function blockedFor(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  if (!res) return 0;
  return res.remainingPoints <= 0 && res.msBeforeNext > 0 ? retryAfter(res) : 0;
}

/**
 * Login protection: no account is ever locked. Failures are counted per e-mail+IP (a
 * stranger guessing from elsewhere does not keep the owner out) and per IP; past
 * FREE_FAILURES the e-mail+IP pair waits 1, 2, 4 … seconds (up to MAX_DELAY_SECONDS)
 * after each further failure. Known and unknown e-mails are counted the same way, so
 * the answers never tell them apart. In Redis when REDIS_URL is set: every node counts together.
 */
export function loginThrottle(redis: RedisClient | undefined): LoginThrottle {
  // Counts failures for a day; the delay is a block set after each failure past the free ones.
  const failures = makeLimiter(redis, "login-fail-email-ip", 1_000_000, FAILURE_MEMORY_SECONDS);
  const delays = makeLimiter(redis, "login-delay-email-ip", 1, MAX_DELAY_SECONDS);
  const perIp = makeLimiter(redis, "login-fail-ip", IP_DAILY_FAILURES, FAILURE_MEMORY_SECONDS);
  return {
    wait: async (email, ip) => Math.max(await blockedFor(delays, keyOf(email, ip)), await blockedFor(perIp, ip)),
    failed: async (email, ip) => {
      const key = keyOf(email, ip);
      const counted = await failures.penalty(key, 1);
      await perIp.penalty(ip, 1);
      const over = counted.consumedPoints - FREE_FAILURES;
      if (over > 0) await delays.block(key, Math.min(MAX_DELAY_SECONDS, 2 ** (over - 1)));
    },
    succeeded: async (email, ip) => {
      const key = keyOf(email, ip);
      await Promise.all([failures.delete(key), delays.delete(key)]);
    },
  };
}
