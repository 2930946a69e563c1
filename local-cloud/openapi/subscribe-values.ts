/**
 * The rules WeChat applies to subscription message values, by keyword type (the key's prefix:
 * `thing1` is a `thing`), as documented for subscribeMessage.send (订阅消息参数值内容限制说明).
 * A value that breaks its type's rule is refused with 47003 and the key named.
 */

const HAN = '\\p{Script=Han}';
const CONTROL = /[\p{Cc}\p{Cf}]/u;
/** A "symbol": anything but Chinese, letters, digits and whitespace. */
const SYMBOL = new RegExp(`^[^${HAN}\\p{L}\\p{N}\\s]$`, 'u');

const clock = '([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?';
/** Days with the year: 2026年11月21日, 2026-11-21, 2026/11/21, 2026.11.21. */
const yearDay = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})';
/** A date may also be a month of a year (2026年11月) or a day without the year (11月21日, 11-21). */
const anyDay = `(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}-\\d{1,2})`;
// time: a 24-hour clock, optionally after a full date (with the year): 14:05, 2026年11月21日 14:05.
const TIME_POINT = new RegExp(`^(${yearDay} ?)?${clock}$`);
// date: a date, optionally with a 24-hour clock.
const DATE_POINT = new RegExp(`^${anyDay}( ?${clock})?$`);

const chars = (v: string): string[] => [...v];
const isHan = (v: string): boolean => new RegExp(`^${HAN}+$`, 'u').test(v);

/** Either one point or a period "a~b" of two. */
const pointOrPeriod = (v: string, point: RegExp): boolean => {
  const parts = v.split('~');
  return parts.length <= 2 && parts.every((p) => point.test(p.trim()));
};

const RULES: Record<string, { rule: string; ok: (v: string) => boolean }> = {
  thing: { rule: '20个以内字符', ok: (v) => chars(v).length <= 20 },
  number: {
    rule: '32位以内数字，可带小数',
    ok: (v) => /^-?\d+(\.\d+)?$/.test(v) && v.length <= 32,
  },
  letter: { rule: '32位以内字母', ok: (v) => /^[A-Za-z]{1,32}$/.test(v) },
  symbol: {
    rule: '5位以内符号',
    ok: (v) => chars(v).length <= 5 && chars(v).every((c) => SYMBOL.test(c)),
  },
  character_string: {
    rule: '32位以内数字、字母或符号',
    ok: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  },
  time: {
    rule: '24小时制时间（可带年月日），如 15:01 或 2019年10月1日 15:01',
    ok: (v) => pointOrPeriod(v, TIME_POINT),
  },
  date: {
    rule: '年月日（可带24小时制时间），如 2019年10月1日',
    ok: (v) => pointOrPeriod(v, DATE_POINT),
  },
  amount: {
    rule: '1个币种符号+10位以内纯数字，可带小数，结尾可带“元”',
    ok: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  },
  phone_number: { rule: '17位以内数字、符号', ok: (v) => /^[\d+\-() ]{1,17}$/.test(v) },
  car_number: {
    rule: '8位以内，第一位与最后一位可为汉字，其余为字母或数字',
    ok: (v) =>
      new RegExp(`^(${HAN}|[A-Z0-9])[A-Z0-9]{0,6}(${HAN}|[A-Z0-9])?$`, 'u').test(v) &&
      chars(v).length <= 8,
  },
  name: {
    rule: '10个以内汉字或20个以内字母、符号',
    ok: (v) =>
      new RegExp(HAN, 'u').test(v) ? chars(v).length <= 10 : chars(v).length <= 20 && !/\d/.test(v),
  },
  phrase: { rule: '5个以内纯汉字', ok: (v) => chars(v).length <= 5 && isHan(v) },
  enum: { rule: '枚举值', ok: () => true },
};

/** The first problem of a message's `data`, as WeChat's 47003 errmsg names it; undefined if none. */
export function subscribeDataProblem(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'argument invalid! data';
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return 'argument invalid! data is empty';
  for (const [key, field] of entries) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const rule = type ? RULES[type] : undefined;
    if (!rule) return `argument invalid! data.${key} is not a keyword of a known type`;
    const raw = (field as { value?: unknown } | null)?.value;
    if (typeof raw !== 'string' && typeof raw !== 'number')
      return `argument invalid! data.${key}.value is missing`;
    const value = String(raw);
    if (!value.trim() || CONTROL.test(value) || !rule.ok(value))
      return `argument invalid! data.${key}.value invalid (${type}: ${rule.rule}): ${JSON.stringify(value)}`;
  }
  return undefined;
}
