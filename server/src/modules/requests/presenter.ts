import type { RequestView } from "@parklink/shared";
import type { Org } from "../orgs/model.js";
import type { CooperationRequest } from "./model.js";

export function presentRequest(r: CooperationRequest, org?: Pick<Org, "name" | "kind" | "country">): RequestView {
  const optional = <K extends "trlMin" | "trlMax" | "ticketMinUsd" | "ticketMaxUsd">(k: K) =>
    typeof r[k] === "number" ? { [k]: r[k] } : {};
  return {
    id: String(r._id),
    orgId: String(r.orgId),
    ...(org ? { orgName: org.name, orgKind: org.kind, orgCountry: org.country } : {}),
    type: r.type,
    title: r.title,
    description: r.description,
    industries: r.industries,
    targetRegions: r.targetRegions,
    targetCountries: r.targetCountries,
    partnerKinds: r.partnerKinds,
    ...optional("trlMin"),
    ...optional("trlMax"),
    ...optional("ticketMinUsd"),
    ...optional("ticketMaxUsd"),
    state: r.state,
    expiresAt: r.expiresAt.toISOString(),
    ...(r.openedAt ? { openedAt: r.openedAt.toISOString() } : {}),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
