/**
 * The demo world as data: places, companies and their kinds of posts, workers, fairs. The loader
 * (scripts/demo/load.ts) turns it into calls of the real actions. Drawn from the county stories in
 * ../shared/seeds/: 浦北县 泉水工业园 wood and furniture factories, 资中县 太平镇 庆荣村 院坝招聘会 with
 * employers from 台州 and 嘉兴 and 点对点 buses, 金华 婺城 and 东阳 factories, 慈利县 工业园.
 *
 * Companies and people are fictional. Coordinates are approximate real positions of the towns and
 * industrial parks named (good to a few kilometres).
 */
import type {
  ApplicationStatus,
  Benefit,
  EmployerInput,
  GeoPoint,
  JobCategory,
  PayCycle,
  Region,
  WageUnit,
  WorkArea,
} from '../../miniprogram/shared/index';
import { usccCheckChar } from '../../miniprogram/shared/index';

// ---------------------------------------------------------------------------------------------
// Places

export const REGION = {
  pubei: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  zizhong: { province: '四川省', city: '内江市', county: '资中县' },
  cili: { province: '湖南省', city: '张家界市', county: '慈利县' },
  wucheng: { province: '浙江省', city: '金华市', county: '婺城区' },
  dongyang: { province: '浙江省', city: '金华市', county: '东阳市' },
  jiaojiang: { province: '浙江省', city: '台州市', county: '椒江区' },
  yuhuan: { province: '浙江省', city: '台州市', county: '玉环市' },
  wenling: { province: '浙江省', city: '台州市', county: '温岭市' },
  nanhu: { province: '浙江省', city: '嘉兴市', county: '南湖区' },
  xiuzhou: { province: '浙江省', city: '嘉兴市', county: '秀洲区' },
  shunde: { province: '广东省', city: '佛山市', county: '顺德区' },
  changan: { province: '广东省', city: '东莞市', county: '长安镇' },
} as const satisfies Record<string, Region>;
export type RegionKey = keyof typeof REGION;

/** 6-digit administrative codes, for well-formed 统一社会信用代码. */
const AREA_CODE: Record<RegionKey, string> = {
  pubei: '450722',
  zizhong: '511025',
  cili: '430821',
  wucheng: '330702',
  dongyang: '330783',
  jiaojiang: '331002',
  yuhuan: '331083',
  wenling: '331081',
  nanhu: '330402',
  xiuzhou: '330411',
  shunde: '440606',
  changan: '441900',
};

/** A well-formed 统一社会信用代码 (91 = 企业, area code, 9 digits, check character). */
export function demoUscc(region: RegionKey, seq: number): string {
  const first17 = `91${AREA_CODE[region]}MA${String(seq).padStart(7, '0')}`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

/** Approximate real coordinates (WGS-84) of the places the demo uses. */
export const POINT = {
  pubeiSeat: { lat: 22.2686, lng: 109.5562 }, // 浦北县城 小江街道
  pubeiCountyPark: { lat: 22.2555, lng: 109.5438 }, // 浦北县城 工业园
  quanshuiPark: { lat: 22.3205, lng: 109.601 }, // 泉水镇 林业循环经济产业园（泉水工业园）
  quanshuiTown: { lat: 22.3386, lng: 109.6234 }, // 泉水镇
  zhaixuTown: { lat: 22.1652, lng: 109.4847 }, // 寨圩镇
  fuwangTown: { lat: 22.4475, lng: 109.6823 }, // 福旺镇
  zhanghuangTown: { lat: 22.3876, lng: 109.4451 }, // 张黄镇
  zizhongSeat: { lat: 29.7647, lng: 104.8519 }, // 资中县城 水南镇
  zizhongPark: { lat: 29.792, lng: 104.829 }, // 资中经开区
  taipingTown: { lat: 29.6606, lng: 104.8826 }, // 太平镇
  qingrongVillage: { lat: 29.6553, lng: 104.8917 }, // 太平镇 庆荣村
  shangyoufangVillage: { lat: 29.6712, lng: 104.8703 }, // 太平镇 上油坊村
  longshanCommunity: { lat: 29.6598, lng: 104.8801 }, // 太平镇 龙山社区
  shuangheTown: { lat: 29.8466, lng: 104.9278 }, // 双河镇
  ciliSeat: { lat: 29.4296, lng: 111.1326 }, // 慈利县城 零阳街道
  ciliPark: { lat: 29.412, lng: 111.148 }, // 慈利工业集中区
  miaoshiTown: { lat: 29.5217, lng: 110.9711 }, // 苗市镇
  dasingVillage: { lat: 29.5302, lng: 110.9625 }, // 苗市镇 大兴村
  yangliupuTown: { lat: 29.5203, lng: 111.2684 }, // 杨柳铺乡
  jiangyaTown: { lat: 29.506, lng: 110.741 }, // 江垭镇
  linjiangPark: { lat: 29.101, lng: 119.564 }, // 金华 婺城 临江工业园
  bailongqiaoTown: { lat: 29.0893, lng: 119.5331 }, // 婺城 白龙桥镇
  hengdianTown: { lat: 29.159, lng: 120.311 }, // 东阳 横店镇
  nanmaTown: { lat: 29.172, lng: 120.216 }, // 东阳 南马镇
  jiaojiangHongjia: { lat: 28.63, lng: 121.39 }, // 台州 椒江 洪家街道
  yuhuanShamen: { lat: 28.186, lng: 121.296 }, // 玉环 沙门镇
  wenlingDaxi: { lat: 28.431, lng: 121.302 }, // 温岭 大溪镇
  nanhuDaqiao: { lat: 30.741, lng: 120.848 }, // 嘉兴 南湖 大桥镇
  xiuzhouWangjiangjing: { lat: 30.872, lng: 120.714 }, // 嘉兴 秀洲 王江泾镇
  shundeLongjiang: { lat: 22.873, lng: 113.09 }, // 佛山 顺德 龙江镇
  dongguanChangan: { lat: 22.816, lng: 113.804 }, // 东莞 长安镇
} as const satisfies Record<string, GeoPoint>;

// ---------------------------------------------------------------------------------------------
// Companies and the kinds of posts they make

export interface JobTemplate {
  title: string;
  category: JobCategory;
  /** Pay range the generated posts vary within: min, max, and the unit. */
  pay: [number, number, WageUnit];
  payCycle: PayCycle;
  benefits: Benefit[];
  requirements: string;
  duties: string;
  /** Headcount range. */
  headcount: [number, number];
}

export interface DemoEmployer {
  key: string;
  /** The openid that registers the company (a demo user's for the ones the switcher shows). */
  openid: string;
  region: RegionKey;
  input: Omit<EmployerInput, 'uscc' | 'region'>;
  /** What the 人社局 admin does with it. */
  review: 'verify' | 'pending' | 'reject';
  rejectReason?: string;
  /** How many posts to generate from `templates`, spread from two weeks ago to `lastPostDay`. */
  posts: number;
  /** The day (relative to today) of the newest post; default 0. */
  lastPostDay?: number;
  templates: JobTemplate[];
  /** When set, the posts' workplace (a 驻点招工组 posts for the factory back home). */
  workplace?: { region: RegionKey; address: string; location: GeoPoint };
}

const WOOD: JobTemplate[] = [
  {
    title: '木工 板材开料',
    category: 'woodwork',
    pay: [5000, 8000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'overtimePay', 'olderWelcome'],
    requirements: '会看图纸、会用推台锯，有家具厂或板材厂经验，身体健康',
    duties: '按图纸开料、裁板，做好尺寸记录，保持机台清洁',
    headcount: [3, 10],
  },
  {
    title: '封边工',
    category: 'woodwork',
    pay: [4800, 7000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'overtimePay'],
    requirements: '有封边机操作经验优先，新手可带，肯学能吃苦',
    duties: '操作自动封边机，检查封边质量，配合开料和打孔工序',
    headcount: [2, 8],
  },
  {
    title: '生态板热压工',
    category: 'woodwork',
    pay: [5500, 7500, 'piece'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay'],
    requirements: '能适应两班倒，身体健康，有热压机经验优先',
    duties: '生态板贴面、热压、出板堆放，按件计酬，多劳多得',
    headcount: [4, 12],
  },
  {
    title: '砂光打磨工',
    category: 'woodwork',
    pay: [4500, 6500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'olderWelcome'],
    requirements: '身体健康，能长期做，新手可学，50岁以上身体好也可以',
    duties: '板材和家具部件砂光、打磨、修补',
    headcount: [3, 10],
  },
  {
    title: '家具油漆工',
    category: 'woodwork',
    pay: [6000, 9000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '做过家具喷漆或擦色一年以上，车间配防护用品',
    duties: '实木家具底漆、面漆喷涂，修色补色',
    headcount: [2, 5],
  },
  {
    title: '板材厂普工',
    category: 'factory',
    pay: [4000, 5500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'olderWelcome'],
    requirements: '身体健康，能吃苦，不需要经验，上岗有人带',
    duties: '搬板、堆垛、打包、清理车间，听从班长安排',
    headcount: [5, 20],
  },
  {
    title: '叉车司机',
    category: 'driver',
    pay: [5500, 7000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '持有叉车操作证，开过叉车一年以上',
    duties: '厂区原木、板材装卸和转运，日常保养叉车',
    headcount: [1, 3],
  },
  {
    title: '旋切单板 临时工',
    category: 'woodwork',
    pay: [160, 220, 'day'],
    payCycle: 'daily',
    benefits: ['meals', 'olderWelcome'],
    requirements: '身体健康，能干体力活，当天干完当天结',
    duties: '单板旋切线上接板、晒板、码放',
    headcount: [5, 15],
  },
];

const FURNITURE: JobTemplate[] = [
  {
    title: '实木家具木工',
    category: 'woodwork',
    pay: [6500, 9000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'overtimePay', 'olderWelcome'],
    requirements: '会做榫卯、会组装实木家具，三年以上经验',
    duties: '实木床、柜、桌椅的下料、开榫、组装',
    headcount: [3, 8],
  },
  {
    title: '木雕学徒',
    category: 'woodwork',
    pay: [3500, 5000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing'],
    requirements: '有耐心，手稳，愿意长期学手艺，师傅带',
    duties: '跟师傅学木雕，先做粗坯和打磨',
    headcount: [2, 4],
  },
  {
    title: '家具安装师傅',
    category: 'woodwork',
    pay: [6000, 8500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'travelRefund', 'insurance'],
    requirements: '会看安装图，做过定制家具安装，能出差',
    duties: '到客户家安装衣柜、橱柜、床，售后维修',
    headcount: [2, 6],
  },
  {
    title: '包装仓管员',
    category: 'logistics',
    pay: [4200, 5500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'olderWelcome'],
    requirements: '会认字记数，身体健康，能搬重物',
    duties: '成品家具包装、贴标、入库出库登记',
    headcount: [2, 6],
  },
];

const GARMENT: JobTemplate[] = [
  {
    title: '平车工',
    category: 'garment',
    pay: [5000, 8000, 'piece'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'overtimePay'],
    requirements: '会平车，做过服装或箱包一年以上，熟手优先',
    duties: '按工序缝制，计件工资，多劳多得',
    headcount: [5, 20],
  },
  {
    title: '剪线包装工',
    category: 'garment',
    pay: [3800, 5000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'olderWelcome'],
    requirements: '眼睛好，手脚麻利，不需要经验',
    duties: '成衣剪线头、检查、折叠、装袋',
    headcount: [3, 10],
  },
  {
    title: '缝纫学徒',
    category: 'garment',
    pay: [3500, 4500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing'],
    requirements: '想学缝纫手艺，有耐心，厂里安排师傅教',
    duties: '从简单工序做起，学会后按件计酬',
    headcount: [3, 8],
  },
];

const SHOES: JobTemplate[] = [
  {
    title: '鞋厂针车工',
    category: 'garment',
    pay: [4500, 7000, 'piece'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay'],
    requirements: '会针车，做过鞋面优先，新手可培训',
    duties: '鞋面缝合，按件计酬',
    headcount: [5, 20],
  },
  {
    title: '成型线普工',
    category: 'factory',
    pay: [4000, 5500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'insurance', 'shuttle', 'olderWelcome'],
    requirements: '身体健康，能站立工作，不需要经验',
    duties: '刷胶、贴底、压合、检验，流水线作业',
    headcount: [10, 30],
  },
];

const ELECTRONICS: JobTemplate[] = [
  {
    title: '电子厂普工（长白班）',
    category: 'electronics',
    pay: [4500, 6000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay'],
    requirements: '视力好，能坐着工作，不需要经验，年纪大些手稳也行',
    duties: '线路板插件、组装、检测，坐班',
    headcount: [20, 80],
  },
  {
    title: '贴片操作员',
    category: 'electronics',
    pay: [5000, 6500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'housingFund'],
    requirements: '初中以上文化，能适应两班倒，会简单电脑操作',
    duties: '看管贴片机，上料、换线、记录',
    headcount: [5, 20],
  },
  {
    title: '包装检验员',
    category: 'electronics',
    pay: [4200, 5200, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '细心，会认字，不需要经验',
    duties: '成品外观检查、贴标、装箱',
    headcount: [5, 15],
  },
];

const MACHINERY: JobTemplate[] = [
  {
    title: '数控车床操作工',
    category: 'skilled',
    pay: [6500, 9500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay', 'travelRefund'],
    requirements: '会看图，会操作数控车床，会调机的工资另议',
    duties: '阀门、泵体零件车加工，自检尺寸',
    headcount: [3, 10],
  },
  {
    title: '装配普工',
    category: 'factory',
    pay: [5000, 6500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'travelRefund'],
    requirements: '身体健康，能吃苦，不需要经验，进厂有师傅带',
    duties: '零件装配、试压、打包，流水线作业',
    headcount: [10, 40],
  },
  {
    title: '电焊工',
    category: 'skilled',
    pay: [7000, 10000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay'],
    requirements: '持焊工证，会二保焊，两年以上经验',
    duties: '泵壳、支架焊接，按图纸施工',
    headcount: [2, 6],
  },
  {
    title: '抛光打磨工',
    category: 'factory',
    pay: [6000, 8500, 'piece'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'travelRefund'],
    requirements: '身体健康，能适应粉尘车间（配劳保用品）',
    duties: '铜阀门、不锈钢件抛光，计件工资',
    headcount: [5, 15],
  },
];

const TEXTILE: JobTemplate[] = [
  {
    title: '织布挡车工',
    category: 'factory',
    pay: [5500, 7500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'travelRefund'],
    requirements: '能上夜班，做过喷水织机优先，新手包教',
    duties: '看管喷水织机，接头、换纱、处理断经断纬',
    headcount: [10, 30],
  },
  {
    title: '验布打包工',
    category: 'factory',
    pay: [4500, 5800, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'olderWelcome'],
    requirements: '眼睛好，细心，不需要经验',
    duties: '布匹检验、记录瑕疵、打卷打包',
    headcount: [4, 10],
  },
];

const FOOD: JobTemplate[] = [
  {
    title: '食品包装工',
    category: 'factory',
    pay: [3800, 4800, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'insurance', 'shuttle', 'olderWelcome'],
    requirements: '身体健康，有健康证或能办健康证（厂里统一办）',
    duties: '食品装袋、封口、装箱，流水线作业',
    headcount: [10, 30],
  },
  {
    title: '仓库装卸工',
    category: 'logistics',
    pay: [180, 260, 'day'],
    payCycle: 'daily',
    benefits: ['meals'],
    requirements: '身体好，能搬重物，干一天结一天',
    duties: '货车装车卸车、仓库码货',
    headcount: [4, 10],
  },
  {
    title: '货车司机（B2）',
    category: 'driver',
    pay: [6000, 8000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'insurance'],
    requirements: '持B2以上驾照，三年驾龄，熟悉内江周边路线',
    duties: '厂里货物配送到内江、自贡、成都',
    headcount: [1, 3],
  },
];

const CONSTRUCTION: JobTemplate[] = [
  {
    title: '钢筋工',
    category: 'construction',
    pay: [260, 350, 'day'],
    payCycle: 'daily',
    benefits: ['meals', 'housing'],
    requirements: '会绑扎钢筋，做过房建或路桥',
    duties: '县城安置房项目钢筋绑扎，按天计工',
    headcount: [5, 15],
  },
  {
    title: '工地小工',
    category: 'construction',
    pay: [160, 220, 'day'],
    payCycle: 'daily',
    benefits: ['meals', 'olderWelcome'],
    requirements: '身体健康，能干体力活，60岁以下',
    duties: '搬运材料、清理场地、配合师傅',
    headcount: [5, 20],
  },
  {
    title: '泥瓦工',
    category: 'construction',
    pay: [280, 380, 'day'],
    payCycle: 'daily',
    benefits: ['meals'],
    requirements: '会砌砖、抹灰、贴砖，自带小工具',
    duties: '安置房砌墙、抹灰、贴砖',
    headcount: [3, 8],
  },
];

const FARM: JobTemplate[] = [
  {
    title: '柑橘采摘工',
    category: 'farming',
    pay: [130, 170, 'day'],
    payCycle: 'daily',
    benefits: ['meals', 'olderWelcome'],
    requirements: '能爬坡，手脚麻利，60多岁身体好也可以',
    duties: '果园采摘、分拣、装筐，当天结工钱',
    headcount: [10, 30],
  },
  {
    title: '茶园管护工',
    category: 'farming',
    pay: [120, 160, 'day'],
    payCycle: 'daily',
    benefits: ['meals', 'olderWelcome'],
    requirements: '会干农活，住在附近的优先安排',
    duties: '茶园除草、施肥、修剪',
    headcount: [5, 15],
  },
];

const SERVICE: JobTemplate[] = [
  {
    title: '工厂食堂厨师',
    category: 'catering',
    pay: [5000, 6500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '会做大锅菜，有健康证，做过食堂优先',
    duties: '负责200人左右的工厂食堂午餐晚餐',
    headcount: [1, 2],
  },
  {
    title: '厂区保安',
    category: 'security',
    pay: [3500, 4200, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'olderWelcome'],
    requirements: '身体健康，责任心强，能上夜班',
    duties: '门岗值班、车辆登记、夜间巡逻',
    headcount: [1, 3],
  },
  {
    title: '车间保洁',
    category: 'cleaning',
    pay: [2800, 3500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'olderWelcome'],
    requirements: '身体健康，勤快，上午下午各半天',
    duties: '车间、办公楼、宿舍公共区域清扫',
    headcount: [1, 3],
  },
];

const MAGNET: JobTemplate[] = [
  {
    title: '磁材成型压机工',
    category: 'factory',
    pay: [6000, 8000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'housingFund', 'overtimePay'],
    requirements: '能适应两班倒，身体健康，不需要经验',
    duties: '操作压机成型磁瓦，上下料、自检',
    headcount: [10, 40],
  },
  {
    title: '电池片车间操作工',
    category: 'electronics',
    pay: [6000, 7500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'housingFund', 'shuttle'],
    requirements: '初中以上文化，能穿无尘服工作，两班倒',
    duties: '光伏电池片生产线上下料、巡检、记录',
    headcount: [20, 60],
  },
  {
    title: '磨床操作工',
    category: 'skilled',
    pay: [6500, 8500, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '做过磨床优先，新手可学',
    duties: '磁瓦磨削加工，按工艺卡检测尺寸',
    headcount: [4, 10],
  },
];

const HARDWARE: JobTemplate[] = [
  {
    title: '冲压工',
    category: 'factory',
    pay: [5500, 7000, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance', 'overtimePay'],
    requirements: '做过冲床优先，注意安全，新手有人带',
    duties: '五金配件冲压、去毛刺、点数',
    headcount: [5, 15],
  },
  {
    title: '五金装配工',
    category: 'factory',
    pay: [4800, 6200, 'month'],
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'insurance'],
    requirements: '身体健康，手脚灵活，不需要经验',
    duties: '电动工具组装、测试、包装',
    headcount: [10, 30],
  },
];

/** The companies. Order matters only for `demoUscc` sequence numbers. */
export const EMPLOYERS: DemoEmployer[] = [
  {
    key: 'quansen',
    openid: 'o-demo-employer-quansen',
    region: 'pubei',
    review: 'verify',
    posts: 22,
    // Its newest posts are old enough to have applicants in every status (the role switcher's employer).
    lastPostDay: -4,
    templates: [...WOOD, SERVICE[0] as JobTemplate],
    input: {
      companyName: '浦北县泉森木业有限公司',
      intro:
        '在泉水工业园，做生态板、多层板和定制家具板材，员工260多人。一根木头进来，一块生态板出去；常年招木工和普工，包吃住，宿舍有空调热水。',
      contactName: '陈丽华',
      contactPhone: '13877721086',
      address: '泉水镇林业循环经济产业园（泉水工业园）3号',
      location: POINT.quanshuiPark,
    },
  },
  {
    key: 'linhai',
    openid: 'o-demo-co-linhai',
    region: 'pubei',
    review: 'verify',
    posts: 18,
    templates: [...FURNITURE, ...WOOD.slice(0, 4)],
    input: {
      companyName: '浦北县林海家具制造有限公司',
      intro: '实木家具和全屋定制，产品卖到广东和韩国，员工180人，车间在泉水工业园。',
      contactName: '黄志刚',
      contactPhone: '13977756203',
      address: '泉水镇泉水工业园12号',
      location: { lat: 22.3231, lng: 109.6042 },
    },
  },
  {
    key: 'xinyuan',
    openid: 'o-demo-co-xinyuan',
    region: 'pubei',
    review: 'verify',
    posts: 14,
    templates: WOOD,
    input: {
      companyName: '浦北县鑫源胶合板厂',
      intro: '胶合板、单板加工厂，离泉水镇街上5公里，本镇和常乐镇的工人多，有日结临时工。',
      contactName: '庞永福',
      contactPhone: '18277703415',
      address: '泉水镇泉水工业园西区5号',
      location: { lat: 22.3172, lng: 109.5968 },
    },
  },
  {
    key: 'lvyuan',
    openid: 'o-demo-co-lvyuan',
    region: 'pubei',
    review: 'verify',
    posts: 14,
    templates: WOOD.slice(2),
    input: {
      companyName: '广西浦北绿源生态板业有限公司',
      intro: '生态板、免漆板生产企业，两条热压生产线，员工150人，工资按月发不拖欠。',
      contactName: '梁秋云',
      contactPhone: '13507779832',
      address: '泉水镇泉水工业园东区18号',
      location: { lat: 22.3248, lng: 109.6083 },
    },
  },
  {
    key: 'hengda',
    openid: 'o-demo-co-hengda',
    region: 'pubei',
    review: 'verify',
    posts: 10,
    templates: [...GARMENT, SERVICE[1] as JobTemplate, SERVICE[2] as JobTemplate],
    input: {
      companyName: '浦北县恒达体育用品有限公司',
      intro:
        '做护膝、护腕等体育防护用品，在县城工业园，员工90多人，车间坐班，年纪大些的工友也能做。',
      contactName: '何雪梅',
      contactPhone: '15977718640',
      address: '小江街道县城工业园8号',
      location: POINT.pubeiCountyPark,
    },
  },
  {
    key: 'sucheng',
    openid: 'o-demo-co-sucheng',
    region: 'pubei',
    review: 'reject',
    rejectReason: '营业执照上的名称和填写的单位名称不一致，请按营业执照重新填写',
    posts: 0,
    templates: [],
    input: {
      companyName: '浦北县速诚劳务服务部',
      intro: '劳务派遣，介绍广东各地工厂工作，长期招人。',
      contactName: '莫先生',
      contactPhone: '17377790012',
      address: '小江街道解放路55号',
      location: { lat: 22.2711, lng: 109.5594 },
    },
  },
  {
    key: 'fuwang',
    openid: 'o-demo-co-fuwang',
    region: 'pubei',
    review: 'pending',
    posts: 0,
    templates: [],
    input: {
      companyName: '浦北县福旺镇顺发竹木制品厂',
      intro: '福旺镇的竹木制品小厂，做竹凉席和竹筷子，二十来个工人，想招附近村里手巧的人。',
      contactName: '黄顺发',
      contactPhone: '13977790365',
      address: '福旺镇圩镇北街18号',
      location: POINT.fuwangTown,
    },
  },
  {
    key: 'xingwang',
    openid: 'o-demo-employer-pending',
    region: 'zizhong',
    review: 'pending',
    posts: 0,
    templates: GARMENT,
    input: {
      companyName: '资中县太平镇兴旺服装加工厂',
      intro: '太平镇街上的服装加工小厂，十几台平车，给成都服装厂做来料加工，想招附近的缝纫工。',
      contactName: '周桂芳',
      contactPhone: '13890541172',
      address: '太平镇新街27号',
      location: { lat: 29.6621, lng: 104.8842 },
    },
  },
  {
    key: 'hongfeng',
    openid: 'o-demo-co-hongfeng',
    region: 'zizhong',
    review: 'verify',
    posts: 12,
    templates: [...FOOD, SERVICE[1] as JobTemplate],
    input: {
      companyName: '资中县鸿丰食品有限公司',
      intro: '资中经开区的食品厂，做血橙果汁和休闲食品，员工300人，有接送车到太平、水南。',
      contactName: '刘晓东',
      contactPhone: '13548220976',
      address: '资中经济开发区创业路6号',
      location: POINT.zizhongPark,
    },
  },
  {
    key: 'shunda',
    openid: 'o-demo-co-shunda',
    region: 'zizhong',
    review: 'verify',
    posts: 10,
    templates: CONSTRUCTION,
    input: {
      companyName: '资中县顺达建筑劳务有限公司',
      intro: '县城安置房和乡村道路项目的劳务公司，活多，按天计工，工钱按时结。',
      contactName: '唐建国',
      contactPhone: '15181297733',
      address: '水南镇重龙大道218号',
      location: { lat: 29.7702, lng: 104.8603 },
    },
  },
  {
    key: 'hongtai',
    openid: 'o-demo-employer-taizhou',
    region: 'jiaojiang',
    review: 'verify',
    posts: 16,
    templates: [...MACHINERY, SERVICE[0] as JobTemplate],
    input: {
      companyName: '台州市椒江宏泰机电有限公司',
      intro:
        '做水泵和缝纫机配件，员工600人。今年在资中设驻点招工组，签约的工友统一坐点对点大巴到厂，路费报销，包吃住。',
      contactName: '苏文涛',
      contactPhone: '13566871245',
      address: '椒江区洪家街道机电工业园9号',
      location: POINT.jiaojiangHongjia,
    },
  },
  {
    key: 'xincheng',
    openid: 'o-demo-co-xincheng',
    region: 'yuhuan',
    review: 'verify',
    posts: 14,
    templates: MACHINERY,
    input: {
      companyName: '玉环鑫诚阀门有限公司',
      intro: '玉环沙门的铜阀门厂，员工400人，夫妻工可安排夫妻房，和资中有劳务协作，老乡多。',
      contactName: '林海波',
      contactPhone: '13958682307',
      address: '玉环市沙门镇滨港工业城阀门园区',
      location: POINT.yuhuanShamen,
    },
  },
  {
    key: 'donghai',
    openid: 'o-demo-co-donghai',
    region: 'wenling',
    review: 'verify',
    posts: 12,
    templates: MACHINERY,
    input: {
      companyName: '温岭市东海水泵有限公司',
      intro: '温岭大溪的水泵厂，常年招装配工、车工和焊工，宿舍四人间，厂车接送。',
      contactName: '江丽萍',
      contactPhone: '13777619054',
      address: '温岭市大溪镇工业区泵业路16号',
      location: POINT.wenlingDaxi,
    },
  },
  {
    key: 'jiahe',
    openid: 'o-demo-co-jiahe',
    region: 'nanhu',
    review: 'verify',
    posts: 16,
    templates: ELECTRONICS,
    input: {
      companyName: '嘉兴嘉禾电子科技有限公司',
      intro:
        '南湖区的电子厂，做电源和线路板，员工1200人，和资中县签了劳务协作，资中来的工友培训和本地人一样享受政策。',
      contactName: '沈佳琪',
      contactPhone: '15857331486',
      address: '南湖区大桥镇亚太路1088号',
      location: POINT.nanhuDaqiao,
    },
  },
  {
    key: 'jinxiu',
    openid: 'o-demo-co-jinxiu',
    region: 'xiuzhou',
    review: 'verify',
    posts: 10,
    templates: TEXTILE,
    input: {
      companyName: '嘉兴锦绣纺织有限公司',
      intro: '王江泾镇的织造厂，200台喷水织机，包吃住，路费报销。',
      contactName: '朱建华',
      contactPhone: '13605830472',
      address: '秀洲区王江泾镇纺织工业园',
      location: POINT.xiuzhouWangjiangjing,
    },
  },
  {
    key: 'yijia',
    openid: 'o-demo-co-yijia',
    region: 'wucheng',
    review: 'verify',
    posts: 14,
    templates: [...FURNITURE, ...WOOD.slice(0, 2)],
    input: {
      companyName: '金华婺城宜居家具制造有限公司',
      intro: '临江工业园的板式家具厂，给大卖场做柜子和书桌，员工350人，外省工友多。',
      contactName: '厉海军',
      contactPhone: '13967915528',
      address: '婺城区临江工业园金帆街666号',
      location: POINT.linjiangPark,
    },
  },
  {
    key: 'lifeng',
    openid: 'o-demo-co-lifeng',
    region: 'wucheng',
    review: 'verify',
    posts: 12,
    templates: HARDWARE,
    input: {
      companyName: '金华市力丰五金工具有限公司',
      intro: '白龙桥镇的电动工具和五金配件厂，员工500人，复工以来一直缺人。',
      contactName: '潘晓勇',
      contactPhone: '13819981357',
      address: '婺城区白龙桥镇工业区龙腾路8号',
      location: POINT.bailongqiaoTown,
    },
  },
  {
    key: 'hengci',
    openid: 'o-demo-co-hengci',
    region: 'dongyang',
    review: 'verify',
    posts: 14,
    templates: MAGNET,
    input: {
      companyName: '东阳横山磁材科技有限公司',
      intro: '横店的磁材和光伏电池片企业，员工2000多人，五险一金，厂车接送。',
      contactName: '吴月明',
      contactPhone: '13735764410',
      address: '东阳市横店镇工业区江南路33号',
      location: POINT.hengdianTown,
    },
  },
  {
    key: 'muyun',
    openid: 'o-demo-co-muyun',
    region: 'dongyang',
    review: 'verify',
    posts: 12,
    templates: FURNITURE,
    input: {
      companyName: '东阳木韵红木家具有限公司',
      intro: '南马镇的红木家具厂，老师傅带徒弟，木工手艺好的工资高，年纪大些的木工师傅也欢迎。',
      contactName: '卢国平',
      contactPhone: '13575936028',
      address: '东阳市南马镇花园村红木家具园',
      location: POINT.nanmaTown,
    },
  },
  {
    key: 'lishui',
    openid: 'o-demo-co-lishui',
    region: 'cili',
    review: 'verify',
    posts: 12,
    templates: [...SHOES, SERVICE[2] as JobTemplate],
    input: {
      companyName: '慈利县澧水鞋业有限公司',
      intro: '慈利工业集中区的鞋厂，员工400人，一个月四五千，离家近，能照顾家里。',
      contactName: '卓红霞',
      contactPhone: '13974431268',
      address: '慈利工业集中区园区大道9号',
      location: POINT.ciliPark,
    },
  },
  {
    key: 'xingci',
    openid: 'o-demo-co-xingci',
    region: 'cili',
    review: 'verify',
    posts: 10,
    templates: ELECTRONICS,
    input: {
      companyName: '慈利兴慈电子有限公司',
      intro: '工业集中区的电子厂，做充电器和数据线，坐班不累，员工200人。',
      contactName: '田志军',
      contactPhone: '18974465702',
      address: '慈利工业集中区兴业路3号',
      location: { lat: 29.4151, lng: 111.1437 },
    },
  },
  {
    key: 'loushui',
    openid: 'o-demo-co-loushui',
    region: 'cili',
    review: 'verify',
    posts: 8,
    templates: FARM,
    input: {
      companyName: '慈利县溇水柑橘茶叶专业合作社',
      intro: '江垭镇的柑橘和茶叶合作社，农忙时招采摘和管护，按天结工钱，附近村民优先安排。',
      contactName: '向国华',
      contactPhone: '13787448615',
      address: '江垭镇溇水村柑橘基地',
      location: POINT.jiangyaTown,
    },
  },
  {
    key: 'longjiang',
    openid: 'o-demo-co-longjiang',
    region: 'shunde',
    review: 'verify',
    posts: 12,
    templates: [...FURNITURE, WOOD[4] as JobTemplate],
    input: {
      companyName: '佛山顺德龙江名匠家具有限公司',
      intro: '龙江镇的软体和实木家具厂，员工800人，浦北、博白老乡多。',
      contactName: '邓伟强',
      contactPhone: '13926087741',
      address: '顺德区龙江镇家具工业区丰华路12号',
      location: POINT.shundeLongjiang,
    },
  },
  {
    key: 'jingcheng',
    openid: 'o-demo-co-jingcheng',
    region: 'changan',
    review: 'verify',
    posts: 12,
    templates: ELECTRONICS,
    input: {
      companyName: '东莞市精诚精密电子有限公司',
      intro: '长安镇的电子厂，做手机配件，员工3000人，包吃住，有空调宿舍。',
      contactName: '叶家豪',
      contactPhone: '13712840963',
      address: '长安镇乌沙工业区兴发路20号',
      location: POINT.dongguanChangan,
    },
  },
];

/** Title variants that make the generated posts differ the way real ones do, true to the post. */
export function titleSuffixes(t: JobTemplate): string[] {
  const out = ['', '', '', '（急招）'];
  if (t.benefits.includes('meals') && t.benefits.includes('housing')) out.push('（包吃住）');
  if (t.payCycle === 'daily') out.push('（日结）');
  const shifts = /两班倒|夜班/.test(t.requirements);
  if ((t.category === 'factory' || t.category === 'electronics') && !shifts) out.push('（长白班）');
  if (t.pay[2] === 'piece') out.push('（计件）');
  if (t.benefits.includes('olderWelcome')) out.push('（50岁以上可）');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Workers

export interface HomePlace {
  region: RegionKey;
  town: string;
  villages: string[];
  location: GeoPoint;
}

export const HOMES: Record<'pubei' | 'zizhong' | 'cili', HomePlace[]> = {
  pubei: [
    {
      region: 'pubei',
      town: '泉水镇',
      villages: ['石冲村', '大垌村', '新塘村', '坡心村'],
      location: POINT.quanshuiTown,
    },
    {
      region: 'pubei',
      town: '寨圩镇',
      villages: ['长岭村', '平安村', '那良村'],
      location: POINT.zhaixuTown,
    },
    { region: 'pubei', town: '福旺镇', villages: ['六湖村', '高岭村'], location: POINT.fuwangTown },
    {
      region: 'pubei',
      town: '张黄镇',
      villages: ['江口村', '福新村'],
      location: POINT.zhanghuangTown,
    },
  ],
  zizhong: [
    {
      region: 'zizhong',
      town: '太平镇',
      villages: [
        '庆荣村',
        '上油坊村',
        '龙山社区',
        '高楼村',
        '桂花村',
        '石板村',
        '新华村',
        '黄桷村',
      ],
      location: POINT.taipingTown,
    },
    {
      region: 'zizhong',
      town: '双河镇',
      villages: ['文峰村', '观音村'],
      location: POINT.shuangheTown,
    },
  ],
  cili: [
    {
      region: 'cili',
      town: '苗市镇',
      villages: ['大兴村', '马家岗村'],
      location: POINT.miaoshiTown,
    },
    {
      region: 'cili',
      town: '杨柳铺乡',
      villages: ['申中村', '杨家峪村'],
      location: POINT.yangliupuTown,
    },
  ],
};

export const SURNAMES: Record<keyof typeof HOMES, string[]> = {
  pubei: ['梁', '黄', '陈', '庞', '覃', '李', '张', '钟', '劳', '邓', '莫', '刘'],
  zizhong: ['唐', '罗', '刘', '杨', '周', '李', '王', '张', '曾', '陈', '邱', '熊', '廖', '徐'],
  cili: ['向', '田', '覃', '卓', '李', '王', '吴', '彭', '朱', '龚'],
};

export const GIVEN_NAMES = [
  '建国',
  '志强',
  '国华',
  '春梅',
  '秀英',
  '德明',
  '海燕',
  '永红',
  '红霞',
  '小军',
  '桂兰',
  '文华',
  '金凤',
  '家富',
  '明亮',
  '玉兰',
  '晓东',
  '丽娟',
  '勇',
  '伟',
  '芳',
  '平',
  '继红',
  '光明',
  '翠花',
  '少华',
  '小燕',
  '长青',
  '树林',
  '世荣',
  '丽萍',
  '传福',
  '云',
  '华英',
  '德才',
  '凤英',
  '庆丰',
];

/** Elderly villagers a cadre registers by 代登记 (no smartphone). */
export const PROXY_GIVEN_NAMES = [
  '德贵',
  '正清',
  '素芬',
  '开明',
  '桂珍',
  '学文',
  '永福',
  '玉珍',
  '光富',
  '淑华',
];

export const PHONE_PREFIXES = [
  '138',
  '139',
  '135',
  '136',
  '137',
  '150',
  '151',
  '152',
  '158',
  '159',
  '177',
  '180',
  '182',
  '187',
  '188',
  '199',
];

/** How many background workers each home county has (the demo users come on top). */
export const WORKER_COUNTS = { pubei: 40, zizhong: 110, cili: 16 } as const;

/** What background workers of each county look for. */
export const WORKER_WISHES: Record<
  keyof typeof HOMES,
  {
    workArea: WorkArea;
    cities: string[];
    categories: JobCategory[];
    expectedPayYuan: number;
    skills: string[];
  }[]
> = {
  pubei: [
    {
      workArea: 'nearHome',
      cities: [],
      categories: ['woodwork', 'factory'],
      expectedPayYuan: 4500,
      skills: ['电锯', '推台锯'],
    },
    {
      workArea: 'county',
      cities: [],
      categories: ['factory', 'garment'],
      expectedPayYuan: 4000,
      skills: [],
    },
    {
      workArea: 'cities',
      cities: ['佛山市', '东莞市'],
      categories: ['woodwork', 'electronics'],
      expectedPayYuan: 6000,
      skills: ['封边机'],
    },
    {
      workArea: 'nearHome',
      cities: [],
      categories: ['driver', 'logistics'],
      expectedPayYuan: 5500,
      skills: ['叉车证'],
    },
  ],
  zizhong: [
    {
      workArea: 'cities',
      cities: ['台州市', '嘉兴市'],
      categories: ['factory', 'skilled'],
      expectedPayYuan: 6000,
      skills: [],
    },
    {
      workArea: 'cities',
      cities: ['台州市'],
      categories: ['skilled', 'factory'],
      expectedPayYuan: 7000,
      skills: ['数控车床', '电焊'],
    },
    {
      workArea: 'cities',
      cities: ['嘉兴市', '金华市'],
      categories: ['electronics', 'factory'],
      expectedPayYuan: 5000,
      skills: [],
    },
    {
      workArea: 'county',
      cities: [],
      categories: ['construction', 'factory'],
      expectedPayYuan: 4500,
      skills: ['砌砖'],
    },
    {
      workArea: 'nearHome',
      cities: [],
      categories: ['garment', 'factory'],
      expectedPayYuan: 3800,
      skills: ['平车'],
    },
  ],
  cili: [
    {
      workArea: 'county',
      cities: [],
      categories: ['factory', 'garment'],
      expectedPayYuan: 4000,
      skills: [],
    },
    {
      workArea: 'nearHome',
      cities: [],
      categories: ['farming', 'cleaning'],
      expectedPayYuan: 3000,
      skills: [],
    },
    {
      workArea: 'cities',
      cities: ['金华市', '长沙市'],
      categories: ['electronics', 'factory'],
      expectedPayYuan: 5500,
      skills: [],
    },
  ],
};

/** The demo users who are workers, with their 求职意向. */
export const DEMO_WORKERS = {
  worker: {
    phone: '13877745210',
    age: 52,
    homeKey: 'pubei' as const,
    town: '泉水镇',
    village: '石冲村',
    location: { lat: 22.3452, lng: 109.6311 },
    workArea: 'nearHome' as WorkArea,
    cities: [] as string[],
    categories: ['woodwork', 'factory'] as JobCategory[],
    expectedPayYuan: 5000,
    skills: ['实木家具', '推台锯', '看图纸'],
  },
  worker2: {
    phone: '15882741396',
    age: 38,
    homeKey: 'zizhong' as const,
    town: '太平镇',
    village: '上油坊村',
    location: { lat: 29.6718, lng: 104.8694 },
    workArea: 'cities' as WorkArea,
    cities: ['台州市', '嘉兴市'],
    categories: ['factory', 'skilled'] as JobCategory[],
    expectedPayYuan: 6000,
    skills: ['数控车床'],
  },
  worker3: {
    phone: '18274460931',
    age: 47,
    homeKey: 'cili' as const,
    town: '苗市镇',
    village: '大兴村',
    location: { lat: 29.5302, lng: 110.9625 },
    workArea: 'county' as WorkArea,
    cities: [] as string[],
    categories: ['factory', 'garment'] as JobCategory[],
    expectedPayYuan: 4000,
    skills: ['平车'],
  },
};

// ---------------------------------------------------------------------------------------------
// Cadres and fairs

export interface DemoCadre {
  key: string;
  openid: string;
  area: Region & { town?: string };
  note: string;
}

export const CADRES: DemoCadre[] = [
  {
    key: 'cadre-taiping',
    openid: 'o-demo-cadre-taiping',
    area: { ...REGION.zizhong, town: '太平镇' },
    note: '太平镇就业促进小分队 杨春兰',
  },
  {
    key: 'cadre-pubei',
    openid: 'o-demo-cadre-pubei',
    area: { ...REGION.pubei, town: '泉水镇' },
    note: '泉水镇就业专干 覃志明',
  },
  {
    key: 'cadre-cili',
    openid: 'o-demo-cadre-cili',
    area: { ...REGION.cili },
    note: '慈利县就业服务中心 田晓峰',
  },
];

export interface DemoFair {
  key: string;
  cadre: string;
  title: string;
  region: RegionKey;
  town?: string;
  village: string;
  address: string;
  location: GeoPoint;
  /** China day relative to today. */
  dayOffset: number;
  slots: { start: string; end: string; capacity: number }[];
  description: string;
  /** Employers the cadre lists when creating the fair, and those who join on their own. */
  invited: string[];
  joining: string[];
  /** What happens to it. */
  fate: 'finished' | 'upcoming' | 'cancelled';
  cancelReason?: string;
  /** Self sign-ups by the home county's background workers, and 代登记 by the cadre. */
  signups: number;
  proxySignups: number;
  /** Of the sign-ups, how many are checked in and how many agreements are recorded (finished fairs). */
  checkIns?: number;
  agreements?: number;
}

const HALF_HOUR_SLOTS = [
  { start: '09:00', end: '10:00', capacity: 40 },
  { start: '10:00', end: '11:00', capacity: 40 },
  { start: '11:00', end: '12:00', capacity: 40 },
  { start: '14:00', end: '15:00', capacity: 40 },
  { start: '15:00', end: '16:00', capacity: 40 },
];

export const FAIRS: DemoFair[] = [
  {
    // Always on the load day, so check-in at the gate can be tried (README: 扫码签到).
    key: 'hongguang',
    cadre: 'cadre-taiping',
    title: '红光村院坝招聘会',
    region: 'zizhong',
    town: '太平镇',
    village: '红光村',
    address: '红光村村委会院坝',
    location: { lat: 29.6489, lng: 104.8995 },
    dayOffset: 0,
    slots: [
      { start: '09:00', end: '11:00', capacity: 40 },
      { start: '14:00', end: '17:00', capacity: 40 },
    ],
    description: '县内企业和台州招工组进村招聘。到了在门口扫码签到，没带手机的报姓名签到。',
    invited: ['hongfeng', 'hongtai'],
    joining: [],
    fate: 'upcoming',
    signups: 18,
    proxySignups: 6,
    checkIns: 9,
  },
  {
    key: 'qingrong',
    cadre: 'cadre-taiping',
    title: '庆荣村院坝招聘会',
    region: 'zizhong',
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: POINT.qingrongVillage,
    dayOffset: -7,
    slots: HALF_HOUR_SLOTS,
    description:
      '浙江台州、嘉兴的企业和县内企业到村里招人，本地和外地岗位8000多个。分时分段分批入场，不聚集，请按报名的时段来，带好身份证。签了协议的统一安排点对点大巴返岗。',
    invited: ['hongtai', 'xincheng', 'donghai', 'jiahe', 'jinxiu'],
    joining: ['hongfeng', 'shunda'],
    fate: 'finished',
    signups: 110,
    proxySignups: 30,
    checkIns: 122,
    agreements: 89,
  },
  {
    key: 'shangyoufang',
    cadre: 'cadre-taiping',
    title: '上油坊村院坝招聘会',
    region: 'zizhong',
    town: '太平镇',
    village: '上油坊村',
    address: '上油坊村1社文化院坝',
    location: POINT.shangyoufangVillage,
    dayOffset: 1,
    slots: [
      { start: '08:30', end: '09:00', capacity: 10 },
      { start: '09:00', end: '10:30', capacity: 40 },
      { start: '10:30', end: '12:00', capacity: 40 },
    ],
    description:
      '台州、嘉兴企业和县内企业现场招聘。请按时段入场，8点半那场给腿脚不便的老人家留的，人少不用排队。',
    invited: ['hongtai', 'jiahe', 'hongfeng'],
    joining: ['xincheng'],
    fate: 'upcoming',
    signups: 40,
    proxySignups: 8,
  },
  {
    key: 'longshan',
    cadre: 'cadre-taiping',
    title: '龙山社区家门口招聘会',
    region: 'zizhong',
    town: '太平镇',
    village: '龙山社区',
    address: '龙山社区便民服务中心门前广场',
    location: POINT.longshanCommunity,
    dayOffset: 6,
    slots: [
      { start: '09:00', end: '10:30', capacity: 50 },
      { start: '14:00', end: '15:30', capacity: 50 },
    ],
    description: '县内企业专场：食品厂、建筑劳务、服装加工，离家近，能照顾老人孩子。',
    invited: ['hongfeng', 'shunda'],
    joining: [],
    fate: 'upcoming',
    signups: 12,
    proxySignups: 3,
  },
  {
    key: 'quanshui',
    cadre: 'cadre-pubei',
    title: '泉水工业园家门口招聘会',
    region: 'pubei',
    town: '泉水镇',
    village: '泉水社区',
    address: '泉水工业园管委会门前广场',
    location: { lat: 22.3212, lng: 109.6021 },
    dayOffset: 5,
    slots: [
      { start: '09:00', end: '10:00', capacity: 30 },
      { start: '10:00', end: '11:00', capacity: 30 },
      { start: '15:00', end: '16:30', capacity: 30 },
    ],
    description:
      '园区木业、家具企业现场招工，可以跟着去车间看一看。镇里安排专车从各村接送，请在村委会门口等车。',
    invited: ['quansen', 'linhai', 'xinyuan'],
    joining: ['lvyuan', 'hengda'],
    fate: 'upcoming',
    signups: 24,
    proxySignups: 4,
  },
  {
    key: 'shichong',
    cadre: 'cadre-pubei',
    title: '石冲村招聘会',
    region: 'pubei',
    town: '泉水镇',
    village: '石冲村',
    address: '石冲村村委会',
    location: { lat: 22.3452, lng: 109.6311 },
    dayOffset: 3,
    slots: [{ start: '09:00', end: '11:00', capacity: 60 }],
    description: '泉水工业园企业进村招聘。',
    invited: ['quansen', 'xinyuan'],
    joining: [],
    fate: 'cancelled',
    cancelReason: '受台风天气影响，为了大家安全取消，改期后在村民群里通知',
    signups: 8,
    proxySignups: 0,
  },
  {
    key: 'daxing',
    cadre: 'cadre-cili',
    title: '苗市镇大兴村就业招聘会',
    region: 'cili',
    town: '苗市镇',
    village: '大兴村',
    address: '大兴村党群服务中心',
    location: POINT.dasingVillage,
    dayOffset: 10,
    slots: [
      { start: '09:00', end: '10:30', capacity: 40 },
      { start: '10:30', end: '12:00', capacity: 40 },
    ],
    description: '县工业园企业进村招聘，一个月四五千，离家近。村干部可以帮没有智能手机的乡亲登记。',
    invited: ['lishui', 'xingci'],
    joining: ['loushui'],
    fate: 'upcoming',
    signups: 10,
    proxySignups: 4,
  },
  // 浦北县's past (last, so the fairs above draw the same people as before): two village fairs
  // a week apart, so the 浦北 admin's dashboard has fairs held, sign-ups, check-ins, agreements.
  {
    key: 'datong',
    cadre: 'cadre-pubei',
    title: '大垌村冬季招聘会',
    region: 'pubei',
    town: '泉水镇',
    village: '大垌村',
    address: '大垌村村委会门前',
    location: { lat: 22.3521, lng: 109.6105 },
    dayOffset: -9,
    slots: [
      { start: '09:00', end: '10:30', capacity: 30 },
      { start: '10:30', end: '12:00', capacity: 30 },
    ],
    description: '泉水工业园木业、家具企业进村招工，离家近，可以骑摩托上下班。',
    invited: ['quansen', 'linhai'],
    joining: ['xinyuan'],
    fate: 'finished',
    signups: 14,
    proxySignups: 4,
    checkIns: 13,
    agreements: 5,
  },
  {
    key: 'xintang',
    cadre: 'cadre-pubei',
    title: '新塘村赶集日招聘会',
    region: 'pubei',
    town: '泉水镇',
    village: '新塘村',
    address: '新塘村集市戏台旁',
    location: { lat: 22.3297, lng: 109.6388 },
    dayOffset: -2,
    slots: [{ start: '09:00', end: '11:00', capacity: 40 }],
    description: '赶集日顺便看看工作：板材厂、体育用品厂现场招人。',
    invited: ['lvyuan', 'hengda'],
    joining: [],
    fate: 'finished',
    signups: 10,
    proxySignups: 3,
    checkIns: 9,
    agreements: 3,
  },
];

// ---------------------------------------------------------------------------------------------
// Applications

/**
 * The demo worker's own applications, by employer key, and the status each ends in, so the
 * worker's 我的投递 shows every state.
 */
export const DEMO_WORKER_APPLICATIONS: { employer: string; status: ApplicationStatus }[] = [
  { employer: 'quansen', status: 'interview' },
  { employer: 'linhai', status: 'hired' },
  { employer: 'muyun', status: 'viewed' },
  { employer: 'xinyuan', status: 'applied' },
  { employer: 'longjiang', status: 'rejected' },
  { employer: 'lvyuan', status: 'withdrawn' },
];

/** What employers write on an interview invitation (≤ 100 characters, plain words). */
export const INTERVIEW_NOTES = [
  '带身份证，到门卫说找人事',
  '带身份证和一寸照片，进厂先看车间',
  '到了打电话，有人下来接',
  '现场试做半小时，穿方便干活的衣服',
] as const;

/** What workers add when they ask for another time. */
export const RESCHEDULE_NOTES = [
  '这几天家里收稻谷，下周可以吗',
  '上午要送孩子上学，下午可以',
  '要先去医院复查，周五以后都行',
] as const;

/** How background applications end, as weights. */
export const APPLICATION_OUTCOMES: [ApplicationStatus, number][] = [
  ['applied', 30],
  ['viewed', 20],
  ['interview', 15],
  ['hired', 15],
  ['rejected', 12],
  ['withdrawn', 8],
];
