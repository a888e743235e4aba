// Cooperation requests. The first ones retell real cooperation stories from the
// CISIP documents (see pairs.ts); the rest are invented requests of fictional members.
import type { SeedRequest } from "./types.js";

type Body = SeedRequest["request"];
const request = (key: string, orgKey: string, body: Body): SeedRequest => ({ key, orgKey, request: body });

export const SEED_REQUESTS: SeedRequest[] = [
  request("chengdu-sister-park-europe", "chengdu-hi-tech-zone", {
    type: "sister-park",
    title: { en: "Sister park in Western Europe with mutual representative offices", local: "寻找西欧姊妹园区并互设代表处" },
    description: { en: "Chengdu Hi-tech Zone seeks an established Western European science park to become sister parks, each hosting a representative office of the other to help companies in electronics, software and biomedicine exchange and land in both markets.", local: "成都高新区寻求与一家成熟的西欧科技园结为姊妹园区，双方互设代表处，帮助电子信息、软件和生物医药企业开展交流并在两地落地。" },
    industries: ["electronics", "software", "biomedicine", "digital-economy"], targetRegions: ["western-europe"], targetCountries: ["FR", "DE", "GB", "IT"], partnerKinds: ["park"], expiresInDays: 365,
  }),
  request("sophia-china-partner-park", "sophia-antipolis", {
    type: "sister-park",
    title: { en: "Partner high-tech zone in China for a two-way soft-landing office", local: "寻找中国高新区合作伙伴，互设软着陆办公室" },
    description: { en: "Sophia Antipolis looks for a Chinese high-tech zone to sign a sister-park agreement and open offices in each other, so that its ICT, telecom and life-science companies can land in China and Chinese companies in Europe.", local: "索菲亚科技园寻求与中国高新区签订姊妹园区协议并互设办公室，帮助其信息通信、电信和生命科学企业进入中国，也帮助中国企业进入欧洲。" },
    industries: ["ict", "telecommunications", "biomedicine"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["park"], expiresInDays: 365,
  }),
  request("qinzhou-dual-park-asean", "qinzhou-industrial-park", {
    type: "dual-park",
    title: { en: "Dual-park partner in Southeast Asia", local: "寻找东南亚“两国双园”合作园区" },
    description: { en: "Qinzhou Industrial Park seeks a Southeast Asian industrial park to open together as twin parks, with coordinated policies so that manufacturing, metal processing and food companies can invest across both.", local: "钦州产业园区寻求与东南亚产业园区共同打造“两国双园”，协调双方政策，推动制造、金属加工和食品企业在两园双向投资。" },
    industries: ["advanced-manufacturing", "metallurgy", "food-medicinal", "electronics"], targetRegions: ["southeast-asia"], targetCountries: ["MY", "ID", "TH"], partnerKinds: ["park"], expiresInDays: 365,
  }),
  request("kuantan-dual-park-china", "kuantan-industrial-park", {
    type: "dual-park",
    title: { en: "Twin industrial park in southern China", local: "寻找中国华南地区的姊妹产业园" },
    description: { en: "The Kuantan Industrial Park wants a Chinese twin park near a port, so that steel, aluminium and palm-oil processing investors can operate in both countries under one partnership.", local: "关丹产业园希望在中国港口附近找到姊妹园区，使钢铁、铝和棕榈油加工投资者可在同一合作框架下在两国运营。" },
    industries: ["metallurgy", "advanced-manufacturing", "food-medicinal"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["park"], expiresInDays: 365,
  }),
  request("tuspark-belt-road-science-park", "tuspark", {
    type: "planning-consulting",
    title: { en: "Co-develop the first Belt and Road science park in a partner country", local: "与合作国共建首个“一带一路”科技园" },
    description: { en: "TusPark offers planning, construction and operation know-how and seeks a university or government partner in a Belt and Road country to co-develop a new science park, from strategic planning to incubation.", local: "清华科技园可提供规划、建设和运营经验，寻求“一带一路”国家的大学或政府合作伙伴，从战略规划到孵化运营共建新的科技园。" },
    industries: ["ict", "new-energy", "environment", "digital-economy"], targetRegions: ["south-asia", "southeast-asia", "africa"], targetCountries: ["PK", "MY", "TH", "EG"], partnerKinds: ["institution", "park"], expiresInDays: 300,
  }),
  request("nust-nstp-development-partner", "nust-nstp", {
    type: "planning-consulting",
    title: { en: "Experienced science-park operator to help expand NSTP", local: "寻找有经验的科技园运营方协助扩建国家科技园" },
    description: { en: "NUST's National Science & Technology Park seeks an experienced university science-park operator for planning, incubation and attracting international anchor tenants.", local: "巴基斯坦国立科技园寻求有经验的大学科技园运营方，在规划、孵化和引进国际龙头企业方面开展合作。" },
    industries: ["ict", "ai", "agriculture", "new-energy"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["park", "institution"], expiresInDays: 300,
  }),
  request("isfahan-co-branding", "isfahan-istt", {
    type: "co-branding",
    title: { en: "Co-branding partners for ISTT companies' high-tech products", local: "为伊斯法罕科技城企业高技术产品寻找联合品牌伙伴" },
    description: { en: "ISTT invites companies and parks abroad to co-brand proven products of its tenants (TRL above 6) in medical equipment, nano coatings, electronics and steel technologies, and to prepare joint products and re-branding.", local: "伊斯法罕科技城邀请海外企业和园区，就入园企业在医疗设备、纳米涂层、电子和钢铁技术领域的成熟产品（技术就绪水平6级以上）开展联合品牌、联合产品和贴牌合作。" },
    industries: ["medical-engineering", "nanotechnology", "electronics", "metallurgy"], targetRegions: ["east-asia", "central-west-asia", "south-asia"], targetCountries: [], partnerKinds: ["enterprise", "park"], trlMin: 6, expiresInDays: 240,
  }),
  request("isfahan-sisterhood", "isfahan-istt", {
    type: "sister-park",
    title: { en: "Sisterhood agreements with science parks abroad", local: "与海外科技园签订姊妹园区协议" },
    description: { en: "ISTT seeks sisterhood agreements with science and technology parks in other countries, to exchange companies, run technology transfer programmes and support internationalisation of start-ups.", local: "伊斯法罕科技城寻求与其他国家科技园签订姊妹园区协议，开展企业交流和技术转移项目，支持初创企业国际化。" },
    industries: ["ict", "agriculture", "advanced-manufacturing"], targetRegions: ["east-asia", "southeast-asia", "central-eastern-europe"], targetCountries: [], partnerKinds: ["park"], expiresInDays: 300,
  }),
  request("isfahan-joint-training", "isfahan-istt", {
    type: "training",
    title: { en: "Joint training programmes, workshops and webinars", local: "联合开展培训项目、研讨会和网络研讨会" },
    description: { en: "ISTT and IRIS want partners to organise joint training programmes, workshops and webinars on science-park management and technology commercialisation.", local: "伊斯法罕科技城与伊斯法罕区域中心希望与合作方联合举办科技园管理和技术商业化方面的培训、研讨会和网络研讨会。" },
    industries: ["business-services"], targetRegions: ["east-asia", "central-west-asia", "south-asia"], targetCountries: [], partnerKinds: ["institution", "park"], expiresInDays: 240,
  }),
  request("isfahan-art-tourism", "isfahan-istt", {
    type: "joint-partnership",
    title: { en: "Partners for ISTT's art incubator in art and tourism", local: "为科技城艺术孵化器寻找艺术与旅游领域合作伙伴" },
    description: { en: "The art incubator of ISTT looks for creative-industry companies and incubators to cooperate on digital art, handicraft design and cultural tourism.", local: "伊斯法罕科技城艺术孵化器寻求创意产业企业和孵化器，在数字艺术、手工艺设计和文化旅游领域开展合作。" },
    industries: ["creative-industries", "digital-creative", "tourism"], targetRegions: ["east-asia", "western-europe"], targetCountries: [], partnerKinds: ["enterprise", "institution"], expiresInDays: 200,
  }),
  request("thailand-park-planning", "thailand-science-park", {
    type: "planning-consulting",
    title: { en: "Advice on science-park development planning and STI reform", local: "科技园发展规划与科技创新体制改革咨询" },
    description: { en: "Thailand Science Park seeks experienced researchers of science parks to study its development, compare it with China's high-tech zones and advise on planning and policy.", local: "泰国科学园寻求有经验的科技园研究机构，研究其发展情况，与中国高新区进行对比，并就规划和政策提出建议。" },
    industries: ["biotechnology", "electronics", "new-materials"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["institution", "park"], expiresInDays: 240,
  }),
  request("cibinong-capacity-building", "cibinong-science-park", {
    type: "planning-consulting",
    title: { en: "Expertise, talent and technology for a growing science park", local: "为发展中的科技园引进经验、人才和技术" },
    description: { en: "Cibinong Science and Technology Park looks for partners with park-management experience to help with development planning, incubation and training of its staff.", local: "芝比农科技园寻求具有园区管理经验的合作伙伴，协助开展发展规划、企业孵化和员工培训。" },
    industries: ["biotechnology", "agriculture", "environment"], targetRegions: ["east-asia"], targetCountries: ["CN", "KR", "JP"], partnerKinds: ["institution", "park"], expiresInDays: 240,
  }),
  request("stza-zone-development", "pakistan-stza", {
    type: "planning-consulting",
    title: { en: "Lessons from China's high-tech zones for Special Technology Zones", local: "借鉴中国高新区经验建设特别技术区" },
    description: { en: "Pakistan's Special Technology Zones Authority seeks policy research, planning support and zone-developer partners from countries with long experience in high-tech zones.", local: "巴基斯坦特别技术区管理局寻求高新区建设经验丰富国家的政策研究、规划支持和园区开发合作伙伴。" },
    industries: ["ict", "software", "electronics"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["institution", "park"], expiresInDays: 300,
  }),
  request("haidian-tech-transfer-in", "zhongguancun-haidian", {
    type: "technology-transfer",
    title: { en: "European and American technologies to commercialise in Haidian", local: "引进欧美技术在海淀转化" },
    description: { en: "Haidian Science Park's global technology transfer platform seeks licensable technologies from universities and companies in Europe and North America in AI, biotech and new materials.", local: "海淀园全球技术转移平台寻求欧洲和北美高校及企业在人工智能、生物技术和新材料领域可许可的技术。" },
    industries: ["ai", "biotechnology", "new-materials"], targetRegions: ["western-europe", "north-america"], targetCountries: [], partnerKinds: ["offer", "institution", "enterprise"], trlMin: 4, trlMax: 8, expiresInDays: 300,
  }),
  request("taguspark-marine-partners", "taguspark", {
    type: "joint-partnership",
    title: { en: "Partner parks for the marine economy and pharmaceuticals", local: "寻找海洋经济和制药领域的合作园区" },
    description: { en: "Taguspark wants partner parks in Asia to connect companies in pharmaceuticals, software and the marine economy, and to explore a new-economy vitality zone.", local: "塔古斯科技园希望与亚洲园区合作，连接制药、软件和海洋经济企业，并探索新经济活力区建设。" },
    industries: ["marine", "biomedicine", "software"], targetRegions: ["east-asia", "southeast-asia"], targetCountries: ["CN"], partnerKinds: ["park"], expiresInDays: 240,
  }),
  request("rongcheng-eu-co-branding", "rongcheng-microsensing", {
    type: "co-branding",
    title: { en: "European co-brand for automotive sensor modules", local: "寻找欧洲汽车传感器模组联合品牌伙伴" },
    description: { en: "Rongcheng MicroSensing seeks a European sensor or automotive supplier to co-brand pressure-sensor modules for the EU market.", local: "蓉芯微感寻求欧洲传感器或汽车零部件供应商，联合品牌推出面向欧盟市场的压力传感器模组。" },
    industries: ["sensors-instruments", "automotive"], targetRegions: ["western-europe"], targetCountries: ["FR", "DE"], partnerKinds: ["enterprise"], expiresInDays: 180,
  }),
  request("tianfu-drug-delivery", "tianfu-kangyuan-bio", {
    type: "technology-transfer",
    title: { en: "Licence for a drug-delivery technology", local: "寻求药物递送技术许可" },
    description: { en: "Tianfu Kangyuan seeks a licensable drug-delivery or formulation technology at preclinical to early clinical stage.", local: "天府康源寻求处于临床前至早期临床阶段、可许可的药物递送或制剂技术。" },
    industries: ["biomedicine", "biotechnology"], targetRegions: ["western-europe", "north-america"], targetCountries: [], partnerKinds: ["offer", "enterprise", "institution"], trlMin: 4, trlMax: 7, expiresInDays: 180,
  }),
  request("kuantan-alloys-process-tech", "kuantan-precision-alloys", {
    type: "technology-transfer",
    title: { en: "Process technology for high-strength steel profiles", local: "寻求高强度钢型材工艺技术" },
    description: { en: "Kuantan Precision Alloys seeks proven process technology and equipment partners for high-strength, corrosion-resistant steel sections.", local: "关丹精密合金寻求成熟的高强度耐腐蚀钢型材工艺技术及设备合作伙伴。" },
    industries: ["metallurgy", "advanced-manufacturing"], targetRegions: ["east-asia"], targetCountries: ["CN"], partnerKinds: ["offer", "enterprise", "institution"], trlMin: 6, expiresInDays: 200,
  }),
  request("mingmou-series-b", "mingmou-vision-ai", {
    type: "investment",
    title: { en: "Series B round for industrial vision inspection", local: "工业视觉质检B轮融资" },
    description: { en: "Mingmou Vision seeks USD 10–30 million from investors who can also open doors to manufacturers in Southeast Asia.", local: "明眸视觉寻求1000万至3000万美元融资，希望投资方能帮助对接东南亚制造企业。" },
    industries: ["ai", "advanced-manufacturing"], targetRegions: ["east-asia", "southeast-asia"], targetCountries: [], partnerKinds: ["investor"], ticketMinUsd: 10_000_000, ticketMaxUsd: 30_000_000, expiresInDays: 120,
  }),
  request("margalla-seed-round", "margalla-agritech", {
    type: "investment",
    title: { en: "Seed round for crop-disease detection app", local: "作物病害识别应用种子轮融资" },
    description: { en: "Margalla AgriTech raises a seed round to extend its model to new crops and reach farmers across South Asia.", local: "马尔加拉农业科技开展种子轮融资，用于扩展模型覆盖的作物并服务南亚农户。" },
    industries: ["agriculture", "ai"], targetRegions: ["south-asia", "southeast-asia"], targetCountries: [], partnerKinds: ["investor"], ticketMinUsd: 100_000, ticketMaxUsd: 500_000, expiresInDays: 120,
  }),
  request("silk-road-fund-deals", "silk-road-park-fund", {
    type: "investment",
    title: { en: "Anchor manufacturers and park projects along the Belt and Road", local: "投资“一带一路”沿线园区项目和龙头制造企业" },
    description: { en: "The Silk Road Science Park Development Fund seeks growth-stage manufacturers and park developers in cross-border park projects.", local: "丝路科技园区发展基金寻求跨境园区项目中的成长期制造企业和园区开发商。" },
    industries: ["advanced-manufacturing", "new-energy", "logistics"], targetRegions: ["southeast-asia", "south-asia", "central-west-asia"], targetCountries: [], partnerKinds: ["enterprise", "park"], ticketMinUsd: 10_000_000, ticketMaxUsd: 150_000_000, expiresInDays: 365,
  }),
  request("hanbit-cell-maker", "hanbit-battery-materials", {
    type: "joint-product",
    title: { en: "Cell maker to co-develop all-solid-state cells", local: "寻找电芯企业联合开发全固态电池" },
    description: { en: "Hanbit Battery Materials seeks a battery cell manufacturer to co-develop pilot all-solid-state cells using its sulfide electrolyte.", local: "韩光电池材料寻求电芯制造企业，使用其硫化物电解质联合开发全固态电池中试样品。" },
    industries: ["energy-storage", "new-materials"], targetRegions: ["east-asia", "western-europe"], targetCountries: [], partnerKinds: ["enterprise"], trlMin: 4, expiresInDays: 240,
  }),
];
