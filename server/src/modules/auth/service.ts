import bcrypt from "bcrypt";
import mongoose from "mongoose";
import type {
  ChangePasswordBody,
  LoginBody,
  PasswordResetConfirmBody,
  RegisterBody,
  UpdateMeBody,
  UserLocale,
  UserRole,
} from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { AppError, conflict, notFound, unauthorized, validationFailed } from "../../http/errors.js";
import { inTransaction, isObjectId } from "../../infra/model.js";
import { enqueueMail } from "../mail/enqueue.js";
import { passwordResetModel, userModel, type User } from "./model.js";
import { hashToken, issueTokens, randomToken, revokeAllSessions, type IssuedTokens } from "./tokens.js";

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role?: UserRole;
  phone?: string;
  locale?: UserLocale;
}

/** The fields of a user other modules may read: no hash, no counters. */
export type PublicUser = Pick<User, "_id" | "email" | "name" | "phone" | "role" | "locale" | "createdAt">;
const PUBLIC_FIELDS = "_id email name phone role locale createdAt";

export interface SignedIn {
  user: User;
  tokens: IssuedTokens;
}

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export const invalidCredentials = () => new AppError(401, "invalid_credentials", "E-mail or password is incorrect");
const accountLocked = (until: Date, now: Date) => {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(423, "account_locked", `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s)`, {
    retryAfterSeconds: seconds,
  });
};
const invalidResetToken = () => new AppError(400, "invalid_reset_token", "This password-reset link is invalid, already used or expired");

const hashPassword = (deps: AppDeps, password: string) => bcrypt.hash(password, deps.config.bcryptCost);

/** A hash to compare against when the e-mail is unknown, so both answers take as long. */
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) dummyHashes.set(cost, (hash = bcrypt.hash("parklink-no-such-account-0", cost)));
  return hash;
}

/** Creates an account (sign-up, seed, admins). A taken e-mail is a 409 decided by the unique index. */
export async function createUser(deps: AppDeps, input: NewUser): Promise<User> {
  const Users = userModel(deps.db);
  await Users.init(); // the unique e-mail index must exist before the first insert
  const passwordHash = await hashPassword(deps, input.password);
  try {
    const user = await Users.create({
      email: input.email.trim().toLowerCase(),
      passwordHash,
      name: input.name,
      role: input.role ?? "member",
      locale: input.locale ?? "en",
      ...(input.phone ? { phone: input.phone } : {}),
    });
    return user.toObject();
  } catch (err) {
    if ((err as { code?: number }).code === 11000) {
      throw conflict("An account with this e-mail address already exists", { fields: ["email"] });
    }
    throw err;
  }
}

export async function findUsersByIds(deps: AppDeps, ids: (string | mongoose.Types.ObjectId)[]): Promise<PublicUser[]> {
  const valid = [...new Set(ids.map(String))].filter(isObjectId).map((id) => new mongoose.Types.ObjectId(id));
  if (valid.length === 0) return [];
  return userModel(deps.db).find({ _id: { $in: valid } }).select(PUBLIC_FIELDS).lean<PublicUser[]>();
}

export async function findUserById(deps: AppDeps, id: string | mongoose.Types.ObjectId): Promise<User | null> {
  if (!isObjectId(String(id))) return null;
  return userModel(deps.db).findById(id).lean<User>();
}

/** The signed-in user; a token of a deleted account no longer authenticates. */
export async function loadCurrentUser(deps: AppDeps, userId: string): Promise<User> {
  const user = await findUserById(deps, userId);
  if (!user) throw unauthorized("This account no longer exists");
  return user;
}

export async function register(deps: AppDeps, body: RegisterBody, now: Date): Promise<SignedIn> {
  const user = await createUser(deps, { ...body, role: "member" });
  return { user, tokens: await issueTokens(deps, user, now) };
}

/**
 * Sign-in. Unknown e-mail and wrong password give the same answer after the same
 * bcrypt work; LOGIN_MAX_FAILURES consecutive failures lock the account for
 * LOGIN_LOCKOUT_MINUTES (423 account_locked with Retry-After).
 */
export async function login(deps: AppDeps, body: LoginBody, now: Date): Promise<SignedIn> {
  const Users = userModel(deps.db);
  const user = await Users.findOne({ email: body.email }).lean<User>();
  if (!user) {
    await bcrypt.compare(body.password, await dummyHash(deps.config.bcryptCost));
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw accountLocked(user.lockedUntil, now);
  if (!(await bcrypt.compare(body.password, user.passwordHash))) {
    const counted = await Users.findOneAndUpdate({ _id: user._id }, { $inc: { failedLogins: 1 } }, { new: true }).lean<User>();
    if (counted && counted.failedLogins >= deps.config.LOGIN_MAX_FAILURES) {
      const until = new Date(now.getTime() + deps.config.LOGIN_LOCKOUT_MINUTES * 60_000);
      await Users.updateOne({ _id: user._id }, { $set: { lockedUntil: until, failedLogins: 0 } });
      deps.logger.warn({ userId: String(user._id) }, "account locked after repeated failed sign-ins");
      throw accountLocked(until, now);
    }
    throw invalidCredentials();
  }
  if (user.failedLogins || user.lockedUntil) {
    await Users.updateOne({ _id: user._id }, { $set: { failedLogins: 0, lockedUntil: null } });
  }
  return { user, tokens: await issueTokens(deps, user, now) };
}

export async function updateMe(deps: AppDeps, userId: string, body: UpdateMeBody): Promise<User> {
  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.locale !== undefined) set.locale = body.locale;
  if (body.phone === null) unset.phone = 1;
  else if (body.phone !== undefined) set.phone = body.phone;
  const user = await userModel(deps.db)
    .findByIdAndUpdate(userId, { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) }, { new: true, runValidators: true })
    .lean<User>();
  if (!user) throw unauthorized("This account no longer exists");
  return user;
}

async function setPassword(deps: AppDeps, userId: mongoose.Types.ObjectId, password: string, now: Date): Promise<void> {
  const passwordHash = await hashPassword(deps, password);
  await userModel(deps.db).updateOne(
    { _id: userId },
    { $set: { passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null } },
  );
  await revokeAllSessions(deps, userId, now);
}

/** Checks the current password, sets the new one, ends every session and starts a new one. */
export async function changePassword(deps: AppDeps, userId: string, body: ChangePasswordBody, now: Date): Promise<SignedIn> {
  const user = await loadCurrentUser(deps, userId);
  if (!(await bcrypt.compare(body.currentPassword, user.passwordHash))) {
    throw validationFailed([{ field: "currentPassword", message: "is not your current password" }]);
  }
  await setPassword(deps, user._id, body.newPassword, now);
  return { user, tokens: await issueTokens(deps, user, now) };
}

/**
 * Mails a one-time reset link (valid one hour) when the address has an account;
 * says nothing either way. In development the link is also logged, never elsewhere.
 */
export async function requestPasswordReset(deps: AppDeps, email: string, now: Date): Promise<void> {
  const user = await userModel(deps.db).findOne({ email }).select("_id email locale").lean<Pick<User, "_id" | "email" | "locale">>();
  if (!user) return;
  const token = randomToken();
  // The token and its e-mail are saved together: the mail outbox sends it, retrying through outages.
  await inTransaction(deps.db, async (session) => {
    await passwordResetModel(deps.db).create(
      [{ tokenHash: hashToken(token), userId: user._id, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) }],
      { session },
    );
    await enqueueMail(deps, { kind: "password_reset", to: user.email, lang: user.locale === "zh" ? "zh" : "en", userId: String(user._id), data: { token } }, { session });
  });
  if (deps.config.NODE_ENV === "development") {
    const link = new URL(`/reset-password?token=${token}`, deps.config.PUBLIC_URL ?? `http://${deps.config.HOST}:${deps.config.PORT}`).toString();
    deps.logger.info({ to: user.email, link }, "password-reset link (development only)");
  }
}

/** Uses a reset token once: sets the password, unlocks the account and ends every session. */
export async function confirmPasswordReset(deps: AppDeps, body: PasswordResetConfirmBody, now: Date): Promise<void> {
  const Resets = passwordResetModel(deps.db);
  const reset = await Resets.findOneAndUpdate(
    { tokenHash: hashToken(body.token), usedAt: null, expiresAt: { $gt: now } },
    { $set: { usedAt: now } },
    { new: true },
  ).lean();
  if (!reset) throw invalidResetToken();
  // Other links sent to this user die with this one.
  await Resets.updateMany({ userId: reset.userId, usedAt: null }, { $set: { usedAt: now } });
  if (!(await findUserById(deps, reset.userId))) throw invalidResetToken();
  await setPassword(deps, reset.userId, body.newPassword, now);
}

/** An administrator changes someone's role (not their own: an admin cannot lock themselves out). */
export async function setRole(deps: AppDeps, actorId: string, userId: string, role: UserRole): Promise<User> {
  if (actorId === userId) throw conflict("You cannot change your own role");
  const user = await userModel(deps.db).findByIdAndUpdate(userId, { $set: { role } }, { new: true }).lean<User>();
  if (!user) throw notFound("User");
  return user;
}
