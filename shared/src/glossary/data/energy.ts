import type { GlossaryData } from "../types.js";

/** New energy and its sub-sectors. */
export const ENERGY_GLOSSARY: GlossaryData = {
  "new-energy": `
renewable energy | 可再生能源 | renewables;clean energy;清洁能源
energy transition | 能源转型
carbon neutrality | 碳中和 | net zero;净零排放;carbon neutral
carbon peaking | 碳达峰
distributed energy | 分布式能源 | distributed generation;分布式发电
microgrid | 微电网 | microgrids
virtual power plant | 虚拟电厂 | VPP
energy internet | 能源互联网
integrated energy services | 综合能源服务 | integrated energy
demand response | 需求响应
power grid | 电网 | grid;electricity grid
grid connection | 并网 | grid integration;grid-connected
ultra-high voltage transmission | 特高压输电 | UHV;特高压
energy efficiency | 能效 | energy saving;节能
energy management | 能源管理 | energy audit;能源审计
geothermal energy | 地热能 | geothermal;地热
biomass energy | 生物质能 | biomass;biomass power;生物质发电
biogas | 沼气 | anaerobic digestion biogas
biofuel | 生物燃料 | biofuels;biodiesel;生物柴油;bioethanol;生物乙醇
sustainable aviation fuel | 可持续航空燃料 | SAF
ocean energy | 海洋能 | tidal energy;潮汐能;wave energy;波浪能
nuclear energy | 核能 | nuclear power;核电
small modular reactor | 小型模块化反应堆 | SMR
nuclear fusion | 核聚变 | fusion energy
heat pump | 热泵 | heat pumps
district heating | 区域供热 | central heating;集中供热
waste heat recovery | 余热回收 | waste heat;余热利用
combined heat and power | 热电联产 | CHP;cogeneration
power purchase agreement | 购电协议 | PPA
green electricity | 绿电 | green power;绿色电力
green certificate | 绿证 | renewable energy certificate;REC
carbon emissions | 碳排放 | greenhouse gas emissions;温室气体排放
electricity market | 电力市场 | power trading;电力交易
off-grid power | 离网供电 | off-grid;离网;rural electrification;农村电气化
mini-grid | 小型电网
energy access | 能源可及
new power system | 新型电力系统
power electronics for renewables | 新能源电力电子
clean heating | 清洁供暖
zero-carbon park | 零碳园区 | net-zero park
`,
  solar: `
photovoltaic | 光伏 | PV;photovoltaics;solar PV
solar cell | 太阳能电池 | solar cells;PV cell;光伏电池
solar module | 光伏组件 | solar panel;太阳能电池板;solar panels;PV module
monocrystalline silicon | 单晶硅 | mono-Si;monocrystalline
polysilicon | 多晶硅 | polycrystalline silicon
silicon wafer for solar | 光伏硅片
PERC | 钝化发射极背面接触电池 | PERC cell
TOPCon | 隧穿氧化层钝化接触电池 | TOPCon cell
heterojunction solar cell | 异质结电池 | HJT;heterojunction
back contact solar cell | 背接触电池 | IBC;BC cell
perovskite solar cell | 钙钛矿太阳能电池 | perovskite;钙钛矿;perovskite cell;钙钛矿电池
tandem solar cell | 叠层电池 | tandem cell;perovskite-silicon tandem;钙钛矿叠层
thin-film solar cell | 薄膜太阳能电池 | thin-film PV;CdTe;碲化镉;CIGS;铜铟镓硒
bifacial module | 双面组件 | bifacial
solar inverter | 光伏逆变器 | PV inverter;string inverter;组串式逆变器;microinverter;微型逆变器
solar tracker | 光伏跟踪支架 | tracker;跟踪支架;single-axis tracker
mounting system | 光伏支架 | racking;PV mounting
rooftop solar | 屋顶光伏 | rooftop PV;distributed PV;分布式光伏
utility-scale solar | 集中式光伏 | solar farm;光伏电站;solar power plant
floating solar | 漂浮式光伏 | floating PV;水上光伏
agrivoltaics | 农光互补 | agri-PV;agrophotovoltaic
fishery-solar hybrid | 渔光互补
building-integrated photovoltaics | 光伏建筑一体化 | BIPV
solar thermal | 光热 | solar thermal power;光热发电;concentrated solar power;CSP
solar water heater | 太阳能热水器
solar water pump | 太阳能水泵 | solar pumping;光伏扬水
solar street light | 太阳能路灯
solar home system | 户用光伏系统 | home solar;户用光伏
solar mini-grid | 光伏微电网
encapsulation | 封装 | encapsulant;封装胶膜;EVA film;POE
anti-reflective coating | 减反射膜
cell efficiency | 电池转换效率 | conversion efficiency;转换效率
PV glass | 光伏玻璃 | solar glass
silver paste | 银浆 | metallisation paste
PV recycling | 光伏回收 | module recycling;组件回收
solar irradiance | 太阳辐照 | irradiance;辐照度
PV operation and maintenance | 光伏运维 | O&M;panel cleaning;组件清洗
photovoltaic-storage system | 光储系统 | solar plus storage;光储一体
perovskite ink | 钙钛矿墨水 | perovskite precursor;钙钛矿前驱体
damp heat stability | 湿热稳定性 | damp-heat test;湿热测试
`,
  "wind-power": `
wind power | 风电 | wind energy;风能
wind turbine | 风力发电机组 | wind turbines;风机
offshore wind | 海上风电 | offshore wind farm;海上风电场
onshore wind | 陆上风电
floating offshore wind | 漂浮式海上风电 | floating wind
wind turbine blade | 风电叶片 | blade;blades;叶片
gearbox | 齿轮箱 | gearboxes
direct-drive turbine | 直驱风机 | direct drive;直驱
permanent magnet generator | 永磁发电机
wind farm | 风电场 | wind farms;wind park
tower | 塔筒 | wind tower
monopile foundation | 单桩基础 | monopile;jacket foundation;导管架
installation vessel | 安装船 | jack-up vessel;自升式安装船
wind resource assessment | 风资源评估 | wind measurement;测风
lidar wind measurement | 激光测风
pitch system | 变桨系统
yaw system | 偏航系统
main bearing | 主轴承 | bearings;轴承
converter for wind | 风电变流器
blade inspection | 叶片检测 | blade repair;叶片维修
condition monitoring system | 状态监测系统 | CMS
wind power forecasting | 风功率预测
repowering | 老旧风电场改造
decommissioning | 退役 | blade recycling;叶片回收
small wind turbine | 小型风机
offshore substation | 海上升压站
subsea cable | 海缆 | array cable;集电海缆;export cable
wind-solar hybrid | 风光互补 | wind-solar;风光储
distributed wind | 分散式风电
turbine control | 风机控制
icing | 结冰 | anti-icing;防冰
typhoon-resistant turbine | 抗台风机组
noise reduction | 降噪
wind operation and maintenance | 风电运维
SCADA for wind | 风电场监控
levelised cost of energy | 平准化度电成本 | LCOE;levelized cost
`,
  "energy-storage": `
energy storage | 储能 | storage
battery | 电池 | batteries;cell
lithium-ion battery | 锂离子电池 | Li-ion;lithium battery;锂电池;lithium-ion
lithium iron phosphate | 磷酸铁锂 | LFP;LiFePO4
ternary battery | 三元电池 | NMC;NCM;三元锂;nickel manganese cobalt
solid-state battery | 固态电池 | all-solid-state battery;全固态电池;solid state battery;semi-solid-state battery;半固态电池
solid electrolyte | 固态电解质 | solid-state electrolyte;solid electrolytes
sulfide electrolyte | 硫化物电解质 | sulfide solid electrolyte;硫化物固态电解质;argyrodite
oxide electrolyte | 氧化物电解质 | garnet electrolyte;LLZO;石榴石型
polymer electrolyte | 聚合物电解质
electrolyte | 电解质 | electrolytes;电解液;liquid electrolyte
sodium-ion battery | 钠离子电池 | sodium-ion;Na-ion;钠电池
Prussian blue analogue | 普鲁士蓝类似物 | Prussian blue;普鲁士蓝;普鲁士白;Prussian white
layered oxide cathode | 层状氧化物正极 | layered oxide
polyanion cathode | 聚阴离子正极
hard carbon | 硬碳 | hard carbon anode
anode | 负极 | anode material;负极材料;negative electrode
cathode | 正极 | positive electrode
graphite anode | 石墨负极 | graphite;石墨
lithium metal anode | 锂金属负极 | lithium metal
battery separator | 电池隔膜 | separator;隔膜;ceramic-coated separator;陶瓷涂覆隔膜
battery cell | 电芯 | cells
battery pack | 电池包 | pack;PACK
battery management system | 电池管理系统 | BMS
energy storage system | 储能系统 | ESS;BESS;battery energy storage system;电池储能系统
flow battery | 液流电池 | vanadium redox flow battery;全钒液流电池;redox flow
compressed air energy storage | 压缩空气储能 | CAES
pumped hydro storage | 抽水蓄能 | pumped storage
flywheel | 飞轮储能 | flywheel energy storage
supercapacitor | 超级电容器 | ultracapacitor;超级电容
thermal energy storage | 储热 | heat storage;molten salt;熔盐储热
lithium-sulfur battery | 锂硫电池 | Li-S
zinc-air battery | 锌空气电池 | zinc battery
battery recycling | 电池回收 | spent battery recycling;废旧电池回收;black mass
second-life battery | 梯次利用 | battery second life;echelon utilization
fast charging | 快充 | fast-charging;超充
cycle life | 循环寿命 | cycle stability;循环稳定性
energy density | 能量密度
thermal runaway | 热失控 | battery safety;电池安全
ionic conductivity | 离子电导率 | ion conductivity
dry electrode | 干法电极 | dry electrode coating
electrode coating | 极片涂布 | coating machine;涂布机
battery formation | 化成 | formation and grading;化成分容
gigafactory | 超级工厂 | battery gigafactory
user-side energy storage | 用户侧储能 | commercial and industrial storage;工商业储能
`,
  hydrogen: `
hydrogen energy | 氢能 | hydrogen
green hydrogen | 绿氢 | renewable hydrogen;可再生氢
blue hydrogen | 蓝氢
water electrolysis | 电解水制氢 | electrolysis;电解水;hydrogen production;制氢
electrolyser | 电解槽 | electrolyzer;electrolysers
alkaline electrolyser | 碱性电解槽 | alkaline electrolysis;ALK
PEM electrolyser | 质子交换膜电解槽 | PEM electrolysis;PEM电解
solid oxide electrolyser | 固体氧化物电解池 | SOEC
fuel cell | 燃料电池 | fuel cells
proton exchange membrane fuel cell | 质子交换膜燃料电池 | PEMFC
proton exchange membrane | 质子交换膜 | PEM;ion exchange membrane;离子交换膜
membrane electrode assembly | 膜电极 | MEA;membrane electrode
catalyst coated membrane | 催化剂涂层膜 | CCM
platinum catalyst | 铂催化剂 | platinum;铂;low-platinum;低铂
bipolar plate | 双极板 | bipolar plates
gas diffusion layer | 气体扩散层 | GDL;carbon paper;碳纸
fuel cell stack | 电堆 | stack
solid oxide fuel cell | 固体氧化物燃料电池 | SOFC
hydrogen storage | 储氢 | hydrogen storage tank;储氢罐
high-pressure hydrogen tank | 高压储氢瓶 | type IV tank;IV型瓶
liquid hydrogen | 液氢
solid-state hydrogen storage | 固态储氢 | metal hydride;金属氢化物
hydrogen refuelling station | 加氢站 | hydrogen station;HRS
hydrogen pipeline | 输氢管道
hydrogen compressor | 氢气压缩机
fuel cell vehicle | 燃料电池汽车 | FCEV;hydrogen vehicle;氢能汽车
hydrogen truck | 氢能重卡 | fuel cell truck
hydrogen safety | 氢安全 | hydrogen leak detection;氢气泄漏检测
hydrogen embrittlement | 氢脆
ammonia cracking | 氨分解制氢
liquid organic hydrogen carrier | 有机液体储氢 | LOHC
hydrogen-based steel | 氢冶金钢
power-to-X | 电制燃料 | power-to-gas;电转气
hydrogen valley | 氢能谷 | hydrogen hub;氢能产业园
fuel cell CHP | 燃料电池热电联供
ionomer | 离聚物 | Nafion
hydrogen purity | 氢气纯度 | hydrogen purification;氢气纯化
`,
  "new-energy-vehicles": `
new energy vehicle | 新能源汽车 | NEV;NEVs;new energy vehicles
electric vehicle | 电动汽车 | EV;EVs;battery electric vehicle;BEV;纯电动
plug-in hybrid | 插电式混合动力 | PHEV;plug-in hybrid vehicle
hybrid vehicle | 混合动力汽车 | HEV;hybrid
range extender | 增程式 | EREV;extended-range
electric drive system | 电驱动系统 | e-axle;电驱桥;electric drive
traction motor | 驱动电机 | drive motor;电机
motor controller | 电机控制器 | MCU inverter
power battery | 动力电池 | traction battery;EV battery
charging pile | 充电桩 | charger;EV charger;charging station;充电站
charging infrastructure | 充电基础设施 | charging network
battery swapping | 换电 | battery swap;换电站
vehicle-to-grid | 车网互动 | V2G
wireless charging | 无线充电
on-board charger | 车载充电机 | OBC
thermal management | 热管理 | battery thermal management;电池热管理
electric bus | 电动公交 | e-bus;electric buses
electric two-wheeler | 电动两轮车 | e-bike;电动自行车;electric motorcycle;电动摩托车
electric three-wheeler | 电动三轮车 | e-rickshaw
electric truck | 电动卡车 | e-truck;electric heavy truck;电动重卡
electric boat | 电动船舶 | electric ship;electric vessel
vehicle electrification | 汽车电动化
800V platform | 800V高压平台 | high-voltage platform
autonomous driving | 自动驾驶 | self-driving;autonomous vehicle;无人驾驶
advanced driver assistance | 高级驾驶辅助 | ADAS
intelligent connected vehicle | 智能网联汽车 | ICV;connected car
smart cockpit | 智能座舱
vehicle operating system | 车载操作系统
lightweighting | 轻量化 | vehicle lightweighting
EV battery recycling | 动力电池回收
charging operator | 充电运营商
EV fleet | 电动车队 | fleet electrification
electric logistics vehicle | 电动物流车
low-speed electric vehicle | 低速电动车
silicon carbide inverter | 碳化硅逆变器 | SiC inverter
integrated die casting | 一体化压铸 | gigacasting;giga casting
vehicle-to-load | 对外放电 | V2L
robotaxi | 自动驾驶出租车
`,
};
