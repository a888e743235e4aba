import crypto from "node:crypto";
import { MAIL_PREFERENCES, type MailPreference } from "./kinds.js";

const sign = (secret: string, payload: string) => crypto.createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

/** A token that switches off one kind of e-mail for one user; it never expires and carries nothing secret. */
export function unsubscribeToken(secret: string, userId: string, preference: MailPreference): string {
  const payload = `${userId}.${preference}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; preference: MailPreference } | null {
  const [userId, preference, signature, ...rest] = token.split(".");
  if (rest.length || !userId || !preference || !signature || !/^[a-f0-9]{24}$/.test(userId)) return null;
  if (!(MAIL_PREFERENCES as readonly string[]).includes(preference)) return null;
  const expected = Buffer.from(sign(secret, `${userId}.${preference}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return { userId, preference: preference as MailPreference };
}
