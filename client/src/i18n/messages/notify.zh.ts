import type { notify as en } from "./notify.en";

/** 通知偏好：按类别设置站内通知，以及摘要邮件的频率。 */
export const notify: Record<keyof typeof en, string> = {
  "settings.notify": "通知",
  "settings.notifyIntro": "选择通知中心显示哪些内容，以及未读通知多久以邮件摘要发送给您一次。会员审核结果和邀请始终显示。",
  "settings.inAppKinds": "在我的通知中显示",
  "settings.inApp.introductions": "对接请求的发起、推荐、接受、婉拒或过期",
  "settings.inApp.chat": "新的聊天消息",
  "settings.inApp.followUps": "对接后的跟进",
  "settings.inApp.events": "活动：洽谈、提醒、取消",
  "settings.inApp.savedSearches": "已保存搜索的新结果",
  "settings.inApp.requests": "即将到期的合作需求",
  "settings.digest": "未读通知的邮件摘要",
  "settings.digestHint": "摘要列出您尚未在站内阅读的通知。",
  "settings.digest.off": "从不",
  "settings.digest.hourly": "一小时内",
  "settings.digest.daily": "每天一次",
  "settings.digest.weekly": "每周一次",
};
