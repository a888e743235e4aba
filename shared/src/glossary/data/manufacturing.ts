import type { GlossaryData } from "../types.js";

/** Advanced manufacturing and its sub-sectors. */
export const MANUFACTURING_GLOSSARY: GlossaryData = {
  "advanced-manufacturing": `
intelligent manufacturing | 智能制造 | smart manufacturing
Industry 4.0 | 工业4.0 | fourth industrial revolution
smart factory | 智能工厂 | smart factories;lights-out factory;黑灯工厂
CNC machining | 数控加工 | CNC;computer numerical control;数控机床;machine tool;机床
precision machining | 精密加工 | ultra-precision machining;超精密加工
high-end equipment | 高端装备 | high-end equipment manufacturing;高端装备制造
industrial equipment | 工业装备 | machinery;机械设备
automated production line | 自动化生产线 | production line;生产线;assembly line;装配线
flexible manufacturing | 柔性制造 | flexible production
lean manufacturing | 精益生产 | lean production
quality control | 质量控制 | quality management;质量管理
statistical process control | 统计过程控制 | SPC
six sigma | 六西格玛
industrial design | 工业设计 | product design;产品设计
mould and die | 模具 | moulds;molds;tooling
reverse engineering | 逆向工程
process optimisation | 工艺优化 | process optimization
remanufacturing | 再制造
digital thread | 数字主线
contract manufacturing | 代工生产 | OEM;ODM;原始设备制造
made to order | 按单生产 | customised production;定制化生产
industrial cluster | 产业集群 | manufacturing cluster
supply chain localisation | 供应链本地化
equipment maintenance | 设备维护 | maintenance
industrial robot application | 机器人应用
machine building | 机械制造 | mechanical engineering;机械工程
precision bearing | 精密轴承
hydraulic system | 液压系统 | hydraulics;液压
pneumatic system | 气动系统 | pneumatics;气动
laser manufacturing | 激光制造
surface engineering | 表面工程
metrology and inspection | 测量与检测
tool and cutting | 刀具 | cutting tools;cutting tool
grinding | 磨削
agricultural machinery | 农业机械 | farm machinery;农机
construction machinery | 工程机械 | excavator;挖掘机
packaging machinery | 包装机械
textile machinery | 纺织机械
food processing machinery | 食品机械
`,
  mechatronics: `
mechatronics | 机电一体化
servo system | 伺服系统
linear motor | 直线电机 | linear motors
linear guide | 直线导轨 | linear guides
ball screw | 滚珠丝杠 | ball screws
precision reducer | 精密减速器 | speed reducer;减速机;reducer
harmonic drive | 谐波减速器 | harmonic reducer;strain wave gear;谐波传动
RV reducer | RV减速器 | cycloidal reducer;摆线减速器
planetary gearbox | 行星减速器 | planetary gear
actuator | 执行器 | actuators;electric actuator;电动执行器
encoder | 编码器
motion controller | 运动控制器
stepper drive | 步进驱动
precision positioning | 精密定位 | positioning stage;定位平台
electromechanical system | 机电系统
hydraulic actuator | 液压执行器
valve | 阀门 | valves;control valve;控制阀
pump | 泵 | pumps
compressor | 压缩机 | compressors
fluid power | 流体动力
gear | 齿轮 | gears;gear manufacturing
coupling | 联轴器
clutch | 离合器
brake | 制动器 | brakes
spring | 弹簧
vibration isolation | 隔振
mechanical seal | 机械密封 | seals;密封件
torque motor | 力矩电机 | frameless motor;无框电机
joint module | 关节模组 | robot joint;机器人关节;joint actuator
electric gripper | 电动夹爪 | gripper;夹爪;end effector;末端执行器
vacuum technology | 真空技术 | vacuum pump;真空泵
conveyor | 输送机 | conveyors;conveyor belt;输送带
automatic guided system | 自动导引系统
sensor-actuator integration | 传感执行一体化
mechatronic design | 机电设计
industrial fieldbus | 工业现场总线 | fieldbus;EtherCAT;PROFINET
PLC programming | PLC编程
electric cylinder | 电缸
cable carrier | 拖链
`,
  "additive-manufacturing": `
additive manufacturing | 增材制造 | 3D printing;3D打印
metal 3D printing | 金属3D打印 | metal additive manufacturing;金属增材制造
selective laser melting | 选区激光熔化 | SLM;laser powder bed fusion;激光粉末床熔融;LPBF
electron beam melting | 电子束熔化 | EBM
directed energy deposition | 定向能量沉积 | DED;laser metal deposition;激光金属沉积
wire arc additive manufacturing | 电弧增材制造 | WAAM
binder jetting | 粘结剂喷射
stereolithography | 光固化 | SLA;DLP;digital light processing
fused deposition modelling | 熔融沉积成型 | FDM;FFF
selective laser sintering | 选择性激光烧结 | SLS
polymer 3D printing | 塑料3D打印
ceramic 3D printing | 陶瓷3D打印
bioprinting | 生物3D打印 | 3D bioprinting;bioprinter
3D printed implant | 3D打印植入物 | printed implant
topology optimisation | 拓扑优化 | topology optimization;generative design;生成式设计
lattice structure | 点阵结构 | lattice;晶格结构
metal powder | 金属粉末 | spherical powder;球形粉末;atomisation;雾化制粉
titanium powder | 钛合金粉末
post-processing | 后处理 | support removal
hot isostatic pressing | 热等静压 | HIP
rapid prototyping | 快速成型 | prototyping;原型制作
3D printing service | 3D打印服务 | print bureau
construction 3D printing | 建筑3D打印 | 3D printed building;3D打印建筑
in-situ monitoring | 原位监测 | melt pool monitoring;熔池监测
build plate | 成型基板
slicing software | 切片软件
large-format 3D printing | 大尺寸3D打印
4D printing | 4D打印
printed electronics | 打印电子
continuous fibre 3D printing | 连续纤维3D打印
3D printed tooling | 3D打印模具 | conformal cooling;随形冷却
aerospace additive parts | 航空增材零件
dental 3D printing | 齿科3D打印
spare parts on demand | 按需备件
additive repair | 增材修复 | repair by deposition
multi-material printing | 多材料打印
qualification and certification | 增材制造认证
`,
  robotics: `
robot | 机器人 | robots;robotics
industrial robot | 工业机器人 | industrial robots;robot arm;机械臂;robotic arm
collaborative robot | 协作机器人 | cobot;cobots
service robot | 服务机器人 | service robots
humanoid robot | 人形机器人 | humanoid;humanoids
mobile robot | 移动机器人 | AMR;autonomous mobile robot;自主移动机器人
automated guided vehicle | 自动导引车 | AGV;AGVs
warehouse robot | 仓储机器人 | logistics robot;物流机器人
sorting robot | 分拣机器人 | robotic sorting
welding robot | 焊接机器人 | robotic welding
painting robot | 喷涂机器人
palletising robot | 码垛机器人 | palletizing robot
surgical robot | 手术机器人 | surgical robotics
rehabilitation robot | 康复机器人 | exoskeleton;外骨骼
inspection robot | 巡检机器人 | patrol robot
underwater robot | 水下机器人 | ROV;AUV
agricultural robot | 农业机器人 | harvesting robot;采摘机器人
cleaning robot | 清洁机器人 | robot vacuum;扫地机器人
delivery robot | 配送机器人
quadruped robot | 四足机器人 | robot dog;机器狗
robot vision | 机器人视觉 | vision-guided robot;视觉引导
robot controller | 机器人控制器
teach pendant | 示教器
robot programming | 机器人编程 | offline programming;离线编程
path planning | 路径规划 | motion planning;运动规划
grasping | 抓取 | bin picking;无序抓取
dexterous hand | 灵巧手
force control | 力控 | force-torque sensing;力矩传感
embodied intelligence | 具身智能 | embodied AI
robot operating system | 机器人操作系统 | ROS
robot simulation | 机器人仿真
robot integration | 机器人集成 | robot system integrator;机器人系统集成
human-robot collaboration | 人机协作
robot safety | 机器人安全
teleoperation | 远程操控 | telerobotics
swarm robotics | 群体机器人
robotic process cell | 机器人工作站 | robot workstation;robotic cell
education robot | 教育机器人
companion robot | 陪伴机器人 | eldercare robot;养老机器人
`,
  aerospace: `
aerospace | 航空航天
aviation | 航空 | civil aviation;民航
aircraft | 飞机 | airplane;aeroplane
drone | 无人机 | drones;UAV;unmanned aerial vehicle;UAS
agricultural drone | 农业无人机 | crop-spraying drone;植保无人机
logistics drone | 物流无人机 | delivery drone;无人机配送
eVTOL | 电动垂直起降飞行器 | electric vertical take-off and landing;flying car;飞行汽车
low-altitude economy | 低空经济 | urban air mobility;城市空中交通;UAM
general aviation | 通用航空 | GA
aero engine | 航空发动机 | jet engine;turbofan;涡扇发动机
gas turbine | 燃气轮机
satellite | 卫星 | satellites;small satellite;小卫星
CubeSat | 立方星 | cubesats;nanosatellite
remote sensing | 遥感 | satellite remote sensing;卫星遥感;earth observation;对地观测
satellite navigation | 卫星导航 | GNSS;BeiDou;北斗;GPS
launch vehicle | 运载火箭 | rocket;火箭;commercial launch;商业航天
commercial space | 商业航天 | space industry;航天产业
avionics | 航空电子 | flight control;飞控;flight controller
airframe | 机体结构 | fuselage;机身
aircraft maintenance | 飞机维修 | MRO;maintenance repair and overhaul
aerostructure | 航空结构件 | aerospace parts;航空零部件
composite airframe | 复合材料机体
wind tunnel | 风洞
airport | 机场 | airports
air traffic management | 空中交通管理 | ATM;air traffic control;空管
drone mapping | 无人机测绘 | aerial survey;航测;drone survey
drone inspection | 无人机巡检 | power line inspection;电力巡检
counter-drone | 反无人机 | anti-drone;drone detection
payload | 载荷 | payloads;gimbal;云台
fixed-wing UAV | 固定翼无人机 | fixed wing
multirotor | 多旋翼 | quadcopter;四旋翼
vertiport | 垂直起降场
space station | 空间站
ground station | 地面站 | satellite ground station
spacecraft | 航天器
aerospace fastener | 航空紧固件
aviation training | 航空培训 | pilot training;飞行培训
drone pilot training | 无人机驾驶培训
`,
  automotive: `
automotive | 汽车 | automobile;vehicle;vehicles
auto parts | 汽车零部件 | automotive components;auto components;汽车配件
automotive electronics | 汽车电子
chassis | 底盘 | chassis system
braking system | 制动系统 | brake-by-wire;线控制动
steering system | 转向系统 | steer-by-wire;线控转向
suspension | 悬架 | air suspension;空气悬架
tyre | 轮胎 | tire;tyres;tires
automotive lighting | 汽车照明 | headlamp;车灯
automotive interior | 汽车内饰 | seating;座椅
body in white | 白车身 | car body;车身
powertrain | 动力总成 | transmission;变速箱
internal combustion engine | 内燃机 | engine;发动机
commercial vehicle | 商用车 | truck;卡车;bus;客车
passenger car | 乘用车 | car;cars
automotive aftermarket | 汽车后市场 | car repair;汽车维修
vehicle testing | 汽车测试 | crash test;碰撞试验
automotive software | 汽车软件 | software-defined vehicle;软件定义汽车
OTA vehicle update | 整车OTA
lidar for vehicles | 车载激光雷达 | automotive lidar
automotive radar | 车载雷达
vehicle-road cooperation | 车路协同 | cooperative vehicle infrastructure
automotive semiconductor | 汽车半导体 | automotive chips
automotive wire harness | 汽车线束
car sharing | 汽车共享 | ride hailing;网约车
vehicle export | 汽车出口 | car export
automotive supply chain | 汽车供应链 | tier 1;一级供应商
used car | 二手车 | used vehicles
special vehicle | 专用车 | special purpose vehicle
motorcycle | 摩托车 | motorcycles
agricultural vehicle | 农用车 | tractor;拖拉机
automotive mould | 汽车模具
vehicle emission | 汽车排放 | emissions control;尾气处理
automotive coating | 汽车涂装 | vehicle painting
automotive plastics | 汽车塑料件
automotive glass | 汽车玻璃
automotive test field | 汽车试验场 | proving ground
CKD assembly | 散件组装 | CKD;SKD;knock-down kit
`,
};
