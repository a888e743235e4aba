import crypto from "node:crypto";
import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../http/errors.js";
import { signAccessToken } from "./guard.js";
import { refreshTokenModel, type User } from "./model.js";

/** Where "now" comes from; tests pass a movable clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** 256 random bits, URL-safe: refresh and password-reset tokens. */
export const randomToken = () => crypto.randomBytes(32).toString("base64url");

/** Tokens are stored only as their sha256: a database leak does not hand out sessions. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export const invalidRefreshToken = () =>
  new AppError(401, "invalid_refresh_token", "Refresh token is invalid or expired; please sign in again");
export const refreshTokenReused = () =>
  new AppError(401, "refresh_token_reused", "Refresh token was already used; this session has been ended, please sign in again");

type TokenUser = Pick<User, "_id" | "role"> & { sessionVersion?: number };
const accessTokenFor = (deps: AppDeps, user: TokenUser) =>
  signAccessToken(deps.jwtSecret, deps.config.JWT_ACCESS_TTL_SECONDS, { userId: String(user._id), role: user.role, sessionVersion: user.sessionVersion ?? 0 });

async function storeRefreshToken(deps: AppDeps, userId: mongoose.Types.ObjectId, familyId: string, now: Date) {
  const token = randomToken();
  const doc = await refreshTokenModel(deps.db).create({
    tokenHash: hashToken(token),
    userId,
    familyId,
    expiresAt: new Date(now.getTime() + deps.config.REFRESH_TTL_DAYS * 86_400_000),
  });
  return { token, id: doc._id };
}

/** Starts a new session (a new refresh-token family) for a user. */
export async function issueTokens(deps: AppDeps, user: TokenUser, now: Date): Promise<IssuedTokens> {
  const { token } = await storeRefreshToken(deps, user._id, crypto.randomUUID(), now);
  return { accessToken: accessTokenFor(deps, user), refreshToken: token, expiresIn: deps.config.JWT_ACCESS_TTL_SECONDS };
}

/**
 * Exchanges a refresh token for its successor in the same family. The token is
 * claimed atomically, so of two uses only one wins; any later use of a claimed
 * token is reuse (a stolen copy, or a replay) and ends the whole family.
 * Returns the user id the session belongs to and the successor token.
 */
export async function rotateRefreshToken(deps: AppDeps, token: string, now: Date) {
  const tokens = refreshTokenModel(deps.db);
  const tokenHash = hashToken(token);
  const claimed = await tokens
    .findOneAndUpdate(
      { tokenHash, usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
      { $set: { usedAt: now } },
      { new: true },
    )
    .lean();
  if (!claimed) {
    const known = await tokens.findOne({ tokenHash }).lean();
    if (known?.usedAt) {
      await revokeFamily(deps, known.familyId, now);
      deps.logger.warn({ userId: String(known.userId), familyId: known.familyId }, "refresh token reuse: session revoked");
      throw refreshTokenReused();
    }
    throw invalidRefreshToken();
  }
  const next = await storeRefreshToken(deps, claimed.userId, claimed.familyId, now);
  await tokens.updateOne({ _id: claimed._id }, { $set: { replacedBy: next.id } });
  return { userId: claimed.userId, familyId: claimed.familyId, refreshToken: next.token };
}

/** A fresh access token for a session whose refresh token was just rotated. */
export function accessTokens(deps: AppDeps, user: TokenUser, refreshToken: string): IssuedTokens {
  return { accessToken: accessTokenFor(deps, user), refreshToken, expiresIn: deps.config.JWT_ACCESS_TTL_SECONDS };
}

export async function revokeFamily(deps: AppDeps, familyId: string, now: Date): Promise<void> {
  await refreshTokenModel(deps.db).updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: now } });
}

/** Ends the session a refresh token belongs to (whatever state the token is in); its user's id. Unknown tokens are ignored. */
export async function revokeSessionOf(deps: AppDeps, token: string, now: Date): Promise<mongoose.Types.ObjectId | undefined> {
  const known = await refreshTokenModel(deps.db).findOne({ tokenHash: hashToken(token) }).lean();
  if (!known) return undefined;
  await revokeFamily(deps, known.familyId, now);
  return known.userId;
}

/** Ends every session of a user (password changed or reset, account demoted…). */
export async function revokeAllSessions(deps: AppDeps, userId: mongoose.Types.ObjectId, now: Date): Promise<void> {
  await refreshTokenModel(deps.db).updateMany({ userId, revokedAt: null }, { $set: { revokedAt: now } });
}
