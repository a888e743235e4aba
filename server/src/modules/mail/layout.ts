import type { MailContent } from "./templates.js";
import type { MailLang } from "./kinds.js";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The HTML and plain-text bodies of an e-mail, with every link absolute on `baseUrl`.
 * `unsubscribeUrl` is set for e-mails a member may switch off.
 */
export function renderMail(content: MailContent, lang: MailLang, baseUrl: string, unsubscribeUrl?: string): RenderedMail {
  const abs = (path: string) => new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
  const zh = lang === "zh";
  const footer = zh ? "此邮件由 Parklink（国际科技园区共同体）发送。" : "This e-mail was sent by Parklink, the CISIP matchmaking platform.";
  const unsubscribeLabel = zh ? "不再接收此类邮件" : "Stop e-mails like this";

  const text = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs,
    ...(content.items?.length ? [content.items.map((i) => `• ${i.text}${i.path ? `\n  ${abs(i.path)}` : ""}`).join("\n")] : []),
    ...(content.action ? [`${content.action.label}:\n${abs(content.action.path)}`] : []),
    `—\n${footer}${unsubscribeUrl ? `\n${unsubscribeLabel}: ${unsubscribeUrl}` : ""}`,
  ].join("\n\n");

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html lang="${zh ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,'PingFang SC','Microsoft YaHei',sans-serif;color:#1b2733">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<div style="font-weight:bold;font-size:18px;color:#0b5cad;margin-bottom:16px">Parklink</div>
${content.greeting ? p(content.greeting) : ""}${content.paragraphs.map(p).join("")}${
    content.items?.length
      ? `<ul style="padding-left:20px;margin:0 0 16px">${content.items
          .map((i) => `<li style="margin-bottom:8px">${i.path ? `<a href="${escapeHtml(abs(i.path))}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`)
          .join("")}</ul>`
      : ""
  }${
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(abs(content.action.path))}" style="background:#0b5cad;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
      : ""
  }
<p style="margin:24px 0 0;font-size:12px;color:#5b6b7a">${escapeHtml(footer)}${
    unsubscribeUrl ? ` <a href="${escapeHtml(unsubscribeUrl)}" style="color:#5b6b7a">${escapeHtml(unsubscribeLabel)}</a>` : ""
  }</p>
</div></body></html>`;
  return { subject: content.subject, text, html };
}
