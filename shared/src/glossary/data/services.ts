import type { GlossaryData } from "../types.js";

/** Art, tourism & creative industries, and management & economics services. */
export const SERVICES_GLOSSARY: GlossaryData = {
  "creative-industries": `
cultural and creative industries | 文化创意产业 | creative economy;创意经济
design services | 设计服务 | graphic design;平面设计
fashion design | 服装设计 | fashion;时尚
textile design | 纺织品设计
apparel | 服饰 | clothing;garments;garment;服装;成衣
fabric | 面料 | fabrics;布料;textile fabric
handicraft | 手工艺 | handicrafts;crafts;手工艺品;artisan;工匠
intangible cultural heritage | 非物质文化遗产 | 非遗;cultural heritage;文化遗产
hand dyeing | 手工染色 | hand-dyed;手染;natural dyeing;植物染
batik | 蜡染 | wax-resist dyeing
tie-dye | 扎染 | tie dyeing
indigo dyeing | 靛蓝染色 | indigo;蓝染
embroidery | 刺绣 | embroidered
ceramics art | 陶瓷艺术 | pottery;陶艺;porcelain;瓷器
art gallery | 画廊 | gallery;art market;艺术品市场
museum | 博物馆 | museums
performing arts | 表演艺术 | theatre;剧场;performance
music industry | 音乐产业 | music
film production | 影视制作 | film;电影;television;电视
publishing | 出版 | publishing industry;出版业
cultural tourism | 文化旅游 | 文旅
creative park | 文创园区 | creative hub;cultural and creative park
brand design | 品牌设计 | branding;brand identity;品牌形象
licensing of cultural IP | 文化IP授权 | IP licensing;IP授权;character licensing
cultural exchange | 文化交流
art education | 艺术教育
architecture design | 建筑设计 | architectural design
interior design | 室内设计
industrial heritage | 工业遗产 | industrial heritage site
festival | 节庆 | festivals;events;会展活动
cultural products | 文化产品 | cultural goods
jewellery design | 珠宝设计 | jewelry;珠宝
furniture design | 家具设计 | furniture
lacquerware | 漆器
silk | 丝绸 | silk products
calligraphy | 书法 | calligraphy and painting;书画
traditional costume | 传统服饰 | hanfu;汉服
creative retail | 文创零售 | cultural and creative products;文创产品
artist residency | 艺术驻留
`,
  "digital-creative": `
digital creative industry | 数字创意产业 | digital creativity
animation | 动画 | animation studio;动漫
video games | 电子游戏 | gaming;游戏;games
esports | 电子竞技 | e-sports;电竞
online video | 网络视频 | short video;短视频;video streaming
digital media | 数字媒体
visual effects | 视觉特效 | VFX;special effects;特效
digital art | 数字艺术 | new media art;新媒体艺术
digital music | 数字音乐 | music streaming;音乐流媒体
online literature | 网络文学 | web novels;网文
comics | 漫画 | manga;webtoon
content creator | 内容创作者 | influencer;网红;KOL
MCN agency | 多频道网络机构 | MCN
digital publishing | 数字出版 | e-book;电子书
podcast | 播客 | podcasts;audio content;有声内容
digital museum | 数字博物馆 | virtual museum;云展览
immersive exhibition | 沉浸式展览 | immersive art;沉浸式艺术
projection mapping | 投影映射 | 3D mapping;光影秀
digital collectibles | 数字藏品 | digital collectible
AI-generated content | AI生成内容 | AI art;AI绘画
virtual idol | 虚拟偶像 | virtual influencer;虚拟主播;VTuber
game art outsourcing | 游戏美术外包
motion graphics | 动态图形 | motion design
user-generated content | 用户生成内容 | UGC
digital advertising | 数字广告 | programmatic advertising;程序化广告
creative coding | 创意编程
game localisation | 游戏本地化
interactive media | 交互媒体 | interactive design;交互设计
digital cultural heritage | 数字文化遗产 | heritage digitisation;文物数字化
online performance | 线上演出 | livestream concert;云演出
sound design | 声音设计 | audio post-production;音频后期
film post-production | 影视后期 | post-production;后期制作
digital twin of heritage | 文物数字孪生
creative software | 创意软件
`,
  tourism: `
tourism | 旅游 | travel;旅游业;tourism industry
eco-tourism | 生态旅游 | ecotourism;nature tourism
rural tourism | 乡村旅游 | agritourism;农旅;farm stay;农家乐
smart tourism | 智慧旅游 | digital tourism
hotel | 酒店 | hotels;hospitality;酒店业
resort | 度假区 | resorts;度假村
homestay | 民宿 | B&B;guesthouse
travel agency | 旅行社 | tour operator
MICE | 会奖旅游 | meetings incentives conferences exhibitions;会展旅游
exhibition | 展会 | trade fair;博览会;expo
tourist attraction | 旅游景区 | scenic area;景区;attraction
theme park | 主题公园 | amusement park;游乐园
heritage tourism | 遗产旅游
wellness resort | 康养度假 | spa;温泉
sports tourism | 体育旅游 | outdoor sports;户外运动
adventure tourism | 探险旅游
industrial tourism | 工业旅游 | factory tour
study tour | 研学旅行 | educational travel;研学
inbound tourism | 入境旅游 | inbound travel
outbound tourism | 出境旅游 | outbound travel
tourism marketing | 旅游营销 | destination marketing;目的地营销
tourism planning | 旅游规划 | tourism master plan
destination management | 目的地管理 | DMO
visitor experience | 游客体验 | tourist experience
tourism training | 旅游培训 | hospitality training;酒店管理培训
tour guide | 导游 | tour guides
online travel agency | 在线旅游平台 | OTA platform
night-time economy | 夜间经济 | night tourism;夜游
culinary tourism | 美食旅游 | food tourism
red tourism | 红色旅游
tourism town | 特色小镇 | tourism village;旅游小镇
campsite | 露营地 | camping;露营
visa facilitation | 签证便利
tourist flow monitoring | 客流监测 | visitor flow
tourism statistics | 旅游统计
`,
  "business-services": `
consulting | 咨询 | consultancy;consulting services;咨询服务
management consulting | 管理咨询 | strategy consulting;战略咨询
park planning | 园区规划 | industrial park planning;产业园区规划;master planning;总体规划
industrial planning | 产业规划 | industry planning;industrial development planning
feasibility study | 可行性研究 | feasibility report;可研报告
urban planning | 城市规划 | spatial planning;国土空间规划
policy research | 政策研究 | policy advisory;政策咨询;think tank;智库
investment promotion | 招商引资 | investment attraction;招商
park operation | 园区运营 | park management;园区管理;operation management
incubator management | 孵化器运营 | incubation services;孵化服务
technology transfer services | 技术转移服务 | tech transfer office;技术经理人
intellectual property services | 知识产权服务 | IP services;patent agency;专利代理
patent licensing | 专利许可 | licensing agreement;许可协议;patent licence
legal services | 法律服务 | law firm;律师事务所
accounting services | 会计服务 | accounting;会计;audit;审计
tax advisory | 税务咨询 | tax consulting;税务筹划
human resources services | 人力资源服务 | HR services;recruitment;招聘;headhunting;猎头
training services | 培训服务 | corporate training;企业培训;vocational training;职业培训
executive education | 高管教育 | leadership training;领导力培训
capacity building | 能力建设 | capacity-building programme
knowledge exchange | 知识交流 | knowledge sharing;经验交流
study visit | 考察交流 | delegation;代表团;exchange visit;交流访问
language training | 语言培训 | Mandarin training;汉语培训;business Chinese;商务汉语;Chinese language course
market research | 市场调研 | market analysis;市场分析
market entry services | 市场准入服务 | soft landing;软着陆;market access services
business matchmaking | 商务对接 | B2B matchmaking;对接会
trade promotion | 贸易促进 | export promotion;出口促进
certification services | 认证服务 | standards certification
testing services | 检测服务 | third-party testing;第三方检测
engineering consulting | 工程咨询 | engineering design;工程设计
environmental and social assessment | 环境与社会评估
public-private partnership | 政府和社会资本合作 | PPP
economic zone development | 经济区开发 | special economic zone;经济特区;development zone;开发区
park co-development | 园区共建 | co-developed park;共建园区
science and technology aid | 科技援助 | S&T cooperation;科技合作
innovation ecosystem | 创新生态系统 | innovation system;创新体系
business incubation | 创业孵化 | startup support
outsourcing services | 外包服务 | business process outsourcing;BPO
translation services | 翻译服务 | translation;翻译;interpretation;口译
event management | 活动策划 | conference organisation;会议组织
`,
  fintech: `
financial technology | 金融科技 | fintech
digital payment | 数字支付 | payments;支付
cross-border payment | 跨境支付 | remittance;汇款
mobile banking | 手机银行 | digital banking;数字银行
neobank | 新型银行 | virtual bank;虚拟银行
peer-to-peer lending | 网络借贷 | P2P lending;online lending
supply chain finance | 供应链金融 | trade finance;贸易融资
inclusive finance | 普惠金融 | financial inclusion;microfinance;小额信贷
credit scoring | 信用评分 | credit rating;信用评级;credit risk;信用风险
risk management | 风险管理 | risk control;风控
regtech | 监管科技 | regulatory technology
anti-money laundering | 反洗钱 | AML;KYC
insurtech | 保险科技 | digital insurance
robo-advisor | 智能投顾 | wealth management;财富管理
crowdfunding | 众筹 | equity crowdfunding
venture capital | 风险投资 | VC;venture funding;风投
private equity | 私募股权 | PE fund;私募
angel investment | 天使投资 | angel round;天使轮
seed round | 种子轮 | seed funding;pre-seed
Series A | A轮 | series A round;pre-A
growth capital | 成长期资本 | Series B;B轮;Series C;C轮
pre-IPO | Pre-IPO轮 | pre-IPO round
initial public offering | 首次公开募股 | IPO;上市
mergers and acquisitions | 并购 | M&A;acquisition;收购
government guidance fund | 政府引导基金 | guidance fund;引导基金
green finance | 绿色金融 | green bonds;绿色债券;sustainable finance
project finance | 项目融资 | project loan;项目贷款
development bank | 开发性银行 | development finance;开发性金融
equity investment | 股权投资 | equity financing;股权融资
debt financing | 债权融资 | loan;贷款;bank loan
open banking | 开放银行
payment gateway | 支付网关
digital lending | 数字信贷
asset management | 资产管理
financial leasing | 融资租赁 | leasing;租赁
factoring | 保理
blockchain finance | 区块链金融
credit guarantee | 融资担保 | guarantee;担保
foreign exchange | 外汇 | FX;currency exchange
`,
  logistics: `
logistics | 物流 | logistics services;物流服务
supply chain management | 供应链管理 | supply chain;供应链
third-party logistics | 第三方物流 | 3PL
warehousing | 仓储 | warehouse;仓库
smart warehouse | 智能仓储 | automated warehouse;自动化立体仓库;AS/RS
cold chain logistics | 冷链运输 | refrigerated transport;冷藏运输;reefer
pharmaceutical cold chain logistics | 医药冷链物流 | GDP;good distribution practice
last-mile delivery | 最后一公里配送 | last mile;末端配送
express delivery | 快递 | courier;parcel delivery;包裹
freight forwarding | 货运代理 | freight forwarder;货代
multimodal transport | 多式联运 | intermodal
rail freight | 铁路货运 | China-Europe Railway Express;中欧班列
air cargo | 航空货运 | air freight;空运
sea freight | 海运货运 | container shipping;集装箱运输
container | 集装箱 | containers;shipping container
logistics park | 物流园区 | logistics hub;物流枢纽
dry port | 内陆港 | inland port;无水港
bonded warehouse | 保税仓库 | bonded zone;保税区;bonded logistics
customs clearance | 报关 | customs;海关;customs brokerage
cross-border logistics | 跨境物流 | international logistics;国际物流
overseas warehouse | 海外仓 | overseas warehouses
transport management system | 运输管理系统 | TMS
fleet management | 车队管理 | fleet telematics
route optimisation | 路径优化 | route optimization;vehicle routing
logistics automation | 物流自动化 | sorting system;分拣系统
e-commerce fulfilment | 电商履约 | fulfilment centre;fulfillment
trucking | 公路运输 | road freight;公路货运
logistics digitalisation | 物流数字化 | digital freight;数字货运
temperature-controlled packaging | 温控包装 | insulated packaging;保温包装
pallet | 托盘 | pallets;pallet pooling
inventory management | 库存管理 | inventory;库存
demand forecasting | 需求预测
procurement | 采购 | sourcing;purchasing
trade logistics corridor | 贸易物流通道 | logistics corridor;物流通道
port logistics | 港口物流
urban distribution | 城市配送 | city logistics
green logistics | 绿色物流
track and trace | 物流追踪 | shipment tracking;货物追踪
`,
};
