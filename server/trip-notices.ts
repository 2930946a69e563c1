import type { TripBookingDoc, TripDoc } from './collections';
import type { SubscribeMessage } from './context';
import { notifyEach, type Notifier } from './roster/notices';
import { templateData } from './subscribe-templates';

/** The trip page a notice opens. */
export const TRIP_PAGE = 'package-trips/pages/trip/index';

interface TripFacts {
  _id: string;
  title: string;
  day: string;
  time: string;
  to: { city: string; employerName: string };
}

const page = (trip: TripFacts) => `${TRIP_PAGE}?id=${trip._id}`;

/** 出行提醒 when a trip goes where a worker's need goes: book it. */
export function tripMatchedMessage(touser: string, trip: TripFacts): SubscribeMessage {
  return {
    touser,
    template: 'tripMatched',
    page: page(trip),
    data: templateData('tripMatched', {
      trip: trip.title,
      time: { day: trip.day, clock: trip.time },
      place: `${trip.to.city} ${trip.to.employerName}`,
      tip: '有您登记的去向，点开订座',
    }),
  };
}

/** A notice of where and when to get on, with its tip. */
function pickupMessage(template: 'tripReminder' | 'tripSeat', tip: string) {
  return (
    touser: string,
    trip: TripFacts,
    pickup: { name: string; time: string },
  ): SubscribeMessage => ({
    touser,
    template,
    page: page(trip),
    data: templateData(template, {
      trip: trip.title,
      time: { day: trip.day, clock: pickup.time },
      place: pickup.name,
      tip,
    }),
  });
}

/** 出行提醒 the day before: when and where to get on. */
export const tripReminderMessage = pickupMessage('tripReminder', '带身份证，提前10分钟到');

/** 候补成功: a seat freed and went to this traveller. */
export const tripSeatMessage = pickupMessage('tripSeat', '候补到座位了，点开看乘车码');

/** 行程取消, with the organiser's reason. */
export function tripCancelledMessage(
  touser: string,
  trip: TripFacts,
  reason: string,
): SubscribeMessage {
  return {
    touser,
    template: 'tripCancelled',
    page: page(trip),
    data: templateData('tripCancelled', { trip: trip.title, day: { day: trip.day }, reason }),
  };
}

/**
 * Tells each traveller moved up from the waiting list that they have a seat (a cancellation, a
 * trip given more seats, a newcomer's queueing, housekeeping's recount).
 */
export async function tellMovedUp(
  ctx: Notifier,
  trip: TripDoc,
  moved: TripBookingDoc[],
): Promise<void> {
  await notifyEach(
    ctx,
    moved.map((b) => b.workerOpenid),
    (openid) => {
      const b = moved.find((m) => m.workerOpenid === openid);
      const pickup = trip.pickups.find((p) => p.id === b?.pickupId) ?? trip.pickups[0];
      return tripSeatMessage(openid, trip, pickup ?? { name: trip.to.address, time: trip.time });
    },
  );
}
