import type { UserView } from "@parklink/shared";
import type { User } from "./model.js";

/** The JSON of a user: never the password hash, tokens or sign-in counters. */
export function presentUser(
  user: Pick<User, "_id" | "email" | "name" | "phone" | "role" | "locale" | "createdAt" | "emailConfirmed" | "suspendedAt">,
): UserView {
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    ...(user.phone ? { phone: user.phone } : {}),
    role: user.role,
    locale: user.locale,
    emailConfirmed: user.emailConfirmed !== false,
    ...(user.suspendedAt ? { suspendedAt: user.suspendedAt.toISOString() } : {}),
    createdAt: user.createdAt.toISOString(),
  };
}
