import type { MailLang, MailPreference } from "./kinds.js";

const NAMES: Record<MailPreference, { en: string; zh: string }> = {
  introductions: { en: "introduction e-mails", zh: "联系请求邮件" },
  chat: { en: "e-mails about chat messages", zh: "聊天消息邮件" },
  digest: { en: "the digest of notifications", zh: "通知摘要邮件" },
  followUps: { en: "follow-up questions after introductions", zh: "联系后的跟进邮件" },
  events: { en: "event reminders", zh: "活动提醒邮件" },
};

/** The small page an unsubscribe link shows: a button first (link scanners only GET), then the result. */
export function unsubscribePage(lang: MailLang, preference: MailPreference, token: string, done: boolean): string {
  const zh = lang === "zh";
  const what = NAMES[preference][lang];
  const body = done
    ? `<p>${zh ? `您将不再收到${what}。` : `You will no longer receive ${what}.`}</p>`
    : `<p>${zh ? `停止接收${what}？` : `Stop receiving ${what}?`}</p>
<form method="post" action="/api/mail/unsubscribe?token=${encodeURIComponent(token)}"><button type="submit">${zh ? "确认退订" : "Unsubscribe"}</button></form>`;
  return `<!doctype html><html lang="${zh ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Parklink</title></head>
<body style="font-family:Arial,'PingFang SC',sans-serif;max-width:480px;margin:48px auto;padding:0 16px"><h1 style="font-size:20px">Parklink</h1>${body}</body></html>`;
}
