import type { TemplateKey } from '../miniprogram/shared/index';

/** Keyword types of WeChat subscription templates (a keyword's key is its type and number). */
export type KeywordType =
  | 'thing'
  | 'time'
  | 'date'
  | 'phrase'
  | 'number'
  | 'character_string'
  | 'name'
  | 'phone_number'
  | 'amount';

export interface KeywordSpec {
  /** The template's key for it, e.g. `thing1` (type + position). */
  key: string;
  type: KeywordType;
  /** The keyword's name in the template (what the user reads before the value). */
  name: string;
  /** A value as the app sends it. */
  example: string;
}

export interface TemplateSpec {
  /** The public template (公共模板库) to choose, by its title. */
  title: string;
  /** Which 类目 offers it. */
  category: string;
  /** Its keywords, in the order to pick them; each under the name the code fills it by. */
  keywords: Record<string, KeywordSpec>;
}

/**
 * The subscription templates the app sends, one per notice: which public template to choose in
 * 公众平台 → 订阅消息 and which keywords, in this order. The code fills keywords by their field
 * names here (`templateData`), never by key: a template whose keys differ only needs this file
 * changed. Values follow each type's rule (thing ≤ 20 characters, phrase ≤ 5 汉字, time a
 * 24-hour clock with the year's date, date with the year).
 */
export const SUBSCRIBE_TEMPLATE_SPECS = {
  applicationStatus: {
    title: '报名状态通知',
    category: '人力资源服务',
    keywords: {
      job: { key: 'thing1', type: 'thing', name: '岗位名称', example: '电子厂普工' },
      status: { key: 'phrase2', type: 'phrase', name: '状态', example: '已录用' },
      company: {
        key: 'thing3',
        type: 'thing',
        name: '单位名称',
        example: '浦北县泉兴家具有限公司',
      },
      time: { key: 'time4', type: 'time', name: '时间', example: '2026年11月21日 14:05' },
    },
  },
  interviewInvite: {
    title: '面试邀请通知',
    category: '人力资源服务',
    keywords: {
      job: { key: 'thing1', type: 'thing', name: '岗位名称', example: '封边工' },
      time: { key: 'time2', type: 'time', name: '面试时间', example: '2026年11月23日 10:00' },
      place: { key: 'thing3', type: 'thing', name: '面试地点', example: '泉水镇工业园区8号' },
      note: { key: 'thing4', type: 'thing', name: '备注', example: '带身份证，找黄经理' },
      company: {
        key: 'thing5',
        type: 'thing',
        name: '单位名称',
        example: '浦北县泉兴家具有限公司',
      },
    },
  },
  fairReminder: {
    title: '活动开始提醒',
    category: '人力资源服务',
    keywords: {
      fair: { key: 'thing1', type: 'thing', name: '活动名称', example: '庆荣村院坝招聘会' },
      time: { key: 'time2', type: 'time', name: '开始时间', example: '2026年11月22日 10:30' },
      place: { key: 'thing3', type: 'thing', name: '活动地点', example: '庆荣村村委会院坝' },
      tip: {
        key: 'thing4',
        type: 'thing',
        name: '温馨提示',
        example: '请10:30-12:00入场，带身份证',
      },
    },
  },
  fairCancelled: {
    title: '活动取消通知',
    category: '人力资源服务',
    keywords: {
      fair: { key: 'thing1', type: 'thing', name: '活动名称', example: '庆荣村院坝招聘会' },
      day: { key: 'date2', type: 'date', name: '活动日期', example: '2026年11月24日' },
      reason: { key: 'thing3', type: 'thing', name: '取消原因', example: '大雨，改到下周' },
    },
  },
  tripMatched: {
    title: '出行提醒',
    category: '人力资源服务',
    keywords: {
      trip: { key: 'thing1', type: 'thing', name: '行程名称', example: '资中→台州返岗直达大巴' },
      time: { key: 'time2', type: 'time', name: '出发时间', example: '2027年2月18日 07:00' },
      place: { key: 'thing3', type: 'thing', name: '目的地', example: '台州 椒江鞋业园' },
      tip: { key: 'thing4', type: 'thing', name: '温馨提示', example: '有您登记的去向，点开订座' },
    },
  },
  tripReminder: {
    title: '出行提醒',
    category: '人力资源服务',
    keywords: {
      trip: { key: 'thing1', type: 'thing', name: '行程名称', example: '资中→台州返岗直达大巴' },
      time: { key: 'time2', type: 'time', name: '出发时间', example: '2027年2月18日 06:30' },
      place: { key: 'thing3', type: 'thing', name: '上车地点', example: '太平镇政府门口' },
      tip: { key: 'thing4', type: 'thing', name: '温馨提示', example: '带身份证，提前10分钟到' },
    },
  },
  tripCancelled: {
    title: '行程取消通知',
    category: '人力资源服务',
    keywords: {
      trip: { key: 'thing1', type: 'thing', name: '行程名称', example: '资中→台州返岗直达大巴' },
      day: { key: 'date2', type: 'date', name: '出发日期', example: '2027年2月18日' },
      reason: { key: 'thing3', type: 'thing', name: '取消原因', example: '大雪封路，改到下周' },
    },
  },
  tripSeat: {
    title: '候补成功通知',
    category: '人力资源服务',
    keywords: {
      trip: { key: 'thing1', type: 'thing', name: '行程名称', example: '资中→台州返岗直达大巴' },
      time: { key: 'time2', type: 'time', name: '出发时间', example: '2027年2月18日 06:30' },
      place: { key: 'thing3', type: 'thing', name: '上车地点', example: '太平镇政府门口' },
      tip: {
        key: 'thing4',
        type: 'thing',
        name: '温馨提示',
        example: '候补到座位了，点开看乘车码',
      },
    },
  },
} as const satisfies Record<TemplateKey, TemplateSpec>;

export type TemplateName = keyof typeof SUBSCRIBE_TEMPLATE_SPECS;
export type FieldsOf<T extends TemplateName> =
  keyof (typeof SUBSCRIBE_TEMPLATE_SPECS)[T]['keywords'];

/** A day and, for `time` keywords, the 24-hour clock. */
export interface When {
  day: string;
  clock?: string;
}

/** A subscription `thing` value holds at most 20 characters. */
export function thing(value: string, max = 20): string {
  const chars = [...value.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** '2026年11月22日' or '2026年11月22日 10:30': the forms WeChat's date and time keywords accept. */
export function templateDate(day: string, clock?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日${clock ? ` ${clock}` : ''}`;
}

function valueOf(spec: KeywordSpec, value: string | When): string {
  if (typeof value !== 'string') {
    if (spec.type === 'time' && !value.clock)
      throw new Error(`${spec.key} (${spec.name}) is a time: it needs a clock`);
    return templateDate(value.day, value.clock);
  }
  if (spec.type === 'thing') return thing(value);
  return value;
}

/** A message's `data`, keyed as the chosen template wants, each value in its type's form. */
export function templateData<T extends TemplateName>(
  template: T,
  values: Record<FieldsOf<T>, string | When>,
): Record<string, { value: string }> {
  const keywords = SUBSCRIBE_TEMPLATE_SPECS[template].keywords as Record<string, KeywordSpec>;
  const data: Record<string, { value: string }> = {};
  for (const [field, spec] of Object.entries(keywords)) {
    data[spec.key] = { value: valueOf(spec, (values as Record<string, string | When>)[field]!) };
  }
  return data;
}
