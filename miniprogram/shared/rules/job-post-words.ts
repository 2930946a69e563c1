/**
 * Words the 2026 online job-post rules forbid in a post. Data: a deployment may extend the
 * lists without touching the checking code (validators/job-post-text.ts).
 */

/** Job seekers are never charged. A word preceded by a negation (不收押金) is allowed. */
export const FEE_WORDS = [
  '押金',
  '报名费',
  '体检费',
  '服装费',
  '工装费',
  '保证金',
  '培训费',
  '介绍费',
  '中介费',
  '建档费',
];

/** A fee word after one of these (within a few characters) is a promise not to charge. */
export const FEE_NEGATIONS = [
  '不收',
  '不交',
  '无需',
  '不需',
  '不用',
  '免收',
  '免',
  '无',
  '没有',
  '不',
];

/** A fee word followed by one of these is paid by the employer (体检费公司报销). */
export const FEE_EMPLOYER_PAYS = [
  '报销',
  '公司出',
  '公司承担',
  '单位承担',
  '单位出',
  '全免',
  '免费',
];

/** Places a post may name to shut people out (河南人勿扰, 限四川籍). */
const PLACE =
  '(?:外地|外省|外县|外市|外乡|外来|非本地|北方|南方|东北|西北|河南|河北|山东|山西|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙古?|黑龙江|吉林|辽宁|四川|重庆|贵州|云南|广西|广东|福建|江西|湖南|湖北|安徽|江苏|浙江|海南|上海|北京|天津)';
/** What a post may call "from here". */
const LOCAL = '(?:本地|本县|本市|本省|本区|本镇|本乡|本村|当地)';
/** Ways of demanding: 限, 只招, 需 … */
const ONLY = '(?:限|只招|只要|只收|只限|仅限|仅招|要求|需要?|须|必须)';

/**
 * Restrictions by 性别, 民族, 户籍 or 地域, in the forms real posts use. A match is allowed when a
 * negation stands right before it (不限男女, 不限本地户口, 无论本地外地): see NEGATIONS.
 */
export const DISCRIMINATION_PATTERNS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /(限|只招|只要|仅限|仅招|要求)(男|女)(性|工|生)?/, label: '性别' },
  { pattern: /(男|女)(性|工)?优先/, label: '性别' },
  { pattern: /(限|只招|只要|仅限|仅招)(汉族|本民族)/, label: '民族' },
  { pattern: /(少数民族|回族|藏族|维吾尔族|彝族)(勿扰|不要|不招|免谈)/, label: '民族' },
  // 限本地户口, 只招本地人, 需本县户籍, 仅限当地
  { pattern: new RegExp(`${ONLY}是?${LOCAL}(人|人员|户口|户籍|籍)?`), label: '户籍或地域' },
  // 本地人优先, 本县户籍者优先
  { pattern: new RegExp(`${LOCAL}(人|人员|户口|户籍|籍)?者?优先`), label: '户籍或地域' },
  // 农村户口优先, 城镇户籍才要
  {
    pattern: /(城镇|农村|城市|非农)(户口|户籍)者?(优先|才要|才招|才行|才可以)/,
    label: '户籍或地域',
  },
  // 外地人勿扰, 非本地勿扰, 河南人免谈, 外省户口不要
  {
    pattern: new RegExp(
      `${PLACE}(人|人员|户口|户籍|籍)?(勿扰|免谈|不要|不招|不收|谢绝|莫扰|别来|不考虑)`,
    ),
    label: '户籍或地域',
  },
  // 不招外地人, 不要河南人, 不收新疆籍
  {
    pattern: new RegExp(`不(招|要|收|用|录用|考虑)${PLACE}(人|人员|户口|户籍|籍)?`),
    label: '户籍或地域',
  },
  // 限四川籍, 只招广西人
  { pattern: new RegExp(`${ONLY}${PLACE}(人|籍|户口|户籍)`), label: '户籍或地域' },
  // 外地人优先 restricts too
  { pattern: new RegExp(`${PLACE}(人|人员|户口|户籍|籍)?者?优先`), label: '户籍或地域' },
  { pattern: /[\u4e00-\u9fa5]{1,3}籍(人员)?(优先|勿扰|免谈)/, label: '户籍或地域' },
];

/**
 * Words right before a match that make it a promise not to restrict: 不限户籍, 不限本地户口, 无论本地外地,
 * 不分男女. Checked on the two characters before the match.
 */
export const NEGATIONS = ['不', '无论', '不论', '不分', '不管'];

/**
 * Hard age cut-offs (45岁以下, 年龄18-40, 限40岁内): most of this product's workers are over 45. Not
 * forbidden by the 2026 rules, so not refused: the post is flagged for the 人社局 and the employer
 * is warned on the form. A cut-off at this age or above (55岁以下 for heavy work, retirement ages)
 * is left alone; a preference (45岁以下优先) is not a cut-off.
 */
export const AGE_FLAG_BELOW = 50;

export const AGE_LIMIT_PATTERNS: readonly RegExp[] = [
  // 45岁以下, 40周岁以内, 限40岁内, 35岁及以下
  /(?:限|年龄)?(\d{2})\s*周?岁\s*(?:及|或)?(?:以下|以内|之内|内)/,
  // 年龄18-40, 年龄 18至45岁
  /年龄\s*[:：]?\s*\d{2}\s*(?:-|~|—|－|至|到)\s*(\d{2})\s*周?岁?/,
  // 18至45岁, 18-40周岁
  /\d{2}\s*(?:-|~|—|－|至|到)\s*(\d{2})\s*周?岁/,
  // 不超过45岁, 年龄不超过40周岁
  /不(?:超过|大于|高于)\s*(\d{2})\s*周?岁/,
];

/** Hype the rules forbid: promises of 高薪 or guaranteed hiring. */
export const HYPE_WORDS = [
  '高薪',
  '保录',
  '包录取',
  '保证录用',
  '百分百录用',
  '100%录用',
  '躺赚',
  '轻松月入',
];
