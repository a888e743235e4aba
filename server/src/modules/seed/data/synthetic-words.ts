// Word lists for the synthetic data generator (scripts/seed/synthetic.ts).
// Every pair is [English, Chinese]; every id is typed against the shared taxonomy.
import type { CooperationTypeId, CountryCode, IndustryId, LanguageCode } from "@parklink/shared";

export type Pair = readonly [en: string, zh: string];

export const CLUSTERS = {
  digital: ["ict", "ai", "big-data-cloud", "iot", "digital-economy", "software", "telecommunications", "cybersecurity", "blockchain", "virtual-reality"],
  electronics: ["electronics", "semiconductors", "sensors-instruments", "optoelectronics"],
  life: ["biomedicine", "biotechnology", "medical-engineering", "traditional-medicine", "health-care"],
  agri: ["agriculture", "food-medicinal", "environment", "water-treatment", "circular-economy"],
  materials: ["new-materials", "metallurgy", "nanotechnology", "chemicals", "polymers-composites"],
  energy: ["new-energy", "solar", "wind-power", "energy-storage", "hydrogen", "new-energy-vehicles"],
  manufacturing: ["advanced-manufacturing", "mechatronics", "additive-manufacturing", "robotics", "aerospace", "automotive", "construction", "green-building", "marine"],
  services: ["creative-industries", "digital-creative", "tourism", "business-services", "fintech", "logistics"],
} as const satisfies Record<string, readonly IndustryId[]>;
export type Cluster = keyof typeof CLUSTERS;

/** The word a company in this industry puts in its name. */
export const INDUSTRY_CORE: Record<IndustryId, Pair> = {
  ict: ["Information Technology", "信息技术"], ai: ["Intelligent Technology", "智能科技"], "big-data-cloud": ["Cloud Data", "云数据"],
  iot: ["IoT Technology", "物联科技"], "digital-economy": ["Digital Technology", "数字科技"], software: ["Software", "软件"],
  telecommunications: ["Communications", "通信"], cybersecurity: ["Cybersecurity", "网络安全"], blockchain: ["Blockchain", "区块链"],
  "virtual-reality": ["Virtual Reality", "虚拟现实"], electronics: ["Electronics", "电子"], semiconductors: ["Semiconductor", "半导体"],
  "sensors-instruments": ["Sensing Instruments", "传感仪器"], optoelectronics: ["Photonics", "光电"], biomedicine: ["Biomedical", "生物医药"],
  biotechnology: ["Biotechnology", "生物科技"], "medical-engineering": ["Medical Devices", "医疗器械"], "traditional-medicine": ["Herbal Medicine", "中药"],
  "health-care": ["Health Technology", "健康科技"], agriculture: ["Agritech", "农业科技"], "food-medicinal": ["Food Technology", "食品科技"],
  environment: ["Environmental Technology", "环保科技"], "water-treatment": ["Water Technology", "水务科技"], "circular-economy": ["Recycling Technology", "循环科技"],
  "new-materials": ["Advanced Materials", "新材料"], metallurgy: ["Metals", "金属"], nanotechnology: ["Nanotech", "纳米科技"],
  chemicals: ["Chemical", "化工"], "polymers-composites": ["Composites", "复合材料"], "new-energy": ["New Energy", "新能源"],
  solar: ["Solar", "光伏"], "wind-power": ["Wind Power", "风电"], "energy-storage": ["Energy Storage", "储能"],
  hydrogen: ["Hydrogen Energy", "氢能"], "new-energy-vehicles": ["Electric Mobility", "新能源汽车"], "advanced-manufacturing": ["Intelligent Manufacturing", "智能制造"],
  mechatronics: ["Mechatronics", "机电"], "additive-manufacturing": ["3D Printing", "增材制造"], robotics: ["Robotics", "机器人"],
  aerospace: ["Aerospace", "航空航天"], automotive: ["Auto Parts", "汽车零部件"], construction: ["Construction Technology", "建筑科技"],
  "green-building": ["Green Building", "绿色建筑"], marine: ["Marine Engineering", "海洋工程"], "creative-industries": ["Creative Design", "创意设计"],
  "digital-creative": ["Digital Media", "数字传媒"], tourism: ["Cultural Tourism", "文旅"], "business-services": ["Consulting", "咨询"],
  fintech: ["Fintech", "金融科技"], logistics: ["Logistics", "物流"],
};

export interface CountryInfo {
  code: CountryCode;
  weight: number;
  cities: readonly Pair[];
  languages: readonly LanguageCode[];
  phone: string;
  legal: string;
  clusters: readonly Cluster[];
}

// China first, then Belt & Road countries, then the rest of the world.
export const COUNTRIES: readonly CountryInfo[] = [
  { code: "CN", weight: 420, phone: "+86", legal: "Co., Ltd.", languages: ["zh", "en"], clusters: ["digital", "electronics", "manufacturing", "energy", "life", "materials"],
    cities: [["Beijing", "北京"], ["Shanghai", "上海"], ["Shenzhen", "深圳"], ["Chengdu", "成都"], ["Wuhan", "武汉"], ["Hangzhou", "杭州"], ["Xi'an", "西安"], ["Nanjing", "南京"], ["Suzhou", "苏州"], ["Hefei", "合肥"], ["Nanning", "南宁"], ["Guangzhou", "广州"], ["Changsha", "长沙"], ["Tianjin", "天津"], ["Qingdao", "青岛"], ["Kunming", "昆明"]] },
  { code: "MY", weight: 35, phone: "+60", legal: "Sdn. Bhd.", languages: ["ms", "en", "zh"], clusters: ["electronics", "agri", "materials"], cities: [["Kuala Lumpur", "吉隆坡"], ["Penang", "槟城"], ["Johor Bahru", "新山"], ["Kuantan", "关丹"]] },
  { code: "TH", weight: 30, phone: "+66", legal: "Co., Ltd.", languages: ["th", "en"], clusters: ["agri", "manufacturing", "life"], cities: [["Bangkok", "曼谷"], ["Chiang Mai", "清迈"], ["Pathum Thani", "巴吞他尼"]] },
  { code: "ID", weight: 30, phone: "+62", legal: "PT", languages: ["id", "en"], clusters: ["agri", "energy", "materials"], cities: [["Jakarta", "雅加达"], ["Surabaya", "泗水"], ["Bandung", "万隆"]] },
  { code: "VN", weight: 22, phone: "+84", legal: "JSC", languages: ["vi", "en"], clusters: ["electronics", "agri", "manufacturing"], cities: [["Hanoi", "河内"], ["Ho Chi Minh City", "胡志明市"], ["Da Nang", "岘港"]] },
  { code: "SG", weight: 20, phone: "+65", legal: "Pte. Ltd.", languages: ["en", "zh"], clusters: ["digital", "life", "services"], cities: [["Singapore", "新加坡"]] },
  { code: "PK", weight: 25, phone: "+92", legal: "(Pvt.) Ltd.", languages: ["en", "ur"], clusters: ["digital", "agri", "life"], cities: [["Islamabad", "伊斯兰堡"], ["Lahore", "拉合尔"], ["Karachi", "卡拉奇"], ["Sialkot", "锡亚尔科特"]] },
  { code: "KZ", weight: 14, phone: "+7", legal: "LLP", languages: ["kk", "ru", "en"], clusters: ["energy", "materials", "agri"], cities: [["Astana", "阿斯塔纳"], ["Almaty", "阿拉木图"]] },
  { code: "UZ", weight: 10, phone: "+998", legal: "LLC", languages: ["uz", "ru", "en"], clusters: ["agri", "materials", "digital"], cities: [["Tashkent", "塔什干"], ["Samarkand", "撒马尔罕"]] },
  { code: "IR", weight: 16, phone: "+98", legal: "Co.", languages: ["fa", "en"], clusters: ["materials", "digital", "life"], cities: [["Tehran", "德黑兰"], ["Isfahan", "伊斯法罕"], ["Tabriz", "大不里士"]] },
  { code: "TR", weight: 14, phone: "+90", legal: "A.Ş.", languages: ["tr", "en"], clusters: ["manufacturing", "digital", "services"], cities: [["Istanbul", "伊斯坦布尔"], ["Ankara", "安卡拉"], ["Izmir", "伊兹密尔"]] },
  { code: "AE", weight: 14, phone: "+971", legal: "LLC", languages: ["ar", "en"], clusters: ["services", "energy", "digital"], cities: [["Dubai", "迪拜"], ["Abu Dhabi", "阿布扎比"]] },
  { code: "SA", weight: 10, phone: "+966", legal: "LLC", languages: ["ar", "en"], clusters: ["energy", "materials", "digital"], cities: [["Riyadh", "利雅得"], ["Jeddah", "吉达"]] },
  { code: "OM", weight: 5, phone: "+968", legal: "LLC", languages: ["ar", "en"], clusters: ["digital", "services", "energy"], cities: [["Muscat", "马斯喀特"]] },
  { code: "EG", weight: 14, phone: "+20", legal: "S.A.E.", languages: ["ar", "en"], clusters: ["digital", "agri", "energy"], cities: [["Cairo", "开罗"], ["Alexandria", "亚历山大"]] },
  { code: "RU", weight: 12, phone: "+7", legal: "LLC", languages: ["ru", "en"], clusters: ["materials", "manufacturing", "digital"], cities: [["Moscow", "莫斯科"], ["Novosibirsk", "新西伯利亚"], ["Kazan", "喀山"]] },
  { code: "PL", weight: 10, phone: "+48", legal: "Sp. z o.o.", languages: ["pl", "en"], clusters: ["materials", "digital", "life"], cities: [["Warsaw", "华沙"], ["Poznań", "波兹南"], ["Kraków", "克拉科夫"]] },
  { code: "HU", weight: 10, phone: "+36", legal: "Kft.", languages: ["hu", "en"], clusters: ["digital", "manufacturing", "life"], cities: [["Budapest", "布达佩斯"], ["Debrecen", "德布勒森"]] },
  { code: "RS", weight: 8, phone: "+381", legal: "d.o.o.", languages: ["sr", "en"], clusters: ["digital", "agri", "manufacturing"], cities: [["Belgrade", "贝尔格莱德"], ["Novi Sad", "诺维萨德"]] },
  { code: "LT", weight: 5, phone: "+370", legal: "UAB", languages: ["lt", "en"], clusters: ["electronics", "life", "digital"], cities: [["Vilnius", "维尔纽斯"], ["Kaunas", "考纳斯"]] },
  { code: "GE", weight: 4, phone: "+995", legal: "LLC", languages: ["en", "ru"], clusters: ["agri", "digital", "services"], cities: [["Tbilisi", "第比利斯"]] },
  { code: "IN", weight: 22, phone: "+91", legal: "Pvt. Ltd.", languages: ["en", "hi"], clusters: ["digital", "life", "services"], cities: [["Bengaluru", "班加罗尔"], ["Hyderabad", "海得拉巴"], ["Pune", "浦那"], ["Chennai", "金奈"]] },
  { code: "KE", weight: 6, phone: "+254", legal: "Ltd", languages: ["en", "sw"], clusters: ["agri", "services", "energy"], cities: [["Nairobi", "内罗毕"], ["Mombasa", "蒙巴萨"]] },
  { code: "NG", weight: 6, phone: "+234", legal: "Ltd", languages: ["en"], clusters: ["services", "agri", "energy"], cities: [["Lagos", "拉各斯"], ["Abuja", "阿布贾"]] },
  { code: "ZA", weight: 7, phone: "+27", legal: "(Pty) Ltd", languages: ["en"], clusters: ["materials", "energy", "life"], cities: [["Johannesburg", "约翰内斯堡"], ["Cape Town", "开普敦"], ["Pretoria", "比勒陀利亚"]] },
  { code: "US", weight: 20, phone: "+1", legal: "Inc.", languages: ["en"], clusters: ["digital", "life", "electronics"], cities: [["Boston", "波士顿"], ["San Jose", "圣何塞"], ["Austin", "奥斯汀"], ["San Diego", "圣迭戈"]] },
  { code: "DE", weight: 12, phone: "+49", legal: "GmbH", languages: ["de", "en"], clusters: ["manufacturing", "energy", "life"], cities: [["Munich", "慕尼黑"], ["Berlin", "柏林"], ["Dresden", "德累斯顿"]] },
  { code: "FR", weight: 10, phone: "+33", legal: "SAS", languages: ["fr", "en"], clusters: ["digital", "life", "energy"], cities: [["Paris", "巴黎"], ["Lyon", "里昂"], ["Grenoble", "格勒诺布尔"]] },
  { code: "GB", weight: 10, phone: "+44", legal: "Ltd", languages: ["en"], clusters: ["life", "digital", "services"], cities: [["London", "伦敦"], ["Manchester", "曼彻斯特"], ["Oxford", "牛津"]] },
  { code: "IT", weight: 7, phone: "+39", legal: "S.r.l.", languages: ["it", "en"], clusters: ["manufacturing", "services", "life"], cities: [["Milan", "米兰"], ["Turin", "都灵"], ["Naples", "那不勒斯"]] },
  { code: "ES", weight: 6, phone: "+34", legal: "S.L.", languages: ["es", "en"], clusters: ["energy", "services", "digital"], cities: [["Barcelona", "巴塞罗那"], ["Madrid", "马德里"]] },
  { code: "PT", weight: 5, phone: "+351", legal: "Lda.", languages: ["pt", "en"], clusters: ["life", "digital", "manufacturing"], cities: [["Lisbon", "里斯本"], ["Porto", "波尔图"]] },
  { code: "JP", weight: 8, phone: "+81", legal: "K.K.", languages: ["ja", "en"], clusters: ["electronics", "manufacturing", "materials"], cities: [["Tokyo", "东京"], ["Osaka", "大阪"], ["Tsukuba", "筑波"]] },
  { code: "KR", weight: 8, phone: "+82", legal: "Co., Ltd.", languages: ["ko", "en"], clusters: ["electronics", "energy", "digital"], cities: [["Seoul", "首尔"], ["Daejeon", "大田"], ["Pangyo", "板桥"]] },
  { code: "BR", weight: 8, phone: "+55", legal: "Ltda.", languages: ["pt", "en"], clusters: ["agri", "digital", "energy"], cities: [["São Paulo", "圣保罗"], ["Florianópolis", "弗洛里亚诺波利斯"], ["Campinas", "坎皮纳斯"]] },
  { code: "AU", weight: 5, phone: "+61", legal: "Pty Ltd", languages: ["en"], clusters: ["agri", "materials", "life"], cities: [["Sydney", "悉尼"], ["Melbourne", "墨尔本"], ["Brisbane", "布里斯班"]] },
];

/** Two syllables make a Chinese-style brand ("Rui" + "xin" → "Ruixin", 睿新). */
export const CN_SYLLABLES: readonly Pair[] = [
  ["Hua", "华"], ["Zhong", "中"], ["Xin", "新"], ["Tai", "泰"], ["Kai", "凯"], ["Rui", "睿"], ["Heng", "恒"], ["Jin", "锦"], ["Bo", "博"], ["Tian", "天"],
  ["Yuan", "元"], ["Hong", "宏"], ["Long", "龙"], ["Feng", "丰"], ["Sheng", "盛"], ["Ming", "明"], ["Chuang", "创"], ["Ke", "科"], ["Xing", "星"], ["Hai", "海"],
  ["Yun", "云"], ["Jia", "嘉"], ["Da", "达"], ["An", "安"], ["Guang", "光"], ["Qi", "启"], ["Wei", "维"], ["Zhi", "智"], ["Cheng", "诚"], ["Lian", "联"],
];

/** Root + ending make an international brand ("Nova" + "tek" → "Novatek", 诺瓦泰克). */
export const BRAND_ROOTS: readonly Pair[] = [
  ["Nova", "诺瓦"], ["Terra", "泰拉"], ["Vita", "维塔"], ["Aero", "艾罗"], ["Lumi", "卢米"], ["Sol", "索尔"], ["Aqua", "阿奎"], ["Orbi", "奥比"], ["Quanta", "宽塔"], ["Zeni", "泽尼"],
  ["Astra", "阿斯特"], ["Cora", "科拉"], ["Helio", "赫利"], ["Iono", "艾奥"], ["Kala", "卡拉"], ["Mira", "米拉"], ["Neo", "尼奥"], ["Omni", "奥姆尼"], ["Pyra", "皮拉"], ["Riva", "里瓦"],
  ["Sana", "萨纳"], ["Tessa", "特萨"], ["Ultra", "优创"], ["Vela", "维拉"], ["Xeno", "赛诺"], ["Alta", "阿尔塔"], ["Bora", "博拉"], ["Delta", "德尔塔"], ["Ecto", "埃克托"], ["Fira", "菲拉"],
];
export const BRAND_ENDINGS: readonly Pair[] = [
  ["tek", "泰克"], ["gen", "根"], ["nix", "尼克斯"], ["via", "维亚"], ["ra", "拉"], ["lon", "隆"], ["mind", "迈德"], ["wave", "波"], ["core", "核心"], ["link", "联"],
  ["path", "途"], ["spark", "星火"], ["logic", "逻辑"], ["sense", "感知"], ["works", "工坊"],
];

export const PARK_TYPES: readonly Pair[] = [
  ["Hi-tech Industrial Development Zone", "高新技术产业开发区"], ["Science Park", "科学园"], ["Innovation Park", "创新园"], ["Software Park", "软件园"],
  ["Industrial Park", "产业园"], ["Technology Park", "科技园"], ["Biomedical Industry Park", "生物医药产业园"], ["University Science Park", "大学科技园"],
];

export const FIELDS: readonly (readonly [en: string, zh: string, cluster: Cluster])[] = [
  ["Science and Technology", "科技", "digital"], ["Technology", "理工", "manufacturing"], ["Information Science", "信息科学", "digital"], ["Life Sciences", "生命科学", "life"],
  ["Agriculture", "农业", "agri"], ["Engineering", "工程", "manufacturing"], ["Medicine", "医科", "life"], ["Energy", "能源", "energy"], ["Materials", "材料", "materials"],
  ["Electronics", "电子", "electronics"], ["Marine Science", "海洋科学", "manufacturing"], ["Economics and Management", "经济管理", "services"],
];

export const CONTACT_ROLES = ["International Office", "Business Development", "Partnerships Office", "Technology Transfer Office", "Investor Relations", "General Manager's Office"];
export const PRODUCT_WORDS: readonly Pair[] = [["platform", "平台"], ["modules", "模组"], ["systems", "系统"], ["components", "部件"], ["services", "服务"], ["kits", "套件"], ["equipment", "装备"]];
export const OFFER_ADJECTIVES: readonly Pair[] = [
  ["Low-cost", "低成本"], ["High-efficiency", "高效"], ["Compact", "紧凑型"], ["Scalable", "可扩展"], ["Energy-saving", "节能"],
  ["Automated", "自动化"], ["Modular", "模块化"], ["Next-generation", "新一代"], ["Robust", "高可靠"], ["Open", "开放式"],
];
export const OFFER_NOUNS: readonly Pair[] = [
  ["process", "工艺"], ["platform", "平台"], ["module", "模组"], ["system", "系统"], ["material", "材料"],
  ["method", "方法"], ["sensor", "传感器"], ["algorithm", "算法"], ["device", "装置"], ["formulation", "配方"],
];

/** Investor types: name words, usual stages and ticket range in USD. */
export const INVESTOR_TYPES = [
  { type: "vc", w: 35, en: "Ventures", zh: "创投", stages: ["seed", "early", "growth"], min: 250_000, max: 20_000_000 },
  { type: "angel", w: 15, en: "Angel Fund", zh: "天使基金", stages: ["seed", "early"], min: 20_000, max: 500_000 },
  { type: "private-equity", w: 15, en: "Capital Partners", zh: "资本", stages: ["growth", "late", "buyout"], min: 5_000_000, max: 200_000_000 },
  { type: "corporate", w: 12, en: "Corporate Ventures", zh: "产业投资", stages: ["early", "growth"], min: 500_000, max: 30_000_000 },
  { type: "government-fund", w: 15, en: "Industry Guidance Fund", zh: "产业引导基金", stages: ["early", "growth", "late"], min: 1_000_000, max: 50_000_000 },
  { type: "bank", w: 8, en: "Development Bank", zh: "发展银行", stages: ["growth", "late"], min: 1_000_000, max: 100_000_000 },
] as const;

/** How often each cooperation type is asked for, and which kinds of organization (key letters) ask. */
export const REQUEST_TYPES: readonly (readonly [CooperationTypeId, number])[] = [
  ["technology-transfer", 22], ["investment", 18], ["joint-partnership", 15], ["joint-product", 10], ["co-branding", 8],
  ["training", 8], ["planning-consulting", 7], ["sister-park", 5], ["re-branding", 4], ["dual-park", 3],
];
export const REQUEST_OWNERS: Partial<Record<CooperationTypeId, string>> = { "sister-park": "p", "dual-park": "p", "planning-consulting": "pi", training: "pi", investment: "pev" };
