/** An organization form's state (text inputs as strings) and its conversion to and from the API's shapes. */
import type { CreateOrgBody, OrgKind, OrgView, UpdateOrgBody } from "../../api/types";

export interface ContactDraft {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface OrgDraft {
  kind: OrgKind;
  name: { en: string; local?: string };
  description: { en: string; local?: string };
  country: string;
  city: string;
  website: string;
  industries: string[];
  cooperationInterests: string[];
  interestRegions: string[];
  languages: string[];
  contacts: ContactDraft[];
  park: { founded: string; management: string; investedBy: string; areaKm2: string; residentCompanies: string; stage: string; services: string[] };
  enterprise: { homeParkId: string; size: string; products: string; seeks: string[] };
  investor: { investorType: string; stages: string[]; ticketMinUsd: string; ticketMaxUsd: string };
  institution: { institutionType: string };
}

export const emptyContact = (): ContactDraft => ({ name: "", title: "", email: "", phone: "" });

export function emptyOrgDraft(kind: OrgKind = "park"): OrgDraft {
  return {
    kind,
    name: { en: "", local: "" },
    description: { en: "", local: "" },
    country: "",
    city: "",
    website: "",
    industries: [],
    cooperationInterests: [],
    interestRegions: [],
    languages: [],
    contacts: [emptyContact()],
    park: { founded: "", management: "", investedBy: "", areaKm2: "", residentCompanies: "", stage: "", services: [] },
    enterprise: { homeParkId: "", size: "", products: "", seeks: [] },
    investor: { investorType: "", stages: [], ticketMinUsd: "", ticketMaxUsd: "" },
    institution: { institutionType: "" },
  };
}

const str = (n: number | undefined) => (n === undefined ? "" : String(n));

export function draftFromOrg(org: OrgView): OrgDraft {
  const draft = emptyOrgDraft(org.kind);
  const inv = (org.investor ?? {}) as { investorType?: string; stages?: string[]; ticketMinUsd?: number; ticketMaxUsd?: number };
  return {
    ...draft,
    name: { en: org.name.en, local: org.name.local ?? "" },
    description: { en: org.description.en, local: org.description.local ?? "" },
    country: org.country,
    city: org.city,
    website: org.website ?? "",
    industries: org.industries,
    cooperationInterests: org.cooperationInterests,
    interestRegions: org.interestRegions,
    languages: org.languages,
    contacts: (org.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? "", email: c.email, phone: c.phone ?? "" })),
    park: org.park
      ? {
          founded: str(org.park.founded),
          management: org.park.management,
          investedBy: org.park.investedBy ?? "",
          areaKm2: str(org.park.areaKm2),
          residentCompanies: str(org.park.residentCompanies),
          stage: org.park.stage,
          services: [...org.park.services],
        }
      : draft.park,
    enterprise: org.enterprise
      ? { homeParkId: org.enterprise.homeParkId ?? "", size: org.enterprise.size, products: org.enterprise.products.join(", "), seeks: [...org.enterprise.seeks] }
      : draft.enterprise,
    investor: org.investor
      ? { investorType: inv.investorType ?? "", stages: inv.stages ?? [], ticketMinUsd: str(inv.ticketMinUsd), ticketMaxUsd: str(inv.ticketMaxUsd) }
      : draft.investor,
    institution: org.institution ? { institutionType: org.institution.institutionType } : draft.institution,
  };
}

/** A number typed in a field; empty stays out of the body, anything else is the server's to judge. */
const num = (s: string) => (s.trim() === "" ? undefined : Number(s.trim()));
const opt = (s: string) => (s.trim() === "" ? undefined : s.trim());
export const bilingualBody = (b: { en: string; local?: string }) => ({ en: b.en, ...(b.local?.trim() ? { local: b.local } : {}) });

function profileOf(d: OrgDraft): Record<string, unknown> {
  switch (d.kind) {
    case "park":
      return {
        park: {
          founded: num(d.park.founded),
          management: d.park.management,
          investedBy: opt(d.park.investedBy),
          areaKm2: num(d.park.areaKm2),
          residentCompanies: num(d.park.residentCompanies),
          stage: d.park.stage,
          services: d.park.services,
        },
      };
    case "enterprise":
      return {
        enterprise: {
          homeParkId: opt(d.enterprise.homeParkId),
          size: d.enterprise.size,
          products: d.enterprise.products.split(/[,，\n]/).map((p) => p.trim()).filter(Boolean),
          seeks: d.enterprise.seeks,
        },
      };
    case "investor":
      return {
        investor: {
          investorType: d.investor.investorType,
          stages: d.investor.stages,
          ticketMinUsd: num(d.investor.ticketMinUsd),
          ticketMaxUsd: num(d.investor.ticketMaxUsd),
        },
      };
    case "institution":
      return { institution: { institutionType: d.institution.institutionType } };
  }
}

function commonOf(d: OrgDraft) {
  return {
    name: bilingualBody(d.name),
    description: bilingualBody(d.description),
    country: d.country,
    city: d.city,
    industries: d.industries,
    cooperationInterests: d.cooperationInterests,
    interestRegions: d.interestRegions,
    languages: d.languages,
    contacts: d.contacts
      .filter((c) => c.name.trim() || c.email.trim() || c.phone.trim())
      .map((c) => ({ name: c.name, email: c.email, ...(c.title.trim() ? { title: c.title } : {}), ...(c.phone.trim() ? { phone: c.phone } : {}) })),
  };
}

// The server validates every field with the shared schema; these casts only bridge free-form inputs to its types.
export function createBody(d: OrgDraft): CreateOrgBody {
  return { kind: d.kind, ...commonOf(d), ...(opt(d.website) ? { website: opt(d.website) } : {}), ...profileOf(d) } as CreateOrgBody;
}

export function updateBody(d: OrgDraft): UpdateOrgBody {
  return { ...commonOf(d), website: opt(d.website) ?? null, ...profileOf(d) } as UpdateOrgBody;
}
