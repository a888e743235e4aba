import crypto from "node:crypto";
import type { RequestHandler } from "express";
import jwt from "jsonwebtoken";
import type { Access } from "../../http/api-router.js";
import { AppError, forbidden, unauthorized } from "../../http/errors.js";

export type Role = "member" | "staff" | "admin";

/** Who is calling, from a verified access token. */
export interface AuthContext {
  userId: string;
  role: Role;
  /** The user's session version when the token was signed; a newer one in the database ends the token. */
  sessionVersion?: number;
  /** When the token expires (ms since epoch); open sockets end then. */
  expiresAt?: number;
  /** Set by the session check: false while the e-mail address is unconfirmed. */
  confirmed?: boolean;
}

declare module "express-serve-static-core" {
  interface Request {
    auth?: AuthContext;
  }
}

interface AccessClaims {
  sub: string;
  role: Role;
  typ: "access";
  /** Session version. */
  sv?: number;
  exp?: number;
}

/**
 * The HMAC key object of a secret, made once: given a string, the token library first tries
 * it as a public key and fails (an exception per request) before making a secret key of it.
 */
const keys = new Map<string, crypto.KeyObject>();
function keyOf(secret: string): crypto.KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 8) keys.clear();
    keys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, "utf8"))));
  }
  return key;
}

export function signAccessToken(secret: string, ttlSeconds: number, auth: AuthContext): string {
  const claims: AccessClaims = { sub: auth.userId, role: auth.role, typ: "access", sv: auth.sessionVersion ?? 0 };
  return jwt.sign(claims, keyOf(secret), { algorithm: "HS256", expiresIn: ttlSeconds, issuer: "parklink" });
}

export function verifyAccessToken(secret: string, token: string): AuthContext {
  let payload: unknown;
  try {
    payload = jwt.verify(token, keyOf(secret), { algorithms: ["HS256"], issuer: "parklink" });
  } catch (err) {
    throw unauthorized(err instanceof jwt.TokenExpiredError ? "Access token expired" : "Invalid access token");
  }
  const claims = payload as Partial<AccessClaims>;
  if (claims.typ !== "access" || typeof claims.sub !== "string" || !["member", "staff", "admin"].includes(String(claims.role))) {
    throw unauthorized("Invalid access token");
  }
  return {
    userId: claims.sub,
    role: claims.role as Role,
    sessionVersion: typeof claims.sv === "number" ? claims.sv : 0,
    ...(typeof claims.exp === "number" ? { expiresAt: claims.exp * 1000 } : {}),
  };
}

/** Checks a verified token against the user's current state (revocation); may mark `confirmed`. */
export type SessionCheck = (auth: AuthContext) => Promise<{ confirmed: boolean }>;

/** Writes an account with an unconfirmed e-mail address may not make (it can still sign in, read and confirm). */
const NEEDS_CONFIRMED = /^\/(orgs|requests|offers|introductions|chat|invitations\/[^/]+\/accept)(\/|$)/;
const emailUnconfirmed = () =>
  new AppError(403, "email_unconfirmed", "Confirm your e-mail address first (the link we sent you; you can ask for a new one)");

export const isStaff = (auth: AuthContext | undefined) => auth?.role === "staff" || auth?.role === "admin";

/** Middleware per access level: reads the bearer token (if any), then enforces the level. */
export function createGuard(secret: string, check?: SessionCheck): (access: Access) => RequestHandler[] {
  const readToken: RequestHandler = async (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const [scheme, token] = header.split(" ");
    if (scheme !== "Bearer" || !token) return next(unauthorized("Authorization must be 'Bearer <token>'"));
    try {
      const auth = verifyAccessToken(secret, token);
      if (check) auth.confirmed = (await check(auth)).confirmed;
      req.auth = auth;
      next();
    } catch (err) {
      next(err);
    }
  };
  const require = (access: Access): RequestHandler => (req, _res, next) => {
    if (access === "public") return next();
    if (!req.auth) return next(unauthorized());
    if (access === "staff" && !isStaff(req.auth)) return next(forbidden("Staff only"));
    if (access === "admin" && req.auth.role !== "admin") return next(forbidden("Administrators only"));
    if (req.auth.confirmed === false && req.method !== "GET" && NEEDS_CONFIRMED.test(req.path)) return next(emailUnconfirmed());
    next();
  };
  return (access) => [readToken, require(access)];
}
