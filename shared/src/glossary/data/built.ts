import type { GlossaryData } from "../types.js";

/** Construction & geotechnics, green building and the marine industry. */
export const BUILT_GLOSSARY: GlossaryData = {
  construction: `
civil engineering | 土木工程
geotechnical engineering | 岩土工程 | geotechnics;geotechnical
foundation engineering | 地基基础 | foundation;foundations;地基
pile foundation | 桩基 | piling;piles;桩基础
tunnelling | 隧道工程 | tunnel;隧道;tunnelling;tunneling
shield tunnelling machine | 盾构机 | tunnel boring machine;TBM;盾构
bridge engineering | 桥梁工程 | bridge;bridges;桥梁
road construction | 道路施工 | highway;公路;road;roads
railway construction | 铁路建设 | railway;铁路;high-speed rail;高铁
metro | 地铁 | subway;urban rail transit;城市轨道交通
prefabricated building | 装配式建筑 | prefabrication;modular construction;模块化建筑;precast;预制构件
precast concrete | 预制混凝土 | PC components
concrete | 混凝土 | cement;水泥;ready-mix concrete;商品混凝土
steel structure | 钢结构 | steel structures
building information modelling | 建筑信息模型 | BIM
construction management | 施工管理 | project management;工程管理
engineering procurement construction | 工程总承包 | EPC;EPC contractor
slope stabilisation | 边坡加固 | slope protection;边坡防护;landslide;滑坡
soil improvement | 地基处理 | ground improvement;soft soil;软土
underground space | 地下空间 | underground construction;地下工程
geological survey | 地质勘察 | site investigation;勘察;geological exploration;地质勘探
surveying and mapping | 测绘 | survey;land surveying
earthquake engineering | 抗震工程 | seismic;抗震;seismic isolation;隔震
structural health monitoring | 结构健康监测 | SHM
building materials | 建筑材料 | construction materials;建材
waterproofing | 防水 | waterproof membrane;防水卷材
formwork | 模板 | scaffolding;脚手架
construction machinery rental | 工程机械租赁
smart construction site | 智慧工地 | smart site
construction robot | 建筑机器人
urban renewal | 城市更新 | urban regeneration
municipal engineering | 市政工程 | municipal infrastructure;市政设施
drainage | 排水 | stormwater;雨水;sponge city;海绵城市
dam | 大坝 | dams;hydraulic engineering;水利工程
port construction | 港口建设
infrastructure investment | 基础设施建设 | infrastructure;基础设施
industrial park construction | 园区建设 | park construction;industrial estate development
construction supervision | 工程监理 | supervision
cost consulting | 造价咨询 | quantity surveying;工程造价
building codes | 建筑规范 | building standards;建筑标准
`,
  "green-building": `
green building | 绿色建筑 | green buildings;sustainable building
energy-efficient building | 节能建筑 | building energy efficiency;建筑节能
passive house | 被动房 | passive building;被动式建筑
near-zero energy building | 近零能耗建筑 | nZEB;zero-energy building;零能耗建筑
LEED certification | LEED认证 | LEED
green building rating | 绿色建筑评价 | BREEAM;three-star green building;绿建三星
building envelope | 建筑围护结构 | envelope
thermal insulation | 保温隔热 | insulation;保温材料;external wall insulation;外墙保温
low-E glass | 低辐射玻璃 | Low-E;energy-saving glass;节能玻璃
green roof | 屋顶绿化 | green roofs;living roof
rainwater harvesting | 雨水收集 | rainwater recycling
building energy management | 建筑能源管理 | BEMS
HVAC | 暖通空调 | heating ventilation and air conditioning;air conditioning;空调
fresh air system | 新风系统 | ventilation;通风
ground source heat pump | 地源热泵 | geothermal heat pump
radiant cooling | 辐射制冷 | radiative cooling
daylighting | 自然采光
timber construction | 木结构建筑 | mass timber;CLT;cross-laminated timber;胶合木
low-carbon building materials | 低碳建材 | green building materials;绿色建材
embodied carbon | 隐含碳 | whole-life carbon;全生命周期碳排放
building retrofit | 既有建筑改造 | energy retrofit;节能改造
smart building control | 建筑智能控制
indoor air quality | 室内空气质量 | IAQ
healthy building | 健康建筑 | WELL
building-integrated solar | 建筑光伏
cool roof | 冷屋顶
green building materials certification | 绿色建材认证
carbon-neutral building | 碳中和建筑
eco-city | 生态城市 | eco-district;生态城
sustainable urban planning | 可持续城市规划
green park certification | 绿色园区认证 | eco-industrial park;生态工业园区
water-saving appliances | 节水器具 | water saving;节水
energy performance contracting | 合同能源管理 | EPC energy;EMC;energy service company;ESCO
building commissioning | 建筑调试
urban heat island | 城市热岛
straw board | 秸秆板 | straw panel;straw-based board;农作物秸秆板
bamboo building material | 竹建材 | bamboo construction;竹结构
rammed earth | 夯土
`,
  marine: `
marine economy | 海洋经济 | blue economy;蓝色经济
shipbuilding | 造船 | shipyard;船厂;ship building
ship design | 船舶设计 | naval architecture;船舶工程
marine engineering equipment | 海洋工程装备 | offshore engineering;海洋工程;offshore platform;海上平台
port | 港口 | ports;harbour;harbor;seaport
smart port | 智慧港口 | automated terminal;自动化码头
shipping | 航运 | maritime transport;海运
marine fisheries | 海洋渔业 | fishery;渔业;fishing;捕捞
aquaculture | 水产养殖 | fish farming;养殖;mariculture;海水养殖
deep-sea aquaculture | 深远海养殖 | offshore aquaculture;养殖工船;aquaculture vessel
recirculating aquaculture system | 循环水养殖 | RAS;land-based aquaculture;工厂化养殖
shrimp farming | 对虾养殖 | shrimp;虾;prawn
seaweed | 海藻 | seaweeds;kelp;海带;algae cultivation;藻类养殖
marine biotechnology | 海洋生物技术 | marine biology;海洋生物
marine biomedicine | 海洋生物医药 | marine drugs;海洋药物
seafood processing | 水产品加工 | seafood;海产品
desalination | 海水淡化 | seawater desalination;reverse osmosis desalination
marine renewable energy | 海洋可再生能源
underwater vehicle | 水下航行器 | unmanned underwater vehicle;UUV
marine survey | 海洋调查 | ocean survey;hydrographic survey;海洋测绘
ocean observation | 海洋观测 | ocean monitoring;buoy;浮标
subsea engineering | 水下工程 | subsea;海底
marine environmental protection | 海洋环境保护 | marine pollution;海洋污染;oil spill;溢油
coastal protection | 海岸防护 | coastal erosion;海岸侵蚀
cruise industry | 邮轮产业 | cruise ship;邮轮;cruise
yacht | 游艇 | yachts;marina;游艇码头
marine tourism | 滨海旅游 | coastal tourism
ship repair | 船舶修理 | ship maintenance
marine coatings | 船舶涂料 | antifouling;防污涂料
LNG carrier | LNG运输船 | LNG ship
green shipping | 绿色航运 | ship emissions;船舶排放;shore power;岸电
marine electronics | 船舶电子 | navigation equipment;导航设备
fishing port | 渔港 | fishing harbour
marine pasture | 海洋牧场 | sea ranching;marine ranching
fish feed | 水产饲料 | aquafeed
sea cucumber | 海参
marine carbon sink | 海洋碳汇 | blue carbon;蓝碳
polar technology | 极地技术
`,
};
