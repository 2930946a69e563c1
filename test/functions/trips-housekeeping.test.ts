import { addDays, chinaTime } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import type { TripBookingDoc } from '../../server/collections';
import { crashSwitch } from '../fixtures/backend/crash';
import { startTripWorld, WORKER, type TripWorld } from './trips-world';

jest.setTimeout(180_000);

/** The world's clock is Saturday 2026-11-21 10:00 China; the trip leaves Monday 07:00. */
const TODAY = '2026-11-21';

const crash = crashSwitch();
let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld({ functionEnv: crash.functionEnv });
  await w.worker(WORKER);
});
afterAll(async () => {
  await w?.b.stop();
  crash.remove();
});

/** The timer as CloudBase fires it (`Time` in UTC), at a China instant. */
async function tick(at: number) {
  const event = {
    Type: 'Timer',
    TriggerName: 'dailyAt2000China',
    Time: new Date(at).toISOString(),
  };
  return (await w.b.raw('housekeeping', '', event)) as {
    ok: boolean;
    data?: {
      tripReminders: { sent: number };
      departedTrips: number;
      repaired: { id: string }[];
    };
  };
}

test('the evening before (China days) each booked traveller is reminded once of their pick-up', async () => {
  const { tripId } = await w.trip({ day: addDays(TODAY, 2) });
  await w.b.ok(WORKER, 'trip.book', {
    tripId,
    pickupId: 'p2',
    name: '李春梅',
    phone: '13977745678',
  });
  w.subscribe(WORKER, 'tripReminder', 2);
  // Saturday 20:00: Monday's trip is not tomorrow yet.
  expect((await tick(chinaTime(TODAY, '20:00'))).data?.tripReminders.sent).toBe(0);
  // Sunday 20:00 China is 12:00 UTC: tomorrow in China is Monday.
  const before = w.b.cloud.outbox().length;
  const run = await tick(chinaTime(addDays(TODAY, 1), '20:00'));
  expect(run.data?.tripReminders.sent).toBe(1);
  expect(w.b.cloud.outbox().slice(before)).toEqual([
    expect.objectContaining({
      touser: WORKER,
      templateId: SUBSCRIBE_TEMPLATES.tripReminder,
      data: expect.objectContaining({
        time2: { value: '2026年11月23日 06:45' },
        thing3: { value: '庆荣村村委会' },
      }),
    }),
  ]);
  // A rerun sends none.
  expect((await tick(chinaTime(addDays(TODAY, 1), '20:05'))).data?.tripReminders.sent).toBe(0);
});

test('the day after, a trip nobody marked departed is marked departed', async () => {
  const { tripId } = await w.trip({ day: addDays(TODAY, 2) });
  const run = await tick(chinaTime(addDays(TODAY, 3), '20:00'));
  expect(run.data?.departedTrips).toBeGreaterThanOrEqual(1);
  expect((await w.tripDoc(tripId))?.status).toBe('departed');
});

test('a seat the recount gives back goes to the first on the waiting list at once, who is told', async () => {
  const MINUTE = 60_000;
  const { tripId } = await w.trip({ seats: 1, day: addDays(TODAY, 5) });
  const book = (openid: string, name: string, phone: string) =>
    w.b.ok(openid, 'trip.book', { tripId, pickupId: 'p1', name, phone });
  const first = await book(
    await w.worker('o-hk-first', '钱二', '13800000012'),
    '钱二',
    '13800000012',
  );
  w.clock.now += 1000;
  const second = await book(
    await w.worker('o-hk-second', '孙三', '13800000013'),
    '孙三',
    '13800000013',
  );
  w.clock.now += 1000;
  await book(await w.worker('o-hk-third', '周四', '13800000014'), '周四', '13800000014');
  expect(second).toMatchObject({ status: 'waiting', queuePosition: 1 });
  w.clock.now += MINUTE;
  // The first traveller's cancellation dies between its status and handing the seat on.
  await crash.crashAt('trip.cancelBooking:afterStatus', () =>
    w.b.call('o-hk-first', 'trip.cancelBooking', { bookingId: first._id }),
  );
  const statuses = async () =>
    Object.fromEntries((await w.bookings(tripId)).map((b: TripBookingDoc) => [b.name, b.status]));
  expect(await statuses()).toEqual({ 钱二: 'cancelled', 孙三: 'waiting', 周四: 'waiting' });
  expect((await w.tripDoc(tripId))?.seatsLeft).toBe(0);

  w.subscribe('o-hk-second', 'tripSeat');
  const sentBefore = w.b.cloud.outbox().length;
  const run = await tick(w.clock.now + 11 * MINUTE);
  expect(run.data?.repaired).toContainEqual({
    counter: 'tripSeatsLeft',
    id: tripId,
    was: 0,
    now: 1,
    movedUp: 1,
  });
  // The seat went to the first in line right away, not at the trip's next booking or edit.
  expect(await statuses()).toEqual({ 钱二: 'cancelled', 孙三: 'booked', 周四: 'waiting' });
  expect((await w.tripDoc(tripId))?.seatsLeft).toBe(0);
  expect(w.b.cloud.outbox().slice(sentBefore)).toEqual([
    expect.objectContaining({
      touser: 'o-hk-second',
      templateId: SUBSCRIBE_TEMPLATES.tripSeat,
      page: `package-trips/pages/trip/index?id=${tripId}`,
    }),
  ]);
  const mine = await w.b.ok('o-hk-second', 'trip.get', { tripId });
  expect(mine.myBooking?.boardingCode).toMatch(/^\d{6}$/);
  // A later run finds nothing to repair and moves nobody else up.
  const again = await tick(w.clock.now + 30 * MINUTE);
  expect(again.data?.repaired.filter((r) => r.id === tripId)).toEqual([]);
  expect(await statuses()).toEqual({ 钱二: 'cancelled', 孙三: 'booked', 周四: 'waiting' });
});
