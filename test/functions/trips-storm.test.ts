import type { TripBookingDoc } from '../../server/collections';
import { CADRE, phoneOf, startTripWorld, type TripWorld } from './trips-world';

jest.setTimeout(300_000);

/**
 * The storm of issue 14: 200 workers book a 45-seat bus at the same moment. The seats are taken
 * by one conditional update each, so exactly 45 get one and 155 queue; the queue is first come,
 * first served, and a freed seat goes to the first in line exactly once, however often the
 * cancel is retried.
 */
const WORKERS = 200;
const SEATS = 45;
const openidOf = (i: number) => `o-storm-trip-${i}`;
const nameOf = (i: number) => `返岗${i}号`;

let w: TripWorld;
let tripId: string;
beforeAll(async () => {
  w = await startTripWorld();
  for (let i = 0; i < WORKERS; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        w.worker(openidOf(i + k), nameOf(i + k), phoneOf(i + k)),
      ),
    );
  }
  ({ tripId } = await w.b.ok(CADRE, 'trip.create', {
    ...(await import('../fixtures/trips')).tripInput(w.clock.now),
    seats: SEATS,
  }));
});
afterAll(() => w?.b.stop());

const live = (rows: TripBookingDoc[]) => rows.filter((b) => b.status !== 'cancelled');
/** The queue as the database orders it: queuedAt, then id. */
const queue = (rows: TripBookingDoc[]) =>
  rows
    .filter((b) => b.status === 'waiting')
    .sort((a, b) => (a.queuedAt ?? 0) - (b.queuedAt ?? 0) || (a._id < b._id ? -1 : 1));

test('200 concurrent bookings on 45 seats: exactly 45 seated, 155 queued in order', async () => {
  const answers = await Promise.all(
    Array.from({ length: WORKERS }, (_, i) =>
      w.b.ok(openidOf(i), 'trip.book', {
        tripId,
        pickupId: i % 2 ? 'p1' : 'p2',
        name: nameOf(i),
        phone: phoneOf(i),
      }),
    ),
  );
  expect(answers.filter((a) => a.status === 'booked')).toHaveLength(SEATS);
  expect(answers.filter((a) => a.status === 'waiting')).toHaveLength(WORKERS - SEATS);
  const rows = await w.bookings(tripId);
  expect(live(rows)).toHaveLength(WORKERS);
  expect(rows.filter((b) => b.status === 'booked')).toHaveLength(SEATS);
  expect((await w.tripDoc(tripId))?.seatsLeft).toBe(0);

  // Each waiting traveller's place is their rank in the queue: 1 … 155, no gaps, no repeats.
  const order = queue(rows);
  const trip = await Promise.all(
    order.map((b) => w.b.ok(b.workerOpenid as string, 'trip.get', { tripId })),
  );
  expect(trip.map((t) => t.myBooking?.queuePosition)).toEqual(order.map((_, i) => i + 1));

  // A later booker queues behind all of them.
  w.clock.now += 1000;
  await w.worker('o-storm-late', '晚来', '13600000000');
  const late = await w.b.ok('o-storm-late', 'trip.book', {
    tripId,
    pickupId: 'p1',
    name: '晚来',
    phone: '13600000000',
  });
  expect(late).toMatchObject({ status: 'waiting', queuePosition: WORKERS - SEATS + 1 });
});

test('a freed seat goes to the first in line exactly once, however often the cancel is retried', async () => {
  const before = await w.bookings(tripId);
  const [first, second] = queue(before);
  const seated = before.find((b) => b.status === 'booked') as TripBookingDoc;
  await Promise.all(
    Array.from({ length: 5 }, () =>
      w.b.ok(seated.workerOpenid as string, 'trip.cancelBooking', { bookingId: seated._id }),
    ),
  );
  const after = await w.bookings(tripId);
  const status = (id: string) => after.find((b) => b._id === id)?.status;
  expect(status(seated._id)).toBe('cancelled');
  expect(status(first!._id)).toBe('booked');
  expect(status(second!._id)).toBe('waiting');
  expect(after.filter((b) => b.status === 'booked')).toHaveLength(SEATS);
  expect(queue(after)[0]?._id).toBe(second!._id);
  expect((await w.tripDoc(tripId))?.seatsLeft).toBe(0);
});

test('two seats freed at once go to the next two in line, one each', async () => {
  const before = await w.bookings(tripId);
  const [a, b] = queue(before);
  const seated = before.filter((x) => x.status === 'booked').slice(0, 2);
  await Promise.all(
    seated.map((s) => w.b.ok(s.workerOpenid as string, 'trip.cancelBooking', { bookingId: s._id })),
  );
  const after = await w.bookings(tripId);
  expect(after.find((x) => x._id === a!._id)?.status).toBe('booked');
  expect(after.find((x) => x._id === b!._id)?.status).toBe('booked');
  expect(after.filter((x) => x.status === 'booked')).toHaveLength(SEATS);
  expect((await w.tripDoc(tripId))?.seatsLeft).toBe(0);
});
