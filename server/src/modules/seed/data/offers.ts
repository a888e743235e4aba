// Technology offers. Those of the fictional enterprises are invented; those of real
// institutions are illustrative examples in fields the institution works in, not real listings.
import type { SeedOffer } from "./types.js";

type Body = SeedOffer["offer"];
const offer = (key: string, orgKey: string, body: Body): SeedOffer => ({ key, orgKey, offer: body });

export const SEED_OFFERS: SeedOffer[] = [
  offer("rongcheng-mems-pressure", "rongcheng-microsensing", {
    title: { en: "Automotive-grade MEMS pressure sensor die", local: "车规级MEMS压力传感器芯片" },
    summary: { en: "Piezoresistive MEMS die with on-chip temperature compensation, qualified to AEC-Q100. Offered for licence or as a co-branded module with a European Tier-2 supplier.", local: "带片上温度补偿的压阻式MEMS芯片，已通过AEC-Q100认证，可技术许可或与欧洲二级供应商联合品牌推出模组。" },
    industries: ["sensors-instruments", "semiconductors"], trl: 8, ipStatus: "patent-granted", transferModes: ["licence", "co-branding", "joint-product"], targetRegions: ["western-europe", "southeast-asia"], expiresInDays: 240,
  }),
  offer("tianfu-extract-fingerprinting", "tianfu-kangyuan-bio", {
    title: { en: "Fingerprint-based quality control for botanical extracts", local: "基于指纹图谱的植物提取物质量控制技术" },
    summary: { en: "HPLC fingerprinting and chemometric release tests that keep herbal extracts consistent from batch to batch.", local: "利用HPLC指纹图谱和化学计量学放行检测，保证植物提取物批间一致性。" },
    industries: ["traditional-medicine", "biomedicine"], trl: 7, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["southeast-asia", "western-europe"], expiresInDays: 180,
  }),
  offer("mingmou-steel-defects", "mingmou-vision-ai", {
    title: { en: "Few-shot surface-defect detection for steel strip", local: "小样本带钢表面缺陷检测" },
    summary: { en: "Vision models that learn a new defect class from fewer than fifty images, running on line-side GPUs at full strip speed.", local: "少于五十张图像即可学习新的缺陷类别，在产线边缘GPU上以全速运行。" },
    industries: ["ai", "metallurgy"], trl: 8, ipStatus: "patent-pending", transferModes: ["licence", "joint-development"], targetRegions: ["southeast-asia", "central-eastern-europe", "central-west-asia"], expiresInDays: 200,
  }),
  offer("qingyun-rtk-autosteer", "qingyun-satellite", {
    title: { en: "BeiDou RTK auto-steering retrofit kit for tractors", local: "拖拉机北斗RTK自动导航改装套件" },
    summary: { en: "Retrofit kit giving 2.5 cm pass-to-pass accuracy on existing tractors; local assembly can be licensed.", local: "为现有拖拉机提供2.5厘米作业精度的改装套件，可授权当地组装。" },
    industries: ["agriculture", "aerospace", "iot"], trl: 9, ipStatus: "patent-granted", transferModes: ["licence", "joint-product"], targetRegions: ["south-asia", "southeast-asia", "central-west-asia"], expiresInDays: 365,
  }),
  offer("qingyuan-containerised-mbr", "qingyuan-water", {
    title: { en: "Containerised MBR plant for villages and industrial parks", local: "面向村镇和产业园区的集装箱式MBR污水处理站" },
    summary: { en: "Plug-and-play membrane bioreactor plants of 50–500 m³ a day with remote monitoring; sale, licence or joint local manufacturing.", local: "日处理50至500立方米的即插即用膜生物反应器，支持远程监控，可整机销售、许可或本地联合制造。" },
    industries: ["water-treatment", "environment"], trl: 9, ipStatus: "patent-granted", transferModes: ["sale", "licence", "joint-development"], targetRegions: ["southeast-asia", "africa", "central-west-asia"], expiresInDays: 300,
  }),
  offer("huaguang-bipv-facade", "huaguang-thin-film-solar", {
    title: { en: "Lightweight flexible PV facade panels", local: "轻质柔性光伏幕墙板" },
    summary: { en: "Thin-film modules under 3 kg/m² that bond to metal facades without racks, for hot-climate buildings.", local: "每平方米不足3公斤的薄膜组件，无需支架即可粘贴于金属幕墙，适用于炎热气候建筑。" },
    industries: ["solar", "green-building"], trl: 8, ipStatus: "patent-granted", transferModes: ["licence", "joint-product"], targetRegions: ["central-west-asia", "africa", "southeast-asia"], expiresInDays: 240,
  }),
  offer("huguang-liver-methylation", "huguang-diagnostics", {
    title: { en: "Blood DNA-methylation panel for early liver cancer", local: "早期肝癌血液DNA甲基化检测组合" },
    summary: { en: "A cell-free DNA methylation panel validated in a retrospective cohort; seeking co-development for regional validation.", local: "经回顾性队列验证的游离DNA甲基化检测组合，寻求联合开发开展区域验证。" },
    industries: ["biotechnology", "health-care"], trl: 6, ipStatus: "patent-pending", transferModes: ["licence", "joint-development"], targetRegions: ["southeast-asia", "central-west-asia"], expiresInDays: 180,
  }),
  offer("pengcheng-vision-picking", "pengcheng-cobots", {
    title: { en: "Vision-guided picking kit for collaborative arms", local: "协作机械臂视觉引导拣选套件" },
    summary: { en: "Camera, software and gripper bundle for mixed-item picking, offered as a joint or co-branded product for local integrators.", local: "相机、软件和夹爪一体化的混料拣选方案，可与本地集成商联合或联合品牌推出。" },
    industries: ["robotics", "ai"], trl: 8, ipStatus: "know-how", transferModes: ["joint-product", "co-branding"], targetRegions: ["southeast-asia", "south-america"], expiresInDays: 200,
  }),
  offer("tsukuba-soft-gripper", "tsukuba-soft-robotics", {
    title: { en: "Food-safe soft pneumatic gripper", local: "食品级柔性气动夹爪" },
    summary: { en: "Silicone finger grippers that pick soft fruit and pastries without bruising; washable to food-hygiene standards.", local: "硅胶指状夹爪可无损抓取软质水果和糕点，可按食品卫生标准清洗。" },
    industries: ["robotics", "food-medicinal"], trl: 7, ipStatus: "patent-granted", transferModes: ["licence", "joint-product"], targetRegions: ["east-asia", "southeast-asia", "western-europe"], expiresInDays: 270,
  }),
  offer("hanbit-sulfide-electrolyte", "hanbit-battery-materials", {
    title: { en: "Air-stable sulfide solid electrolyte", local: "空气稳定型硫化物固态电解质" },
    summary: { en: "Doped argyrodite electrolyte that tolerates dry-room air, easing all-solid-state cell production; open to joint development with cell makers.", local: "掺杂硫银锗矿型电解质可耐受干燥间空气，简化全固态电池生产，欢迎电芯企业联合开发。" },
    industries: ["energy-storage", "new-materials"], trl: 5, ipStatus: "patent-pending", transferModes: ["joint-development", "licence"], targetRegions: ["east-asia", "western-europe", "north-america"], expiresInDays: 300,
  }),
  offer("kent-ridge-sipho-400g", "kent-ridge-photonics", {
    title: { en: "Silicon-photonics 400G transceiver design", local: "硅光400G光模块设计" },
    summary: { en: "Reference design and test flow for a 400G DR4 module, licensable to packaging houses.", local: "400G DR4光模块参考设计和测试流程，可授权给封装企业。" },
    industries: ["optoelectronics", "telecommunications"], trl: 7, ipStatus: "patent-granted", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia", "southeast-asia"], expiresInDays: 180,
  }),
  offer("chaophraya-soil-probe", "chaophraya-agrisense", {
    title: { en: "Low-cost capacitive soil-moisture probe", local: "低成本电容式土壤湿度探头" },
    summary: { en: "A probe costing under USD 15 with LoRa telemetry, designed for smallholder rice and orchard farms.", local: "成本低于15美元、带LoRa传输的探头，专为小农户稻田和果园设计。" },
    industries: ["agriculture", "iot"], trl: 7, ipStatus: "know-how", transferModes: ["licence", "joint-product"], targetRegions: ["southeast-asia", "south-asia", "africa"], expiresInDays: 180,
  }),
  offer("nusantara-cassava-film", "nusantara-bioplastik", {
    title: { en: "Compostable cassava-starch film", local: "可堆肥木薯淀粉薄膜" },
    summary: { en: "Blown-film grade starch compound that composts at home temperatures; seeking a partner to improve moisture resistance.", local: "可吹膜的淀粉复合料，在家庭堆肥条件下可降解，寻求合作提高防潮性能。" },
    industries: ["polymers-composites", "circular-economy"], trl: 7, ipStatus: "patent-pending", transferModes: ["licence", "joint-development"], targetRegions: ["southeast-asia", "south-asia", "africa"], expiresInDays: 240,
  }),
  offer("nandi-cashflow-scoring", "nandi-fintech", {
    title: { en: "Cash-flow credit scoring for micro-merchants", local: "面向小微商户的现金流信用评分" },
    summary: { en: "Scores thin-file merchants from payment flows; offered as a licensed API with local model calibration.", local: "基于收款流水为缺乏征信记录的商户评分，以授权API方式提供并可本地化校准模型。" },
    industries: ["fintech", "ai"], trl: 9, ipStatus: "know-how", transferModes: ["licence"], targetRegions: ["southeast-asia", "central-west-asia", "africa"], expiresInDays: 365,
  }),
  offer("zayandeh-roll-coating", "zayandeh-nanocoat", {
    title: { en: "Nano-ceramic coating for hot-rolling mill rolls", local: "热轧轧辊纳米陶瓷涂层" },
    summary: { en: "Thermal-sprayed nano-ceramic layer that extends roll life; offered for co-branding or a joint product with a coating supplier.", local: "热喷涂纳米陶瓷层可延长轧辊寿命，可与涂层企业开展联合品牌或联合产品合作。" },
    industries: ["nanotechnology", "metallurgy"], trl: 8, ipStatus: "patent-granted", transferModes: ["co-branding", "joint-product", "licence"], targetRegions: ["east-asia", "south-asia", "central-west-asia"], expiresInDays: 270,
  }),
  offer("aria-transport-ventilator", "aria-respira", {
    title: { en: "Compact transport ventilator platform", local: "紧凑型转运呼吸机平台" },
    summary: { en: "A battery-powered ventilator platform for ambulances, available for co-branding or as a joint product with a distributor's brand.", local: "用于救护车的电池供电呼吸机平台，可联合品牌或与经销商品牌共同推出。" },
    industries: ["medical-engineering"], trl: 9, ipStatus: "patent-granted", transferModes: ["co-branding", "joint-product"], targetRegions: ["central-west-asia", "africa", "south-asia"], expiresInDays: 300,
  }),
  offer("muttrah-arabic-invoice-ocr", "muttrah-cloud", {
    title: { en: "Arabic invoice OCR and e-invoicing engine", local: "阿拉伯语发票OCR与电子发票引擎" },
    summary: { en: "Reads mixed Arabic and English invoices and produces tax-compliant e-invoices.", local: "识别阿拉伯语与英语混排发票并生成符合税务要求的电子发票。" },
    industries: ["software", "ai"], trl: 8, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["central-west-asia", "africa"], expiresInDays: 200,
  }),
  offer("margalla-crop-disease", "margalla-agritech", {
    title: { en: "Wheat and cotton disease detection model", local: "小麦与棉花病害识别模型" },
    summary: { en: "An on-phone model trained on field photos from Punjab; seeking partners to extend it to new crops.", local: "基于旁遮普田间照片训练的手机端模型，寻求合作扩展到更多作物。" },
    industries: ["ai", "agriculture"], trl: 6, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["south-asia", "central-west-asia", "africa"], expiresInDays: 180,
  }),
  offer("azur-private-5g-testbed", "azur-telecom-labs", {
    title: { en: "Portable private-5G conformance test bed", local: "便携式5G专网一致性测试平台" },
    summary: { en: "A suitcase test bed that certifies industrial IoT devices on private 5G; offered as a co-branded service with a partner lab.", local: "手提箱式测试平台，可认证工业物联网设备在5G专网下的表现，可与合作实验室以联合品牌提供服务。" },
    industries: ["telecommunications", "iot"], trl: 7, ipStatus: "know-how", transferModes: ["co-branding", "licence"], targetRegions: ["east-asia"], expiresInDays: 240,
  }),
  offer("mimosa-peptide-dermatitis", "mimosa-biotherapies", {
    title: { en: "Topical peptide for atopic dermatitis", local: "治疗特应性皮炎的外用多肽" },
    summary: { en: "A preclinical peptide candidate with efficacy in animal models; regional rights available for licence or co-development.", local: "在动物模型中显示疗效的临床前多肽候选药物，可授权区域权益或联合开发。" },
    industries: ["biotechnology", "biomedicine"], trl: 4, ipStatus: "patent-granted", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia"], expiresInDays: 365,
  }),
  offer("granta-closed-system", "granta-cell-therapeutics", {
    title: { en: "Automated closed-system cell-therapy processing", local: "细胞治疗自动化封闭式生产工艺" },
    summary: { en: "Closed, automated processing that cuts manual steps in CAR-T manufacturing; licences for regional manufacturing sites.", local: "封闭自动化工艺减少CAR-T生产中的人工步骤，可授权区域生产基地使用。" },
    industries: ["biotechnology", "medical-engineering"], trl: 6, ipStatus: "patent-pending", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia", "north-america"], expiresInDays: 270,
  }),
  offer("pagemill-keyword-core", "page-mill-edge-ai", {
    title: { en: "Sub-milliwatt keyword-spotting inference core", local: "亚毫瓦级语音唤醒推理IP核" },
    summary: { en: "A synthesisable neural inference core for always-on voice and vibration sensing.", local: "可综合的神经网络推理IP核，适用于常开式语音和振动感知。" },
    industries: ["semiconductors", "ai"], trl: 6, ipStatus: "patent-pending", transferModes: ["licence"], targetRegions: ["east-asia", "north-america"], expiresInDays: 180,
  }),
  offer("piedmont-n-fixing", "piedmont-agbio", {
    title: { en: "Nitrogen-fixing microbial seed treatment", local: "固氮微生物种子处理剂" },
    summary: { en: "A seed treatment that replaces part of the nitrogen fertiliser for maize and rice; licence or co-branded distribution.", local: "可替代玉米和水稻部分氮肥的种子处理剂，可技术许可或联合品牌分销。" },
    industries: ["agriculture", "biotechnology"], trl: 8, ipStatus: "patent-granted", transferModes: ["licence", "co-branding"], targetRegions: ["southeast-asia", "south-america", "south-asia"], expiresInDays: 300,
  }),
  offer("warta-biobased-silane", "warta-silicon-chemistry", {
    title: { en: "Bio-based silane coupling agent for natural-fibre composites", local: "用于天然纤维复合材料的生物基硅烷偶联剂" },
    summary: { en: "Improves bonding between plant fibres and resins in automotive interior parts.", local: "提高汽车内饰件中植物纤维与树脂的结合强度。" },
    industries: ["chemicals", "polymers-composites"], trl: 6, ipStatus: "patent-pending", transferModes: ["licence", "sale"], targetRegions: ["east-asia", "southeast-asia"], expiresInDays: 240,
  }),
  offer("nemunas-glass-cutting", "nemunas-laser", {
    title: { en: "Femtosecond glass-cutting module", local: "飞秒激光玻璃切割模组" },
    summary: { en: "Cuts display and wafer glass with chipping under 5 µm; offered as a joint product with machine builders.", local: "切割显示屏和晶圆玻璃，崩边小于5微米，可与设备制造商联合推出产品。" },
    industries: ["optoelectronics", "advanced-manufacturing"], trl: 8, ipStatus: "patent-granted", transferModes: ["joint-product", "licence"], targetRegions: ["east-asia"], expiresInDays: 240,
  }),
  offer("atlantico-aquaculture-buoy", "atlantico-marine-data", {
    title: { en: "Low-cost aquaculture water-quality buoy", local: "低成本水产养殖水质监测浮标" },
    summary: { en: "Solar buoy that measures oxygen, temperature and salinity and alerts farmers by SMS.", local: "太阳能浮标监测溶解氧、温度和盐度，并通过短信向养殖户报警。" },
    industries: ["marine", "sensors-instruments"], trl: 7, ipStatus: "know-how", transferModes: ["joint-product", "co-branding"], targetRegions: ["africa", "southeast-asia", "south-america"], expiresInDays: 200,
  }),
  offer("amu-hydrosilylation-catalysts", "adam-mickiewicz-university", {
    title: { en: "Catalysts for hydrosilylation in silicone production", local: "有机硅生产用硅氢加成催化剂" },
    summary: { en: "Illustrative listing: catalyst systems for silicone manufacturing, available for licence or joint development with producers.", local: "示例条目：用于有机硅生产的催化体系，可向生产企业许可或联合开发。" },
    industries: ["chemicals"], trl: 5, ipStatus: "patent-granted", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia", "western-europe"], expiresInDays: 365,
  }),
  offer("tsinghua-park-microgrid", "tsinghua-university", {
    title: { en: "Park-scale microgrid energy management", local: "园区级微电网能量管理技术" },
    summary: { en: "Illustrative listing: control software that balances solar, storage and loads across an industrial park.", local: "示例条目：协调产业园区光伏、储能和负荷的控制软件。" },
    industries: ["new-energy", "energy-storage", "software"], trl: 7, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["southeast-asia", "central-west-asia", "africa"], expiresInDays: 365,
  }),
  offer("nust-solar-cold-storage", "nust", {
    title: { en: "Solar-powered cold storage for farm produce", local: "太阳能农产品冷库" },
    summary: { en: "Illustrative listing: off-grid cold rooms that cut post-harvest losses for smallholders.", local: "示例条目：离网冷库，减少小农户采后损失。" },
    industries: ["agriculture", "solar"], trl: 6, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["south-asia", "central-west-asia", "africa"], expiresInDays: 300,
  }),
  offer("iut-steel-slag-aggregate", "isfahan-university-of-technology", {
    title: { en: "Steel-slag aggregates for road construction", local: "钢渣道路建筑骨料" },
    summary: { en: "Illustrative listing: a process that turns steel-mill slag into road-base aggregate.", local: "示例条目：将钢厂炉渣加工为道路基层骨料的工艺。" },
    industries: ["metallurgy", "construction", "circular-economy"], trl: 6, ipStatus: "know-how", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia", "central-west-asia", "south-asia"], expiresInDays: 300,
  }),
  offer("nstda-cassava-biofertiliser", "nstda", {
    title: { en: "Biofertiliser from cassava-processing waste", local: "木薯加工废弃物制生物肥料" },
    summary: { en: "Illustrative listing: fermentation of cassava pulp into a microbial biofertiliser.", local: "示例条目：将木薯渣发酵制成微生物肥料。" },
    industries: ["agriculture", "biotechnology", "circular-economy"], trl: 7, ipStatus: "know-how", transferModes: ["licence"], targetRegions: ["southeast-asia", "south-asia", "africa"], expiresInDays: 300,
  }),
  offer("kaist-battery-health", "kaist", {
    title: { en: "Machine-learning battery state-of-health estimation", local: "基于机器学习的电池健康状态估计" },
    summary: { en: "Illustrative listing: algorithms that estimate battery ageing from partial charging curves.", local: "示例条目：根据部分充电曲线估计电池老化程度的算法。" },
    industries: ["energy-storage", "ai"], trl: 5, ipStatus: "patent-pending", transferModes: ["licence", "joint-development"], targetRegions: ["east-asia", "western-europe"], expiresInDays: 365,
  }),
  offer("certi-grid-edge-gateway", "fundacao-certi", {
    title: { en: "Smart-grid edge gateway", local: "智能电网边缘网关" },
    summary: { en: "Illustrative listing: an edge gateway that aggregates meters and feeder sensors for utilities.", local: "示例条目：为电力公司汇聚电表和馈线传感器数据的边缘网关。" },
    industries: ["electronics", "iot", "new-energy"], trl: 7, ipStatus: "know-how", transferModes: ["licence", "joint-product"], targetRegions: ["south-america", "africa"], expiresInDays: 300,
  }),
];
