import { z } from "zod";

/** Kinds of e-mail a member may switch off; address confirmation, password reset and invitations always go. */
export const mailPreferenceKeys = ["introductions", "chat", "digest", "followUps", "events"] as const;

export const mailPreferences = z.object({
  introductions: z.boolean(),
  chat: z.boolean(),
  digest: z.boolean(),
  followUps: z.boolean(),
  events: z.boolean(),
});
export type MailPreferences = z.infer<typeof mailPreferences>;

export const mailPreferencesBody = mailPreferences.partial().strict();

export const unsubscribeQuery = z.object({ token: z.string().min(1).max(200) });
