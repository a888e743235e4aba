import type { GlossaryData } from "../types.js";

/** Agriculture, food & medicinal industries, environment, water treatment, circular economy. */
export const AGRI_ENV_GLOSSARY: GlossaryData = {
  agriculture: `
smart agriculture | 智慧农业 | precision agriculture;精准农业;digital agriculture;数字农业
seed industry | 种业 | seeds;种子;seed breeding;育种
crop breeding | 作物育种 | plant breeding;breeding
hybrid rice | 杂交水稻
high-yield variety | 高产品种 | improved variety;良种
greenhouse | 温室 | greenhouses;glasshouse;大棚
vertical farming | 垂直农业 | vertical farm;plant factory;植物工厂
hydroponics | 水培 | soilless cultivation;无土栽培;aquaponics;鱼菜共生
drip irrigation | 滴灌 | irrigation;灌溉;water-saving irrigation;节水灌溉;micro-irrigation
fertigation | 水肥一体化
soil testing | 测土配方 | soil analysis;土壤检测
soil remediation | 土壤修复 | soil improvement for farming;土壤改良;saline-alkali land;盐碱地
saline agriculture | 盐碱地农业 | salt-tolerant crops;耐盐作物
crop protection | 植物保护 | plant protection;植保;pest control;病虫害防治
integrated pest management | 病虫害综合防治 | IPM
farm machinery automation | 农机自动化 | autonomous tractor;无人驾驶拖拉机
post-harvest | 采后处理 | post-harvest handling;postharvest;采后
storage rot | 贮藏腐烂 | storage loss;贮藏损失
potato | 马铃薯 | potatoes;土豆
rice | 水稻 | paddy;稻米
wheat | 小麦
maize | 玉米 | corn
soybean | 大豆 | soybeans;soy
cassava | 木薯
horticulture | 园艺 | fruit and vegetables;果蔬;vegetables;蔬菜
fruit growing | 果树种植 | orchard;果园
livestock | 畜牧 | animal husbandry;畜牧业;livestock farming
dairy | 乳业 | dairy farming;奶业;milk;牛奶
milk cooling | 牛奶冷却 | milk cooler;牛奶冷却罐;bulk milk cooler
poultry | 家禽 | poultry farming;养鸡;禽类
pig farming | 生猪养殖 | swine;猪
animal feed | 饲料 | feed;forage;牧草
agricultural cooperative | 农业合作社 | farmers cooperative;农民合作社
agri-food value chain | 农业产业链
agricultural extension | 农技推广 | extension services
smallholder farmers | 小农户 | smallholders
agricultural drone spraying | 无人机植保
straw utilisation | 秸秆综合利用 | crop straw;秸秆;crop residue;农作物秸秆
agricultural park | 农业科技园区 | agritech park;农业园区
organic farming | 有机农业 | organic agriculture;organic;有机
`,
  "food-medicinal": `
food processing | 食品加工 | food manufacturing;食品制造
agricultural product processing | 农产品加工 | agro-processing
food safety | 食品安全 | food safety testing;食品检测
food packaging | 食品包装
cold chain | 冷链 | cold chain logistics;冷链物流;cold storage;冷库
tea | 茶叶 | tea industry;茶产业;tea processing;制茶
green tea | 绿茶
black tea | 红茶
oolong tea | 乌龙茶 | oolong
pu'er tea | 普洱茶 | pu-erh;puer
tea garden | 茶园 | tea plantation;茶叶种植
herbal products | 草本产品 | herbal;草本
herbal tea blends | 草本茶 | herbal infusion;花草茶;tisane
medicinal plants | 药用植物 | medicinal plant
functional beverage | 功能饮料 | functional drinks
nutraceutical | 营养保健品 | nutraceuticals
plant-based food | 植物基食品 | plant-based
food additive | 食品添加剂 | additives
flavour and fragrance | 香精香料 | flavours;fragrance
spices | 香料 | spice
edible fungi | 食用菌 | mushroom;蘑菇;mushrooms
honey | 蜂蜜 | apiculture;养蜂
coffee | 咖啡 | coffee processing
cocoa | 可可
halal food | 清真食品 | halal
food traceability | 食品溯源
freeze drying | 冻干 | freeze-dried;lyophilisation
food fermentation | 食品发酵 | fermented food;发酵食品
baking | 烘焙 | bakery
edible oil | 食用油 | vegetable oil;植物油
fruit juice | 果汁 | juice
dried fruit | 果干 | dried fruits
food certification | 食品认证 | HACCP;ISO 22000;organic certification;有机认证
geographical indication | 地理标志 | GI product;地理标志产品
specialty agricultural products | 特色农产品 | local specialties;特产
rural e-commerce | 农村电商
brand agriculture | 农业品牌 | agricultural brand;农产品品牌
food export | 食品出口 | agri-food export
wine | 葡萄酒 | winery;酒庄
`,
  environment: `
environmental protection | 环境保护 | environmental;环保
air pollution control | 大气污染治理 | air pollution;大气污染;flue gas treatment;烟气治理
desulfurisation | 脱硫 | FGD;flue gas desulfurization
denitrification | 脱硝 | SCR;selective catalytic reduction
dust removal | 除尘 | bag filter;袋式除尘;electrostatic precipitator;静电除尘
volatile organic compounds | 挥发性有机物 | VOCs;VOC treatment;VOCs治理
catalytic filter | 催化滤管 | catalytic filtration;ceramic filter;陶瓷滤管
catalytic oxidation | 催化氧化 | catalytic converter;催化燃烧
solid waste | 固体废物 | solid waste treatment;固废处理;municipal solid waste;生活垃圾
hazardous waste | 危险废物 | hazardous waste treatment;危废处理
waste-to-energy | 垃圾焚烧发电 | incineration;焚烧
landfill | 填埋 | sanitary landfill;卫生填埋
composting | 堆肥 | organic waste;有机废弃物;food waste;餐厨垃圾
contaminated land remediation | 污染场地修复 | site remediation;brownfield;棕地
ecological restoration | 生态修复 | ecosystem restoration;生态恢复
environmental monitoring equipment | 环境监测设备 | emission monitoring;CEMS;在线监测
carbon capture | 碳捕集 | CCUS;carbon capture utilisation and storage;碳捕集利用与封存;CCS
carbon trading | 碳交易 | carbon market;碳市场;emissions trading;ETS
carbon credit | 碳信用 | carbon credits;carbon offset;碳抵消;CCER
carbon footprint | 碳足迹 | life cycle assessment;生命周期评价;LCA
carbon accounting | 碳核算 | GHG accounting;温室气体核算
environmental impact assessment | 环境影响评价 | EIA;环评
noise control | 噪声治理 | noise pollution;噪声污染
odour control | 除臭 | odor control;恶臭治理
biodiversity | 生物多样性 | biodiversity conservation
climate adaptation | 气候适应 | climate resilience;climate change adaptation
desertification control | 荒漠化防治 | sand control;防沙治沙
afforestation | 植树造林 | reforestation;forestry;林业
environmental consulting | 环境咨询 | environmental services;环境服务
ESG | 环境社会治理 | environmental social governance;ESG reporting;ESG报告
clean production | 清洁生产 | cleaner production
industrial emission reduction | 工业减排 | emission reduction;减排
methane reduction | 甲烷减排 | methane emissions
low-carbon technology | 低碳技术 | low carbon;低碳
environmental protection equipment | 环保设备 | pollution control equipment;环保装备
eco-environment | 生态环境 | ecological environment
green development | 绿色发展
climate finance | 气候投融资
`,
  "water-treatment": `
water treatment | 水处理 | water purification;净水
wastewater treatment | 污水处理 | sewage treatment;wastewater;污水;effluent treatment
industrial wastewater | 工业废水 | industrial effluent
municipal wastewater | 市政污水 | sewage treatment plant;污水处理厂
drinking water | 饮用水 | potable water;安全饮水;safe drinking water
membrane filtration | 膜过滤 | membrane technology;膜技术;membrane treatment
reverse osmosis | 反渗透 | RO;RO membrane
ultrafiltration | 超滤 | UF
membrane bioreactor | 膜生物反应器 | MBR
activated sludge | 活性污泥 | biological treatment;生物处理
sludge treatment | 污泥处理 | sludge dewatering;污泥脱水;sludge
advanced oxidation | 高级氧化 | AOP;ozone oxidation;臭氧氧化;Fenton
zero liquid discharge | 零排放 | ZLD
water reuse | 中水回用 | reclaimed water;再生水;water recycling
disinfection of water | 水消毒 | chlorination;氯消毒;UV water disinfection
ion exchange | 离子交换 | water softening;软化水
electrodialysis | 电渗析 | EDR
evaporation crystallisation | 蒸发结晶 | MVR;evaporator;蒸发器
rural sewage | 农村污水 | decentralised wastewater;分散式污水
black and odorous water | 黑臭水体 | river remediation;河道治理
water quality monitoring | 水质监测
smart water | 智慧水务 | digital water
leak detection | 管网漏损 | non-revenue water;漏损控制;pipe leakage
water supply network | 供水管网 | water distribution;供水
groundwater remediation | 地下水修复 | groundwater;地下水
nitrogen and phosphorus removal | 脱氮除磷 | nutrient removal
anaerobic digestion | 厌氧消化 | anaerobic reactor;厌氧反应器;UASB
constructed wetland | 人工湿地 | wetland treatment
water treatment chemicals | 水处理药剂 | flocculant;絮凝剂;coagulant;混凝剂
desalination plant | 海水淡化厂
brackish water | 苦咸水 | saline water;咸水
water-saving technology | 节水技术
rainwater management | 雨水管理 | stormwater management
solar water purification | 太阳能净水 | solar desalination
point-of-use water filter | 家用净水器 | water purifier;净水器
fluoride removal | 除氟 | arsenic removal;除砷
`,
  "circular-economy": `
circular economy | 循环经济
recycling | 回收利用 | resource recycling;资源回收;recycle
waste sorting | 垃圾分类 | waste classification;source separation
renewable resources | 再生资源 | secondary raw materials
e-waste recycling | 电子废弃物回收 | e-waste;WEEE;电子垃圾
urban mining | 城市矿产 | urban mine
industrial symbiosis | 产业共生 | by-product exchange
resource efficiency | 资源效率 | resource utilisation;资源综合利用
waste valorisation | 废物资源化 | waste to resource;资源化利用
upcycling | 升级再造
zero waste | 无废 | zero-waste city;无废城市
extended producer responsibility | 生产者责任延伸 | EPR
reverse logistics | 逆向物流
textile recycling | 纺织品回收 | used clothing;旧衣回收
construction waste recycling | 建筑垃圾资源化 | construction and demolition waste;建筑垃圾
tyre recycling | 废旧轮胎回收 | tire recycling
glass recycling | 玻璃回收
paper recycling | 废纸回收 | recycled paper
scrap steel recycling | 废钢回收
used oil regeneration | 废油再生 | waste oil
biomass utilisation | 生物质利用 | agricultural waste;农业废弃物
refurbishment | 翻新 | refurbished
sharing and leasing | 共享租赁 | product as a service
design for recycling | 可回收设计 | eco-design;生态设计
material passport | 材料护照
circular park | 循环经济园区 | circular industrial park
packaging recycling | 包装回收 | reusable packaging;可循环包装
plastic waste | 塑料垃圾 | plastic pollution;塑料污染
chemical recycling | 化学回收 | pyrolysis;热解
mechanical recycling | 物理回收
fly ash utilisation | 粉煤灰综合利用 | fly ash;粉煤灰
red mud | 赤泥
kitchen waste | 厨余垃圾
second-hand market | 二手市场 | resale
critical raw materials | 关键原材料 | critical minerals;关键矿产
circular supply chain | 循环供应链
`,
};
