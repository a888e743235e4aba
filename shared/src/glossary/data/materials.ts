import type { GlossaryData } from "../types.js";

/** Advanced materials and its neighbours (metallurgy, nanotechnology, chemicals, polymers). */
export const MATERIALS_GLOSSARY: GlossaryData = {
  "new-materials": `
graphene | 石墨烯
carbon nanotube | 碳纳米管 | carbon nanotubes;CNT
carbon fibre | 碳纤维 | carbon fiber
aerogel | 气凝胶 | aerogels;silica aerogel;二氧化硅气凝胶
superconducting material | 超导材料 | superconductor;超导体
shape memory alloy | 形状记忆合金
smart material | 智能材料 | smart materials
advanced ceramics | 先进陶瓷 | technical ceramics;特种陶瓷;structural ceramics;结构陶瓷
ceramic matrix composite | 陶瓷基复合材料 | CMC
metamaterial | 超材料 | metamaterials
rare earth materials | 稀土材料 | rare earth;稀土
rare earth permanent magnet | 稀土永磁 | NdFeB;钕铁硼;permanent magnet;永磁材料
magnetic materials | 磁性材料 | soft magnetic;软磁
biomaterials | 生物材料 | biomaterial;biomedical materials;生物医用材料
biodegradable material | 可降解材料 | biodegradable;生物降解
functional coating | 功能涂层 | coatings;涂层;thin film coating
anti-corrosion coating | 防腐涂层 | corrosion protection;防腐
thermal barrier coating | 热障涂层
two-dimensional materials | 二维材料 | 2D materials;MXene
electronic materials | 电子材料
optical materials | 光学材料 | optical glass;光学玻璃
special glass | 特种玻璃 | ultra-thin glass;超薄玻璃
thermal interface material | 导热材料 | thermal conductive;导热界面材料
phase change material | 相变材料 | PCM
high-entropy alloy | 高熵合金
amorphous alloy | 非晶合金 | metallic glass;金属玻璃
silicon-based anode material | 硅基负极材料 | silicon anode;硅负极
cathode material | 正极材料 | cathode materials
membrane material | 膜材料 | membranes;separation membrane;分离膜
porous materials | 多孔材料 | metal-organic framework;金属有机框架;MOF
diamond material | 金刚石材料 | synthetic diamond;人造金刚石;CVD diamond
boron nitride | 氮化硼
silicon nitride | 氮化硅
alumina | 氧化铝 | aluminium oxide
zirconia | 氧化锆
materials characterisation | 材料表征 | materials testing;材料检测
materials genome | 材料基因组 | materials informatics;材料信息学
piezoelectric material | 压电材料 | piezoelectric
thermoelectric material | 热电材料 | thermoelectric
self-healing material | 自修复材料
`,
  metallurgy: `
steel | 钢铁 | steelmaking;炼钢
special steel | 特种钢 | specialty steel;特钢
stainless steel | 不锈钢
high-strength steel | 高强度钢 | advanced high-strength steel;AHSS
aluminium alloy | 铝合金 | aluminum alloy
titanium alloy | 钛合金 | titanium;钛
magnesium alloy | 镁合金
nickel-based superalloy | 镍基高温合金 | superalloy;高温合金
copper alloy | 铜合金 | copper;铜
powder metallurgy | 粉末冶金 | metal powder;金属粉末
casting | 铸造 | die casting;压铸;precision casting;精密铸造
forging | 锻造 | forgings;锻件
rolling | 轧制 | hot rolling;热轧;cold rolling;冷轧
heat treatment | 热处理
welding | 焊接 | welding technology;焊接技术
surface treatment | 表面处理 | electroplating;电镀;anodising;阳极氧化
non-ferrous metals | 有色金属 | nonferrous metals
rare metals | 稀有金属
smelting | 冶炼 | refining;精炼
hydrometallurgy | 湿法冶金
pyrometallurgy | 火法冶金
electric arc furnace | 电弧炉 | EAF
blast furnace | 高炉
hydrogen metallurgy | 氢冶金 | green steel;绿色钢铁;hydrogen-based steelmaking
ironmaking | 炼铁 | direct reduced iron;直接还原铁
metal recycling | 金属回收 | scrap metal;废钢
lithium extraction | 提锂 | lithium refining;锂冶炼;brine lithium;盐湖提锂
cobalt | 钴
nickel | 镍 | nickel refining
tungsten | 钨 | cemented carbide;硬质合金
molybdenum | 钼
mineral processing | 选矿 | beneficiation;ore dressing
mining | 采矿 | mine;矿山
smart mine | 智慧矿山 | intelligent mining
metal forming | 金属成形 | stamping;冲压
corrosion | 腐蚀
slag | 炉渣 | steel slag;钢渣
metal 3D printing powder | 3D打印金属粉末
ingot | 铸锭
sheet metal | 钣金
`,
  nanotechnology: `
nanomaterials | 纳米材料 | nanomaterial
nanoparticles | 纳米颗粒 | nanoparticle;纳米粒子
nanocoating | 纳米涂层 | nano coating
nanofibre | 纳米纤维 | nanofiber;electrospinning;静电纺丝
nanocomposite | 纳米复合材料 | nanocomposites
quantum materials | 量子材料
nanofabrication | 纳米加工 | nanomanufacturing;纳米制造
nanoimprint lithography | 纳米压印 | nanoimprint
atomic force microscope | 原子力显微镜 | AFM
nanomedicine | 纳米医学 | nano drug delivery;纳米药物
nano silver | 纳米银 | silver nanoparticles;纳米银颗粒
nano titanium dioxide | 纳米二氧化钛 | TiO2;titanium dioxide
nanocatalyst | 纳米催化剂 | nanocatalysis
nanoporous | 纳米多孔
nanowire | 纳米线 | nanowires
nanosensor | 纳米传感器
nanofiltration | 纳滤 | nanofiltration membrane;纳滤膜
self-assembly | 自组装
nanoscale | 纳米尺度 | nano-scale
nano cellulose | 纳米纤维素 | nanocellulose;cellulose nanofibre
nanoclay | 纳米黏土
fullerene | 富勒烯
nanotoxicology | 纳米毒理学
nanoelectronics | 纳米电子学
nano-enabled products | 纳米产品
surface functionalisation | 表面功能化 | surface modification;表面改性
dispersion | 分散 | nanodispersion;纳米分散
nano emulsion | 纳米乳液 | nanoemulsion
nano lubricant | 纳米润滑剂
nanostructured | 纳米结构 | nanostructure
colloid | 胶体 | colloidal
nano-antibacterial | 纳米抗菌 | antibacterial nanomaterial
nanoparticle synthesis | 纳米颗粒合成
molecular beam epitaxy | 分子束外延 | MBE
scanning probe | 扫描探针
nanopore | 纳米孔 | nanopore sequencing;纳米孔测序
`,
  chemicals: `
fine chemicals | 精细化工 | fine chemical
specialty chemicals | 专用化学品 | speciality chemicals
petrochemicals | 石油化工 | petrochemical;石化
catalyst | 催化剂 | catalysts;catalysis;催化
chemical engineering | 化学工程 | 化工
chemical process | 化工工艺 | process chemistry
green chemistry | 绿色化学 | green chemical
coal chemical industry | 煤化工 | coal-to-chemicals;coal gasification;煤气化
fluorochemicals | 氟化工 | fluorine chemicals;含氟材料
silicone | 有机硅 | silicones;organosilicon
electrolyte salt | 电解质锂盐 | lithium hexafluorophosphate;六氟磷酸锂;LiPF6
electronic chemicals | 电子化学品 | wet chemicals;湿电子化学品
pesticide | 农药 | agrochemicals;pesticides
fertiliser | 化肥 | fertilizer;fertilisers
dyes and pigments | 染料和颜料 | dye;染料;pigment;颜料
surfactant | 表面活性剂 | surfactants
adhesive | 胶粘剂 | adhesives;glue;粘合剂
paint | 涂料 | paints
solvent | 溶剂 | solvents
industrial gases | 工业气体 | hydrogen gas;oxygen;nitrogen
bio-based chemicals | 生物基化学品 | biochemicals;生物化工
pharmaceutical intermediates | 医药中间体 | intermediates;中间体
chemical synthesis | 化学合成 | organic synthesis;有机合成
distillation | 蒸馏 | rectification;精馏
crystallisation | 结晶 | crystallization
reactor | 反应器 | chemical reactor;反应釜
continuous flow chemistry | 连续流化学 | flow chemistry;微反应器;microreactor
process safety | 工艺安全 | chemical safety;化工安全
hazardous chemicals | 危险化学品 | dangerous goods;危化品
chemical park | 化工园区 | chemical industrial park
ethylene | 乙烯
methanol | 甲醇 | green methanol;绿色甲醇
ammonia | 氨 | green ammonia;绿氨;合成氨
soda ash | 纯碱
chlor-alkali | 氯碱
titanium dioxide pigment | 钛白粉
lubricant | 润滑油 | lubricants;润滑剂
detergent | 洗涤剂 | detergents
cosmetic ingredients | 化妆品原料
carbon black | 炭黑
`,
  "polymers-composites": `
polymer | 高分子材料 | polymers;聚合物
engineering plastics | 工程塑料 | engineering plastic
composite material | 复合材料 | composites;composite materials
fibre-reinforced polymer | 纤维增强复合材料 | FRP;fiber-reinforced polymer
carbon fibre reinforced polymer | 碳纤维增强复合材料 | CFRP
glass fibre | 玻璃纤维 | glass fiber;fiberglass;玻纤
aramid fibre | 芳纶 | aramid;Kevlar
polyethylene | 聚乙烯 | PE;HDPE
polypropylene | 聚丙烯 | PP
polycarbonate | 聚碳酸酯 | PC resin
polyimide | 聚酰亚胺 | PI film
polyurethane | 聚氨酯 | PU
epoxy resin | 环氧树脂 | epoxy
polylactic acid | 聚乳酸 | PLA
bioplastics | 生物塑料 | bioplastic;bio-based plastics;生物基塑料
biodegradable plastics | 可降解塑料 | PBAT;compostable plastics;可堆肥塑料
rubber | 橡胶 | synthetic rubber;合成橡胶;natural rubber;天然橡胶
elastomer | 弹性体 | thermoplastic elastomer;TPE
plastic film | 塑料薄膜 | films;薄膜
injection moulding | 注塑 | injection molding;注塑成型
extrusion | 挤出 | extrusion moulding;挤出成型
blow moulding | 吹塑
compression moulding | 模压成型 | resin transfer moulding;RTM
prepreg | 预浸料
honeycomb structure | 蜂窝结构 | honeycomb core
fibre | 纤维 | fibres;fiber;fibers
high-performance fibre | 高性能纤维 | UHMWPE;超高分子量聚乙烯
nylon | 尼龙 | polyamide;聚酰胺
PEEK | 聚醚醚酮 | polyether ether ketone
PTFE | 聚四氟乙烯 | Teflon;特氟龙
separator film | 隔膜材料 | battery separator film;microporous film;微孔膜
packaging materials | 包装材料 | packaging film;包装膜
plastic recycling | 塑料回收 | recycled plastics;再生塑料
masterbatch | 色母粒
polymer modification | 改性塑料 | modified plastics;compounding
wood-plastic composite | 木塑复合材料 | WPC
textile materials | 纺织材料 | technical textiles;产业用纺织品
nonwoven fabric | 无纺布 | nonwovens;非织造布
functional fibre | 功能纤维
resin | 树脂 | resins
`,
};
