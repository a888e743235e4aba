import type { RequestHandler } from "express";
import jwt from "jsonwebtoken";
import type { Access } from "../../http/api-router.js";
import { forbidden, unauthorized } from "../../http/errors.js";

export type Role = "member" | "staff" | "admin";

/** Who is calling, from a verified access token. */
export interface AuthContext {
  userId: string;
  role: Role;
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
}

export function signAccessToken(secret: string, ttlSeconds: number, auth: AuthContext): string {
  const claims: AccessClaims = { sub: auth.userId, role: auth.role, typ: "access" };
  return jwt.sign(claims, secret, { algorithm: "HS256", expiresIn: ttlSeconds, issuer: "parklink" });
}

export function verifyAccessToken(secret: string, token: string): AuthContext {
  let payload: unknown;
  try {
    payload = jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "parklink" });
  } catch (err) {
    throw unauthorized(err instanceof jwt.TokenExpiredError ? "Access token expired" : "Invalid access token");
  }
  const claims = payload as Partial<AccessClaims>;
  if (claims.typ !== "access" || typeof claims.sub !== "string" || !["member", "staff", "admin"].includes(String(claims.role))) {
    throw unauthorized("Invalid access token");
  }
  return { userId: claims.sub, role: claims.role as Role };
}

export const isStaff = (auth: AuthContext | undefined) => auth?.role === "staff" || auth?.role === "admin";

/** Middleware per access level: reads the bearer token (if any), then enforces the level. */
export function createGuard(secret: string): (access: Access) => RequestHandler[] {
  const readToken: RequestHandler = (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const [scheme, token] = header.split(" ");
    if (scheme !== "Bearer" || !token) return next(unauthorized("Authorization must be 'Bearer <token>'"));
    try {
      req.auth = verifyAccessToken(secret, token);
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
    next();
  };
  return (access) => [readToken, require(access)];
}
