import { links } from "@parklink/shared";
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
import { AppError, conflict, notFound, tooManyRequests, unauthorized, validationFailed } from "../../http/errors.js";
import { inTransaction, isObjectId } from "../../infra/model.js";
import { enqueueMail } from "../mail/enqueue.js";
import { passwordResetModel, userModel, type User } from "./model.js";
import { comparePassword, dummyHash, hashPassword as hashWithCost } from "../sessions/hashing.js";
import type { LoginThrottle } from "../sessions/login-throttle.js";
import { revokeSessions } from "../sessions/state.js";
import type { RevocationReason } from "../sessions/bus.js";
import { mailAlreadyRegistered, sendConfirmation } from "./confirm.js";
import { hashToken, issueTokens, randomToken, revokeAllSessions, type IssuedTokens } from "./tokens.js";

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role?: UserRole;
  phone?: string;
  locale?: UserLocale;
  /** Sign-up leaves this false until the e-mail link is followed; seed, admins and tests make confirmed accounts. */
  emailConfirmed?: boolean;
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
const accountSuspended = () => new AppError(403, "account_suspended", "This account is suspended; please contact CISIP staff");
const invalidResetToken = () => new AppError(400, "invalid_reset_token", "This password-reset link is invalid, already used or expired");

const hashPassword = (deps: AppDeps, password: string) => hashWithCost(password, deps.config.bcryptCost);

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
      emailConfirmed: input.emailConfirmed ?? true,
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

/**
 * Sign-up answers the same whether or not the e-mail has an account: a new account gets a
 * confirmation link (it can sign in at once, but not post until confirmed); the owner of
 * an existing one gets an e-mail saying someone tried. The caller learns nothing.
 */
export async function register(deps: AppDeps, body: RegisterBody, now: Date): Promise<void> {
  const email = body.email.trim().toLowerCase();
  const existing = await userModel(deps.db).exists({ email });
  if (existing) {
    await hashPassword(deps, body.password); // the same work as a new account
    mailAlreadyRegistered(deps, email);
    return;
  }
  try {
    const user = await createUser(deps, { ...body, role: "member", emailConfirmed: false });
    await sendConfirmation(deps, user, now);
  } catch (err) {
    if (!(err instanceof AppError && err.status === 409)) throw err;
    mailAlreadyRegistered(deps, email); // registered meanwhile
  }
}

const tooManySignIns = (seconds: number) => tooManyRequests("Too many failed sign-ins from here; please wait and try again", seconds);

/**
 * Sign-in. Unknown e-mail and wrong password give the same answer after the same bcrypt
 * work (a dummy hash for unknown e-mails) and count the same in the login throttle, which
 * slows an e-mail+IP pair (and an IP) down after repeated failures; no account is ever locked.
 */
export async function login(deps: AppDeps, body: LoginBody, ip: string, throttle: LoginThrottle, now: Date): Promise<SignedIn> {
  const wait = await throttle.wait(body.email, ip);
  if (wait > 0) throw tooManySignIns(wait);
  const user = await userModel(deps.db).findOne({ email: body.email }).lean<User>();
  const matches = await comparePassword(body.password, user?.passwordHash ?? (await dummyHash(deps.config.bcryptCost)));
  if (!user || !matches) {
    await throttle.failed(body.email, ip);
    throw invalidCredentials();
  }
  await throttle.succeeded(body.email, ip);
  if (user.suspendedAt) throw accountSuspended();
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

async function setPassword(deps: AppDeps, userId: mongoose.Types.ObjectId, password: string, now: Date, reason: RevocationReason): Promise<void> {
  const passwordHash = await hashPassword(deps, password);
  await userModel(deps.db).updateOne({ _id: userId }, { $set: { passwordHash, passwordChangedAt: now } });
  await revokeAllSessions(deps, userId, now);
  await revokeSessions(deps, userId, reason);
}

/** Checks the current password, sets the new one, ends every session and starts a new one. */
export async function changePassword(deps: AppDeps, userId: string, body: ChangePasswordBody, now: Date): Promise<SignedIn> {
  const user = await loadCurrentUser(deps, userId);
  if (!(await comparePassword(body.currentPassword, user.passwordHash))) {
    throw validationFailed([{ field: "currentPassword", code: "wrong_password", message: "is not your current password" }]);
  }
  await setPassword(deps, user._id, body.newPassword, now, "password_changed");
  return { user, tokens: await issueTokens(deps, await loadCurrentUser(deps, userId), now) };
}

/** "Sign out everywhere else": every session of the user ends (tokens and sockets), this one starts afresh. */
export async function endOtherSessions(deps: AppDeps, userId: string, now: Date): Promise<SignedIn> {
  const user = await loadCurrentUser(deps, userId);
  await revokeAllSessions(deps, user._id, now);
  await revokeSessions(deps, user._id, "logout");
  return { user, tokens: await issueTokens(deps, await loadCurrentUser(deps, userId), now) };
}

/**
 * Mails a one-time reset link (valid one hour) when the address has an account;
 * says nothing either way. In development the link is also logged, never elsewhere.
 */
export async function requestPasswordReset(deps: AppDeps, email: string, now: Date): Promise<void> {
  const user = await userModel(deps.db).findOne({ email }).select("_id email locale").lean<Pick<User, "_id" | "email" | "locale">>();
  if (!user) {
    await passwordResetModel(deps.db).exists({ tokenHash: hashToken(randomToken()) }); // about the same database work
    return;
  }
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
    const link = new URL(links.resetPassword(token), deps.config.PUBLIC_URL ?? `http://${deps.config.HOST}:${deps.config.PORT}`).toString();
    deps.logger.info({ to: user.email, link }, "password-reset link (development only)");
  }
}

/** Uses a reset token once: sets the password and ends every session. */
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
  await setPassword(deps, reset.userId, body.newPassword, now, "password_reset");
}

/** An administrator changes someone's role (not their own: an admin cannot lock themselves out). */
export async function setRole(deps: AppDeps, actorId: string, userId: string, role: UserRole): Promise<User> {
  if (actorId === userId) throw conflict("You cannot change your own role");
  const user = await userModel(deps.db).findByIdAndUpdate(userId, { $set: { role } }, { new: true }).lean<User>();
  if (!user) throw notFound("User");
  await revokeSessions(deps, user._id, "role_changed");
  return user;
}
