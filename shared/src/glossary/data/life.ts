import type { GlossaryData } from "../types.js";

/** Biomedicine & pharmaceuticals and its sub-sectors. */
export const LIFE_GLOSSARY: GlossaryData = {
  biomedicine: `
innovative drug | 创新药 | new drug;新药;novel drug
generic drug | 仿制药 | generics;generic drugs
active pharmaceutical ingredient | 原料药 | API manufacturing;APIs;bulk drug
formulation | 制剂 | dosage form;剂型;drug formulation
small molecule drug | 小分子药物 | small molecule
biologics | 生物药 | biological drug;biopharmaceutical;生物制药
monoclonal antibody | 单克隆抗体 | mAb;antibody;抗体;单抗
antibody-drug conjugate | 抗体偶联药物 | ADC
vaccine | 疫苗 | vaccines
mRNA vaccine | mRNA疫苗 | mRNA;messenger RNA
lipid nanoparticle | 脂质纳米颗粒 | LNP;lipid nanoparticles;ionisable lipid;可电离脂质
drug delivery | 药物递送 | drug delivery system;给药系统
clinical trial | 临床试验 | clinical trials;clinical research;临床研究
contract research organisation | 合同研究组织 | CRO
contract development and manufacturing | 合同研发生产 | CDMO;CMO;contract manufacturing organisation
good manufacturing practice | 药品生产质量管理规范 | GMP;cGMP
drug registration | 药品注册 | marketing authorisation;上市许可;regulatory approval
drug discovery | 药物发现 | drug screening;药物筛选;lead compound
AI drug discovery | AI药物研发 | AI-driven drug design
pharmacokinetics | 药代动力学 | PK
preclinical study | 临床前研究 | preclinical;animal study;动物实验
oncology | 肿瘤 | cancer;癌症;anticancer drug;抗肿瘤药
immunotherapy | 免疫治疗 | immuno-oncology;免疫肿瘤
rare disease | 罕见病 | orphan drug;孤儿药
antibiotic | 抗生素 | antibiotics;antimicrobial;抗菌药
peptide drug | 多肽药物 | peptides;多肽
insulin | 胰岛素
biosimilar | 生物类似药 | biosimilars
pharmaceutical packaging | 药品包装 | pharmaceutical glass;药用玻璃
pharmaceutical excipient | 药用辅料 | excipients;辅料
sterile injection | 无菌注射剂 | injectable;注射剂;injection
cold chain pharmaceutical | 医药冷链 | pharmaceutical cold chain;vaccine cold chain;疫苗冷链
pharmacovigilance | 药物警戒
bioequivalence | 生物等效性 | BE study
medical affairs | 医学事务
pharmaceutical distribution | 医药流通 | pharmacy;药房;drug distribution
adjuvant | 佐剂 | vaccine adjuvant;疫苗佐剂
veterinary vaccine | 兽用疫苗 | animal vaccine;动物疫苗;veterinary medicine;兽药
biomedical park | 生物医药园区 | pharma park
fill and finish | 灌装 | fill-finish
`,
  biotechnology: `
biotechnology | 生物技术 | biotech
synthetic biology | 合成生物学 | synbio
gene editing | 基因编辑 | CRISPR;genome editing
gene therapy | 基因治疗 | AAV;viral vector;病毒载体
cell therapy | 细胞治疗 | CAR-T;stem cell;干细胞
genomics | 基因组学 | genome sequencing;基因测序;sequencing;测序
next-generation sequencing | 高通量测序 | NGS
proteomics | 蛋白质组学
bioinformatics | 生物信息学
fermentation | 发酵 | industrial fermentation;precision fermentation;精准发酵
bioprocessing | 生物工艺 | bioprocess;upstream process;上游工艺
bioreactor | 生物反应器 | bioreactors;fermenter;发酵罐
enzyme | 酶 | enzymes;enzyme engineering;酶工程
industrial biotechnology | 工业生物技术 | white biotechnology
microbial strain | 菌种 | strain engineering;菌株;microorganism;微生物
probiotics | 益生菌 | probiotic;microbiome;微生物组
cell culture | 细胞培养 | cell culture media;培养基
cultivated meat | 细胞培养肉 | cultured meat;cell-based meat;培养肉
alternative protein | 替代蛋白 | plant-based protein;植物蛋白
biomanufacturing | 生物制造
diagnostic reagent | 诊断试剂 | reagent;试剂;IVD reagent
PCR | 聚合酶链式反应 | polymerase chain reaction;qPCR;荧光定量PCR
antibody engineering | 抗体工程
protein engineering | 蛋白质工程 | protein expression;蛋白表达
recombinant protein | 重组蛋白
DNA synthesis | DNA合成 | gene synthesis;基因合成
biobank | 生物样本库 | biobanking
agricultural biotechnology | 农业生物技术 | agri-biotech
transgenic | 转基因 | GMO;genetically modified
gene-edited crop | 基因编辑作物 | gene-edited seeds;基因编辑种子
molecular breeding | 分子育种 | marker-assisted selection;分子标记辅助育种
biopesticide | 生物农药 | biological pesticide;biocontrol;生物防治
biofertiliser | 生物肥料 | biofertilizer;microbial fertiliser;微生物肥料
biosafety | 生物安全 | biosafety laboratory;生物安全实验室;BSL-3
exosome | 外泌体 | exosomes;extracellular vesicle
mRNA synthesis | mRNA合成 | in vitro transcription;体外转录
organoid | 类器官 | organoids
single-cell sequencing | 单细胞测序
biochip | 生物芯片 | microfluidics;微流控
`,
  "medical-engineering": `
medical device | 医疗器械 | medical devices;medical equipment;医疗设备
in vitro diagnostics | 体外诊断 | IVD
point-of-care testing | 即时检验 | POCT;rapid test;快速检测
medical imaging | 医学影像 | imaging;影像设备
magnetic resonance imaging | 磁共振成像 | MRI
computed tomography | 计算机断层扫描 | CT;CT scanner
ultrasound imaging | 超声影像 | ultrasound;超声;B超
X-ray | X射线 | radiography;DR;digital radiography
endoscope | 内窥镜 | endoscopy;内镜;flexible endoscope;软镜
surgical instruments | 手术器械 | surgical instrument
minimally invasive surgery | 微创手术 | laparoscopy;腹腔镜
implant | 植入物 | implants;medical implant;植入器械
orthopaedic implant | 骨科植入物 | orthopedic implant;orthopaedics;骨科;joint replacement;关节置换
cardiovascular device | 心血管器械 | stent;支架;heart valve;心脏瓣膜
dental equipment | 口腔设备 | dental;牙科;dental implant;种植牙
patient monitor | 监护仪 | patient monitoring;病人监护
ventilator | 呼吸机 | ventilators
infusion pump | 输液泵 | infusion;输液
dialysis | 透析 | hemodialysis;血液透析
rehabilitation device | 康复器械 | rehabilitation equipment;康复设备;assistive device;辅助器具
prosthesis | 假肢 | prosthetics;artificial limb
hearing aid | 助听器 | hearing aids;cochlear implant;人工耳蜗
wearable medical device | 可穿戴医疗设备 | wearable health monitor
medical consumables | 医用耗材 | consumables;disposables;一次性耗材
catheter | 导管 | catheters
medical robot | 医疗机器人
radiotherapy | 放疗 | radiation therapy;proton therapy;质子治疗
laser medical device | 医用激光
sterilisation | 灭菌 | sterilization;disinfection;消毒
UV disinfection | 紫外消毒 | UV-C disinfection;ultraviolet disinfection;紫外线消毒
hospital disinfection | 医院消毒 | ward disinfection;病房消毒
medical device registration | 医疗器械注册 | CE marking;CE认证;FDA clearance;NMPA
ISO 13485 | 医疗器械质量管理体系
medical AI imaging | 医学影像人工智能 | AI imaging
biocompatibility | 生物相容性
medical polymer | 医用高分子
ophthalmic device | 眼科器械 | intraocular lens;人工晶体
blood glucose meter | 血糖仪 | glucose monitoring;continuous glucose monitoring;CGM
defibrillator | 除颤器 | AED
medical textile | 医用纺织品 | wound dressing;敷料
`,
  "traditional-medicine": `
traditional Chinese medicine | 中医药 | TCM;Chinese medicine;中医
Chinese herbal medicine | 中草药 | herbal medicine;草药;Chinese herbs
Chinese patent medicine | 中成药 | proprietary Chinese medicine
decoction pieces | 中药饮片 | herbal slices
TCM granules | 中药配方颗粒 | dispensing granules;formula granules
acupuncture | 针灸 | acupuncture and moxibustion
moxibustion | 艾灸
tuina | 推拿 | Chinese massage
cupping | 拔罐
herbal extract | 植物提取物 | plant extract;botanical extract;提取物
authentic medicinal materials | 道地药材 | genuine regional herbs
medicinal herb cultivation | 中药材种植 | herb farming;药材种植
ginseng | 人参
astragalus | 黄芪
goji berry | 枸杞 | wolfberry
licorice | 甘草 | liquorice
Chinese medicine modernisation | 中药现代化
TCM quality standard | 中药质量标准 | fingerprint chromatography;指纹图谱
TCM hospital | 中医院
TCM diagnosis | 中医诊断 | pulse diagnosis;脉诊;tongue diagnosis;舌诊
TCM health preservation | 中医养生 | health preservation;养生
ethnic medicine | 民族医药 | Tibetan medicine;藏药;Mongolian medicine;蒙药
Ayurveda | 阿育吠陀
herbal tea | 凉茶 | herbal drink
TCM internationalisation | 中医药国际化
TCM clinical evidence | 中医药循证
medicinal fungi | 药用真菌 | ganoderma;灵芝;cordyceps;冬虫夏草
TCM pharmacy | 中药房
Chinese medicine export | 中药出口
TCM cosmetics | 中药化妆品
classic formula | 经典名方 | classical prescription
TCM wellness tourism | 中医药康养旅游
decoction machine | 煎药机
TCM intelligent diagnosis | 中医智能诊疗
TCM center overseas | 海外中医中心
herbal medicine registration | 植物药注册 | botanical drug
TCM veterinary | 中兽医
`,
  "health-care": `
health care | 医疗卫生 | healthcare;health services
hospital | 医院 | hospitals;clinic;诊所
primary care | 基层医疗 | primary health care;社区卫生
elderly care | 养老 | aged care;elderly services;养老服务;senior care
nursing home | 养老院 | care home;护理院
rehabilitation | 康复 | rehabilitation services;康复服务;physiotherapy;物理治疗
home care | 居家护理 | home health care;居家养老
health management | 健康管理 | health check;体检
digital health | 数字健康 | e-health;mHealth;移动医疗
internet hospital | 互联网医院 | online consultation;在线问诊
electronic health record | 电子健康档案 | EHR;electronic medical record;电子病历;EMR
medical tourism | 医疗旅游 | health tourism
wellness | 康养 | wellness tourism;健康旅游
nutrition | 营养 | clinical nutrition;营养学
mental health | 心理健康 | psychological counselling;心理咨询
chronic disease management | 慢病管理 | chronic disease;慢性病
public health | 公共卫生 | epidemic prevention;疾病预防
infection control | 感染控制 | hospital infection;院感
medical training | 医学培训 | medical education;医学教育;clinical training
nursing | 护理 | nurse;护士
health insurance | 医疗保险 | medical insurance;医保
hospital management | 医院管理 | hospital operations
medical laboratory | 医学检验 | clinical laboratory;检验科;third-party lab;第三方医学检验
maternal and child health | 妇幼保健
vaccination service | 预防接种
emergency medical services | 急救 | ambulance;救护车
smart hospital | 智慧医院
medical cold storage | 医用冷库
health big data | 健康医疗大数据
palliative care | 安宁疗护 | hospice
medical aesthetics | 医美 | aesthetic medicine
sports medicine | 运动医学
telehealth | 远程健康 | remote patient monitoring;远程监测
community health centre | 社区卫生服务中心
health check-up centre | 体检中心
health food | 保健食品 | dietary supplement;膳食补充剂;functional food;功能食品
`,
};
