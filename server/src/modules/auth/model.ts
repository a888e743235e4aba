import mongoose from "mongoose";
import { DIGEST_FREQUENCIES, IN_APP_KINDS, type DigestFrequency, type InAppKind, type UserLocale, type UserRole } from "@parklink/shared";
import { modelOn } from "../../infra/model.js";
import { MAIL_PREFERENCES, type MailPreference } from "../mail/kinds.js";

export interface User {
  _id: mongoose.Types.ObjectId;
  /** Lower-case; the unique index is the source of truth for "already registered". */
  email: string;
  passwordHash: string;
  name: string;
  phone?: string;
  role: UserRole;
  locale: UserLocale;
  passwordChangedAt?: Date;
  /** Carried by access tokens; bumped to end them all at once (sessions/state.ts). */
  sessionVersion: number;
  /** False from sign-up until the confirmation link is followed; absent (older accounts) counts as confirmed. */
  emailConfirmed?: boolean;
  /** A suspended account cannot sign in and its tokens stop working. */
  suspendedAt?: Date | null;
  /** Kinds of e-mail the user switched off (unsubscribe links and settings). */
  mailOptOut?: MailPreference[];
  /** Kinds of in-app notification the user switched off (settings). */
  inAppOptOut?: InAppKind[];
  /** How often the digest goes out when it is on (absent: hourly). */
  digestEvery?: Exclude<DigestFrequency, "off">;
  /** When the last digest was queued (daily and weekly digests count from it). */
  lastDigestAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new mongoose.Schema<User>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    name: { type: String, required: true, trim: true },
    phone: { type: String },
    role: { type: String, enum: ["member", "staff", "admin"], required: true, default: "member" },
    locale: { type: String, enum: ["en", "zh"], required: true, default: "en" },
    passwordChangedAt: { type: Date },
    sessionVersion: { type: Number, required: true, default: 0 },
    emailConfirmed: { type: Boolean, default: true },
    suspendedAt: { type: Date, default: null },
    mailOptOut: { type: [{ type: String, enum: MAIL_PREFERENCES }], default: undefined },
    inAppOptOut: { type: [{ type: String, enum: IN_APP_KINDS }], default: undefined },
    digestEvery: { type: String, enum: DIGEST_FREQUENCIES.filter((f) => f !== "off") },
    lastDigestAt: { type: Date },
  },
  { timestamps: true, collection: "users" },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ role: 1 });

export const userModel = (db: mongoose.Connection) => modelOn(db, "User", userSchema);

/**
 * One refresh token of a session ("family"). Only the sha256 of the token is stored.
 * Every use rotates it: the used one keeps `usedAt`/`replacedBy`, so presenting it
 * again is detected as reuse and revokes the whole family.
 */
export interface RefreshToken {
  _id: mongoose.Types.ObjectId;
  tokenHash: string;
  userId: mongoose.Types.ObjectId;
  familyId: string;
  expiresAt: Date;
  usedAt?: Date | null;
  replacedBy?: mongoose.Types.ObjectId | null;
  revokedAt?: Date | null;
  createdAt: Date;
}

const refreshTokenSchema = new mongoose.Schema<RefreshToken>(
  {
    tokenHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    familyId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    replacedBy: { type: mongoose.Schema.Types.ObjectId, default: null },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "refresh_tokens" },
);
refreshTokenSchema.index({ tokenHash: 1 }, { unique: true });
refreshTokenSchema.index({ familyId: 1 });
refreshTokenSchema.index({ userId: 1 });
refreshTokenSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const refreshTokenModel = (db: mongoose.Connection) => modelOn(db, "RefreshToken", refreshTokenSchema);

/** A one-time password-reset token (hashed), valid for an hour. */
export interface PasswordReset {
  _id: mongoose.Types.ObjectId;
  tokenHash: string;
  userId: mongoose.Types.ObjectId;
  expiresAt: Date;
  usedAt?: Date | null;
  createdAt: Date;
}

const passwordResetSchema = new mongoose.Schema<PasswordReset>(
  {
    tokenHash: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "password_resets" },
);
passwordResetSchema.index({ tokenHash: 1 }, { unique: true });
passwordResetSchema.index({ userId: 1 });
passwordResetSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const passwordResetModel = (db: mongoose.Connection) => modelOn(db, "PasswordReset", passwordResetSchema);
