/**
 * The words a spoken job request is understood by. Data: a deployment adds its own trades,
 * dialect words and recognition slips here without touching the scanner (speech/scan.ts).
 * Place names are not listed: they come from the region catalog (catalog/regions.ts).
 */
import type { Benefit } from '../catalog/benefits';
import type { JobCategory } from '../catalog/job-categories';
import type { PayCycle, WageUnit } from '../catalog/pay';

/**
 * What the speech recogniser writes for a word it heard wrong (homophones), and the word meant.
 * Applied to the whole sentence before it is read, so keep each entry specific.
 */
export const MISHEARINGS: readonly (readonly [heard: string, meant: string])[] = [
  ['普北', '浦北'],
  ['蒲北', '浦北'],
  ['浦贝', '浦北'],
  ['自中', '资中'],
  ['资忠', '资中'],
  ['紫中', '资中'],
  ['慈力', '慈利'],
  ['磁利', '慈利'],
  ['务城', '婺城'],
  ['雾城', '婺城'],
  ['佳兴', '嘉兴'],
  ['横电', '横店'],
  ['亲州', '钦州'],
  ['扑工', '普工'],
  ['目工', '木工'],
  ['插车', '叉车'],
  ['差车', '叉车'],
  ['保结', '保洁'],
  ['日节', '日结'],
  ['日接', '日结'],
  ['日杰', '日结'],
  ['月节', '月结'],
  ['包吃组', '包吃住'],
  ['保吃住', '包吃住'],
  ['包持住', '包吃住'],
  ['保住宿', '包住宿'],
  ['五显', '五险'],
  ['五现', '五险'],
  ['电汗', '电焊'],
  ['家居厂', '家具厂'],
];

/** Dialect words (四川话, 湘语, 桂柳话) and their Mandarin, applied like the slips above. */
export const DIALECT_WORDS: readonly (readonly [dialect: string, mandarin: string])[] = [
  ['有莫得', '有没有'],
  ['有没得', '有没有'],
  ['有冇得', '有没有'],
  ['有冇', '有没有'],
  ['莫得', '没有'],
  ['没得', '没有'],
  ['冇得', '没有'],
  ['么得', '没有'],
  ['冇', '没有'],
  ['啥子', '什么'],
  ['么子', '什么'],
  ['好多钱', '多少钱'],
  ['几多钱', '多少钱'],
  ['屋头', '家'],
  ['屋里头', '家'],
  ['活路', '活'],
  ['要得', '可以'],
  ['巴适', '好'],
  ['安逸', '好'],
  ['勒个', '这个'],
  ['啷个', '怎么'],
  ['晓得', '知道'],
  ['娃儿', '孩子'],
  ['一个钟头', '一个小时'],
  ['一个钟', '一个小时'],
  ['下苦力', '干活'],
];

/** 工种: the everyday words for each trade. The catalog labels (普工, 保安…) are added by the code. */
export const TRADE_WORDS: readonly { category: JobCategory; words: readonly string[] }[] = [
  {
    category: 'factory',
    words: [
      '进厂',
      '厂里',
      '工厂',
      '厂子',
      '流水线',
      '打螺丝',
      '装配工',
      '组装',
      '冲压',
      '五金',
      '挡车工',
      '织布',
    ],
  },
  {
    category: 'skilled',
    words: [
      '技术工',
      '电焊',
      '焊工',
      '氩弧焊',
      '数控',
      'cnc',
      '车床',
      '磨床',
      '铣床',
      '钳工',
      '电工',
      '机修',
      '模具',
    ],
  },
  {
    category: 'woodwork',
    words: [
      '木工',
      '木匠',
      '家具',
      '做家具',
      '板材厂',
      '板厂',
      '木材厂',
      '木业',
      '封边',
      '开料',
      '热压',
      '砂光',
      '木雕',
    ],
  },
  {
    category: 'garment',
    words: [
      '缝纫',
      '平车',
      '针车',
      '车位',
      '服装厂',
      '服装',
      '制衣',
      '衣服厂',
      '做衣服',
      '剪线',
      '裁床',
    ],
  },
  { category: 'electronics', words: ['电子', '贴片', 'smt', '插件', '电池片', '光伏', '线路板'] },
  {
    category: 'construction',
    words: [
      '工地',
      '建筑',
      '搬砖',
      '小工',
      '泥瓦',
      '泥水工',
      '瓦工',
      '砌墙',
      '砌砖',
      '钢筋',
      '架子工',
      '混凝土',
    ],
  },
  {
    category: 'decoration',
    words: ['刷墙', '粉刷', '刮腻子', '贴砖', '贴瓷砖', '吊顶', '水电工', '水电'],
  },
  {
    category: 'driver',
    words: [
      '开车',
      '开货车',
      '货车',
      '开大车',
      '大车',
      '叉车',
      '拉货',
      '驾驶员',
      '驾照',
      'b照',
      'a照',
      'b2',
      'a2',
      'c1',
      '挖机',
      '挖掘机',
      '铲车',
    ],
  },
  {
    category: 'logistics',
    words: ['搬运', '装卸', '卸货', '装车', '搬货', '物流', '快递', '分拣', '仓库', '仓管', '理货'],
  },
  {
    category: 'catering',
    words: [
      '厨师',
      '做饭',
      '煮饭',
      '烧饭',
      '帮厨',
      '炒菜',
      '配菜',
      '切菜',
      '洗碗',
      '食堂',
      '饭店',
      '餐馆',
      '厨房',
      '面点',
      '大厨',
      '厨工',
      '传菜',
      '端盘子',
    ],
  },
  {
    category: 'cleaning',
    words: [
      '保洁',
      '打扫卫生',
      '搞卫生',
      '做卫生',
      '扫地',
      '清洁',
      '家政',
      '保姆',
      '月嫂',
      '育儿嫂',
      '钟点工',
      '护工',
    ],
  },
  { category: 'security', words: ['看大门', '看门', '门卫', '守门', '巡逻', '守夜', '看仓库'] },
  {
    category: 'farming',
    words: [
      '种地',
      '种田',
      '种菜',
      '种果树',
      '养殖',
      '养猪',
      '养鸡',
      '养鱼',
      '养牛',
      '摘果子',
      '采摘',
      '摘柑子',
      '摘橘子',
      '柑橘',
      '采茶',
      '茶园',
      '果园',
      '农活',
      '农场',
      '种植',
      '种茶',
      '砍甘蔗',
      '林场',
    ],
  },
  {
    category: 'sales',
    words: [
      '销售',
      '卖东西',
      '服务员',
      '收银',
      '导购',
      '促销',
      '超市',
      '店员',
      '售货员',
      '跑业务',
      '业务员',
      '前台',
    ],
  },
];

/** 福利 as workers say them; one phrase may stand for several. */
export const BENEFIT_WORDS: readonly { benefits: readonly Benefit[]; words: readonly string[] }[] =
  [
    {
      benefits: ['meals', 'housing'],
      words: [
        '包吃住',
        '包吃包住',
        '管吃管住',
        '包吃管住',
        '吃住全包',
        '吃住都包',
        '包食宿',
        '食宿全包',
        '管吃住',
      ],
    },
    {
      benefits: ['meals'],
      words: ['包吃', '管饭', '包饭', '包伙食', '管吃', '包三餐', '管三餐', '供餐'],
    },
    {
      benefits: ['housing'],
      words: ['包住', '管住', '包住宿', '有宿舍', '提供宿舍', '提供住宿', '有住的地方'],
    },
    { benefits: ['insurance', 'housingFund'], words: ['五险一金'] },
    { benefits: ['insurance'], words: ['五险', '社保', '买社保', '交社保', '买保险', '有保险'] },
    { benefits: ['housingFund'], words: ['公积金'] },
    {
      benefits: ['travelRefund'],
      words: ['路费报销', '报路费', '报销路费', '报车费', '车费报销', '包路费'],
    },
    {
      benefits: ['shuttle'],
      words: ['接送', '班车', '接送车', '有车接送', '包接送', '包车接送', '包车'],
    },
    {
      benefits: ['overtimePay'],
      words: ['加班费', '加班有钱', '加班另算', '加班费另算', '加班工资'],
    },
    {
      benefits: ['olderWelcome'],
      words: ['年纪大', '年龄大', '岁数大', '上了年纪', '大龄', '超龄', '老年人', '五十岁以上'],
    },
  ];

/** How often pay comes. */
export const PAY_CYCLE_WORDS: readonly { payCycle: PayCycle; words: readonly string[] }[] = [
  {
    payCycle: 'daily',
    words: [
      '日结',
      '当天结',
      '天天结',
      '一天一结',
      '做一天结一天',
      '干一天结一天',
      '现结',
      '按天结',
      '当日结',
      '零工',
      '打零工',
    ],
  },
  { payCycle: 'weekly', words: ['周结', '一周一结', '按周结'] },
  { payCycle: 'monthly', words: ['月结', '按月结', '一月一结', '按月发'] },
];

/** What the worker wants first: near home, or the best pay. */
export const SORT_WORDS: readonly { sort: 'distance' | 'pay'; words: readonly string[] }[] = [
  {
    sort: 'distance',
    words: [
      '附近',
      '家附近',
      '离家近',
      '离家不远',
      '家门口',
      '近一点',
      '近点',
      '近的',
      '不要太远',
      '不想跑远',
      '不出远门',
      '不想出远门',
      '本地',
      '不要离家太远',
      '别太远',
      '不能太远',
      '不远',
      '跟前',
      '周边',
      '就近',
    ],
  },
  {
    sort: 'pay',
    words: ['工资高', '钱多', '工资最高', '高工资', '工资高点', '工资高一点', '钱给得多'],
  },
];

/** 本县 / 本省: the worker's own county or province (known only when the caller passes home). */
export const HOME_AREA_WORDS: readonly { area: 'county' | 'province'; words: readonly string[] }[] =
  [
    { area: 'county', words: ['本县', '县城', '县里', '我们县', '县上', '县内'] },
    { area: 'province', words: ['本省', '省内', '省里', '我们省'] },
  ];

/** Words that say which unit a pay figure is in, before or after it (一天两百, 两百一天). */
export const PAY_UNIT_WORDS: readonly {
  unit: Exclude<WageUnit, 'piece'>;
  words: readonly string[];
}[] = [
  {
    unit: 'day',
    words: ['一天', '每天', '一日', '每日', '日薪', '日工资', '一天工资', '天工资'],
  },
  {
    unit: 'month',
    words: ['一个月', '每个月', '每月', '一月', '月薪', '月工资', '月收入', '底薪', '保底'],
  },
  { unit: 'hour', words: ['一个小时', '一小时', '每小时', '每个小时', '时薪', '小时工'] },
];

/** Before a figure: the least the worker accepts (不低于四千). */
export const AT_LEAST_WORDS = ['不低于', '不少于', '至少', '最少', '起码', '最低', '超过', '高于'];
/** After a figure: at least that much (五千以上, 五千多, 四千起). */
export const ABOVE_WORDS = [
  '以上',
  '往上',
  '朝上',
  '多',
  '出头',
  '起步',
  '起',
  '左右',
  '上下',
  '来',
];
/** After a figure: at most; the search has no upper bound, so such a figure is dropped. */
export const BELOW_WORDS = ['以下', '以内', '之内', '不到'];
/** The word for money after a figure (两百块, 五千元). */
export const MONEY_WORDS = ['块钱', '块', '元', '圆'];
/** Round sums said as words: 上万 means ten thousand or more a month. */
export const ROUND_PAY_WORDS = ['上万', '过万', '破万', '万把块'];
/** After a figure: it counts something else than money (五十岁, 两个人, 八个小时, 十公里). */
export const OTHER_MEASURES = {
  // 我都五十八了: a figure followed by 了 is an age when it could be one.
  age: ['岁', '了'],
  distance: ['公里', '里路', '里地'],
  other: [
    '个人',
    '个小时',
    '小时',
    '个月',
    '个',
    '人',
    '年',
    '号',
    '点',
    '分钟',
    '斤',
    '亩',
    '层',
    '楼',
  ],
} as const;
/** Before a figure: it is an age (今年五十五). */
export const AGE_WORDS = ['今年', '年纪', '年龄', '岁数'];
/** The ages for which the 接受50岁以上 filter is worth setting. */
export const OLDER_WORKER_AGES = [50, 80] as const;

/** A negation before a trade, benefit or pay cycle cancels it (不要工地, 不包住也行). */
export const NEGATIONS = [
  '不要',
  '不想',
  '不用',
  '不需要',
  '没有',
  '不是',
  '不去',
  '不做',
  '不干',
  '不',
  '别',
];

/** Before a place: where the worker is from or is now, which yields to a place they want to go to. */
export const ORIGIN_CUES = ['我是', '从', '老家', '家在', '住在', '人在', '我在', '来自'];

/**
 * Words that carry no filter: fillers, questions, politeness, "work" itself. Consumed wherever they
 * stand, so only multi-character words that never sit inside a trade or place name belong here.
 */
export const FILLER_WORDS = [
  '那个',
  '这个',
  '就是',
  '然后',
  '还有',
  '或者',
  '还是',
  '我想找',
  '我想要',
  '我要找',
  '我想',
  '想找',
  '找个',
  '找份',
  '找点',
  '帮我找',
  '帮我看',
  '帮我',
  '看一下',
  '看看',
  '看哈',
  '一下',
  '有没有',
  '有没',
  '有么有',
  '请问',
  '麻烦',
  '谢谢',
  '你好',
  '工作',
  '活儿',
  '事情',
  '事做',
  '事干',
  '上班',
  '打工',
  '做工',
  '干活',
  '招工',
  '招人',
  '岗位',
  '的话',
  '什么',
  '哪些',
  '哪里',
  '哪儿',
  '可以',
  '也行',
  '都行',
  '都可以',
  '知道',
  '不知道',
  '能够',
  '能不能',
  '可不可以',
  '行不行',
  '好不好',
  '我们',
  '老乡',
  '不限',
  '不管',
  '无所谓',
  '随便',
  '差不多',
  '大概',
  '之类',
  '这种',
  '那种',
  '一个',
  '一份',
  '想做',
  '想干',
  '能做',
  '会做',
  '想去',
  '要去',
  '出去',
  '外出',
  '现在',
  '目前',
  '马上',
  '明年',
  '过完年',
  '年后',
  '老家',
  '在家',
  '闲着',
  '没事做',
  '没事干',
  '多少钱',
  '工资',
  '薪水',
  '待遇',
  '要求',
  '的活',
  '那边',
  '这边',
  '一带',
  '工业园',
  '工业区',
  '园区',
  '开发区',
  '经开区',
  '孩子',
  '老人',
  '照顾',
  '最好',
  '老婆',
  '老公',
  '媳妇',
  '两口子',
  '夫妻',
  '一家人',
  '村里',
  '好几个',
  '几个人',
  '一起',
  '干不了',
  '重活',
  '累活',
  '轻活',
  '轻松',
  '师傅',
  '怎么',
  '咋个',
  '技术',
  '文化',
  '问下',
  '问一下',
  '想问',
  '打听',
  '帮忙',
  '学手艺',
  '学个手艺',
  '学门手艺',
  '手艺',
];

/** What is left that ends like a village name (大兴村, 龙山社区) is part of a place, not a keyword. */
export const VILLAGE_SUFFIXES = ['村', '社区'];

/**
 * Single characters trimmed from the ends of what was not understood (我想找个油漆工的活 → 油漆工):
 * particles and verbs around a word, never a word of their own. 的 also splits what is left
 * (夜班少的厂 → 夜班少).
 */
export const EDGE_PARTICLES =
  '的了啊呢吧嘛哈呀哦噻撒嘞咯哟也都就还和跟要找有在去是我你他个点些活儿那这吗么嗯呃额唉诶喂啥能会想做干给看得着过玩耍整搞弄招';

/** Short forms not to derive from place names: they are everyday words (路桥, 江南) or too vague. */
export const NOT_PLACE_SHORT_FORMS = ['工业园', '市中', '江南', '路桥', '大桥'];
