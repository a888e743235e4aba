// Fictional investors (names, funds and ticket sizes are invented).
import type { SeedOrg } from "./types.js";

type Inv = SeedOrg<"investor">;

const investor = (
  key: string,
  o: Omit<Inv["org"], "kind" | "cooperationInterests" | "contacts"> & { contact: { name: string; email: string; phone: string } },
): Inv => {
  const { contact, ...rest } = o;
  return { key, org: { kind: "investor", cooperationInterests: ["investment"], contacts: [contact], ...rest } };
};

export const SEED_INVESTORS: Inv[] = [
  investor("jincheng-guidance-fund", {
    name: { en: "Chengdu Jincheng Hi-tech Industry Guidance Fund", local: "成都锦城高新产业引导基金" },
    description: {
      en: "A government guidance fund that co-invests with venture funds in electronics, biomedicine and digital-economy companies settling in Chengdu, including foreign companies opening a base there.",
      local: "政府产业引导基金，与创投基金联合投资落户成都的电子信息、生物医药和数字经济企业，包括在成都设立基地的外资企业。",
    },
    country: "CN", city: "Chengdu",
    industries: ["electronics", "biomedicine", "digital-economy", "ai"],
    interestRegions: ["east-asia", "western-europe"], languages: ["zh", "en"],
    contact: { name: "Fund Management Office", email: "fund@jincheng-gf.example.cn", phone: "+86 28 8519 0301" },
    investor: { investorType: "government-fund", stages: ["early", "growth"], ticketMinUsd: 1_000_000, ticketMaxUsd: 20_000_000 },
  }),
  investor("haidian-horizon-ventures", {
    name: { en: "Haidian Horizon Ventures", local: "海淀远见创业投资" },
    description: {
      en: "An early-stage venture fund backing hard-tech founders from Beijing's universities, with a cross-border programme for startups entering China.",
      local: "专注早期硬科技投资的创投基金，支持北京高校背景的创业者，并设有面向入华初创企业的跨境计划。",
    },
    country: "CN", city: "Beijing",
    industries: ["ai", "big-data-cloud", "biotechnology", "new-energy", "semiconductors"],
    interestRegions: ["east-asia", "western-europe", "north-america"], languages: ["zh", "en"],
    contact: { name: "Investment Team", email: "deals@horizon-vc.example.cn", phone: "+86 10 6200 0302" },
    investor: { investorType: "vc", stages: ["seed", "early"], ticketMinUsd: 300_000, ticketMaxUsd: 5_000_000 },
  }),
  investor("silk-road-park-fund", {
    name: { en: "Silk Road Science Park Development Fund", local: "丝路科技园区发展基金" },
    description: {
      en: "A private-equity fund that invests in park infrastructure and anchor manufacturers of cross-border and dual-park projects along the Belt and Road.",
      local: "私募股权基金，投资“一带一路”沿线跨境园区和双园项目的园区基础设施及龙头制造企业。",
    },
    country: "CN", city: "Beijing",
    industries: ["advanced-manufacturing", "new-energy", "ict", "environment", "logistics"],
    interestRegions: ["southeast-asia", "south-asia", "central-west-asia", "africa"], languages: ["zh", "en"],
    contact: { name: "Investor Relations", email: "ir@silkroad-parkfund.example.cn", phone: "+86 10 6200 0303" },
    investor: { investorType: "private-equity", stages: ["growth", "late"], ticketMinUsd: 10_000_000, ticketMaxUsd: 150_000_000 },
  }),
  investor("riviera-deeptech-angels", {
    name: { en: "Riviera Deeptech Angels", local: "里维埃拉深科技天使投资人俱乐部" },
    description: {
      en: "A club of business angels on the Côte d'Azur investing in deep-tech startups from Sophia Antipolis and partner parks abroad.",
      local: "蔚蓝海岸的天使投资人俱乐部，投资来自索菲亚科技园及其海外合作园区的深科技初创企业。",
    },
    country: "FR", city: "Nice",
    industries: ["ict", "biotechnology", "new-energy", "telecommunications"],
    interestRegions: ["western-europe", "east-asia"], languages: ["fr", "en"],
    contact: { name: "Club Secretariat", email: "club@riviera-angels.example.org", phone: "+33 4 93 00 03 04" },
    investor: { investorType: "angel", stages: ["seed"], ticketMinUsd: 50_000, ticketMaxUsd: 500_000 },
  }),
  investor("straits-growth-partners", {
    name: { en: "Straits Growth Partners", local: "海峡成长资本" },
    description: {
      en: "A Singapore venture fund for digital-economy, fintech and agritech companies scaling across Southeast and South Asia.",
      local: "新加坡创投基金，投资在东南亚和南亚扩张的数字经济、金融科技和农业科技企业。",
    },
    country: "SG", city: "Singapore",
    industries: ["digital-economy", "fintech", "ai", "agriculture"],
    interestRegions: ["southeast-asia", "south-asia", "east-asia"], languages: ["en", "zh", "ms"],
    contact: { name: "Deal Team", email: "deals@straits-growth.example.org", phone: "+65 6800 0305" },
    investor: { investorType: "vc", stages: ["early", "growth"], ticketMinUsd: 2_000_000, ticketMaxUsd: 25_000_000 },
  }),
  investor("nusantara-corporate-ventures", {
    name: { en: "Nusantara Corporate Ventures", local: "努山塔拉企业创投" },
    description: {
      en: "The venture arm of a Malaysian industrial group, investing in energy, manufacturing and food technology that its plants can use.",
      local: "马来西亚工业集团的企业创投部门，投资集团工厂可应用的能源、制造和食品技术。",
    },
    country: "MY", city: "Kuala Lumpur",
    industries: ["new-energy", "advanced-manufacturing", "food-medicinal", "chemicals"],
    interestRegions: ["southeast-asia", "east-asia"], languages: ["ms", "en", "zh"],
    contact: { name: "Ventures Office", email: "ventures@nusantara-cv.example.org", phone: "+60 3-2000 0306" },
    investor: { investorType: "corporate", stages: ["early", "growth"], ticketMinUsd: 500_000, ticketMaxUsd: 10_000_000 },
  }),
  investor("arastradero-capital", {
    name: { en: "Arastradero Capital", local: "阿拉斯特拉德罗资本" },
    description: {
      en: "A Palo Alto seed and Series A fund for semiconductor, AI and life-science startups.",
      local: "位于帕洛阿尔托的种子轮与A轮基金，投资半导体、人工智能和生命科学初创企业。",
    },
    country: "US", city: "Palo Alto",
    industries: ["semiconductors", "ai", "biotechnology"],
    interestRegions: ["north-america", "western-europe"], languages: ["en"],
    contact: { name: "Partners' Office", email: "pitch@arastradero-cap.example.org", phone: "+1 650 555 0307" },
    investor: { investorType: "vc", stages: ["seed", "early"], ticketMinUsd: 1_000_000, ticketMaxUsd: 15_000_000 },
  }),
  investor("al-khuwair-development-bank", {
    name: { en: "Al Khuwair Development Bank", local: "胡韦尔发展银行" },
    description: {
      en: "A development bank lending to technology, logistics and renewable-energy projects that diversify the Gulf economy.",
      local: "发展银行，为推动海湾地区经济多元化的科技、物流和可再生能源项目提供贷款。",
    },
    country: "OM", city: "Muscat",
    industries: ["ict", "new-energy", "logistics", "marine"],
    interestRegions: ["central-west-asia", "east-asia", "south-asia"], languages: ["ar", "en"],
    contact: { name: "Project Finance Desk", email: "projects@alkhuwair-bank.example.org", phone: "+968 2400 0308" },
    investor: { investorType: "bank", stages: ["growth", "late"], ticketMinUsd: 2_000_000, ticketMaxUsd: 50_000_000 },
  }),
  investor("baltic-amber-seed-fund", {
    name: { en: "Baltic Amber Seed Fund", local: "波罗的海琥珀种子基金" },
    description: {
      en: "A seed fund for Baltic laser, biotech and software startups, often co-investing with science-park funds.",
      local: "投资波罗的海地区激光、生物技术和软件初创企业的种子基金，常与科技园基金联合投资。",
    },
    country: "LT", city: "Vilnius",
    industries: ["optoelectronics", "biotechnology", "software"],
    interestRegions: ["central-eastern-europe", "western-europe"], languages: ["lt", "en"],
    contact: { name: "Investment Team", email: "team@amber-seed.example.org", phone: "+370 5 200 0309" },
    investor: { investorType: "vc", stages: ["seed", "early"], ticketMinUsd: 100_000, ticketMaxUsd: 2_000_000 },
  }),
  investor("margalla-angels", {
    name: { en: "Margalla Angels Network", local: "马尔加拉天使投资网络" },
    description: {
      en: "An Islamabad angel network backing agritech, fintech and health startups from Pakistan's universities and technology parks.",
      local: "伊斯兰堡天使投资网络，支持来自巴基斯坦高校和科技园的农业科技、金融科技和健康领域初创企业。",
    },
    country: "PK", city: "Islamabad",
    industries: ["ai", "agriculture", "fintech", "health-care"],
    interestRegions: ["south-asia"], languages: ["en", "ur"],
    contact: { name: "Network Coordinator", email: "hello@margalla-angels.example.org", phone: "+92 51 900 0310" },
    investor: { investorType: "angel", stages: ["seed"], ticketMinUsd: 20_000, ticketMaxUsd: 300_000 },
  }),
  investor("tejo-blue-capital", {
    name: { en: "Tejo Blue Capital", local: "塔霍蓝色资本" },
    description: {
      en: "A Lisbon venture fund for the blue economy: ocean data, aquaculture, marine energy and sustainable food.",
      local: "里斯本的蓝色经济创投基金，投资海洋数据、水产养殖、海洋能源和可持续食品。",
    },
    country: "PT", city: "Lisbon",
    industries: ["marine", "new-energy", "food-medicinal", "big-data-cloud"],
    interestRegions: ["western-europe", "africa", "south-america"], languages: ["pt", "en"],
    contact: { name: "Investment Team", email: "deals@tejo-blue.example.org", phone: "+351 21 400 0311" },
    investor: { investorType: "vc", stages: ["seed", "early"], ticketMinUsd: 250_000, ticketMaxUsd: 5_000_000 },
  }),
];
