import type { Term } from "./types.js";

/** Information & communication technology and electronics. */
export const DIGITAL_INDUSTRIES = [
  {
    id: "ict",
    en: "IT & ICT",
    zh: "新一代信息技术",
    synonyms: [
      "ICT", "IT", "information technology", "information and communication technology",
      "information and communications technology", "IT and ICT", "IT industry",
      "信息技术", "信息通信技术", "信息通信", "信息产业", "IT产业", "新一代信息技术产业",
    ],
  },
  {
    id: "ai",
    en: "Artificial intelligence",
    zh: "人工智能",
    parent: "ict",
    synonyms: [
      "AI", "artificial intelligence", "machine learning", "deep learning", "ML",
      "computer vision", "natural language processing", "NLP", "large language models", "LLM",
      "generative AI", "AIGC", "人工智能产业", "机器学习", "深度学习", "计算机视觉",
      "自然语言处理", "大模型", "生成式人工智能", "智能算法",
    ],
  },
  {
    id: "big-data-cloud",
    en: "Big data & cloud computing",
    zh: "大数据与云计算",
    parent: "ict",
    synonyms: [
      "big data", "cloud computing", "cloud", "cloud services", "data analytics", "data centres",
      "data centers", "SaaS", "PaaS", "IaaS", "大数据", "云计算", "云服务", "数据中心",
      "数据分析", "算力", "computing power",
    ],
  },
  {
    id: "iot",
    en: "Internet of Things",
    zh: "物联网",
    parent: "ict",
    synonyms: [
      "IoT", "internet of things", "industrial internet", "IIoT", "connected devices",
      "smart devices", "物联网产业", "工业互联网", "智能硬件", "万物互联",
    ],
  },
  {
    id: "digital-economy",
    en: "Digital economy",
    zh: "数字经济",
    parent: "ict",
    synonyms: [
      "digital transformation", "digitalisation", "digitalization", "e-commerce", "ecommerce",
      "platform economy", "internet economy", "smart city", "数字化转型", "数字化",
      "电子商务", "电商", "跨境电商", "平台经济", "互联网经济", "智慧城市", "数字产业化", "产业数字化",
    ],
  },
  {
    id: "software",
    en: "Software & IT services",
    zh: "软件和信息技术服务",
    parent: "ict",
    synonyms: [
      "software", "software development", "IT services", "information technology services",
      "enterprise software", "apps", "软件", "软件开发", "软件产业", "信息技术服务", "软件服务",
    ],
  },
  {
    id: "telecommunications",
    en: "Telecommunications & 5G",
    zh: "通信与5G",
    parent: "ict",
    synonyms: [
      "telecommunications", "telecom", "telecoms", "5G", "6G", "mobile communications",
      "通信", "电信", "通讯", "移动通信", "新一代移动通信", "5G通信",
    ],
  },
  {
    id: "cybersecurity",
    en: "Cybersecurity",
    zh: "网络安全",
    parent: "ict",
    synonyms: [
      "cyber security", "information security", "infosec", "data security",
      "信息安全", "网络信息安全", "数据安全", "网络空间安全",
    ],
  },
  {
    id: "blockchain",
    en: "Blockchain",
    zh: "区块链",
    parent: "ict",
    synonyms: ["blockchain", "distributed ledger", "DLT", "Web3", "区块链技术", "分布式账本"],
  },
  {
    id: "virtual-reality",
    en: "VR, AR & metaverse",
    zh: "虚拟现实",
    parent: "ict",
    synonyms: [
      "virtual reality", "augmented reality", "mixed reality", "extended reality", "VR", "AR", "XR",
      "metaverse", "元宇宙", "增强现实", "混合现实", "虚拟现实产业",
    ],
  },
  {
    id: "electronics",
    en: "Electronics & control systems",
    zh: "电子信息与控制系统",
    synonyms: [
      "electronics", "electronic and control systems", "control systems", "automation",
      "industrial automation", "embedded systems", "electronic engineering", "电子信息",
      "电子", "电子工程", "自动控制", "控制系统", "自动化", "工业自动化", "嵌入式系统",
    ],
  },
  {
    id: "semiconductors",
    en: "Semiconductors & integrated circuits",
    zh: "集成电路",
    parent: "electronics",
    synonyms: [
      "semiconductor", "semiconductors", "integrated circuits", "IC", "chips", "chip design",
      "microelectronics", "芯片", "半导体", "集成电路产业", "芯片设计", "微电子",
    ],
  },
  {
    id: "sensors-instruments",
    en: "Sensors & instruments",
    zh: "传感器与仪器仪表",
    parent: "electronics",
    synonyms: [
      "sensors", "sensor", "instrumentation", "measuring instruments", "precision instruments",
      "传感器", "仪器仪表", "精密仪器", "测量仪器",
    ],
  },
  {
    id: "optoelectronics",
    en: "Optoelectronics & photonics",
    zh: "光电子",
    parent: "electronics",
    synonyms: [
      "optoelectronics", "photonics", "lasers", "laser technology", "optics", "displays",
      "光电", "光电子信息", "光电信息", "激光", "光学", "新型显示",
    ],
  },
] as const satisfies readonly Term[];
