import { isMemberOf, type Actor, type Id } from "./actor.js";
import type { Policy } from "./authorize.js";
import { isIntroduced, type IntroductionStatus } from "./introductions.js";

export type ChatAction = "join" | "send" | "read" | "typing";

/** What the chat policy reads of an introduction. */
export interface ChatRoomRecord {
  orgIds: Id[];
  status: IntroductionStatus;
  introducedAt?: Date;
  invitedStaff?: Id[];
}

const isSide = (actor: Actor, room: ChatRoomRecord) => room.orgIds.some((id) => isMemberOf(actor, id));
const isInvitedStaff = (actor: Actor, room: ChatRoomRecord) =>
  actor.staff && actor.auth !== undefined && (room.invitedStaff ?? []).some((id) => String(id) === actor.auth!.userId);

/**
 * An introduction's chat room: the members of its two organizations once both sides
 * accepted, and the staff it invited; the same for joining, sending, reading and typing.
 * Others are refused rather than told the introduction does not exist, as they always were.
 */
export const chatPolicy: Policy<ChatAction, ChatRoomRecord> = {
  entity: "introduction",
  visible: () => true,
  can: (actor, _action, room) => isInvitedStaff(actor, room) || (isSide(actor, room) && isIntroduced(room)),
  refusal: (_action, actor, room) =>
    isSide(actor, room) ? "The chat opens once both sides have accepted the introduction" : "You are not part of this introduction",
};
