// Real universities and institutes linked to the seed parks or named in the CISIP
// documents. Facts kept to what is well established; contacts are invented.
import type { SeedOrg } from "./types.js";

type Inst = SeedOrg<"institution">;
type InstFields = Omit<Inst["org"], "kind" | "contacts" | "institution"> & {
  type: Inst["org"]["institution"]["institutionType"];
  contact: { name: string; email: string; phone: string };
};

const institution = (key: string, { type, contact, ...rest }: InstFields): Inst => ({
  key,
  org: { kind: "institution", contacts: [contact], institution: { institutionType: type }, ...rest },
});

export const SEED_INSTITUTIONS: Inst[] = [
  institution("tsinghua-university", {
    type: "university",
    name: { en: "Tsinghua University", local: "清华大学" },
    description: {
      en: "A leading research university in Beijing, founded in 1911. Its science park, TusPark, is developed and run by TusHoldings.",
      local: "清华大学是位于北京的顶尖研究型大学，创建于1911年，其清华科技园由启迪控股开发运营。",
    },
    country: "CN", city: "Beijing",
    industries: ["ict", "ai", "new-energy", "environment", "advanced-manufacturing", "biomedicine"],
    cooperationInterests: ["technology-transfer", "joint-partnership", "training"],
    interestRegions: ["western-europe", "north-america", "southeast-asia", "south-asia"], languages: ["zh", "en"],
    contact: { name: "Technology Transfer Office", email: "ott@tsinghua-demo.example.cn", phone: "+86 10 6278 0401" },
  }),
  institution("peking-university", {
    type: "university",
    name: { en: "Peking University", local: "北京大学" },
    description: {
      en: "A comprehensive research university in Beijing, founded in 1898, whose science park supports startups in the digital economy and life sciences.",
      local: "北京大学是位于北京的综合性研究型大学，创建于1898年，其科技园支持数字经济和生命科学领域的创业企业。",
    },
    country: "CN", city: "Beijing",
    industries: ["biomedicine", "ict", "ai", "new-materials", "environment"],
    cooperationInterests: ["technology-transfer", "training", "joint-partnership"],
    interestRegions: ["western-europe", "north-america", "southeast-asia"], languages: ["zh", "en"],
    contact: { name: "Office of Technology Transfer", email: "tech-transfer@pku-demo.example.cn", phone: "+86 10 6275 0402" },
  }),
  institution("kaist", {
    type: "university",
    name: { en: "KAIST (Korea Advanced Institute of Science and Technology)", local: "韩国科学技术院" },
    description: {
      en: "Korea's research-oriented science and technology university, established in 1971 and based in Daedeok Innopolis, Daejeon.",
      local: "韩国科学技术院创建于1971年，是韩国以研究为导向的理工科大学，校区位于大田大德创新城。",
    },
    country: "KR", city: "Daejeon",
    industries: ["ict", "ai", "robotics", "new-materials", "biotechnology", "aerospace"],
    cooperationInterests: ["technology-transfer", "joint-partnership"],
    interestRegions: ["east-asia", "southeast-asia", "north-america"], languages: ["ko", "en"],
    contact: { name: "Industry Collaboration Office", email: "industry@kaist-demo.example.org", phone: "+82 42 800 0403" },
  }),
  institution("nstda", {
    type: "research-institute",
    name: { en: "National Science and Technology Development Agency (NSTDA)", local: "泰国国家科学技术发展署" },
    description: {
      en: "Thailand's national agency for research and technology development, established in 1991. It runs Thailand Science Park and national centres for biotechnology, electronics, materials and nanotechnology.",
      local: "泰国国家科学技术发展署成立于1991年，负责国家科研与技术开发，运营泰国科学园以及国家生物技术、电子、材料和纳米技术研究中心。",
    },
    country: "TH", city: "Pathum Thani",
    industries: ["biotechnology", "electronics", "new-materials", "nanotechnology", "agriculture"],
    cooperationInterests: ["technology-transfer", "planning-consulting", "training"],
    interestRegions: ["east-asia", "southeast-asia"], languages: ["th", "en"],
    contact: { name: "Technology Licensing Office", email: "licensing@nstda-demo.example.org", phone: "+66 2 500 0404" },
  }),
  institution("itb", {
    type: "university",
    name: { en: "Institut Teknologi Bandung (ITB)", local: "万隆理工学院" },
    description: {
      en: "Indonesia's oldest technical university, founded in 1920 in Bandung, West Java.",
      local: "万隆理工学院创建于1920年，位于西爪哇万隆，是印度尼西亚历史最悠久的理工大学。",
    },
    country: "ID", city: "Bandung",
    industries: ["ict", "electronics", "new-energy", "construction", "metallurgy"],
    cooperationInterests: ["technology-transfer", "training", "joint-partnership"],
    interestRegions: ["east-asia", "southeast-asia"], languages: ["id", "en"],
    contact: { name: "Directorate of Partnerships", email: "partnership@itb-demo.example.org", phone: "+62 22 2500 0405" },
  }),
  institution("nust", {
    type: "university",
    name: { en: "National University of Sciences & Technology (NUST)", local: "巴基斯坦国立科技大学" },
    description: {
      en: "A public science and engineering university in Islamabad, established in 1991, which hosts Pakistan's first National Science & Technology Park. It signed a partnership agreement with TusHoldings to plan the first Belt and Road science park in Pakistan.",
      local: "巴基斯坦国立科技大学是位于伊斯兰堡的公立理工大学，创建于1991年，建有巴基斯坦第一个国家科技园，并与启迪控股签署合作协议，规划建设巴基斯坦第一个“一带一路”科技园。",
    },
    country: "PK", city: "Islamabad",
    industries: ["ict", "ai", "advanced-manufacturing", "biotechnology", "new-energy"],
    cooperationInterests: ["planning-consulting", "technology-transfer", "joint-partnership", "training"],
    interestRegions: ["east-asia", "central-west-asia", "western-europe"], languages: ["en", "ur"],
    contact: { name: "Office of Research, Innovation & Commercialization", email: "ric@nust-demo.example.org", phone: "+92 51 900 0406" },
  }),
  institution("isfahan-university-of-technology", {
    type: "university",
    name: { en: "Isfahan University of Technology", local: "伊斯法罕理工大学" },
    description: {
      en: "A technical university in Isfahan, founded in 1977, next to the Isfahan Science and Technology Town.",
      local: "伊斯法罕理工大学创建于1977年，位于伊斯法罕，毗邻伊斯法罕科技城。",
    },
    country: "IR", city: "Isfahan",
    industries: ["metallurgy", "chemicals", "agriculture", "electronics", "advanced-manufacturing"],
    cooperationInterests: ["technology-transfer", "joint-product", "training"],
    interestRegions: ["east-asia", "central-west-asia", "south-asia"], languages: ["fa", "en"],
    contact: { name: "Technology Transfer Office", email: "tto@iut-demo.example.org", phone: "+98 31 3300 0407" },
  }),
  institution("iris-isfahan", {
    type: "association",
    name: { en: "Isfahan Regional Center for Technology Incubators and Science Parks Development (IRIS)", local: "伊斯法罕技术孵化器与科技园区发展区域中心" },
    description: {
      en: "A regional centre under the auspices of UNESCO that builds capacity for incubators and science parks, first in the ECO countries, through consulting, training and networking.",
      local: "在联合国教科文组织支持下设立的区域中心，首先面向经济合作组织国家，通过咨询、培训和交流网络为孵化器和科技园区开展能力建设。",
    },
    country: "IR", city: "Isfahan",
    industries: ["business-services"],
    cooperationInterests: ["training", "planning-consulting", "sister-park"],
    interestRegions: ["central-west-asia", "south-asia", "east-asia"], languages: ["fa", "en"],
    contact: { name: "International Cooperation Directorate", email: "intl@iris-demo.example.org", phone: "+98 31 3300 0408" },
  }),
  institution("kaunas-university-of-technology", {
    type: "university",
    name: { en: "Kaunas University of Technology", local: "考纳斯理工大学" },
    description: {
      en: "One of the largest technical universities in the Baltic states, in Kaunas, Lithuania, tracing its history to 1922.",
      local: "考纳斯理工大学位于立陶宛考纳斯，历史可追溯至1922年，是波罗的海国家规模最大的理工大学之一。",
    },
    country: "LT", city: "Kaunas",
    industries: ["ict", "chemicals", "advanced-manufacturing", "new-energy", "health-care"],
    cooperationInterests: ["technology-transfer", "joint-partnership", "training"],
    interestRegions: ["central-eastern-europe", "western-europe", "east-asia"], languages: ["lt", "en"],
    contact: { name: "National Innovation and Entrepreneurship Centre", email: "innovation@ktu-demo.example.org", phone: "+370 37 300 409" },
  }),
  institution("adam-mickiewicz-university", {
    type: "university",
    name: { en: "Adam Mickiewicz University, Poznań", local: "波兹南亚当·密茨凯维奇大学" },
    description: {
      en: "A major Polish university founded in 1919; its foundation runs the Poznań Science and Technology Park, and its chemists are known for silicon chemistry.",
      local: "亚当·密茨凯维奇大学创建于1919年，是波兰主要大学之一，其基金会运营波兹南科技园，化学学科以硅化学研究见长。",
    },
    country: "PL", city: "Poznań",
    industries: ["chemicals", "biotechnology", "ict", "environment"],
    cooperationInterests: ["technology-transfer", "joint-partnership"],
    interestRegions: ["central-eastern-europe", "western-europe", "east-asia"], languages: ["pl", "en"],
    contact: { name: "Centre for Technology Transfer", email: "ctt@amu-demo.example.org", phone: "+48 61 800 04 10" },
  }),
  institution("fundacao-certi", {
    type: "research-institute",
    name: { en: "CERTI Foundation", local: "巴西CERTI基金会" },
    description: {
      en: "A non-profit technology and innovation foundation in Florianópolis that develops products and solutions for industry and manages the CELTA incubator.",
      local: "CERTI基金会是位于弗洛里亚诺波利斯的非营利科技创新机构，为产业研发产品和解决方案，并管理CELTA孵化器。",
    },
    country: "BR", city: "Florianópolis",
    industries: ["electronics", "software", "sensors-instruments", "new-energy"],
    cooperationInterests: ["technology-transfer", "joint-product", "training"],
    interestRegions: ["south-america", "western-europe", "east-asia"], languages: ["pt", "en"],
    contact: { name: "Business Development", email: "negocios@certi-demo.example.org", phone: "+55 48 3200 0411" },
  }),
  institution("gei", {
    type: "research-institute",
    name: { en: "Great Wall Enterprise Institute (GEI)", local: "长城企业战略研究所" },
    description: {
      en: "A Beijing think tank that has worked with China's science-industry parks since 1993 on planning, consulting and policy research. It initiated the Community of International Science-Industry Parks (CISIP) in 2019 and has run international science-park workshops every year since 2013, now the Belt & Road Science Park Management Workshop.",
      local: "长城企业战略研究所是北京的智库，自1993年起为中国科技园区提供规划、咨询和政策研究服务，2019年发起成立国际科技园区共同体（CISIP），并自2013年起每年举办国际科技园区研修班，现为“一带一路”科技园区管理研修班。",
    },
    country: "CN", city: "Beijing",
    industries: ["business-services"],
    cooperationInterests: ["planning-consulting", "training", "sister-park", "dual-park"],
    interestRegions: ["southeast-asia", "south-asia", "central-west-asia", "africa", "central-eastern-europe"], languages: ["zh", "en"],
    contact: { name: "International Business Department", email: "international@gei-demo.example.cn", phone: "+86 10 8200 0412" },
  }),
  institution("casted", {
    type: "research-institute",
    name: { en: "Chinese Academy of Science and Technology for Development (CASTED)", local: "中国科学技术发展战略研究院" },
    description: {
      en: "A national think tank in Beijing for science, technology and innovation policy, with international platforms such as the China-ASEAN STI Policy Research Center and a Belt and Road STI think-tank network.",
      local: "中国科学技术发展战略研究院是位于北京的国家级科技创新政策智库，设有中国—东盟科技创新政策研究中心等国际合作平台，并建立了“一带一路”科技创新智库网络。",
    },
    country: "CN", city: "Beijing",
    industries: ["business-services"],
    cooperationInterests: ["planning-consulting", "training"],
    interestRegions: ["southeast-asia", "south-asia", "central-west-asia", "africa"], languages: ["zh", "en"],
    contact: { name: "Institute of International S&T Relations", email: "intl@casted-demo.example.cn", phone: "+86 10 5888 0413" },
  }),
  institution("btbu", {
    type: "university",
    name: { en: "Beijing Technology and Business University (BTBU)", local: "北京工商大学" },
    description: {
      en: "A Beijing university that launched the BTBU-ECOSF Joint Training Center with the ECO Science Foundation in 2020, training policy-makers from Belt and Road countries on STI policy and science parks.",
      local: "北京工商大学于2020年与经济合作组织科学基金会共建“北京工商大学—ECOSF联合培训中心”，为“一带一路”国家政策制定者开展科技创新政策和科技园区培训。",
    },
    country: "CN", city: "Beijing",
    industries: ["business-services", "food-medicinal"],
    cooperationInterests: ["training"],
    interestRegions: ["central-west-asia", "south-asia"], languages: ["zh", "en"],
    contact: { name: "Joint Training Center Secretariat", email: "training@btbu-demo.example.cn", phone: "+86 10 6898 0414" },
  }),
];
