import type { Term } from "./types.js";

/** Creative industries and business services. */
export const SERVICE_INDUSTRIES = [
  {
    id: "creative-industries",
    en: "Art, tourism & creative industries",
    zh: "文化创意产业",
    synonyms: [
      "creative industries", "cultural industries", "cultural and creative industries", "art", "arts",
      "design", "art and tourism", "文化创意", "文创", "文化产业", "创意产业", "艺术", "设计",
    ],
  },
  {
    id: "digital-creative",
    en: "Digital creative & media",
    zh: "数字创意",
    parent: "creative-industries",
    synonyms: [
      "digital media", "digital content", "games", "gaming", "animation", "film and television",
      "数字创意产业", "数字媒体", "数字内容", "游戏", "动漫", "影视",
    ],
  },
  {
    id: "tourism",
    en: "Tourism & hospitality",
    zh: "文化旅游",
    parent: "creative-industries",
    synonyms: ["tourism", "travel", "hospitality", "cultural tourism", "旅游", "文旅", "旅游业", "酒店", "文旅融合"],
  },
  {
    id: "business-services",
    en: "Management & economics services",
    zh: "科技服务与现代服务业",
    synonyms: [
      "management and economics", "management services", "economic services", "business services",
      "professional services", "management consulting", "consulting", "modern services",
      "科技服务", "科技服务业", "现代服务业", "管理咨询", "咨询", "商务服务", "经济管理",
    ],
  },
  {
    id: "fintech",
    en: "Fintech & financial services",
    zh: "金融科技",
    parent: "business-services",
    synonyms: [
      "fintech", "financial technology", "financial services", "finance", "insurtech", "digital finance",
      "金融", "金融服务", "科技金融", "数字金融",
    ],
  },
  {
    id: "logistics",
    en: "Logistics & supply chain",
    zh: "现代物流",
    parent: "business-services",
    synonyms: ["logistics", "supply chain", "supply chain management", "物流", "供应链", "智慧物流", "仓储"],
  },
] as const satisfies readonly Term[];
