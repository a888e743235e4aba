import type { CreateOrgBody, CreateRequestBody } from "@parklink/shared";

type RequestFields = Omit<CreateRequestBody, "orgId" | "state" | "expiresAt">;

export interface PlantedCase {
  language: "en" | "zh";
  requester: CreateOrgBody;
  partner: CreateOrgBody;
  /** What the partner itself asks for (the other half of a mutual fit), if anything. */
  partnerRequest?: RequestFields;
  request: RequestFields;
}

/** Deterministic pseudo-random numbers (mulberry32), so the set is the same every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: { country: string; city: string; region: string }[] = [
  { country: "CN", city: "Suzhou", region: "east-asia" },
  { country: "KR", city: "Daejeon", region: "east-asia" },
  { country: "FR", city: "Grenoble", region: "western-europe" },
  { country: "DE", city: "Dresden", region: "western-europe" },
  { country: "PL", city: "Wroclaw", region: "central-eastern-europe" },
  { country: "MY", city: "Penang", region: "southeast-asia" },
  { country: "TH", city: "Chiang Mai", region: "southeast-asia" },
  { country: "IN", city: "Pune", region: "south-asia" },
  { country: "IR", city: "Tabriz", region: "central-west-asia" },
  { country: "BR", city: "Campinas", region: "south-america" },
  { country: "KE", city: "Nairobi", region: "africa" },
];
const INDUSTRIES = ["biomedicine", "ai", "new-energy", "new-materials", "robotics", "agriculture", "semiconductors", "marine", "fintech", "environment"];
const ZH_INDUSTRY: Record<string, string> = {
  biomedicine: "生物医药",
  ai: "人工智能",
  "new-energy": "新能源",
  "new-materials": "新材料",
  robotics: "机器人",
  agriculture: "现代农业",
  semiconductors: "集成电路",
  marine: "海洋产业",
  fintech: "金融科技",
  environment: "节能环保",
};

interface TypeSpec {
  type: RequestFields["type"];
  requesterKind: "park" | "enterprise";
  partnerKind: "park" | "enterprise" | "investor" | "institution";
  en: string;
  zh: string;
}
const TYPES: TypeSpec[] = [
  { type: "sister-park", requesterKind: "park", partnerKind: "park", en: "Sister park for", zh: "寻找姊妹园区：" },
  { type: "dual-park", requesterKind: "park", partnerKind: "park", en: "Dual park partner in", zh: "共建双园区：" },
  { type: "technology-transfer", requesterKind: "enterprise", partnerKind: "institution", en: "Technology transfer in", zh: "技术转移：" },
  { type: "investment", requesterKind: "enterprise", partnerKind: "investor", en: "Growth investment for", zh: "寻求投资：" },
  { type: "joint-product", requesterKind: "enterprise", partnerKind: "enterprise", en: "Joint product development in", zh: "联合开发产品：" },
  { type: "co-branding", requesterKind: "enterprise", partnerKind: "enterprise", en: "Co-branding partner in", zh: "联合品牌合作：" },
  { type: "training", requesterKind: "park", partnerKind: "institution", en: "Training programme on", zh: "联合培训：" },
  { type: "planning-consulting", requesterKind: "park", partnerKind: "park", en: "Planning advice for a new park in", zh: "园区规划咨询：" },
];

function org(kind: TypeSpec["partnerKind"], name: string, place: (typeof PLACES)[number], industry: string, interests: string[], interestRegions: string[], stage = "operation"): CreateOrgBody {
  const common = {
    name: { en: name },
    description: { en: `${name} works in ${industry.replace(/-/g, " ")}.` },
    country: place.country,
    city: place.city,
    industries: [industry],
    cooperationInterests: interests,
    interestRegions,
    languages: ["en"],
    contacts: [],
  };
  switch (kind) {
    case "park":
      return { ...common, kind, park: { founded: 2001, management: "managing-company", stage, services: ["incubation"] } } as CreateOrgBody;
    case "enterprise":
      return { ...common, kind, enterprise: { size: "medium", products: [], seeks: ["partners"] } } as CreateOrgBody;
    case "investor":
      return { ...common, kind, investor: { investorType: "vc", stages: ["early", "growth"], ticketMinUsd: 500_000, ticketMaxUsd: 10_000_000 } } as CreateOrgBody;
    case "institution":
      return { ...common, kind, institution: { institutionType: "research-institute" } } as CreateOrgBody;
  }
}

/** `count` requests, each with one organization built to be its true partner. */
export function* plantedCases(count: number, seed = 7): Generator<PlantedCase> {
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const spec = TYPES[i % TYPES.length];
    const language = i % 2 === 0 ? "en" : "zh";
    const industry = pick(INDUSTRIES);
    const home = pick(PLACES);
    let away = pick(PLACES);
    while (away.region === home.region) away = pick(PLACES);
    const requesterStage = spec.type === "planning-consulting" ? "planning" : "operation";
    const requester = org(spec.requesterKind, `Eval Requester ${i}`, home, industry, [spec.type], [away.region], requesterStage);
    const partner = org(spec.partnerKind, `Eval Partner ${i}`, away, industry, [spec.type], [home.region]);
    const label = industry.replace(/-/g, " ");
    const request: RequestFields = {
      type: spec.type,
      title: language === "en" ? { en: `${spec.en} ${label}` } : { en: "Cooperation request", local: `${spec.zh}${ZH_INDUSTRY[industry]}` },
      description: language === "en" ? { en: `We look for a partner in ${label}.` } : { en: "See the Chinese text.", local: `我们寻找${ZH_INDUSTRY[industry]}领域的合作伙伴。` },
      industries: [industry] as RequestFields["industries"],
      targetRegions: [away.region] as RequestFields["targetRegions"],
      targetCountries: [],
      partnerKinds: spec.partnerKind === "institution" && spec.type === "technology-transfer" ? ["institution", "offer"] : [spec.partnerKind],
      ...(spec.type === "investment" ? { ticketMinUsd: 1_000_000, ticketMaxUsd: 5_000_000 } : {}),
    };
    const partnerRequest: RequestFields | undefined =
      spec.partnerKind === "investor"
        ? undefined
        : {
            type: spec.type,
            title: { en: `${spec.en} ${label} (${away.city})` },
            description: { en: `Partner wanted in ${label}.` },
            industries: [industry] as RequestFields["industries"],
            targetRegions: [home.region] as RequestFields["targetRegions"],
            targetCountries: [],
            partnerKinds: [spec.requesterKind],
          };
    yield { language, requester, partner, partnerRequest, request };
  }
}
