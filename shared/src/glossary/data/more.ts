import type { GlossaryData } from "../types.js";

/** Further terms of several industries (the same line format; industries may appear in more than one data file). */
export const MORE_GLOSSARY: GlossaryData = {
  "digital-creative": `
game engine development | 游戏引擎开发
esports venue | 电竞场馆 | esports arena
cloud gaming | 云游戏
mobile games | 手机游戏 | mobile gaming;手游
children's animation | 少儿动画
audiobook | 有声书 | audiobooks
virtual concert | 虚拟演唱会
`,
  tourism: `
cruise tourism | 邮轮旅游
border tourism | 边境旅游
self-driving tour | 自驾游 | road trip
tourism e-commerce | 旅游电商
hotel management | 酒店管理 | hospitality management
visitor centre | 游客中心
`,
  nanotechnology: `
nano zinc oxide | 纳米氧化锌 | ZnO nanoparticles
quantum dot display | 量子点显示 | QLED
nanocarbon | 纳米碳材料
nano-silica | 纳米二氧化硅 | fumed silica;气相二氧化硅
nanomembrane | 纳米膜
`,
  "wind-power": `
wind turbine tower crane | 风电吊装 | turbine installation
blade root | 叶根
nacelle | 机舱 | nacelles
wind hydrogen | 风电制氢
wind turbine foundation | 风机基础
`,
  "health-care": `
geriatric care | 老年医学 | geriatrics
dementia care | 失智照护 | Alzheimer care
care robot | 护理机器人
medical waste | 医疗废物 | clinical waste
health kiosk | 健康小屋
`,
  "water-treatment": `
membrane distillation | 膜蒸馏
forward osmosis | 正渗透
capacitive deionisation | 电容去离子 | CDI
water tank | 水箱 | water storage tank
pumping station | 泵站 | pump station
`,
  "circular-economy": `
battery material recovery | 电池材料回收 | lithium recovery;锂回收
solar panel recycling | 光伏板回收
wind blade recycling | 风机叶片回收
end-of-life vehicle | 报废汽车 | ELV;vehicle dismantling;汽车拆解
remanufactured parts | 再制造零件
`,
  "virtual-reality": `
VR healthcare | VR医疗 | VR therapy
VR education | VR教育 | virtual reality education
AR maintenance | AR远程维修 | remote assistance;远程协助
optical waveguide | 光波导 | waveguide
pancake optics | Pancake光学
`,
  cybersecurity: `
security operations | 安全运营
vehicle cybersecurity | 汽车网络安全
data security compliance | 数据安全合规 | data compliance;数据合规
cross-border data transfer | 数据出境 | cross-border data flow;跨境数据流动
`,
  blockchain: `
carbon asset blockchain | 碳资产区块链
blockchain bill of lading | 区块链提单 | electronic bill of lading;电子提单
`,
  iot: `
smart meter reading | 智能抄表 | automatic meter reading;AMR meter
LPWAN | 低功耗广域网 | low-power wide-area network
IoT module | 物联网模组 | cellular module;通信模组
`,
  telecommunications: `
fixed wireless access | 固定无线接入 | FWA
telecom infrastructure sharing | 通信基础设施共享
`,
  semiconductors: `
wafer cleaning | 晶圆清洗
die attach | 固晶 | die bonding
bumping | 凸块 | wafer bumping;flip chip;倒装
`,
  "sensors-instruments": `
smart water quality probe | 水质探头
weather station | 气象站 | meteorological station;automatic weather station
gas chromatography | 气相色谱 | GC;GC-MS
`,
  optoelectronics: `
optical isolator | 光隔离器
laser diode module | 激光模组
`,
  robotics: `
robot reducer | 机器人减速器
robot joint bearing | 机器人轴承 | crossed roller bearing;交叉滚子轴承
construction robotics | 建筑机器人技术
`,
  aerospace: `
drone lidar | 无人机激光雷达 | airborne lidar;机载激光雷达
drone spraying | 无人机喷洒
drone battery | 无人机电池
obstacle avoidance | 避障 | collision avoidance
`,
  "additive-manufacturing": `
titanium alloy printing | 钛合金打印 | titanium 3D printing;钛合金3D打印
aluminium alloy printing | 铝合金打印
`,
  automotive: `
electric power steering | 电动助力转向 | EPS
automotive thermal system | 汽车热系统 | heat pump air conditioning;热泵空调
`,
  agriculture: `
cold storage for produce | 果蔬冷藏 | produce storage;果蔬贮藏
ventilated storage | 通风贮藏 | storage ventilation
sprout inhibition | 抑芽 | sprout suppression;抑制发芽
post-harvest disease | 采后病害 | storage disease;贮藏病害
biological preservative | 生物保鲜剂 | biocontrol agent;生防菌
seed potato | 种薯 | seed potatoes
solar-powered cooling | 太阳能制冷 | solar cooling;solar refrigeration;太阳能冷藏
`,
  "food-medicinal": `
herbal wellness products | 草本养生产品 | herbal wellness
tea processing equipment | 制茶设备
tea export | 茶叶出口
`,
  environment: `
industrial dust | 工业粉尘
incineration flue gas | 焚烧烟气
dioxin removal | 二噁英去除 | dioxins;二噁英
mercury removal | 脱汞
`,
  "business-services": `
industrial park consulting | 园区咨询 | park consulting
county economy | 县域经济 | county-level development
talent exchange | 人才交流 | talent programme;人才项目
international cooperation | 国际合作 | international collaboration
Belt and Road | 一带一路 | BRI;Belt and Road Initiative
`,
  fintech: `
blended finance | 混合融资
impact investment | 影响力投资 | impact investing
`,
  logistics: `
cold chain warehouse | 冷链仓库 | refrigerated warehouse;冷藏库
pharma distribution centre | 医药配送中心
`,
  "creative-industries": `
natural dyes | 天然染料 | plant dyes;植物染料
handloom weaving | 手工织造 | handwoven;手工编织;weaving;织造
`,
  marine: `
ballast water treatment | 压载水处理 | ballast water management system;BWMS;压载水管理系统;ballast water;压载水
exhaust gas scrubber | 船舶脱硫塔 | scrubber;scrubbers
ship energy efficiency | 船舶能效 | EEXI;CII
LNG bunkering | LNG加注 | bunkering;船舶加注
ship recycling | 拆船 | ship breaking
type approval | 型式认可 | type-approved;型式认证;class approval;船级社认可
shrimp feed | 虾饲料 | shrimp nutrition
aquaculture disease | 水产疫病 | fish disease;鱼病
water quality for aquaculture | 养殖水质
`,
  "green-building": `
prefabricated timber | 预制木结构
building decarbonisation | 建筑脱碳
`,
  construction: `
geogrid | 土工格栅 | geosynthetics;土工合成材料
deep excavation | 深基坑 | excavation support;基坑支护
`,
  biomedicine: `
lipid excipient | 脂质辅料 | phospholipid;磷脂
sterile filling | 无菌灌装
`,
  biotechnology: `
cell line development | 细胞株开发 | cell line
viral clearance | 病毒清除
`,
  "medical-engineering": `
rehabilitation exoskeleton | 康复外骨骼
upper-limb rehabilitation | 上肢康复 | hand rehabilitation;手部康复
gait training | 步态训练 | gait rehabilitation
`,
  "traditional-medicine": `
herbal tea culture | 茶养生
`,
  hydrogen: `
anion exchange membrane | 阴离子交换膜 | AEM;AEM electrolyser
hydrogen fuel cell drone | 氢燃料电池无人机
`,
  "energy-storage": `
sodium-ion cathode | 钠离子正极 | sodium cathode;钠电正极
lithium-ion conductor | 锂离子导体 | superionic conductor;超离子导体
`,
  solar: `
perovskite module | 钙钛矿组件 | perovskite modules
perovskite stability | 钙钛矿稳定性
`,
};
