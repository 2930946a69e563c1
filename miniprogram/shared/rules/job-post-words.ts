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

/** Restrictions by 性别, 民族, 户籍 or 地域. A match preceded by 不 (不限男女) is allowed. */
export const DISCRIMINATION_PATTERNS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /(限|只招|只要|仅限|仅招|要求)(男|女)(性|工|生)?/, label: '性别' },
  { pattern: /(男|女)(性|工)?优先/, label: '性别' },
  { pattern: /(限|只招|只要|仅限|仅招)(汉族|本民族)/, label: '民族' },
  { pattern: /(少数民族|回族|藏族|维吾尔族|彝族)(勿扰|不要|不招|免谈)/, label: '民族' },
  { pattern: /(限|只招|只要|仅限|仅招)本地/, label: '户籍或地域' },
  { pattern: /(本地|城镇|农村)(户口|户籍)(优先|者?优先|才要)?/, label: '户籍或地域' },
  { pattern: /不(招|要|收)[\u4e00-\u9fa5]{1,4}(人|籍)/, label: '户籍或地域' },
  { pattern: /[\u4e00-\u9fa5]{1,3}籍(人员)?(优先|勿扰|免谈)/, label: '户籍或地域' },
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
