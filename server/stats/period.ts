import {
  addDays,
  chinaDay,
  daysBetween,
  DomainError,
  formatDay,
  weekdayOf,
  type DayString,
} from '../../miniprogram/shared/index';

/** The longest custom period (a year and a day, so a whole leap year fits). */
export const MAX_PERIOD_DAYS = 366;
/** How many weeks a trend shows, the period's last week included. */
export const TREND_WEEKS = 8;

export interface Period {
  from: DayString;
  to: DayString;
  /** Every day of the period, in order. */
  days: DayString[];
  label: string;
}

/** The Monday of a day's week. */
export function mondayOf(day: DayString): DayString {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function daysFrom(from: DayString, to: DayString): DayString[] {
  const n = daysBetween(from, to);
  return Array.from({ length: n + 1 }, (_, i) => addDays(from, i));
}

/** 本周 (Monday to today), 本月 (the 1st to today) or the chosen days, never past today. */
export function periodOf(
  input: { period: 'week' | 'month' | 'custom'; from?: DayString; to?: DayString },
  now: number,
): Period {
  const today = chinaDay(now);
  if (input.period === 'week') {
    const from = mondayOf(today);
    return { from, to: today, days: daysFrom(from, today), label: '本周' };
  }
  if (input.period === 'month') {
    const from = `${today.slice(0, 8)}01`;
    return { from, to: today, days: daysFrom(from, today), label: '本月' };
  }
  const from = input.from as DayString;
  const to = (input.to as DayString) > today ? today : (input.to as DayString);
  if (from > today) {
    throw new DomainError('INVALID_INPUT', '开始日期还没到，请选今天或以前的日子', {
      from: '请选今天或以前的日子',
    });
  }
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) {
    throw new DomainError('INVALID_INPUT', '一次最多看一年的数据，请把日期选短一些', {
      from: '最多选一年',
    });
  }
  return {
    from,
    to,
    days: daysFrom(from, to),
    label: `${formatDay(from).split(' ')[0]}至${formatDay(to).split(' ')[0]}`,
  };
}

/** The Mondays of the TREND_WEEKS weeks ending with the week of `to`, oldest first. */
export function trendWeeks(to: DayString, n = TREND_WEEKS): DayString[] {
  const last = mondayOf(to);
  return Array.from({ length: n }, (_, i) => addDays(last, (i - n + 1) * 7));
}
