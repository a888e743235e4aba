import type { trust as en } from "./trust.en";

/** 邮箱确认与邀请。 */
export const trust: Record<keyof typeof en, string> = {
  "confirm.banner": "请确认您的邮箱：打开我们发送给您的链接。确认之前您可以浏览，但不能发布内容。",
  "confirm.resend": "重新发送链接",
  "confirm.resent": "新的确认链接已发送。",
  "confirm.title": "确认您的邮箱",
  "confirm.code": "确认码",
  "confirm.submit": "确认",
  "confirm.done": "谢谢，您的邮箱已确认。",
  "invitations.title": "邀请",
  "invitations.none": "您没有待处理的邀请。",
  "invitations.intro": "{org} 邀请您以{role}身份加入。",
  "invitations.accept": "接受",
  "invitations.decline": "拒绝",
  "invitations.accepted": "您已成为 {org} 的成员。",
  "invitations.declined": "已拒绝邀请。",
  "invitations.fromLink": "您打开了一个邀请链接。接受后即加入该机构（同时确认您的邮箱）。",
  "invitations.joinedByLink": "您已加入该机构。",
  "invitations.confirmFirst": "请先确认邮箱，才能查看发送到该邮箱的邀请。",
};
