import type { OrgStatus } from "@parklink/shared";
import { isMemberOf, type Actor, type Id } from "./actor.js";
import type { Policy } from "./authorize.js";

export type OfferAction = "read" | "update" | "delete" | "target";

export interface OfferRecord {
  orgId: Id;
  status: "active" | "withdrawn";
  expiresAt: Date;
  /** The owning organization's vetting status. */
  orgStatus: OrgStatus;
}

/** An offer is public while its organization is approved, it is active and not expired. */
export const isListedOffer = (o: OfferRecord, now = new Date()) => o.orgStatus === "approved" && o.status === "active" && o.expiresAt > now;
const visible = (actor: Actor, o: OfferRecord) => actor.staff || isMemberOf(actor, o.orgId) || isListedOffer(o);

export const offerPolicy: Policy<OfferAction, OfferRecord> = {
  entity: "Technology offer",
  visible,
  can(actor, action, o) {
    if (!visible(actor, o)) return false;
    switch (action) {
      case "read":
        return true;
      case "update":
      case "delete":
        return actor.staff || isMemberOf(actor, o.orgId);
      case "target":
        return isListedOffer(o);
    }
  },
  refusal: (action) =>
    ({
      read: "You may not see this offer",
      update: "Only this organization's members can edit its offers",
      delete: "Only this organization's members can delete its offers",
      target: "Only active offers can receive interest",
    })[action],
};
