import type { GlossaryData } from "../types.js";

/** Electronics & control systems and its sub-sectors. */
export const ELECTRONICS_GLOSSARY: GlossaryData = {
  electronics: `
printed circuit board | 印制电路板 | PCB;circuit board;电路板
PCB assembly | 电路板组装 | PCBA;SMT;surface-mount technology;表面贴装
electronic components | 电子元器件 | electronic component;元器件
passive components | 无源器件 | capacitor;电容;resistor;电阻;inductor;电感
power electronics | 电力电子
power supply | 电源 | switching power supply;开关电源
inverter | 逆变器 | inverters
converter | 变流器 | DC-DC converter;converters
motor drive | 电机驱动 | motor controller;电机控制器;servo drive;伺服驱动
programmable logic controller | 可编程逻辑控制器 | PLC
distributed control system | 集散控制系统 | DCS
industrial automation | 工业自动化 | factory automation
control system | 控制系统 | control systems
human-machine interface | 人机界面 | HMI
frequency converter | 变频器 | variable frequency drive;VFD
servo motor | 伺服电机 | servo motors
stepper motor | 步进电机
consumer electronics | 消费电子 | consumer electronic products
electronic manufacturing services | 电子制造服务 | EMS;electronics contract manufacturing;电子代工
embedded controller | 嵌入式控制器
electromagnetic compatibility | 电磁兼容 | EMC
connector | 连接器 | connectors
wire harness | 线束 | cable harness;wiring harness
relay | 继电器 | relays
transformer | 变压器 | transformers
switchgear | 开关设备 | 开关柜
electronic control unit | 电子控制单元 | ECU
battery management electronics | 电池管理电路
display module | 显示模组 | LCD;液晶显示;display panel;显示面板
touch screen | 触摸屏 | touchscreen;touch panel
smart card | 智能卡 | IC card
electronic test equipment | 电子测试设备 | oscilloscope;示波器
motion control | 运动控制 | motion controller
industrial PC | 工控机 | industrial computer
automatic control | 自动控制 | feedback control;反馈控制;PID control;PID控制
signal conditioning | 信号调理
electronic ballast | 电子镇流器
uninterruptible power supply | 不间断电源 | UPS
`,
  semiconductors: `
integrated circuit | 集成电路 | IC;chip;芯片;chips
semiconductor | 半导体 | semiconductors
wafer | 晶圆 | wafers;silicon wafer;硅片
wafer fab | 晶圆厂 | foundry;晶圆代工;fab
chip design | 芯片设计 | IC design;fabless
lithography | 光刻 | photolithography;EUV;极紫外光刻;lithography machine;光刻机
photoresist | 光刻胶
etching | 刻蚀 | plasma etching;等离子刻蚀
thin film deposition | 薄膜沉积 | CVD;chemical vapour deposition;化学气相沉积;PVD;物理气相沉积;ALD;原子层沉积
chemical mechanical polishing | 化学机械抛光 | CMP
ion implantation | 离子注入
packaging and testing | 封装测试 | chip packaging;芯片封装;封测
advanced packaging | 先进封装 | chiplet;芯粒;system in package;系统级封装;SiP
wire bonding | 引线键合
silicon carbide | 碳化硅 | SiC
gallium nitride | 氮化镓 | GaN
compound semiconductor | 化合物半导体 | third-generation semiconductor;第三代半导体;wide-bandgap semiconductor;宽禁带半导体
power semiconductor | 功率半导体 | power device;功率器件;IGBT;MOSFET
memory chip | 存储芯片 | DRAM;NAND flash;闪存;memory
microprocessor | 微处理器 | CPU;processor;处理器
graphics processing unit | 图形处理器 | GPU
field-programmable gate array | 现场可编程门阵列 | FPGA
application-specific integrated circuit | 专用集成电路 | ASIC
system on chip | 片上系统 | SoC
analog chip | 模拟芯片 | analog IC;模拟集成电路
RF chip | 射频芯片 | RF front-end;射频前端
MEMS | 微机电系统 | micro-electro-mechanical systems
semiconductor equipment | 半导体设备
semiconductor materials | 半导体材料 | electronic gases;电子特气;high-purity gases
sputtering target | 溅射靶材 | targets
cleanroom | 洁净室 | clean room;无尘室
yield | 良率 | yield improvement
process node | 制程 | nanometre process;纳米制程;7nm;28nm
RISC-V | RISC-V架构 | RISC-V architecture
chip testing | 芯片测试 | probe card;探针卡;ATE
epitaxy | 外延 | epitaxial wafer;外延片
automotive chip | 车规级芯片 | automotive-grade chip
power management IC | 电源管理芯片 | PMIC
image sensor chip | 图像传感器芯片 | CMOS image sensor;CIS
semiconductor design IP | 半导体IP核 | IP core;IP核
substrate | 基板 | packaging substrate;封装基板
`,
  "sensors-instruments": `
sensor | 传感器 | sensors
pressure sensor | 压力传感器 | pressure sensors
temperature sensor | 温度传感器 | thermocouple;热电偶
humidity sensor | 湿度传感器
gas sensor | 气体传感器 | gas detector;气体检测仪
flow meter | 流量计 | flowmeter;flow sensor
level sensor | 液位传感器 | level gauge;液位计
accelerometer | 加速度计 | acceleration sensor
gyroscope | 陀螺仪 | inertial measurement unit;惯性测量单元;IMU
magnetic sensor | 磁传感器 | hall sensor;霍尔传感器
image sensor | 图像传感器 | camera module;摄像头模组
lidar | 激光雷达 | LiDAR;laser radar
millimetre-wave radar | 毫米波雷达 | radar;雷达;mmWave radar
ultrasonic sensor | 超声波传感器 | ultrasonic
infrared sensor | 红外传感器 | infrared detector;红外探测器;thermal imaging;热成像
biosensor | 生物传感器 | biosensors
chemical sensor | 化学传感器
force sensor | 力传感器 | load cell;称重传感器;torque sensor;扭矩传感器
strain gauge | 应变片
displacement sensor | 位移传感器 | position sensor;位置传感器;encoder;编码器
smart sensor | 智能传感器
scientific instrument | 科学仪器 | scientific instruments
analytical instrument | 分析仪器 | analytical instruments
spectrometer | 光谱仪 | spectroscopy;光谱分析
mass spectrometer | 质谱仪 | mass spectrometry;质谱
chromatograph | 色谱仪 | chromatography;色谱;HPLC;液相色谱
electron microscope | 电子显微镜 | SEM;扫描电镜;TEM
metrology | 计量 | measurement;测量
calibration | 校准 | instrument calibration
testing and inspection | 检验检测 | test and inspection;检测认证
non-destructive testing | 无损检测 | NDT;nondestructive testing
water quality analyser | 水质分析仪 | water quality sensor;水质传感器
air quality monitor | 空气质量监测仪 | air quality sensor
vibration sensor | 振动传感器 | vibration monitoring;振动监测
fibre optic sensor | 光纤传感器 | fiber optic sensing;光纤传感
sensor fusion | 传感器融合
data acquisition | 数据采集 | DAQ
oscilloscope | 示波器
laboratory equipment | 实验室设备 | lab equipment
soil moisture sensor | 土壤墒情传感器 | soil sensor;土壤传感器
`,
  optoelectronics: `
photonics | 光子学 | photonic
optoelectronics | 光电子 | optoelectronic
laser | 激光器 | lasers;激光
fibre laser | 光纤激光器 | fiber laser
semiconductor laser | 半导体激光器 | laser diode;激光二极管
ultrafast laser | 超快激光 | femtosecond laser;飞秒激光;picosecond laser;皮秒激光
laser processing | 激光加工 | laser cutting;激光切割;laser welding;激光焊接;laser marking;激光打标
light-emitting diode | 发光二极管 | LED;LEDs
micro LED | 微型发光二极管 | MicroLED;Micro LED;Mini LED
OLED | 有机发光二极管 | organic light-emitting diode
photodetector | 光电探测器 | photodiode;光电二极管
silicon photonics | 硅光子 | 硅光
optical lens | 光学镜头 | lens;镜头;optical lenses
optical components | 光学元件 | optics;光学器件
optical coating | 光学镀膜
infrared optics | 红外光学
machine vision camera | 工业相机 | industrial camera
optical communication device | 光通信器件 | optical device;光器件
optical amplifier | 光放大器
photonic integrated circuit | 光子集成电路 | PIC;photonic chip;光子芯片;光芯片
quantum dot | 量子点 | quantum dots
display technology | 显示技术 | display
laser radar module | 激光雷达模组
optical sensor | 光学传感器 | optical sensing
terahertz | 太赫兹 | THz
holographic optics | 全息光学
optical fibre preform | 光纤预制棒
laser cladding | 激光熔覆
spectral imaging | 光谱成像 | hyperspectral imaging;高光谱成像;multispectral;多光谱
night vision | 夜视
ultraviolet LED | 紫外LED | UV LED;UVC LED;deep ultraviolet;深紫外
optical inspection | 光学检测 | AOI;automated optical inspection
laser projection | 激光投影
free-space optical communication | 自由空间光通信 | laser communication;激光通信
photonic crystal | 光子晶体
optical fibre sensing | 分布式光纤传感 | DAS;distributed acoustic sensing
VCSEL | 垂直腔面发射激光器 | vertical-cavity surface-emitting laser
lithium niobate | 铌酸锂 | thin-film lithium niobate;薄膜铌酸锂
`,
};
