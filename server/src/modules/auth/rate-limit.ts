import type { RequestHandler } from "express";
import { tooManyRequests } from "../../http/errors.js";
import type { Limiter } from "../sessions/limits.js";

export type { RateLimit } from "../sessions/limits.js";
import type { RateLimit } from "../sessions/limits.js";

/** Sign-in, sign-up and password-reset attempts per client IP and route. */
export const DEFAULT_AUTH_RATE_LIMIT: RateLimit = { max: 20, windowMs: 60_000 };

export const clientIp = (req: Parameters<RequestHandler>[0]) => req.ip ?? req.socket.remoteAddress ?? "unknown";

/**
 * Middleware: 429 too_many_requests with Retry-After once a client IP exceeds the limit on
 * this route. The counts live in Redis when REDIS_URL is set, so the limit holds across nodes.
 */
export function rateLimitByIp(limiter: Limiter, routeName: string): RequestHandler {
  return async (req, _res, next) => {
    try {
      const wait = await limiter.hit(`${routeName}|${clientIp(req)}`);
      if (wait > 0) return next(tooManyRequests("Too many attempts; please wait and try again", wait));
      next();
    } catch (err) {
      next(err);
    }
  };
}
