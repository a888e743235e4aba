import type { INTRODUCTION_STATUS_IDS } from "@parklink/shared";
import { isMemberOf, type Actor, type Id } from "./actor.js";
import type { Policy } from "./authorize.js";

export type IntroductionStatus = (typeof INTRODUCTION_STATUS_IDS)[number];

export type IntroductionAction =
  | "read"
  | "respond"
  | "recordOutcome"
  | "advance"
  | "addStaffNote"
  | "readStaffNotes"
  /** A decline note: written "for CISIP staff", never shown to either side. */
  | "readPrivateNotes"
  | "joinAsStaff";

export interface IntroductionRecord {
  from: { orgId: Id };
  to: { orgId: Id };
  status: IntroductionStatus;
  introducedAt?: Date;
  invitedStaff?: Id[];
}

/** Which side the actor answers for, if any (the requesting side first). */
export const sideOf = (actor: Actor, intro: Pick<IntroductionRecord, "from" | "to">): "from" | "to" | undefined =>
  isMemberOf(actor, intro.from.orgId) ? "from" : isMemberOf(actor, intro.to.orgId) ? "to" : undefined;

/** Statuses at or after the moment both sides accepted: contacts visible, chat open. */
export const INTRODUCED: readonly IntroductionStatus[] = ["introduced", "meeting_held", "agreement"];
export const isIntroduced = (intro: Pick<IntroductionRecord, "status" | "introducedAt">) =>
  Boolean(intro.introducedAt) || INTRODUCED.includes(intro.status);

const visible = (actor: Actor, intro: IntroductionRecord) => actor.staff || sideOf(actor, intro) !== undefined;

/** An introduction is its two organizations' and staff's; the pipeline's tools and notes are staff's only. */
export const introductionPolicy: Policy<IntroductionAction, IntroductionRecord> = {
  entity: "Introduction",
  visible,
  can(actor, action, intro) {
    if (!visible(actor, intro)) return false;
    switch (action) {
      case "read":
        return true;
      case "respond":
        return sideOf(actor, intro) !== undefined;
      case "recordOutcome":
        return actor.staff || sideOf(actor, intro) !== undefined;
      case "advance":
      case "addStaffNote":
      case "readStaffNotes":
      case "readPrivateNotes":
      case "joinAsStaff":
        return actor.staff;
    }
  },
  refusal: (action) =>
    ({
      read: "You may not see this introduction",
      respond: "Only the two organizations answer an introduction",
      recordOutcome: "Only the two organizations and staff record an outcome",
      advance: "Staff only",
      addStaffNote: "Staff only",
      readStaffNotes: "Staff only",
      readPrivateNotes: "Staff only",
      joinAsStaff: "Staff only",
    })[action],
};
