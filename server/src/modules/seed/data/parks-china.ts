// Real Chinese parks named in the CISIP documents (shared/reference). Facts only;
// optional figures are left out unless a document states them.
import type { SeedOrg } from "./types.js";

export const CHINA_PARKS: SeedOrg<"park">[] = [
  {
    key: "zhongguancun-haidian",
    org: {
      kind: "park",
      name: { en: "Zhongguancun Haidian Science Park", local: "中关村科技园区海淀园" },
      description: {
        en: "The Haidian core of Zhongguancun, China's first national high-tech zone, which grew from the Beijing New Technology Industry Development Experimental Zone approved in 1988. It hosts R&D centres of many Global 500 companies next to Peking University, Tsinghua University and the Chinese Academy of Sciences, and runs a global service platform for technology transfer and incubation.",
        local: "中关村海淀园是中国第一个国家级高新区——中关村的核心区，前身为1988年批准设立的北京市新技术产业开发试验区。园区毗邻北京大学、清华大学和中国科学院，聚集了大量世界500强企业研发中心，并建有服务技术国际化的全球服务平台，开展技术转移与创业孵化。",
      },
      country: "CN",
      city: "Beijing",
      industries: ["ict", "ai", "big-data-cloud", "software", "telecommunications", "biotechnology", "environment", "aerospace"],
      cooperationInterests: ["technology-transfer", "joint-partnership", "investment", "training"],
      interestRegions: ["western-europe", "north-america", "east-asia"],
      languages: ["zh", "en"],
      contacts: [{ name: "International Cooperation Office", email: "intl.haidian@example.cn", phone: "+86 10 8260 0100" }],
      park: {
        founded: 1988,
        management: "government-agency",
        investedBy: "Beijing Municipal Government (Haidian District)",
        stage: "operation",
        services: ["incubation", "technology-transfer-office", "financing", "market-access", "policy-consulting"],
      },
    },
  },
  {
    key: "tuspark",
    org: {
      kind: "park",
      name: { en: "Tsinghua University Science Park (TusPark)", local: "清华科技园" },
      description: {
        en: "A university science park beside Tsinghua University in Beijing, developed since 1994 and run by TusHoldings; it describes itself as the largest single university science park in the world, with more than 1,200 resident enterprises. TusHoldings has built incubators and innovation bases abroad (InnoSpring in Silicon Valley, TusParkHK) and offers planning, consulting and operation services to parks along the Belt and Road.",
        local: "清华科技园位于北京清华大学旁，自1994年起由启迪控股开发运营，是全球最大的单体大学科技园之一，入驻企业逾1200家。启迪控股在海外建设了孵化器和创新基地（如硅谷InnoSpring、香港启迪），并为“一带一路”沿线国家园区提供规划、咨询和运营服务。",
      },
      country: "CN",
      city: "Beijing",
      industries: ["ict", "software", "digital-economy", "solar", "water-treatment", "environment", "biomedicine"],
      cooperationInterests: ["planning-consulting", "joint-partnership", "technology-transfer", "investment", "training"],
      interestRegions: ["southeast-asia", "south-asia", "africa", "north-america", "western-europe"],
      languages: ["zh", "en"],
      contacts: [{ name: "International Business Department", email: "global.tuspark@example.cn", phone: "+86 10 6279 0100" }],
      park: {
        founded: 1994,
        management: "managing-company",
        investedBy: "Tsinghua University, through TusHoldings",
        residentCompanies: 1200,
        stage: "operation",
        services: ["incubation", "accelerator", "financing", "market-access", "training", "policy-consulting"],
      },
    },
  },
  {
    key: "pku-science-park",
    org: {
      kind: "park",
      name: { en: "Peking University Science Park", local: "北京大学科技园" },
      description: {
        en: "The national university science park of Peking University in Haidian, Beijing, recognised as a national university science park in 2001. It nurtures the digital economy through technical support platforms, application scenarios, science and technology services, talent programmes and technology investment.",
        local: "北京大学科技园是北京大学在海淀区建设的国家大学科技园，2001年获认定为国家大学科技园。园区通过技术支撑平台、数字应用场景、科技服务平台、人才培养计划和科技投资五个方面培育数字经济。",
      },
      country: "CN",
      city: "Beijing",
      industries: ["ict", "digital-economy", "ai", "biomedicine", "new-materials"],
      cooperationInterests: ["technology-transfer", "training", "investment", "joint-partnership"],
      interestRegions: ["southeast-asia", "south-asia", "western-europe"],
      languages: ["zh", "en"],
      contacts: [{ name: "International Office", email: "intl.pkusp@example.cn", phone: "+86 10 6275 0100" }],
      park: {
        founded: 1993,
        management: "university",
        investedBy: "Peking University",
        stage: "operation",
        services: ["incubation", "laboratories", "talent-services", "financing", "training"],
      },
    },
  },
  {
    key: "chengdu-hi-tech-zone",
    org: {
      kind: "park",
      name: { en: "Chengdu Hi-tech Industrial Development Zone", local: "成都高新技术产业开发区" },
      description: {
        en: "Founded in 1988 and approved as a national high-tech zone in 1991, Chengdu Hi-tech Zone is the innovation hub of western China, strong in electronic information, software, biomedicine and the digital economy. Since 2016 it has been the sister park of Sophia Antipolis in France, with representative offices in each other.",
        local: "成都高新区创建于1988年，1991年经国务院批准为国家级高新区，是中国西部的创新高地，电子信息、软件、生物医药和数字经济实力突出。2016年起与法国索菲亚科技园结为“姊妹园区”，双方互设代表处。",
      },
      country: "CN",
      city: "Chengdu",
      industries: ["electronics", "semiconductors", "software", "digital-economy", "ai", "biomedicine"],
      cooperationInterests: ["sister-park", "co-branding", "joint-partnership", "technology-transfer", "investment"],
      interestRegions: ["western-europe", "central-eastern-europe", "southeast-asia"],
      languages: ["zh", "en"],
      contacts: [{ name: "International Cooperation Bureau", email: "intl.chengdu-hitech@example.cn", phone: "+86 28 8519 0100" }],
      park: {
        founded: 1988,
        management: "government-agency",
        investedBy: "Chengdu Municipal Government",
        stage: "operation",
        services: ["incubation", "representative-office", "policy-consulting", "financing", "talent-services"],
      },
    },
  },
  {
    key: "qinzhou-industrial-park",
    org: {
      kind: "park",
      name: { en: "China–Malaysia Qinzhou Industrial Park", local: "中马钦州产业园区" },
      description: {
        en: "An industrial park in Qinzhou, Guangxi, launched in 2012 as the Chinese half of the China–Malaysia \"Two Countries, Twin Parks\" programme; its twin, the Malaysia–China Kuantan Industrial Park, opened in 2013. It focuses on equipment manufacturing, electronic information, food processing, new materials and biotechnology.",
        local: "中马钦州产业园区位于广西钦州，2012年启动，是中国与马来西亚“两国双园”的中方园区；其姊妹园区马中关丹产业园于2013年开园。园区重点发展装备制造、电子信息、食品加工、新材料和生物技术产业。",
      },
      country: "CN",
      city: "Qinzhou",
      industries: ["advanced-manufacturing", "electronics", "food-medicinal", "new-materials", "biotechnology"],
      cooperationInterests: ["dual-park", "investment", "joint-partnership", "planning-consulting"],
      interestRegions: ["southeast-asia"],
      languages: ["zh", "en", "ms"],
      contacts: [{ name: "Investment Promotion Office", email: "invest.qinzhou-park@example.cn", phone: "+86 777 360 0100" }],
      park: {
        founded: 2012,
        management: "government-agency",
        investedBy: "Governments of China and Malaysia; Guangxi Zhuang Autonomous Region",
        stage: "operation",
        services: ["policy-consulting", "market-access", "incubation"],
      },
    },
  },
];
