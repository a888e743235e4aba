import type { CreateOrgBody } from "@parklink/shared";

type OrgOf<K extends CreateOrgBody["kind"]> = Extract<CreateOrgBody, { kind: K }>;
/** Overrides may be invalid on purpose: tests send bad input too. */
type Overrides = Record<string, unknown>;

const DAY = 24 * 3600 * 1000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY);

export function buildPark(overrides: Overrides = {}): OrgOf<"park"> {
  return {
    kind: "park",
    name: { en: "Sophia Antipolis", local: "索菲亚科技园" },
    description: { en: "A technology park on the French Riviera.", local: "法国蔚蓝海岸的科技园区。" },
    country: "FR",
    city: "Valbonne",
    industries: ["biomedicine", "ict"],
    cooperationInterests: ["sister-park"],
    interestRegions: ["east-asia"],
    languages: ["en", "fr"],
    contacts: [{ name: "International Office", email: "international@sophia.example.org", phone: "+33 4 92 00 00 00" }],
    park: { founded: 1969, management: "foundation", stage: "operation", services: ["incubation"] },
    ...overrides,
  } as OrgOf<"park">;
}

export function buildEnterprise(overrides: Overrides = {}): OrgOf<"enterprise"> {
  return {
    kind: "enterprise",
    name: { en: "Chengdu BioLight Ltd", local: "成都生物光科技有限公司" },
    description: { en: "Medical imaging devices.", local: "医学影像设备。" },
    country: "CN",
    city: "Chengdu",
    industries: ["medical-engineering"],
    cooperationInterests: ["joint-product", "technology-transfer"],
    interestRegions: ["western-europe"],
    languages: ["zh", "en"],
    contacts: [{ name: "Li Wei", email: "li.wei@biolight.example.cn", phone: "+86 28 8000 0000" }],
    enterprise: { size: "small", products: ["imaging sensor"], seeks: ["technology", "partners"] },
    ...overrides,
  } as OrgOf<"enterprise">;
}

export function buildInvestor(overrides: Overrides = {}): OrgOf<"investor"> {
  return {
    kind: "investor",
    name: { en: "Silk Road Growth Fund", local: "丝路成长基金" },
    description: { en: "Growth capital for hard tech." },
    country: "SG",
    city: "Singapore",
    industries: ["ai", "new-energy"],
    cooperationInterests: ["investment"],
    interestRegions: ["southeast-asia", "east-asia"],
    languages: ["en"],
    contacts: [],
    investor: { investorType: "vc", stages: ["growth"], ticketMinUsd: 1_000_000, ticketMaxUsd: 10_000_000 },
    ...overrides,
  } as OrgOf<"investor">;
}

export function buildInstitution(overrides: Overrides = {}): OrgOf<"institution"> {
  return {
    kind: "institution",
    name: { en: "Kaunas Institute of Materials", local: "考纳斯材料研究所" },
    description: { en: "Applied materials research." },
    country: "LT",
    city: "Kaunas",
    industries: ["new-materials"],
    cooperationInterests: ["technology-transfer"],
    interestRegions: [],
    languages: ["lt", "en"],
    contacts: [],
    institution: { institutionType: "research-institute" },
    ...overrides,
  } as OrgOf<"institution">;
}

export function buildOffer(orgId: string, overrides: Overrides = {}): Record<string, unknown> {
  return {
    orgId,
    title: { en: "Graphene coating for battery electrodes", local: "电池电极石墨烯涂层" },
    summary: { en: "A patented coating that doubles electrode life.", local: "一种使电极寿命翻倍的专利涂层。" },
    industries: ["new-materials", "new-energy"],
    trl: 6,
    ipStatus: "patent-granted",
    transferModes: ["licence"],
    targetRegions: ["east-asia"],
    expiresAt: inDays(90).toISOString(),
    ...overrides,
  };
}

export function buildRequest(orgId: string, overrides: Overrides = {}): Record<string, unknown> {
  return {
    orgId,
    type: "sister-park",
    title: { en: "Sister park in Western Europe", local: "寻找西欧姊妹园区" },
    description: { en: "We seek a sister park with representative offices in each other.", local: "寻求互设代表处的姊妹园区。" },
    industries: ["biomedicine"],
    targetRegions: ["western-europe"],
    targetCountries: [],
    partnerKinds: ["park"],
    expiresAt: inDays(60).toISOString(),
    ...overrides,
  };
}
