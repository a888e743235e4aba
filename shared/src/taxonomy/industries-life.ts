import type { Term } from "./types.js";

/** Life sciences, agriculture and the environment. */
export const LIFE_INDUSTRIES = [
  {
    id: "biomedicine",
    en: "Biomedicine & pharmaceuticals",
    zh: "生物医药",
    synonyms: [
      "biomedicine", "biomedical", "pharmaceuticals", "pharmaceutical industry", "pharma",
      "biopharma", "biopharmaceuticals", "life sciences", "drug development", "medicine",
      "生物医药产业", "医药", "医药产业", "生物制药", "制药", "生命科学", "创新药", "新药研发",
    ],
  },
  {
    id: "biotechnology",
    en: "Biotechnology",
    zh: "生物技术",
    parent: "biomedicine",
    synonyms: [
      "biotech", "biotechnology", "synthetic biology", "genetic engineering", "genomics",
      "biomanufacturing", "bio-manufacturing", "生物科技", "生物产业", "合成生物", "合成生物学",
      "基因工程", "基因组学", "生物制造",
    ],
  },
  {
    id: "medical-engineering",
    en: "Medical engineering & devices",
    zh: "医疗器械",
    parent: "biomedicine",
    synonyms: [
      "medical engineering", "medical devices", "medical device", "medtech", "medical equipment",
      "biomedical engineering", "diagnostics", "医疗设备", "高端医疗器械", "生物医学工程",
      "医学工程", "体外诊断",
    ],
  },
  {
    id: "traditional-medicine",
    en: "Traditional Chinese medicine",
    zh: "中医药",
    parent: "biomedicine",
    synonyms: [
      "TCM", "traditional medicine", "Chinese medicine", "herbal medicine", "中药", "中医",
      "现代中药", "中医药产业",
    ],
  },
  {
    id: "health-care",
    en: "Health & elderly care",
    zh: "大健康",
    parent: "biomedicine",
    synonyms: [
      "healthcare", "health care", "digital health", "e-health", "health services", "elderly care",
      "wellness", "健康产业", "医疗健康", "智慧医疗", "数字健康", "养老", "康养", "健康服务",
    ],
  },
  {
    id: "agriculture",
    en: "Agriculture & food",
    zh: "现代农业",
    synonyms: [
      "agriculture", "agritech", "agtech", "agri-food", "smart agriculture", "precision agriculture",
      "agricultural technology", "农业", "农业科技", "智慧农业", "数字农业", "农业现代化", "种业", "seed industry",
    ],
  },
  {
    id: "food-medicinal",
    en: "Food & medicinal plant industries",
    zh: "食品与药用植物产业",
    parent: "agriculture",
    synonyms: [
      "food and medicinal industries", "food", "food industry", "food processing", "food technology",
      "medicinal plants", "nutraceuticals", "functional food", "食品", "食品工业", "食品加工",
      "食品科技", "药用植物", "中药材", "保健食品", "功能食品",
    ],
  },
  {
    id: "environment",
    en: "Environmental protection & energy saving",
    zh: "节能环保",
    synonyms: [
      "environment", "environmental protection", "environmental technology", "cleantech",
      "clean technology", "energy saving", "energy efficiency", "carbon neutrality", "low carbon",
      "环保", "环境保护", "生态环境", "节能", "碳中和", "双碳", "低碳", "绿色低碳",
    ],
  },
  {
    id: "water-treatment",
    en: "Water treatment",
    zh: "水处理",
    parent: "environment",
    synonyms: [
      "water treatment", "wastewater treatment", "water purification", "desalination",
      "污水处理", "水资源", "海水淡化", "水环境治理",
    ],
  },
  {
    id: "circular-economy",
    en: "Recycling & circular economy",
    zh: "循环经济",
    parent: "environment",
    synonyms: [
      "circular economy", "recycling", "waste management", "solid waste", "waste to energy",
      "资源循环利用", "资源综合利用", "固废处理", "固体废物", "垃圾处理", "再生资源",
    ],
  },
] as const satisfies readonly Term[];
