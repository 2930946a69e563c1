/**
 * Business time is China Standard Time: a fixed UTC+08:00 with no daylight saving. Cloud
 * functions run in UTC and phones may run in any zone, so every business date goes through these
 * helpers, which shift by the fixed offset and read UTC fields; nothing depends on the process
 * time zone (and dayjs `.tz()`, which misbehaves on Android WeChat, is not needed).
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'YYYY-MM-DD', a China calendar day. */
export type DayString = string;
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** 'HH:mm', a China clock time. */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** UTC fields of the shifted instant are the China wall-clock fields. */
function chinaFields(ms: number): Date {
  return new Date(ms + CHINA_OFFSET_MS);
}

/** The China calendar day of an instant. */
export function chinaDay(ms: number): DayString {
  const d = chinaFields(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 'HH:mm' of an instant in China. */
export function chinaClock(ms: number): string {
  const d = chinaFields(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The instant a China calendar day starts (00:00 +08:00). */
export function startOfChinaDay(day: DayString): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** The instant of a clock time on a China calendar day. */
export function chinaTime(day: DayString, clock: string): number {
  return Date.parse(`${day}T${clock}:00+08:00`);
}

/** A China day shifted by whole days. */
export function addDays(day: DayString, days: number): DayString {
  return chinaDay(startOfChinaDay(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both China days). */
export function daysBetween(from: DayString, to: DayString): number {
  return Math.round((startOfChinaDay(to) - startOfChinaDay(from)) / DAY_MS);
}

/** True for a real calendar day in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isValidDay(day: string): boolean {
  return DAY_PATTERN.test(day) && chinaDay(startOfChinaDay(day)) === day;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The weekday of a China day: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: DayString): number {
  return chinaFields(startOfChinaDay(day)).getUTCDay();
}

/** '11月22日 周日' — how a day is shown to users. */
export function formatDay(day: DayString): string {
  const d = chinaFields(startOfChinaDay(day));
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[weekdayOf(day)]}`;
}

/** '今天' / '明天' / '后天' / '11月22日 周日', relative to now. */
export function formatDayRelative(day: DayString, nowMs: number): string {
  const diff = daysBetween(chinaDay(nowMs), day);
  if (diff === 0) return '今天';
  if (diff === 1) return '明天';
  if (diff === 2) return '后天';
  return formatDay(day);
}

/** '1月4日（周一）': a day inside a sentence (「1月4日（周一）前有效」). */
export function formatDayInSentence(day: DayString): string {
  const d = chinaFields(startOfChinaDay(day));
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${WEEKDAYS[weekdayOf(day)]}）`;
}

/** '今天 11月22日 周日' / '11月29日 周日': the day people say, always with its date. */
export function formatDayWhen(day: DayString, nowMs: number): string {
  const rel = formatDayRelative(day, nowMs);
  const date = formatDay(day);
  return rel === date ? date : `${rel} ${date}`;
}

/** '11月21日 14:05' in China time. */
export function formatDateTime(ms: number): string {
  const d = chinaFields(ms);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${chinaClock(ms)}`;
}
