import type { GlossaryData } from "../types.js";

/** IT & ICT and its sub-sectors. */
export const DIGITAL_GLOSSARY: GlossaryData = {
  ict: `
information system | 信息系统
enterprise resource planning | 企业资源计划 | ERP
customer relationship management | 客户关系管理 | CRM
digital transformation | 数字化转型
systems integration | 系统集成 | system integrator;系统集成商
IT outsourcing | IT外包 | information technology outsourcing;信息技术外包
data centre infrastructure | 数据中心基础设施
server | 服务器 | servers
operating system | 操作系统
database | 数据库 | databases
middleware | 中间件
information security | 信息安全
e-government | 电子政务 | digital government;数字政府
smart city | 智慧城市 | smart cities
digital twin | 数字孪生 | digital twins
geographic information system | 地理信息系统 | GIS
open source software | 开源软件 | open source
high-performance computing | 高性能计算 | HPC;supercomputing;超级计算
quantum computing | 量子计算 | quantum computer;量子计算机
quantum communication | 量子通信
human-computer interaction | 人机交互
information infrastructure | 信息基础设施 | new infrastructure;新基建
computing centre | 计算中心 | 算力中心
intelligent computing | 智能计算 | 智算
information technology application innovation | 信息技术应用创新 | 信创
domestic chip substitution | 国产替代
IT service management | IT服务管理
network equipment | 网络设备
computer hardware | 计算机硬件
personal computer | 个人计算机 | PC;laptop;笔记本电脑
storage system | 存储系统 | data storage;数据存储
disaster recovery | 容灾备份 | backup and recovery;数据备份
IT operations and maintenance | IT运维 | 运维
digital infrastructure | 数字基础设施
information technology consulting | 信息技术咨询 | IT consulting
heterogeneous computing | 异构计算
brain-computer interface | 脑机接口 | BCI
metadata | 元数据
knowledge graph | 知识图谱 | knowledge graphs
semantic web | 语义网
`,
  ai: `
machine learning | 机器学习
deep learning | 深度学习
neural network | 神经网络 | neural networks;artificial neural network
computer vision | 计算机视觉 | machine vision;机器视觉
image recognition | 图像识别
face recognition | 人脸识别 | facial recognition
object detection | 目标检测
image segmentation | 图像分割
natural language processing | 自然语言处理 | NLP
speech recognition | 语音识别 | automatic speech recognition;ASR
speech synthesis | 语音合成 | text-to-speech;TTS
machine translation | 机器翻译
large language model | 大语言模型 | LLM;大模型;foundation model;基础模型
generative AI | 生成式人工智能 | AIGC;生成式AI;generative artificial intelligence
reinforcement learning | 强化学习
transfer learning | 迁移学习
federated learning | 联邦学习
convolutional neural network | 卷积神经网络 | CNN
transformer model | Transformer模型 | transformer architecture
AI chip | 人工智能芯片 | AI芯片;AI accelerator;AI加速器
model training | 模型训练
model inference | 模型推理 | inference engine;推理引擎
edge AI | 边缘智能 | 边缘人工智能
intelligent agent | 智能体 | AI agent
recommendation system | 推荐系统 | recommender system;推荐算法
anomaly detection | 异常检测
predictive maintenance | 预测性维护
optical character recognition | 光学字符识别 | OCR
autonomous driving algorithm | 自动驾驶算法
visual inspection | 视觉检测 | AI visual inspection;AI质检;defect detection;缺陷检测
data annotation | 数据标注 | data labelling;data labeling
intelligent customer service | 智能客服 | chatbot;聊天机器人
computer-aided diagnosis | 计算机辅助诊断 | AI diagnosis;AI辅助诊断
pose estimation | 姿态估计
multimodal model | 多模态模型 | multimodal AI;多模态
explainable AI | 可解释人工智能 | 可解释AI
AI ethics | 人工智能伦理
video analytics | 视频分析 | intelligent video analysis;视频智能分析
smart manufacturing AI | 工业人工智能 | industrial AI
prompt engineering | 提示工程
knowledge distillation | 知识蒸馏
`,
  "big-data-cloud": `
cloud computing | 云计算
public cloud | 公有云
private cloud | 私有云
hybrid cloud | 混合云
software as a service | 软件即服务 | SaaS
platform as a service | 平台即服务 | PaaS
infrastructure as a service | 基础设施即服务 | IaaS
data centre | 数据中心 | data center;data centres;IDC
hyperscale data centre | 超大规模数据中心
green data centre | 绿色数据中心
liquid cooling | 液冷 | immersion cooling;浸没式液冷
power usage effectiveness | 电能利用效率 | PUE
virtualisation | 虚拟化 | virtualization;virtual machine;虚拟机
software container | 容器 | containers;Docker;Kubernetes;容器化;containerisation
microservices | 微服务
serverless computing | 无服务器计算 | serverless
distributed computing | 分布式计算
distributed storage | 分布式存储
object storage | 对象存储
data lake | 数据湖
data warehouse | 数据仓库
data governance | 数据治理
data analytics | 数据分析 | big data analytics;大数据分析
data mining | 数据挖掘
data visualisation | 数据可视化 | data visualization
business intelligence | 商业智能 | BI
real-time data processing | 实时数据处理 | stream processing;流处理
data platform | 数据平台 | 数据中台
data security | 数据安全
data sharing | 数据共享 | data exchange;数据交换
data trading | 数据交易 | data marketplace;数据交易所
computing power network | 算力网络 | 东数西算
cloud migration | 上云 | 企业上云
cloud-native | 云原生
edge computing | 边缘计算 | edge cloud;边缘云
content delivery network | 内容分发网络 | CDN
GPU cluster | GPU集群 | GPU computing;GPU算力
disaster recovery centre | 灾备中心
data element | 数据要素
ETL | 数据抽取转换加载 | extract transform load
`,
  iot: `
Internet of Things | 物联网 | IoT
industrial internet of things | 工业物联网 | IIoT;industrial IoT
industrial internet | 工业互联网
sensor network | 传感网络 | wireless sensor network;无线传感网
smart meter | 智能电表 | smart meters
RFID | 射频识别 | radio frequency identification
NB-IoT | 窄带物联网 | narrowband IoT
LoRa | LoRa远距离无线通信 | LoRaWAN
IoT gateway | 物联网网关
IoT platform | 物联网平台
edge device | 边缘设备 | edge devices
smart home | 智能家居
smart building | 智慧楼宇 | building automation;楼宇自动化
asset tracking | 资产追踪
remote monitoring | 远程监控
condition monitoring | 状态监测
smart agriculture sensors | 农业物联网 | agricultural IoT
wearable device | 可穿戴设备 | wearables
smart lock | 智能门锁
smart parking | 智慧停车 | parking management;停车管理;parking guidance;停车诱导
connected vehicle | 车联网 | V2X;internet of vehicles
machine-to-machine communication | 机器对机器通信 | M2M
embedded system | 嵌入式系统 | embedded systems;embedded software;嵌入式软件
microcontroller | 微控制器 | MCU;单片机
firmware | 固件 | OTA;over-the-air update;空中升级
device management | 设备管理
digital sensor | 数字传感器
smart lighting | 智慧照明 | smart street lighting;智慧路灯
environmental monitoring | 环境监测
energy monitoring | 能耗监测 | energy management system;能源管理系统
smart grid | 智能电网
smart water meter | 智能水表
cold chain monitoring | 冷链监控 | temperature logger;温度记录仪
positioning | 定位 | indoor positioning;室内定位;UWB
BLE | 低功耗蓝牙 | Bluetooth Low Energy;bluetooth
Zigbee | Zigbee无线协议 | ZigBee
SCADA | 数据采集与监视控制系统 | supervisory control and data acquisition
digital factory | 数字化工厂
smart campus | 智慧园区 | smart park;智慧校园
`,
  "digital-economy": `
digital economy | 数字经济
e-commerce | 电子商务 | ecommerce;电商;online retail;网络零售
cross-border e-commerce | 跨境电商 | cross-border ecommerce;跨境电子商务
live-streaming commerce | 直播电商 | live commerce;直播带货
platform economy | 平台经济
sharing economy | 共享经济
gig economy | 零工经济
digital marketing | 数字营销 | online marketing;网络营销
social media | 社交媒体
online payment | 在线支付 | mobile payment;移动支付
digital trade | 数字贸易
digital services trade | 数字服务贸易
industrial digitalisation | 产业数字化 | industrial digitalization
digital industrialisation | 数字产业化
digital government services | 数字政务
digital villages | 数字乡村
digital skills | 数字技能 | digital literacy;数字素养
online education | 在线教育 | e-learning;远程教育
telemedicine | 远程医疗
remote work | 远程办公
digital content | 数字内容
digital currency | 数字货币
digital identity | 数字身份
new retail | 新零售
online-to-offline | 线上线下 | O2O
supply chain digitalisation | 供应链数字化
digital platform | 数字平台
digital hub | 数字枢纽
startup ecosystem | 创业生态 | start-up ecosystem;创新创业生态
digital economy zone | 数字经济示范区
data-driven | 数据驱动
digital inclusion | 数字包容
marketplace platform | 交易平台 | online marketplace
customer data | 客户数据
digital nomad | 数字游民
digital public goods | 数字公共产品
digital free trade zone | 数字自贸区
platform governance | 平台治理
digital outsourcing | 数字服务外包 | service outsourcing;服务外包
`,
  software: `
software development | 软件开发 | custom software;定制软件
enterprise software | 企业软件 | enterprise application;企业应用
industrial software | 工业软件
computer-aided design | 计算机辅助设计 | CAD
computer-aided engineering | 计算机辅助工程 | CAE;simulation software;仿真软件
computer-aided manufacturing | 计算机辅助制造 | CAM
product lifecycle management | 产品生命周期管理 | PLM
manufacturing execution system | 制造执行系统 | MES
electronic design automation | 电子设计自动化 | EDA
mobile application | 移动应用 | mobile app;app;APP;手机应用
web application | 网页应用 | web development;网站开发
low-code platform | 低代码平台 | low-code;no-code;零代码
application programming interface | 应用程序接口 | API;APIs
DevOps | 开发运维一体化
agile development | 敏捷开发
software testing | 软件测试 | quality assurance;QA
user interface | 用户界面 | UI;UX;user experience;用户体验
game development | 游戏开发 | game engine;游戏引擎
geospatial software | 地理空间软件
office software | 办公软件
collaboration software | 协同软件 | collaboration platform;协同办公
accounting software | 财务软件
building information modelling software | BIM软件
robotic process automation | 机器人流程自动化 | RPA
software localisation | 软件本地化 | localization;本地化
software licence | 软件许可 | software licensing
source code | 源代码
IT services | 信息技术服务 | IT service
software outsourcing | 软件外包
digital twin software | 数字孪生软件
supply chain management software | 供应链管理软件 | SCM
warehouse management system | 仓库管理系统 | WMS
hospital information system | 医院信息系统 | HIS
educational software | 教育软件 | edtech;教育科技
software park | 软件园
software engineering | 软件工程
programming language | 编程语言
compiler | 编译器
version control | 版本控制
digital twin platform | 数字孪生平台
`,
  telecommunications: `
5G | 第五代移动通信 | 5G network;5G网络;fifth generation
6G | 第六代移动通信
4G LTE | 4G长期演进 | LTE;4G
base station | 基站 | base stations;small cell;小基站
optical fibre | 光纤 | optical fiber;fibre optic;fiber optic
optical fibre network | 光纤网络 | FTTH;光纤到户
optical transceiver | 光模块 | optical module;transceiver module
satellite communication | 卫星通信 | satcom;satellite internet;卫星互联网
low earth orbit satellite | 低轨卫星 | LEO satellite;LEO
microwave communication | 微波通信
antenna | 天线 | antennas;phased array antenna;相控阵天线
radio frequency | 射频 | RF
millimetre wave | 毫米波 | mmWave;millimeter wave
spectrum | 频谱
network slicing | 网络切片
software-defined networking | 软件定义网络 | SDN
network function virtualisation | 网络功能虚拟化 | NFV
core network | 核心网
private 5G network | 5G专网 | private network;专网
wireless communication | 无线通信
broadband | 宽带
Wi-Fi | 无线局域网 | WiFi;WLAN
submarine cable | 海底光缆 | undersea cable
telecom operator | 电信运营商 | mobile operator;运营商
internet exchange point | 互联网交换中心
router | 路由器 | routers
switch | 交换机 | network switch
optical communication | 光通信
communication chip | 通信芯片
Open RAN | 开放无线接入网 | O-RAN
radio access network | 无线接入网 | RAN
mobile network | 移动网络
unified communications | 统一通信 | VoIP;网络电话
telecommunication tower | 通信铁塔 | tower
signal processing | 信号处理 | digital signal processing;DSP
beamforming | 波束成形
digital subscriber line | 数字用户线 | DSL
IPv6 | 互联网协议第6版
rural connectivity | 农村网络覆盖
`,
  cybersecurity: `
cybersecurity | 网络安全 | cyber security;network security
firewall | 防火墙 | firewalls
intrusion detection | 入侵检测 | IDS;intrusion prevention;入侵防御
encryption | 加密 | data encryption;数据加密
cryptography | 密码学 | 密码技术
post-quantum cryptography | 后量子密码 | 抗量子密码
public key infrastructure | 公钥基础设施 | PKI
identity and access management | 身份与访问管理 | IAM
zero trust | 零信任 | zero-trust architecture
penetration testing | 渗透测试 | pentest
vulnerability scanning | 漏洞扫描 | vulnerability management;漏洞管理
security operations centre | 安全运营中心 | SOC
threat intelligence | 威胁情报
malware | 恶意软件 | ransomware;勒索软件;virus;病毒
endpoint security | 终端安全 | antivirus;杀毒软件
data loss prevention | 数据防泄漏 | DLP
privacy protection | 隐私保护 | data privacy;数据隐私;personal information protection;个人信息保护
privacy computing | 隐私计算 | privacy-preserving computation
secure multi-party computation | 安全多方计算 | MPC
homomorphic encryption | 同态加密
digital signature | 数字签名 | electronic signature;电子签名
authentication | 身份认证 | multi-factor authentication;多因素认证
security audit | 安全审计
industrial control security | 工控安全 | ICS security;工业控制系统安全
cloud security | 云安全
network security compliance | 网络安全等级保护 | 等保
security certification | 安全认证 | ISO 27001
DDoS protection | 抗DDoS | DDoS;分布式拒绝服务
web application firewall | Web应用防火墙 | WAF
security awareness training | 安全意识培训
incident response | 应急响应 | security incident;安全事件
digital forensics | 电子取证 | forensics
secure chip | 安全芯片
biometric authentication | 生物识别认证 | biometrics;生物识别
data classification | 数据分类分级
cyber range | 网络靶场
security gateway | 安全网关
blockchain security | 区块链安全
`,
  blockchain: `
blockchain | 区块链
distributed ledger | 分布式账本 | DLT;distributed ledger technology
smart contract | 智能合约 | smart contracts
consortium blockchain | 联盟链
public blockchain | 公链
consensus mechanism | 共识机制 | consensus algorithm;proof of stake;权益证明;proof of work;工作量证明
cryptocurrency | 加密货币 | bitcoin;比特币
stablecoin | 稳定币
central bank digital currency | 央行数字货币 | CBDC;数字人民币;e-CNY
tokenisation | 通证化 | tokenization;资产通证化
non-fungible token | 非同质化代币 | NFT;数字藏品
decentralised finance | 去中心化金融 | DeFi;decentralized finance
Web3 | 第三代互联网 | Web 3.0
decentralised identity | 去中心化身份 | DID;decentralized identity
blockchain traceability | 区块链溯源 | traceability;溯源;product traceability;产品溯源
supply chain finance blockchain | 区块链供应链金融
digital wallet | 数字钱包 | crypto wallet
hash function | 哈希函数 | hash
cross-chain | 跨链
blockchain-as-a-service | 区块链即服务 | BaaS
oracle | 预言机
crypto mining | 挖矿 | mining rig;矿机
blockchain evidence | 区块链存证 | electronic evidence;电子存证
trade finance blockchain | 区块链贸易融资
tokenised carbon credit | 碳信用通证
node | 节点 | blockchain node
zero-knowledge proof | 零知识证明 | ZKP
decentralised application | 去中心化应用 | DApp
digital asset | 数字资产 | digital assets
crypto exchange | 数字资产交易所
blockchain interoperability | 区块链互操作
mining pool | 矿池
timestamping | 时间戳
permissioned ledger | 许可链
token economy | 通证经济
metaverse asset | 元宇宙资产
blockchain governance | 区块链治理
digital notarisation | 数字公证
`,
  "virtual-reality": `
virtual reality | 虚拟现实 | VR
augmented reality | 增强现实 | AR
mixed reality | 混合现实 | MR
extended reality | 扩展现实 | XR
metaverse | 元宇宙
head-mounted display | 头戴显示器 | HMD;VR headset;VR头显;VR glasses;VR眼镜
AR glasses | AR眼镜 | smart glasses;智能眼镜
3D modelling | 三维建模 | 3D modeling;3D建模
3D rendering | 三维渲染 | rendering;渲染
motion capture | 动作捕捉 | mocap
haptic feedback | 触觉反馈 | haptics
immersive experience | 沉浸式体验 | immersive
virtual tour | 虚拟游览 | VR tour;云游览
digital human | 数字人 | virtual human;虚拟人;avatar;虚拟形象
spatial computing | 空间计算
holography | 全息 | hologram;全息投影
volumetric video | 体积视频
360-degree video | 全景视频 | panoramic video;360 video
VR training | 虚拟现实培训 | VR simulation training;VR实训
VR medical simulation | VR医疗模拟
simulation | 仿真模拟 | simulator;模拟器
eye tracking | 眼动追踪
gesture recognition | 手势识别
SLAM | 同步定位与地图构建 | simultaneous localization and mapping
virtual production | 虚拟制片
game engine rendering | 实时渲染 | real-time rendering
virtual showroom | 虚拟展厅 | virtual exhibition;云展会
digital twin visualisation | 数字孪生可视化
light field display | 光场显示
micro display | 微显示 | microdisplay
VR content | VR内容 | virtual reality content
AR navigation | AR导航
location-based entertainment | 线下沉浸式娱乐 | VR theme park;VR主题乐园
virtual classroom | 虚拟课堂
immersive theatre | 沉浸式剧场
3D scanning | 三维扫描 | 3D scanner;三维扫描仪
photogrammetry | 摄影测量
`,
};
