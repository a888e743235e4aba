import { links } from "@parklink/shared";
import type { AppPath, Bilingual, MailData, MailKind, MailLang } from "./kinds.js";

/** What a template says; layout.ts turns it into the HTML and text bodies. */
export interface MailContent {
  subject: string;
  greeting?: string;
  paragraphs: string[];
  /** The one button of the e-mail. */
  action?: { label: string; path: AppPath };
  /** Further links, listed under the paragraphs (the digest's items). */
  items?: { text: string; path?: AppPath }[];
}

type Template<K extends MailKind> = (data: MailData[K], lang: MailLang) => MailContent;

const pick = (text: Bilingual, lang: MailLang) => (lang === "zh" ? text.zh || text.en : text.en);
const L = <T>(lang: MailLang, en: T, zh: T) => (lang === "zh" ? zh : en);
const intro = (id: string): AppPath => links.introduction(encodeURIComponent(id)) as AppPath;
const appPath = (link: string | undefined): AppPath | undefined => (link?.startsWith("/") ? (link as AppPath) : undefined);

const TEMPLATES: { [K in MailKind]: Template<K> } = {
  confirm_email: (d, lang) => ({
    subject: L(lang, "Confirm your Parklink e-mail address", "请确认您的 Parklink 电子邮件地址"),
    greeting: L(lang, `Hello ${d.name},`, `${d.name}，您好：`),
    paragraphs: [L(lang, "Please confirm that this address is yours, so that Parklink may write to you.", "请确认此地址属于您，以便 Parklink 与您联系。")],
    action: { label: L(lang, "Confirm my address", "确认我的地址"), path: d.path },
  }),
  password_reset: (d, lang) => ({
    subject: L(lang, "Reset your Parklink password", "重置您的 Parklink 密码"),
    paragraphs: [
      L(lang, "Someone (hopefully you) asked to reset the password of your Parklink account.", "有人（希望是您本人）申请重置您的 Parklink 账户密码。"),
      L(lang, "Open this link within one hour to choose a new password.", "请在一小时内打开此链接设置新密码。"),
      L(lang, `Or enter this code: ${d.token}`, `或输入此代码：${d.token}`),
      L(lang, "If you did not ask for this, ignore this e-mail; your password stays unchanged.", "如果这不是您的操作，请忽略此邮件，您的密码不会改变。"),
    ],
    action: { label: L(lang, "Choose a new password", "设置新密码"), path: links.resetPassword(d.token) as AppPath },
  }),
  org_invitation: (d, lang) => ({
    subject: L(lang, `${d.inviterName} invites you to ${pick(d.orgName, lang)} on Parklink`, `${d.inviterName} 邀请您加入 Parklink 上的 ${pick(d.orgName, lang)}`),
    paragraphs: [L(lang, `${d.inviterName} invites you to help keep the profile of ${pick(d.orgName, lang)} on Parklink.`, `${d.inviterName} 邀请您共同维护 ${pick(d.orgName, lang)} 在 Parklink 上的资料。`)],
    action: { label: L(lang, "Accept the invitation", "接受邀请"), path: d.path },
  }),
  introduction_asked: (d, lang) => ({
    subject: L(lang, `${pick(d.fromOrg, lang)} would like to be introduced`, `${pick(d.fromOrg, lang)} 希望与您建立联系`),
    paragraphs: [
      L(lang, `${pick(d.fromOrg, lang)} asks for an introduction to your organization. Accept or decline it on Parklink.`, `${pick(d.fromOrg, lang)} 希望与贵机构建立联系。请在 Parklink 上接受或婉拒。`),
      ...(d.message ? [`“${d.message}”`] : []),
    ],
    action: { label: L(lang, "Answer the introduction", "回复联系请求"), path: intro(d.introductionId) },
  }),
  introduction_accepted: (d, lang) => ({
    subject: d.introduced
      ? L(lang, `You are introduced to ${pick(d.otherOrg, lang)}`, `您已与 ${pick(d.otherOrg, lang)} 建立联系`)
      : L(lang, `${pick(d.otherOrg, lang)} accepted the introduction`, `${pick(d.otherOrg, lang)} 接受了联系`),
    paragraphs: [
      d.introduced
        ? L(lang, "Both sides have accepted: contacts and chat are open.", "双方均已接受：现可查看联系方式并聊天。")
        : L(lang, `${pick(d.otherOrg, lang)} accepted; the introduction waits for the other side.`, `${pick(d.otherOrg, lang)} 已接受，正在等待另一方回复。`),
    ],
    action: { label: L(lang, "Open the introduction", "查看联系"), path: intro(d.introductionId) },
  }),
  introduction_declined: (d, lang) => ({
    subject: L(lang, `${pick(d.otherOrg, lang)} declined the introduction`, `${pick(d.otherOrg, lang)} 婉拒了联系`),
    paragraphs: [L(lang, "Other partners may fit better: your match lists keep suggesting them.", "其他伙伴可能更合适：您的匹配列表会继续推荐。")],
    action: { label: L(lang, "Open the introduction", "查看联系"), path: intro(d.introductionId) },
  }),
  chat_message: (d, lang) => ({
    subject: L(lang, `New message from ${d.fromName} (${pick(d.otherOrg, lang)})`, `来自 ${d.fromName}（${pick(d.otherOrg, lang)}）的新消息`),
    paragraphs: [L(lang, `${d.fromName} wrote while you were away:`, `${d.fromName} 在您离开时发来消息：`), `“${d.excerpt}”`],
    action: { label: L(lang, "Reply in the chat", "在聊天中回复"), path: links.introductionChat(encodeURIComponent(d.introductionId)) as AppPath },
  }),
  digest: (d, lang) => ({
    subject: L(lang, `Parklink: ${d.items.length} new update${d.items.length === 1 ? "" : "s"}`, `Parklink：您有 ${d.items.length} 条新消息`),
    greeting: L(lang, `Hello ${d.name},`, `${d.name}，您好：`),
    paragraphs: [L(lang, "This happened on Parklink since you last looked:", "自您上次查看以来，Parklink 上有以下更新：")],
    items: d.items.map((i) => ({ text: pick(i.title, lang), path: appPath(i.link) })),
    action: { label: L(lang, "Open my notifications", "查看我的通知"), path: links.notifications() as AppPath },
  }),
  follow_up: (d, lang) => ({
    subject: L(lang, `${d.months} months since your introduction to ${pick(d.otherOrg, lang)}: how did it go?`, `与 ${pick(d.otherOrg, lang)} 建立联系已 ${d.months} 个月：进展如何？`),
    paragraphs: [L(lang, "Tell CISIP what came of it — a meeting, an agreement, or nothing yet. It helps us broker better introductions.", "请告诉 CISIP 结果如何——会面、协议或尚无进展。这有助于我们促成更好的联系。")],
    action: { label: L(lang, "Record the outcome", "记录结果"), path: intro(d.introductionId) },
  }),
  event_reminder: (d, lang) => ({
    subject: L(lang, `Reminder: ${pick(d.title, lang)}`, `提醒：${pick(d.title, lang)}`),
    paragraphs: [
      L(lang, `${pick(d.title, lang)} starts on ${when(d.startsAt, lang)}.`, `${pick(d.title, lang)} 将于 ${when(d.startsAt, lang)} 开始。`),
      ...(d.place ? [L(lang, `Place: ${d.place}`, `地点：${d.place}`)] : []),
    ],
    action: { label: L(lang, "See the event", "查看活动"), path: d.path },
  }),
};

function when(iso: string, lang: MailLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}

export function mailContent<K extends MailKind>(kind: K, data: MailData[K], lang: MailLang): MailContent {
  return (TEMPLATES[kind] as Template<K>)(data, lang);
}
