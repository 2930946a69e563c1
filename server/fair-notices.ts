import type { SubscribeMessage } from './context';

/** The fair page a notice opens. */
export const FAIR_PAGE = 'pages/fair/index';

/** A subscription `thing` value holds at most 20 characters. */
export function thing(value: string, max = 20): string {
  const chars = [...value.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** '2026年11月22日' or '2026年11月22日 10:30': the form WeChat's date/time template fields accept. */
export function templateDate(day: string, clock?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日${clock ? ` ${clock}` : ''}`;
}

interface FairFacts {
  _id: string;
  title: string;
  day: string;
  address: string;
}

/** 招聘会提醒 (the day before): name, when the slot starts, place, a word on what to bring. */
export function fairReminderMessage(
  touser: string,
  fair: FairFacts,
  slot: { start: string; end: string } | undefined,
): SubscribeMessage {
  return {
    touser,
    template: 'fairReminder',
    page: `${FAIR_PAGE}?id=${fair._id}`,
    data: {
      thing1: { value: thing(fair.title) },
      time2: { value: templateDate(fair.day, slot?.start) },
      thing3: { value: thing(fair.address) },
      thing4: {
        value: thing(
          slot ? `请${slot.start}-${slot.end}入场，带身份证` : '请按时段入场，带身份证和签到码',
        ),
      },
    },
  };
}

/** 招聘会取消: name, day, reason. */
export function fairCancelledMessage(
  touser: string,
  fair: FairFacts,
  reason: string,
): SubscribeMessage {
  return {
    touser,
    template: 'fairCancelled',
    page: `${FAIR_PAGE}?id=${fair._id}`,
    data: {
      thing1: { value: thing(fair.title) },
      date2: { value: templateDate(fair.day) },
      thing3: { value: thing(reason) },
    },
  };
}

/** Runs `task` over `items` with at most `limit` in flight; returns the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i] as T);
    }
  });
  await Promise.all(workers);
  return out;
}
