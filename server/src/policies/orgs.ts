import type { OrgStatus } from "@parklink/shared";
import { isMemberOf, isOwnerOf, type Actor, type Id } from "./actor.js";
import type { Policy } from "./authorize.js";

export type OrgAction =
  | "read"
  | "update"
  | "delete"
  | "manageMembers"
  | "readVetting"
  | "readContacts"
  | "readIntroductions"
  | "readSuggestions"
  /** Express interest, or post requests, in this organization's name. */
  | "actFor"
  | "postRequest"
  | "postOffer"
  /** Receive a member's interest. */
  | "target";

export interface OrgRecord {
  _id: Id;
  status: OrgStatus;
  /** Whether one of the actor's organizations was introduced to this one (both sides accepted). */
  introduced?: boolean;
}

/** Pending and rejected organizations are invisible to everyone but staff and their own members. */
const visible = (actor: Actor, org: OrgRecord) => org.status === "approved" || actor.staff || isMemberOf(actor, org._id);

export const orgPolicy: Policy<OrgAction, OrgRecord> = {
  entity: "Organization",
  visible,
  can(actor, action, org) {
    if (!visible(actor, org)) return false;
    const member = isMemberOf(actor, org._id);
    switch (action) {
      case "read":
        return true;
      case "update":
      case "readVetting":
      case "readIntroductions":
      case "readSuggestions":
      case "postOffer":
        return actor.staff || member;
      case "delete":
      case "manageMembers":
        return actor.staff || isOwnerOf(actor, org._id);
      case "readContacts":
        return actor.staff || member || Boolean(org.introduced);
      case "actFor":
        return member && org.status === "approved";
      case "postRequest":
        return (actor.staff || member) && org.status === "approved";
      case "target":
        return org.status === "approved";
    }
  },
  refusal: (action) =>
    ({
      read: "You may not see this organization",
      update: "Only this organization's members or staff can edit it",
      delete: "Only an owner or staff can delete an organization",
      manageMembers: "Only an owner or staff can manage members",
      readVetting: "Only this organization's members or staff see its vetting",
      readContacts: "Contacts are shown once both sides accept an introduction",
      readIntroductions: "Only that organization's members and staff see its introductions",
      readSuggestions: "Only the organization's members and staff see its suggestions",
      actFor: "You can only act for your own approved organizations",
      postRequest: "Only approved organizations can post cooperation requests, by their members",
      postOffer: "Only this organization's members can post its offers",
      target: "Only approved organizations can receive interest",
    })[action],
};
