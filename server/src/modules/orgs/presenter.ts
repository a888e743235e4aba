import type { OrgView } from "@parklink/shared";
import type { Org } from "./model.js";

export interface OrgPresentation {
  contacts: boolean;
  vetting: boolean;
  myRole?: "owner" | "editor";
}

/** The JSON a client sees of an organization: contacts and vetting history only when allowed. */
export function presentOrg(org: Org, show: OrgPresentation): OrgView {
  const profile = org[org.kind] as Record<string, unknown> | undefined;
  const kindProfile =
    profile && org.kind === "enterprise" && profile.homeParkId
      ? { ...profile, homeParkId: String(profile.homeParkId) }
      : profile;
  return {
    id: String(org._id),
    kind: org.kind,
    status: org.status,
    name: { en: org.name.en, ...(org.name.local ? { local: org.name.local } : {}) },
    description: {
      en: org.description?.en ?? "",
      ...(org.description?.local ? { local: org.description.local } : {}),
      ...(org.description?.originalLang ? { originalLang: org.description.originalLang } : {}),
    },
    country: org.country,
    region: org.region,
    city: org.city,
    ...(org.website ? { website: org.website } : {}),
    industries: org.industries,
    cooperationInterests: org.cooperationInterests,
    interestRegions: org.interestRegions,
    languages: org.languages,
    ...(org.partners?.length ? { partners: org.partners.map((x) => ({ orgId: String(x.orgId), type: x.type, ...(x.since ? { since: x.since } : {}) })) } : {}),
    ...(kindProfile ? { [org.kind]: kindProfile } : {}),
    ...(show.contacts ? { contacts: org.contacts.map(({ name, title, email, phone }) => ({ name, title, email, phone })) } : {}),
    ...(show.vetting
      ? {
          vetting: org.vetting.map((v) => ({
            decision: v.decision,
            by: v.by ? String(v.by) : null,
            at: v.at.toISOString(),
            ...(v.reason ? { reason: v.reason } : {}),
          })),
        }
      : {}),
    ...(show.myRole ? { myRole: show.myRole } : {}),
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  } as OrgView;
}
