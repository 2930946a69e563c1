import { addDays, chinaDay, startOfChinaDay } from '../../../miniprogram/shared/index';
import { COLLECTIONS, type TripBookingDoc, type TripDoc } from '../../../server/collections';
import type { Services } from '../../../server/context';
import type { Store } from '../../../server/db';
import { mapLimit } from '../../../server/roster/notices';
import { tripReminderMessage } from '../../../server/trip-notices';

const PAGE = 1000;

/**
 * 出行提醒 the day before (China days): each traveller booked on tomorrow's trips gets one notice
 * with their pick-up point and time, claimed before sending so a rerun sends none (43101 = no
 * subscription, counted quietly).
 */
export async function remindTravellers(
  store: Store,
  services: Pick<Services, 'notify'>,
  now: number,
  log: (message: string, extra?: Record<string, unknown>) => void,
): Promise<{ sent: number; notSubscribed: number; failed: number }> {
  const _ = store.command;
  const counts = { sent: 0, notSubscribed: 0, failed: 0 };
  const tomorrow = addDays(chinaDay(now), 1);
  const trips = await store.find<TripDoc>(
    COLLECTIONS.trips,
    { status: 'open', dayStart: startOfChinaDay(tomorrow) },
    { limit: PAGE },
  );
  for (const trip of trips) {
    for (;;) {
      const due = await store.find<TripBookingDoc>(
        COLLECTIONS.tripBookings,
        { tripId: trip._id, status: 'booked', remindedAt: _.exists(false) },
        { limit: PAGE },
      );
      if (due.length === 0) break;
      await mapLimit(due, 8, async (booking) => {
        const claimed = await store.update(
          COLLECTIONS.tripBookings,
          { _id: booking._id, remindedAt: _.exists(false) },
          { remindedAt: now },
        );
        if (claimed !== 1 || !booking.workerOpenid) return;
        const pickup = trip.pickups.find((p) => p.id === booking.pickupId) ?? trip.pickups[0];
        if (!pickup) return;
        try {
          const sent = await services.notify(
            tripReminderMessage(booking.workerOpenid, trip, pickup),
          );
          if (sent) counts.sent++;
          else counts.notSubscribed++;
        } catch (err) {
          counts.failed++;
          log('tripReminder failed', {
            bookingId: booking._id,
            error: String((err as Error)?.message ?? err),
          });
        }
      });
      if (due.length < PAGE) break;
    }
  }
  return counts;
}
