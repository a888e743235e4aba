import type { RequestHandler } from "express";

/**
 * Every API answer may carry personal data or depend on who asks: no browser, proxy or
 * shared cache keeps a copy (`no-store`), and `Vary: Authorization` for any that ignores it.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  res.vary("Authorization");
  next();
};
