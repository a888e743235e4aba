import type { RequestHandler } from "express";
import { tooManyRequests } from "../../http/errors.js";
import { systemClock, type Clock } from "./tokens.js";

export interface RateLimit {
  /** Requests allowed per key within the window. */
  max: number;
  windowMs: number;
}

/** Sign-in, sign-up and password-reset attempts per client IP and route. */
export const DEFAULT_AUTH_RATE_LIMIT: RateLimit = { max: 20, windowMs: 60_000 };

/**
 * An in-memory sliding-window log: each key keeps the times of its recent hits.
 * Per process — behind several app nodes each node counts on its own, which still
 * bounds guessing; the per-account lockout is the shared (database) defence.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private calls = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: Clock = systemClock,
  ) {}

  /** Records a hit; returns 0 when allowed, or the seconds to wait when over the limit. */
  hit(key: string): number {
    const now = this.now().getTime();
    const since = now - this.limit.windowMs;
    if (++this.calls % 1000 === 0) this.sweep(since);
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + this.limit.windowMs - now) / 1000));
    }
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }

  /** Forgets keys with no hit inside the window, so memory stays bounded by recent clients. */
  private sweep(since: number): void {
    for (const [key, times] of this.hits) if (times[times.length - 1] <= since) this.hits.delete(key);
  }
}

/** Middleware: 429 too_many_requests with Retry-After once a client IP exceeds the limit on this route. */
export function rateLimitByIp(limiter: SlidingWindowLimiter, routeName: string): RequestHandler {
  return (req, _res, next) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const wait = limiter.hit(`${routeName}|${ip}`);
    if (wait > 0) return next(tooManyRequests("Too many attempts; please wait and try again", wait));
    next();
  };
}
