import type { OrgStatus, RequestState } from "@parklink/shared";
import { isMemberOf, type Actor, type Id } from "./actor.js";
import type { Policy } from "./authorize.js";

export type RequestAction = "read" | "update" | "transition" | "delete" | "readMatches" | "target" | "cite";

export interface RequestRecord {
  orgId: Id;
  state: RequestState;
  expiresAt: Date;
  /** The owning organization's vetting status. */
  orgStatus: OrgStatus;
}

/** Open to every member: an approved organization's open or matched request that has not expired. */
export const isPublicRequest = (r: Pick<RequestRecord, "state" | "expiresAt">, now = new Date()) =>
  (r.state === "open" || r.state === "matched") && r.expiresAt > now;

const listed = (r: RequestRecord) => r.orgStatus === "approved" && isPublicRequest(r);
const visible = (actor: Actor, r: RequestRecord) => actor.staff || isMemberOf(actor, r.orgId) || listed(r);

/** Drafts, closed and expired requests, and every request of an unapproved organization, are its members' and staff's only. */
export const requestPolicy: Policy<RequestAction, RequestRecord> = {
  entity: "Cooperation request",
  visible,
  can(actor, action, r) {
    if (!visible(actor, r)) return false;
    switch (action) {
      case "read":
      case "cite":
        return true;
      case "update":
      case "transition":
      case "delete":
      case "readMatches":
        return actor.staff || isMemberOf(actor, r.orgId);
      case "target":
        return listed(r);
    }
  },
  refusal: (action) =>
    ({
      read: "You may not see this request",
      cite: "You may not cite this request",
      update: "Only this organization's members can edit its requests",
      transition: "Only this organization's members can change its requests",
      delete: "Only this organization's members can delete its requests",
      readMatches: "Only the requesting organization and staff see its matches",
      target: "Only open requests can receive interest",
    })[action],
};
