import { z } from "zod";

/**
 * Kinds of in-app notification a member may switch off. Membership decisions and
 * invitations to an organization always reach the notification centre.
 */
export const IN_APP_KINDS = ["introductions", "chat", "followUps", "events", "savedSearches", "requests"] as const;
export type InAppKind = (typeof IN_APP_KINDS)[number];

/**
 * How often the e-mail digest of unread notifications goes out: "hourly" sends what is
 * over an hour old at each run of the digest job (the default); "daily" and "weekly" wait
 * that long after the previous digest; "off" sends none (the same switch as the digest's
 * e-mail preference and its unsubscribe link).
 */
export const DIGEST_FREQUENCIES = ["off", "hourly", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

const inAppShape = Object.fromEntries(IN_APP_KINDS.map((k) => [k, z.boolean()])) as Record<InAppKind, z.ZodBoolean>;
export const inAppPreferences = z.object(inAppShape);

export const notificationPreferences = z.object({
  inApp: inAppPreferences,
  digest: z.enum(DIGEST_FREQUENCIES),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const notificationPreferencesBody = z
  .object({
    inApp: inAppPreferences.partial().strict().optional(),
    digest: z.enum(DIGEST_FREQUENCIES).optional(),
  })
  .strict();
export type NotificationPreferencesBody = z.infer<typeof notificationPreferencesBody>;
