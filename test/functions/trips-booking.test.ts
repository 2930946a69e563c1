import { chinaTime } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { refusedUnchanged } from './expect-unchanged';
import { CADRE, OTHER_CADRE, startTripWorld, WORKER, type TripWorld } from './trips-world';
import { login } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

const bookInput = (tripId: string, extra: Record<string, unknown> = {}) => ({
  tripId,
  pickupId: 'p1',
  name: '李春梅',
  phone: '13977745678',
  ...extra,
});

describe('trip.book', () => {
  test('a worker takes a seat at a pick-up point and gets a six-digit boarding code', async () => {
    const { tripId } = await w.trip();
    const booking = await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    expect(booking).toMatchObject({
      tripId,
      pickupId: 'p1',
      pickupName: '太平镇政府门口',
      pickupTime: '06:30',
      status: 'booked',
    });
    expect(booking.boardingCode).toMatch(/^\d{6}$/);
    expect((await w.b.ok(WORKER, 'trip.get', { tripId })).seatsLeft).toBe(44);
    const [doc] = await w.bookings(tripId);
    expect(doc).toMatchObject({ personKey: 'tel:13977745678:李春梅', workerOpenid: WORKER });
  });

  test('retrying the same booking returns it and takes no second seat', async () => {
    const { tripId } = await w.trip();
    const first = await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    const again = await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    expect(again._id).toBe(first._id);
    expect((await w.tripDoc(tripId))?.seatsLeft).toBe(44);
  });

  test('a second booking of the same person at another pick-up is refused, nothing written', async () => {
    const { tripId } = await w.trip();
    await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(WORKER, 'trip.book', bookInput(tripId, { pickupId: 'p2' })),
    );
    expect(res).toMatchObject({ code: 'ALREADY_BOOKED' });
    expect(res.message).toContain('取消原来的预订');
  });

  test('the inviter of a shared card is remembered', async () => {
    const { tripId } = await w.trip();
    const cadre = await login(w.b, CADRE);
    const worker = await w.worker('o-trip-shared', '张国强', '13800001111');
    await w.b.ok(worker, 'trip.book', {
      ...bookInput(tripId),
      name: '张国强',
      phone: '13800001111',
      inviter: { type: 'share', userId: cadre.userId },
    });
    expect((await w.bookings(tripId))[0]?.inviter).toEqual({ type: 'share', userId: cadre.userId });
  });

  test('a full trip puts the next worker on the waiting list with their place in line', async () => {
    const { tripId } = await w.trip({ seats: 1 });
    await w.worker('o-trip-first', '赵一', '13800000001');
    await w.b.ok('o-trip-first', 'trip.book', {
      ...bookInput(tripId),
      name: '赵一',
      phone: '13800000001',
    });
    const waiting = await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    expect(waiting).toMatchObject({ status: 'waiting', queuePosition: 1 });
    expect(waiting.boardingCode).toBeUndefined();
    const trip = await w.b.ok(WORKER, 'trip.get', { tripId });
    expect(trip).toMatchObject({ seatsLeft: 0, waiting: 1, myBooking: { status: 'waiting' } });
  });

  test('cancelling a seat gives it to the first on the waiting list, who is told', async () => {
    const { tripId } = await w.trip({ seats: 1 });
    await w.worker('o-trip-a', '钱二', '13800000002');
    await w.worker('o-trip-b', '孙三', '13800000003');
    const a = await w.b.ok('o-trip-a', 'trip.book', {
      ...bookInput(tripId),
      name: '钱二',
      phone: '13800000002',
    });
    w.subscribe(WORKER, 'tripSeat');
    await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    w.clock.now += 1000;
    await w.b.ok('o-trip-b', 'trip.book', {
      ...bookInput(tripId),
      name: '孙三',
      phone: '13800000003',
    });
    const sentBefore = w.b.cloud.outbox().length;
    await w.b.ok('o-trip-a', 'trip.cancelBooking', { bookingId: a._id });
    const sent = w.b.cloud.outbox().slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: WORKER,
      templateId: SUBSCRIBE_TEMPLATES.tripSeat,
      page: `package-trips/pages/trip/index?id=${tripId}`,
    });
    const mine = await w.b.ok(WORKER, 'trip.get', { tripId });
    expect(mine.myBooking).toMatchObject({ status: 'booked' });
    expect(mine.myBooking?.boardingCode).toMatch(/^\d{6}$/);
    expect(mine).toMatchObject({ seatsLeft: 0, waiting: 1 });
    const third = await w.b.ok('o-trip-b', 'trip.get', { tripId });
    expect(third.myBooking).toMatchObject({ status: 'waiting', queuePosition: 1 });
    // a retried cancel frees nothing more
    await w.b.ok('o-trip-a', 'trip.cancelBooking', { bookingId: a._id });
    expect((await w.b.ok('o-trip-b', 'trip.get', { tripId })).myBooking?.status).toBe('waiting');
  });

  test('a departed trip cannot be booked', async () => {
    const { tripId } = await w.trip({ day: '2026-11-21', time: '18:00' });
    await w.b.ok(CADRE, 'trip.depart', { tripId });
    const res = await refusedUnchanged(w.b, () => w.b.call(WORKER, 'trip.book', bookInput(tripId)));
    expect(res).toMatchObject({ code: 'TRIP_NOT_OPEN' });
    expect(res.message).toContain('已经发车');
  });

  test('past its departure time a trip cannot be booked', async () => {
    const { tripId } = await w.trip({ day: '2026-11-21', time: '18:00' });
    const saved = w.clock.now;
    w.clock.now = chinaTime('2026-11-21', '18:01');
    try {
      const res = await w.b.fail(WORKER, 'trip.book', bookInput(tripId));
      expect(res.code).toBe('TRIP_NOT_OPEN');
    } finally {
      w.clock.now = saved;
    }
  });

  test.each([
    ['a phone that is not a mobile number', { phone: '0832-1234567' }, 'phone'],
    ['no name', { name: ' ' }, 'name'],
    ['a pick-up the trip does not have', { pickupId: 'p9' }, 'pickupId'],
    ['an operator as trip id', { tripId: { $ne: '' } }, 'tripId'],
  ])('%s is refused with the field named and nothing written', async (_l, patch, field) => {
    const { tripId } = await w.trip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(WORKER, 'trip.book', { ...bookInput(tripId), ...patch } as never),
    );
    expect(res.fields?.[field]).toBeTruthy();
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('trip.proxyBook', () => {
  test('a cadre books a villager without a phone and gets the code to hand on', async () => {
    const { tripId } = await w.trip();
    const row = await w.b.ok(CADRE, 'trip.proxyBook', {
      tripId,
      pickupId: 'p2',
      name: '王德贵',
      village: '庆荣村',
    });
    expect(row).toMatchObject({ name: '王德贵', noPhone: true, proxy: true, status: 'booked' });
    expect(row.boardingCode).toMatch(/^\d{6}$/);
    const again = await w.b.fail(CADRE, 'trip.proxyBook', {
      tripId,
      pickupId: 'p1',
      name: '王德贵',
      village: '庆荣村',
    });
    expect(again).toMatchObject({ code: 'ALREADY_BOOKED' });
  });

  test('a cadre of another county may not book on the trip', async () => {
    const { tripId } = await w.trip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(OTHER_CADRE, 'trip.proxyBook', {
        tripId,
        pickupId: 'p1',
        name: '王德贵',
        village: '庆荣村',
      }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});

describe('trip.myBookings', () => {
  test('shows my booking with its trip, pick-up point on the map and code', async () => {
    const worker = await w.worker('o-trip-mine', '周五', '13800000005');
    const { tripId } = await w.trip();
    await w.b.ok(worker, 'trip.book', {
      ...bookInput(tripId, { pickupId: 'p2' }),
      name: '周五',
      phone: '13800000005',
    });
    const page = await w.b.ok(worker, 'trip.myBookings', {});
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      pickupName: '庆荣村村委会',
      pickupLocation: { lat: 29.6553, lng: 104.8917 },
      trip: { _id: tripId, title: '资中→台州返岗直达大巴', to: { city: '台州' } },
    });
    expect(page.items[0]?.boardingCode).toMatch(/^\d{6}$/);
  });
});

describe('trip.cancelBooking', () => {
  test("someone else's booking is not found and nothing changes", async () => {
    const { tripId } = await w.trip();
    const mine = await w.b.ok(WORKER, 'trip.book', bookInput(tripId));
    const other = await w.worker('o-trip-nosy', '吴六', '13800000006');
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(other, 'trip.cancelBooking', { bookingId: mine._id }),
    );
    expect(res).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这个预订' });
  });
});
