import type { Term } from "./types.js";

/** Materials, energy, manufacturing, construction and the sea. */
export const INDUSTRIAL_INDUSTRIES = [
  {
    id: "new-materials",
    en: "Advanced materials",
    zh: "新材料",
    synonyms: [
      "materials", "new materials", "advanced materials", "materials and metallurgy",
      "materials science", "材料", "新材料产业", "先进材料", "材料科学",
    ],
  },
  {
    id: "metallurgy",
    en: "Metallurgy & metals",
    zh: "冶金",
    parent: "new-materials",
    synonyms: [
      "metallurgy", "metals", "steel", "alloys", "non-ferrous metals", "rare earths",
      "冶金工业", "钢铁", "有色金属", "金属材料", "合金", "稀土",
    ],
  },
  {
    id: "nanotechnology",
    en: "Nanotechnology",
    zh: "纳米技术",
    parent: "new-materials",
    synonyms: ["nanotech", "nano technologies", "nanotechnologies", "nanomaterials", "纳米", "纳米材料", "纳米科技"],
  },
  {
    id: "chemicals",
    en: "Chemicals & petrochemicals",
    zh: "化工",
    parent: "new-materials",
    synonyms: [
      "chemicals", "chemical industry", "petrochemicals", "petrochemical industry", "oil and gas",
      "fine chemicals", "化学工业", "石油化工", "石化", "精细化工", "油气",
    ],
  },
  {
    id: "polymers-composites",
    en: "Polymers & composites",
    zh: "高分子与复合材料",
    parent: "new-materials",
    synonyms: [
      "polymers", "composites", "composite materials", "carbon fibre", "carbon fiber", "graphene",
      "高分子材料", "复合材料", "碳纤维", "石墨烯",
    ],
  },
  {
    id: "new-energy",
    en: "New energy",
    zh: "新能源",
    synonyms: [
      "new energy", "renewable energy", "renewables", "clean energy", "green energy", "energy",
      "可再生能源", "清洁能源", "绿色能源", "能源", "新能源产业",
    ],
  },
  {
    id: "solar",
    en: "Solar photovoltaics",
    zh: "光伏",
    parent: "new-energy",
    synonyms: ["solar", "solar energy", "solar power", "photovoltaics", "PV", "太阳能", "光伏发电", "太阳能光伏"],
  },
  {
    id: "wind-power",
    en: "Wind power",
    zh: "风电",
    parent: "new-energy",
    synonyms: ["wind energy", "wind power", "offshore wind", "wind turbines", "风能", "风力发电", "海上风电"],
  },
  {
    id: "energy-storage",
    en: "Energy storage & batteries",
    zh: "储能",
    parent: "new-energy",
    synonyms: [
      "energy storage", "batteries", "battery", "lithium batteries", "lithium-ion batteries",
      "储能电池", "电池", "锂电池", "动力电池", "新型储能",
    ],
  },
  {
    id: "hydrogen",
    en: "Hydrogen & fuel cells",
    zh: "氢能",
    parent: "new-energy",
    synonyms: ["hydrogen", "hydrogen energy", "fuel cells", "fuel cell", "green hydrogen", "燃料电池", "氢燃料电池", "绿氢"],
  },
  {
    id: "new-energy-vehicles",
    en: "New energy vehicles",
    zh: "新能源汽车",
    parent: "new-energy",
    synonyms: ["NEV", "NEVs", "electric vehicles", "EV", "EVs", "e-mobility", "charging infrastructure", "电动汽车", "充电桩"],
  },
  {
    id: "advanced-manufacturing",
    en: "Advanced manufacturing",
    zh: "高端装备制造",
    synonyms: [
      "advanced manufacturing", "high-end equipment", "high-end equipment manufacturing",
      "smart manufacturing", "intelligent manufacturing", "industry 4.0", "equipment manufacturing",
      "fabrication and production", "manufacturing", "高端装备", "智能制造", "先进制造",
      "装备制造", "制造业", "高端制造",
    ],
  },
  {
    id: "mechatronics",
    en: "Mechatronics & technical inspection",
    zh: "机电一体化",
    parent: "advanced-manufacturing",
    synonyms: [
      "mechatronics", "megatronics", "technical inspection", "testing and inspection",
      "mechanical engineering", "机电", "机械工程", "检验检测", "机械制造",
    ],
  },
  {
    id: "additive-manufacturing",
    en: "Additive manufacturing",
    zh: "增材制造",
    parent: "advanced-manufacturing",
    synonyms: ["additive manufacturing", "3D printing", "3D打印", "三维打印"],
  },
  {
    id: "robotics",
    en: "Robotics",
    zh: "机器人",
    parent: "advanced-manufacturing",
    synonyms: ["robotics", "robot", "industrial robots", "service robots", "工业机器人", "服务机器人", "智能机器人"],
  },
  {
    id: "aerospace",
    en: "Aerospace & aviation",
    zh: "航空航天",
    parent: "advanced-manufacturing",
    synonyms: [
      "aerospace", "aviation", "space industry", "space technology", "satellites", "drones", "UAV", "UAVs", "航空", "航天",
      "卫星", "无人机", "商业航天", "低空经济",
    ],
  },
  {
    id: "automotive",
    en: "Automotive & intelligent vehicles",
    zh: "汽车与智能网联汽车",
    parent: "advanced-manufacturing",
    synonyms: [
      "automotive", "automobiles", "auto parts", "intelligent connected vehicles", "autonomous driving",
      "汽车", "汽车零部件", "智能网联汽车", "自动驾驶", "智能汽车",
    ],
  },
  {
    id: "construction",
    en: "Construction & geotechnics",
    zh: "建筑与岩土工程",
    synonyms: [
      "construction", "geotechnics", "geotechnical engineering", "geophysics", "civil engineering",
      "建筑", "建筑业", "土木工程", "岩土工程", "地球物理",
    ],
  },
  {
    id: "green-building",
    en: "Green & smart building",
    zh: "绿色建筑",
    parent: "construction",
    synonyms: [
      "green building", "smart building", "smart construction", "prefabricated construction",
      "building materials", "智能建造", "装配式建筑", "智慧建筑", "建筑节能", "建材",
    ],
  },
  {
    id: "marine",
    en: "Marine industry",
    zh: "海洋产业",
    synonyms: [
      "marine", "maritime", "ocean economy", "blue economy", "offshore engineering", "shipbuilding",
      "marine technology", "海洋经济", "蓝色经济", "海洋工程", "海工装备", "船舶", "海洋科技",
    ],
  },
] as const satisfies readonly Term[];
