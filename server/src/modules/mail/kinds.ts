/** A text in both interface languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A path inside the web app, e.g. "/introductions/42"; e-mails make it absolute. */
export type AppPath = `/${string}`;

/** Every e-mail Parklink sends, with the data its template needs. */
export interface MailData {
  confirm_email: { name: string; path: AppPath };
  password_reset: { token: string };
  org_invitation: { orgName: Bilingual; inviterName: string; path: AppPath };
  introduction_asked: { fromOrg: Bilingual; message?: string; introductionId: string };
  introduction_accepted: { otherOrg: Bilingual; introduced: boolean; introductionId: string };
  introduction_declined: { otherOrg: Bilingual; introductionId: string };
  chat_message: { fromName: string; otherOrg: Bilingual; excerpt: string; introductionId: string };
  digest: { name: string; items: { title: Bilingual; link?: string }[] };
  follow_up: { months: number; otherOrg: Bilingual; introductionId: string };
  event_reminder: { title: Bilingual; startsAt: string; place?: string; path: AppPath };
}

export type MailKind = keyof MailData;
export type MailLang = "en" | "zh";

export const MAIL_KINDS = [
  "confirm_email",
  "password_reset",
  "org_invitation",
  "introduction_asked",
  "introduction_accepted",
  "introduction_declined",
  "chat_message",
  "digest",
  "follow_up",
  "event_reminder",
] as const satisfies readonly MailKind[];

/** What a member may switch off; the rest (address confirmation, password reset, invitations) always goes. */
export const MAIL_PREFERENCES = ["introductions", "chat", "digest", "followUps", "events"] as const;
export type MailPreference = (typeof MAIL_PREFERENCES)[number];

export const PREFERENCE_OF: Record<MailKind, MailPreference | null> = {
  confirm_email: null,
  password_reset: null,
  org_invitation: null,
  introduction_asked: "introductions",
  introduction_accepted: "introductions",
  introduction_declined: "introductions",
  chat_message: "chat",
  digest: "digest",
  follow_up: "followUps",
  event_reminder: "events",
};

/** One e-mail to queue: `userId` when the recipient has an account (their preferences apply). */
export type MailRequest = {
  [K in MailKind]: { kind: K; to: string; lang: MailLang; data: MailData[K]; userId?: string };
}[MailKind];
