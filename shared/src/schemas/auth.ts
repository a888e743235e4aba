import { z } from "zod";
import { email, password, phone } from "./common.js";

export const USER_ROLES = ["member", "staff", "admin"] as const;
export const userRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRole>;

export const USER_LOCALES = ["en", "zh"] as const;
export const userLocale = z.enum(USER_LOCALES);
export type UserLocale = z.infer<typeof userLocale>;

const personName = z.string().trim().min(1, "must not be empty").max(120);
/** What was typed at sign-in: checked against the stored hash, not against the password policy. */
const givenPassword = z.string().min(1, "is required").max(128);
/** Opaque random tokens (refresh, password reset), base64url. */
export const opaqueToken = z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/, "is not a valid token");

/** A user as they see themselves (and as admins see them): never a hash, token or counter. */
export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  role: userRole,
  locale: userLocale,
  /** False until the e-mail confirmation link is followed: the account can read but not post. */
  emailConfirmed: z.boolean(),
  /** Present (the time) while an administrator has suspended the account. */
  suspendedAt: z.string().optional(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

/** What sign-up, sign-in, refresh and password change answer. */
export const authSession = z.object({
  user: userView,
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Lifetime of the access token, in seconds. */
  expiresIn: z.number().int(),
});
export type AuthSession = z.infer<typeof authSession>;

export const registerBody = z
  .object({ email, password, name: personName, phone: phone.optional(), locale: userLocale.optional() })
  .strict();
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.object({ email, password: givenPassword }).strict();
export type LoginBody = z.infer<typeof loginBody>;

export const refreshBody = z.object({ refreshToken: opaqueToken }).strict();
export type RefreshBody = z.infer<typeof refreshBody>;

export const logoutBody = refreshBody;
export type LogoutBody = RefreshBody;

/** `phone: null` removes the phone number. */
export const updateMeBody = z
  .object({ name: personName.optional(), phone: phone.nullable().optional(), locale: userLocale.optional() })
  .strict();
export type UpdateMeBody = z.infer<typeof updateMeBody>;

export const changePasswordBody = z.object({ currentPassword: givenPassword, newPassword: password }).strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const passwordResetRequestBody = z.object({ email }).strict();
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBody>;

export const passwordResetConfirmBody = z.object({ token: opaqueToken, newPassword: password }).strict();
export type PasswordResetConfirmBody = z.infer<typeof passwordResetConfirmBody>;

/** An administrator creates staff (or admin, or member) accounts. */
export const createUserBody = z
  .object({ email, password, name: personName, role: userRole, phone: phone.optional(), locale: userLocale.optional() })
  .strict();
export type CreateUserBody = z.infer<typeof createUserBody>;

export const changeRoleBody = z.object({ role: userRole }).strict();
export type ChangeRoleBody = z.infer<typeof changeRoleBody>;

/** The token of an e-mail confirmation link. */
export const confirmEmailBody = z.object({ token: opaqueToken }).strict();
export type ConfirmEmailBody = z.infer<typeof confirmEmailBody>;

export const suspendBody = z.object({ suspended: z.boolean() }).strict();
export type SuspendBody = z.infer<typeof suspendBody>;
