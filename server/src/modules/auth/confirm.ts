import { absoluteLink, links } from "@parklink/shared";
import mongoose from "mongoose";
import type { AppDeps } from "../../deps.js";
import { AppError } from "../../http/errors.js";
import { modelOn } from "../../infra/model.js";
import { forgetSession } from "../sessions/state.js";
import { enqueueMail } from "../mail/enqueue.js";
import type { AppPath } from "../mail/kinds.js";
import { userModel, type User } from "./model.js";
import { hashToken, randomToken } from "./tokens.js";

const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

/** A one-time e-mail confirmation token (hashed), valid for two days. */
interface EmailConfirmation {
  _id: mongoose.Types.ObjectId;
  tokenHash: string;
  userId: mongoose.Types.ObjectId;
  expiresAt: Date;
}
const confirmationSchema = new mongoose.Schema<EmailConfirmation>(
  {
    tokenHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: "email_confirmations" },
);
confirmationSchema.index({ tokenHash: 1 }, { unique: true });
confirmationSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
const confirmationModel = (db: mongoose.Connection) => modelOn(db, "EmailConfirmation", confirmationSchema);

const invalidConfirmToken = () => new AppError(400, "invalid_confirm_token", "This confirmation link is invalid, already used or expired");

/** An absolute link for e-mails: PUBLIC_URL (required in production), else this server's own address. */
export const appLink = (deps: AppDeps, pathAndQuery: string) =>
  absoluteLink(deps.config.PUBLIC_URL ?? `http://${deps.config.HOST}:${deps.config.PORT}`, pathAndQuery);

/** Sends without waiting: the answer (and its timing) must not depend on the mail transport. */
export function mailInBackground(deps: AppDeps, to: string, subject: string, text: string): void {
  deps.mailer.send({ to, subject, text }).catch((err: unknown) => deps.logger.error({ err: { message: (err as Error).message } }, "e-mail failed"));
}

/** Queues a confirmation link to a new (or still unconfirmed) account, in its language, through the mail outbox. */
export async function sendConfirmation(deps: AppDeps, user: Pick<User, "_id" | "email" | "name" | "locale">, now: Date): Promise<void> {
  const token = randomToken();
  await confirmationModel(deps.db).create({ tokenHash: hashToken(token), userId: user._id, expiresAt: new Date(now.getTime() + CONFIRM_TTL_MS) });
  await enqueueMail(deps, {
    kind: "confirm_email",
    to: user.email,
    lang: user.locale === "zh" ? "zh" : "en",
    userId: String(user._id),
    data: { name: user.name, path: links.confirmEmail(token) as AppPath },
  });
  if (deps.config.NODE_ENV === "development") deps.logger.info({ to: user.email, link: appLink(deps, links.confirmEmail(token)) }, "confirmation link (development only)");
}

/** Someone tried to register an address that has an account: its owner hears, the caller does not. */
export function mailAlreadyRegistered(deps: AppDeps, email: string): void {
  mailInBackground(deps, email, "Someone tried to sign up to Parklink with your e-mail", [
    "Someone (hopefully you) tried to create a Parklink account with this e-mail address, which already has one.",
    `If it was you, sign in: ${appLink(deps, links.login())}`,
    `Forgot your password? ${appLink(deps, links.forgotPassword())}`,
    "If it was not you, you can ignore this e-mail; nothing changed.",
  ].join("\n\n"));
}

/** Uses a confirmation token once: the account may post from now on. */
export async function confirmEmail(deps: AppDeps, token: string): Promise<void> {
  const found = await confirmationModel(deps.db).findOneAndDelete({ tokenHash: hashToken(token), expiresAt: { $gt: new Date() } }).lean();
  if (!found) throw invalidConfirmToken();
  const updated = await userModel(deps.db).updateOne({ _id: found.userId }, { $set: { emailConfirmed: true } });
  if (updated.matchedCount === 0) throw invalidConfirmToken();
  await confirmationModel(deps.db).deleteMany({ userId: found.userId });
  forgetSession(deps.db, String(found.userId));
}

/** A new link for the signed-in user, if still unconfirmed (at most one every minute is the route's rate limit). */
export async function resendConfirmation(deps: AppDeps, userId: string, now: Date): Promise<void> {
  const user = await userModel(deps.db).findById(userId, { email: 1, name: 1, locale: 1, emailConfirmed: 1 }).lean<Pick<User, "_id" | "email" | "name" | "locale" | "emailConfirmed">>();
  if (user && user.emailConfirmed === false) await sendConfirmation(deps, user, now);
}
