import type { SubscribeMessage } from './context';
import { templateData } from './subscribe-templates';

/** The fair page a notice opens. */
export const FAIR_PAGE = 'pages/fair/index';

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
  slot: { start: string; end: string },
): SubscribeMessage {
  return {
    touser,
    template: 'fairReminder',
    page: `${FAIR_PAGE}?id=${fair._id}`,
    data: templateData('fairReminder', {
      fair: fair.title,
      time: { day: fair.day, clock: slot.start },
      place: fair.address,
      tip: `请${slot.start}-${slot.end}入场，带身份证`,
    }),
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
    data: templateData('fairCancelled', { fair: fair.title, day: { day: fair.day }, reason }),
  };
}
