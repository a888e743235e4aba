import type { Bilingual, OfferView } from "@parklink/shared";
import type { Offer } from "./model.js";

export function presentOffer(offer: Offer, orgName?: Bilingual, now = new Date()): OfferView {
  return {
    id: String(offer._id),
    orgId: String(offer.orgId),
    ...(orgName ? { orgName } : {}),
    title: offer.title,
    summary: offer.summary,
    industries: offer.industries,
    trl: offer.trl,
    ipStatus: offer.ipStatus,
    transferModes: offer.transferModes,
    targetRegions: offer.targetRegions,
    status: offer.status,
    expiresAt: offer.expiresAt.toISOString(),
    expired: offer.expiresAt.getTime() <= now.getTime(),
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
  };
}
