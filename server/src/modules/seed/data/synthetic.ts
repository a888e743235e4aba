// A large, realistic, deterministic data set for benchmarks and load tests. Pure: the
// same (count, seed) always gives the same records, and no record needs the database.
import {
  COOPERATION_TYPES,
  COUNTRY_LIST,
  ENTERPRISE_SEEK_IDS,
  INDUSTRIES,
  IP_STATUS_IDS,
  PARK_SERVICE_IDS,
  REGIONS,
  TRANSFER_MODE_IDS,
  type CooperationTypeId,
  type CountryCode,
  type CreateOrgBody,
  type IndustryId,
  type OrgKind,
  type RegionId,
} from "@parklink/shared";
import {
  BRAND_ENDINGS, BRAND_ROOTS, CLUSTERS, CN_SYLLABLES, CONTACT_ROLES, COUNTRIES, FIELDS, INDUSTRY_CORE,
  INVESTOR_TYPES, OFFER_ADJECTIVES, OFFER_NOUNS, PARK_TYPES, PRODUCT_WORDS, REQUEST_OWNERS, REQUEST_TYPES, type Cluster, type CountryInfo, type Pair,
} from "./synthetic-words.js";
import type { SeedOffer, SeedRequest } from "./types.js";

/** mulberry32: a tiny, fast, seedable PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let r = this.next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  }
  /** `n` distinct items (fewer if the list is shorter), in pick order. */
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

const LABEL = new Map(INDUSTRIES.map((t) => [t.id, t] as const));
const REGION_LABEL = new Map(REGIONS.map((t) => [t.id, t] as const));
const REGION_OF = new Map<CountryCode, RegionId>(COUNTRY_LIST.map((c) => [c.code, c.region]));
const COUNTRIES_IN = new Map<RegionId, CountryCode[]>(REGIONS.map((r) => [r.id, COUNTRY_LIST.filter((c) => c.region === r.id).map((c) => c.code)]));
const COOPERATION = new Map(COOPERATION_TYPES.map((t) => [t.id, t] as const));
const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.weight] as const);
const ALL_CLUSTERS = Object.keys(CLUSTERS) as Cluster[];
const KIND_LETTER: Record<OrgKind, string> = { park: "p", enterprise: "e", investor: "v", institution: "i" };
// Belt & Road partners first: where Chinese members look for partners, and where others look.
const CN_TARGETS: readonly (readonly [RegionId, number])[] = [["southeast-asia", 5], ["south-asia", 3], ["central-west-asia", 3], ["central-eastern-europe", 2], ["western-europe", 2], ["africa", 2], ["south-america", 1], ["north-america", 1]];

const withArticle = (word: string) => `${/^(?!uni)[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
const industryEn = (id: IndustryId) => LABEL.get(id)?.en ?? id;
const industryZh = (id: IndustryId) => LABEL.get(id)?.zh ?? id;

function brand(p: Picker, chinese: boolean): Pair {
  if (chinese) {
    const a = p.one(CN_SYLLABLES);
    let b = p.one(CN_SYLLABLES);
    if (b === a) b = CN_SYLLABLES[(CN_SYLLABLES.indexOf(a) + 1) % CN_SYLLABLES.length];
    return [a[0] + b[0].toLowerCase(), a[1] + b[1]];
  }
  const root = p.one(BRAND_ROOTS);
  const end = p.one(BRAND_ENDINGS);
  return [root[0] + end[0], root[1] + end[1]];
}

function industriesFor(p: Picker, country: CountryInfo, min: number, max: number): IndustryId[] {
  const cluster = p.chance(0.75) ? p.one(country.clusters) : p.one(ALL_CLUSTERS);
  const first: IndustryId[] = p.some(CLUSTERS[cluster], Math.min(max, p.int(min, Math.max(min, 3))));
  if (first.length >= max || p.chance(0.6)) return first;
  const other = p.some(CLUSTERS[p.one(country.clusters)], max - first.length);
  return [...new Set([...first, ...other])];
}

function interestRegions(p: Picker, country: CountryInfo): RegionId[] {
  const home = REGION_OF.get(country.code);
  const regions = new Set<RegionId>();
  if (home && p.chance(0.5)) regions.add(home);
  if (country.code !== "CN" && p.chance(0.6)) regions.add("east-asia");
  const n = p.int(1, 3);
  while (regions.size < n) regions.add(country.code === "CN" ? p.weighted(CN_TARGETS) : p.one(REGIONS).id);
  return [...regions];
}

function phone(p: Picker, country: CountryInfo): string {
  return `${country.phone} ${p.int(10, 99)} ${p.int(1000, 9999)} ${p.int(1000, 9999)}`;
}

type OrgOut = CreateOrgBody & { syntheticKey: string };
type Fields<K extends OrgKind> = { [P in K]: Extract<CreateOrgBody, { kind: K }>[P & keyof Extract<CreateOrgBody, { kind: K }>] };
type KindFields = Fields<"park"> | Fields<"enterprise"> | Fields<"investor"> | Fields<"institution">;
type Profile = Pick<CreateOrgBody, "name" | "description" | "industries" | "cooperationInterests"> & { kindFields: KindFields };

function parkProfile(p: Picker, country: CountryInfo, city: Pair, b: Pair): Profile {
  const type = p.one(PARK_TYPES);
  const cn = country.code === "CN";
  const industries = industriesFor(p, country, 3, 6);
  const founded = cn ? p.int(1988, 2022) : p.int(1965, 2023);
  const list = industries.slice(0, 3).map(industryEn).join(", ").toLowerCase();
  return {
    name: { en: `${city[0]} ${b[0]} ${type[0]}`, local: `${city[1]}${b[1]}${type[1]}` },
    description: {
      en: `${withArticle(type[0].toLowerCase()).replace(/^a/, "A")} in ${city[0]} founded in ${founded}, focused on ${list}.`,
      local: `位于${city[1]}的${type[1]}，成立于${founded}年，重点发展${industries.slice(0, 3).map(industryZh).join("、")}。`,
    },
    industries,
    cooperationInterests: p.some<CooperationTypeId>(["sister-park", "dual-park", "joint-partnership", "training", "planning-consulting", "investment", "technology-transfer", "co-branding"], p.int(2, 5)),
    kindFields: {
      park: {
        founded,
        management: p.weighted(cn ? [["government-agency", 7], ["managing-company", 2], ["university", 1]] as const : [["government-agency", 3], ["managing-company", 3], ["university", 2], ["ppp", 2], ["foundation", 1], ["non-governmental", 1]] as const),
        ...(p.chance(0.6) ? { areaKm2: Math.round(p.int(5, 1200)) / 10 } : {}),
        ...(p.chance(0.6) ? { residentCompanies: p.int(10, 3000) } : {}),
        stage: p.weighted([["operation", 80], ["construction", 12], ["planning", 8]] as const),
        services: p.some(PARK_SERVICE_IDS, p.int(2, 6)),
      },
    },
  };
}

function enterpriseProfile(p: Picker, country: CountryInfo, city: Pair, b: Pair): Profile {
  const industries = industriesFor(p, country, 1, 3);
  const core = INDUSTRY_CORE[industries[0]];
  const cn = country.code === "CN";
  const en = cn ? `${city[0]} ${b[0]} ${core[0]} ${country.legal}` : country.legal === "PT" ? `PT ${b[0]} ${core[0]}` : `${b[0]} ${core[0]} ${country.legal}`;
  const products = p.some(PRODUCT_WORDS, p.int(1, 3)).map((w, i) => `${INDUSTRY_CORE[industries[i % industries.length]][0]} ${w[0]}`);
  const seeks = p.some(ENTERPRISE_SEEK_IDS, p.int(1, 3));
  return {
    name: { en, local: cn ? `${city[1]}${b[1]}${core[1]}有限公司` : `${b[1]}${core[1]}公司` },
    description: {
      en: `A ${city[0]} company in ${industries.map(industryEn).join(", ").toLowerCase()}, offering ${products.join(", ")}.`,
      local: `${city[1]}的${industries.map(industryZh).join("、")}企业，提供${products.length}类产品与服务。`,
    },
    industries,
    cooperationInterests: p.some<CooperationTypeId>(["co-branding", "re-branding", "joint-product", "joint-partnership", "technology-transfer", "investment"], p.int(1, 3)),
    kindFields: { enterprise: { size: p.weighted([["micro", 20], ["small", 40], ["medium", 28], ["large", 12]] as const), products, seeks } },
  };
}

function investorProfile(p: Picker, country: CountryInfo, city: Pair, b: Pair): Profile {
  const t = p.weighted(INVESTOR_TYPES.map((x) => [x, x.type === "government-fund" && country.code === "CN" ? 40 : x.w] as const));
  const industries = industriesFor(p, country, 2, 5);
  const lo = Math.round((t.min + p.next() * (t.max - t.min) * 0.2) / 10_000) * 10_000;
  const hi = Math.max(lo, Math.round((lo + p.next() * (t.max - lo)) / 10_000) * 10_000);
  return {
    name: { en: `${city[0]} ${b[0]} ${t.en}`, local: `${city[1]}${b[1]}${t.zh}` },
    description: {
      en: `Invests USD ${lo.toLocaleString("en-US")}–${hi.toLocaleString("en-US")} in ${industries.map(industryEn).join(", ").toLowerCase()}.`,
      local: `投资${industries.map(industryZh).join("、")}领域，单笔${lo.toLocaleString("en-US")}至${hi.toLocaleString("en-US")}美元。`,
    },
    industries,
    cooperationInterests: p.chance(0.3) ? ["investment", "joint-partnership"] : ["investment"],
    kindFields: { investor: { investorType: t.type, stages: p.some(t.stages, p.int(1, t.stages.length)), ticketMinUsd: lo, ticketMaxUsd: hi } },
  };
}

function institutionProfile(p: Picker, country: CountryInfo, city: Pair, b: Pair): Profile {
  const type = p.weighted([["university", 35], ["research-institute", 30], ["incubator", 15], ["technology-transfer-centre", 12], ["association", 8]] as const);
  const field = p.one(FIELDS);
  const industries = [...new Set([...p.some(CLUSTERS[field[2]], p.int(1, 3)), ...industriesFor(p, country, 1, 2)])].slice(0, 5);
  const names: Record<typeof type, Pair> = {
    university: [`${city[0]} University of ${field[0]}`, `${city[1]}${field[1]}大学`],
    "research-institute": [`${b[0]} Institute of ${field[0]}, ${city[0]}`, `${city[1]}${b[1]}${field[1]}研究院`],
    incubator: [`${city[0]} ${b[0]} Innovation Incubator`, `${city[1]}${b[1]}创新孵化器`],
    "technology-transfer-centre": [`${city[0]} ${b[0]} Technology Transfer Centre`, `${city[1]}${b[1]}技术转移中心`],
    association: [`${city[0]} ${field[0]} Industry Association`, `${city[1]}${field[1]}产业协会`],
  };
  return {
    name: { en: names[type][0], local: names[type][1] },
    description: {
      en: `Works on ${industries.map(industryEn).join(", ").toLowerCase()} and looks for partners to license, co-develop and train.`,
      local: `从事${industries.map(industryZh).join("、")}领域工作，寻求技术许可、联合开发和培训合作伙伴。`,
    },
    industries,
    cooperationInterests: p.some<CooperationTypeId>(["technology-transfer", "training", "planning-consulting", "joint-partnership", "joint-product"], p.int(1, 3)),
    kindFields: { institution: { institutionType: type } },
  };
}

const PROFILES = { park: parkProfile, enterprise: enterpriseProfile, investor: investorProfile, institution: institutionProfile };
const KIND_WEIGHTS: readonly (readonly [OrgKind, number])[] = [["park", 15], ["enterprise", 60], ["investor", 10], ["institution", 15]];

/** `count` organizations (about 15% parks, 60% enterprises, 10% investors, 15% institutions). */
export function* syntheticOrgs(count: number, seed = 1): Generator<OrgOut> {
  const p = new Picker(mulberry32(seed));
  for (let i = 0; i < count; i++) {
    const kind = p.weighted(KIND_WEIGHTS);
    const country = p.weighted(COUNTRY_WEIGHTS);
    const city = p.one(country.cities);
    const b = brand(p, country.code === "CN");
    const { kindFields, ...profile } = PROFILES[kind](p, country, city, b);
    const syntheticKey = `syn-${seed}-${KIND_LETTER[kind]}${i}`;
    const domain = `${syntheticKey}.${country.code === "CN" ? "example.cn" : "example.org"}`;
    const role = p.one(CONTACT_ROLES);
    yield {
      kind,
      ...profile,
      country: country.code,
      city: city[0],
      ...(p.chance(0.5) ? { website: `https://www.${domain}` } : {}),
      interestRegions: interestRegions(p, country),
      languages: [...country.languages],
      contacts: [{ name: role, email: `${role.toLowerCase().replace(/[^a-z]+/g, ".").replace(/\.$/, "")}@${domain}`, phone: phone(p, country) }],
      ...kindFields,
      syntheticKey,
    } as OrgOut;
  }
}

/** Keys of the given kinds among synthetic keys; all keys when none match (e.g. real seed keys). */
function ownersOf(orgKeys: readonly string[], letters: string): readonly string[] {
  const re = new RegExp(`^syn-\\d+-[${letters}]\\d+$`);
  const matching = orgKeys.filter((k) => re.test(k));
  return matching.length > 0 ? matching : orgKeys;
}

/** `count` technology offers owned by enterprises and institutions among `orgKeys`. */
export function* syntheticOffers(count: number, seed: number, orgKeys: readonly string[]): Generator<SeedOffer> {
  if (orgKeys.length === 0) return;
  const p = new Picker(mulberry32(seed ^ 0x0ff3e5));
  const owners = ownersOf(orgKeys, "ei");
  for (let i = 0; i < count; i++) {
    const industries = p.some(CLUSTERS[p.one(ALL_CLUSTERS)], p.int(1, 3));
    const adj = p.one(OFFER_ADJECTIVES);
    const noun = p.one(OFFER_NOUNS);
    const trl = p.weighted([[2, 3], [3, 6], [4, 10], [5, 12], [6, 14], [7, 14], [8, 10], [9, 6]] as const);
    const ipStatus = p.weighted([[IP_STATUS_IDS[0], 40], [IP_STATUS_IDS[1], 35], [IP_STATUS_IDS[2], 25]] as const);
    const focus = industryEn(industries[0]).toLowerCase();
    yield {
      key: `syn-${seed}-o${i}`,
      orgKey: p.one(owners),
      offer: {
        title: { en: `${adj[0]} ${noun[0]} for ${focus}`, local: `面向${industryZh(industries[0])}的${adj[1]}${noun[1]}` },
        summary: {
          en: `${withArticle(noun[0]).replace(/^a/, "A")} for ${focus} at TRL ${trl}, available to partners who can take it to market.`,
          local: `面向${industryZh(industries[0])}的${noun[1]}，技术就绪水平${trl}级，寻求能够推向市场的合作伙伴。`,
        },
        industries,
        trl,
        ipStatus,
        transferModes: p.some(TRANSFER_MODE_IDS, p.int(1, 3)),
        targetRegions: p.some(REGIONS.map((r) => r.id), p.int(0, 3)),
        expiresInDays: p.int(30, 365),
      },
    };
  }
}

/** `count` cooperation requests posted by organizations among `orgKeys`. */
export function* syntheticRequests(count: number, seed: number, orgKeys: readonly string[]): Generator<SeedRequest> {
  if (orgKeys.length === 0) return;
  const p = new Picker(mulberry32(seed ^ 0x5eed5));
  for (let i = 0; i < count; i++) {
    const type = p.weighted(REQUEST_TYPES);
    const term = COOPERATION.get(type);
    const industries = p.some(CLUSTERS[p.one(ALL_CLUSTERS)], p.int(1, 3));
    const targetRegions = p.some(REGIONS.map((r) => r.id), p.int(1, 2));
    const targetCountries = p.some(COUNTRIES_IN.get(targetRegions[0]) ?? [], p.int(0, 3));
    const region = REGION_LABEL.get(targetRegions[0]);
    const trlMin = type === "technology-transfer" || type === "joint-product" ? p.int(3, 7) : undefined;
    const ticketMinUsd = type === "investment" ? p.int(5, 2000) * 10_000 : undefined;
    yield {
      key: `syn-${seed}-r${i}`,
      orgKey: p.one(ownersOf(orgKeys, REQUEST_OWNERS[type] ?? "peiv")),
      request: {
        type,
        title: {
          en: `${term?.en ?? type}: ${industryEn(industries[0]).toLowerCase()} partners in ${region?.en ?? targetRegions[0]}`,
          local: `${term?.zh ?? type}：寻找${region?.zh ?? targetRegions[0]}${industryZh(industries[0])}领域合作伙伴`,
        },
        description: {
          en: `We look for ${(term?.partnerKinds ?? ["enterprise"]).join(" or ")} partners in ${industries.map(industryEn).join(", ").toLowerCase()} for ${(term?.en ?? type).toLowerCase()}.`,
          local: `我们在${industries.map(industryZh).join("、")}领域寻求${term?.zh ?? type}合作伙伴。`,
        },
        industries,
        targetRegions,
        targetCountries,
        partnerKinds: [...(term?.partnerKinds ?? ["enterprise"])],
        ...(trlMin !== undefined ? { trlMin, trlMax: p.int(trlMin, 9) } : {}),
        ...(ticketMinUsd !== undefined ? { ticketMinUsd, ticketMaxUsd: ticketMinUsd * p.int(1, 10) } : {}),
        expiresInDays: p.int(14, 365),
      },
    };
  }
}
