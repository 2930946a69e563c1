import { addDays, chinaTime } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { startTripWorld, WORKER, type TripWorld } from './trips-world';

jest.setTimeout(180_000);

/** The world's clock is Saturday 2026-11-21 10:00 China; the trip leaves Monday 07:00. */
const TODAY = '2026-11-21';

let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

/** The timer as CloudBase fires it (`Time` in UTC), at a China instant. */
async function tick(at: number) {
  const event = {
    Type: 'Timer',
    TriggerName: 'dailyAt2000China',
    Time: new Date(at).toISOString(),
  };
  return (await w.b.raw('housekeeping', '', event)) as {
    ok: boolean;
    data?: { tripReminders: { sent: number }; departedTrips: number };
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
