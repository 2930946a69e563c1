import { chinaTime } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { tripInput } from '../fixtures/trips';
import { refusedUnchanged } from './expect-unchanged';
import {
  CADRE,
  COUNTY_CADRE,
  EMPLOYER,
  OTHER_CADRE,
  startTripWorld,
  WORKER,
  type TripWorld,
} from './trips-world';

jest.setTimeout(180_000);

let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

/** The edit form as the organiser's page fills it from trip.get: same pick-up ids, same rev. */
async function editForm(tripId: string, patch: Record<string, unknown> = {}) {
  const trip = await w.b.ok(CADRE, 'trip.get', { tripId });
  const base = tripInput(w.clock.now);
  return {
    ...base,
    day: trip.day,
    time: trip.time,
    seats: trip.seats,
    pickups: trip.pickups,
    tripId,
    rev: trip.rev,
    ...patch,
  };
}

const book = (openid: string, tripId: string, name: string, phone: string, pickupId = 'p1') =>
  w.b.ok(openid, 'trip.book', { tripId, pickupId, name, phone });

describe('trip.create', () => {
  test('a cadre creates a trip; anyone sees it in the list and by its invite code', async () => {
    const { tripId, inviteCode } = await w.trip();
    expect(inviteCode).toMatch(/^[A-Z2-9]{6}$/);
    const list = await w.b.ok(WORKER, 'trip.list', {});
    expect(list.items.find((t) => t._id === tripId)).toMatchObject({
      mode: 'bus',
      toCity: '台州',
      seats: 45,
      seatsLeft: 45,
      costLabel: '免费',
    });
    const byCode = await w.b.ok(WORKER, 'trip.get', { inviteCode });
    expect(byCode).toMatchObject({
      _id: tripId,
      pickups: [
        { id: 'p1', name: '太平镇政府门口', time: '06:30' },
        { id: 'p2', name: '庆荣村村委会', time: '06:45' },
      ],
      contact: { name: '王书记', phone: '13908321234' },
      canManage: false,
      myBooking: null,
    });
    expect((await w.b.ok(CADRE, 'trip.get', { tripId })).canManage).toBe(true);
    expect((await w.b.ok(CADRE, 'trip.list', { mine: true })).items.map((t) => t._id)).toContain(
      tripId,
    );
  });

  test('a verified employer creates a trip for its own hires only', async () => {
    const company = (await w.b.ok(EMPLOYER, 'employer.mine', {}))?.companyName as string;
    const own = await w.b.ok(
      EMPLOYER,
      'trip.create',
      tripInput(w.clock.now, { to: { ...tripInput(w.clock.now).to, employerName: company } }),
    );
    expect((await w.b.ok(EMPLOYER, 'trip.get', { tripId: own.tripId })).canManage).toBe(true);
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(EMPLOYER, 'trip.create', tripInput(w.clock.now)),
    );
    expect(res).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.message).toContain('本单位');
  });

  test.each([
    ['a cadre of another county', OTHER_CADRE, {}, 'FORBIDDEN'],
    ['a day already past', CADRE, { day: '2026-11-20' }, 'INVALID_INPUT'],
    ['a pick-up after departure', CADRE, { time: '06:40' }, 'INVALID_INPUT'],
    ['no pick-up point', CADRE, { pickups: [] }, 'INVALID_INPUT'],
    ['no seats', CADRE, { seats: 0 }, 'INVALID_INPUT'],
    ['a fare below nothing', CADRE, { cost: { kind: 'fare', yuan: -5 } }, 'INVALID_INPUT'],
  ])('%s is refused with a Chinese message and nothing written', async (_l, who, patch, code) => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(who, 'trip.create', tripInput(w.clock.now, patch as never)),
    );
    expect(res.code).toBe(code);
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('trip.update', () => {
  test('an edit made on the current rev is saved; a stale one is refused, nothing written', async () => {
    const { tripId } = await w.trip();
    const { rev } = await w.b.ok(CADRE, 'trip.get', { tripId });
    const form = { ...tripInput(w.clock.now), tripId, rev };
    expect(await w.b.ok(CADRE, 'trip.update', { ...form, seats: 50 })).toEqual({ rev: rev + 1 });
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(COUNTY_CADRE, 'trip.update', { ...form, title: '资中→台州二号车' }),
    );
    expect(res).toMatchObject({ code: 'CONFLICT', message: '这趟车刚被别人改过，请刷新后再改' });
    expect((await w.tripDoc(tripId))?.seatsLeft).toBe(50);
  });

  test('seats cannot drop below those booked, nor a booked pick-up be removed', async () => {
    const { tripId } = await w.trip({ seats: 2 });
    await book(WORKER, tripId, '李春梅', '13977745678', 'p2');
    const form = await editForm(tripId);
    const fewer = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'trip.update', { ...form, seats: 0 }),
    );
    expect(fewer.code).toBe('INVALID_INPUT');
    const removed = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'trip.update', { ...form, pickups: form.pickups.slice(0, 1) }),
    );
    expect(removed).toMatchObject({ code: 'INVALID_INPUT' });
    expect(removed.message).toContain('庆荣村村委会已有1人订座');
  });

  test('more seats go to the waiting list first, in order', async () => {
    const { tripId } = await w.trip({ seats: 1 });
    await w.worker('o-up-1', '甲', '13800003001');
    await w.worker('o-up-2', '乙', '13800003002');
    await book(WORKER, tripId, '李春梅', '13977745678');
    await book('o-up-1', tripId, '甲', '13800003001');
    w.clock.now += 1000;
    await book('o-up-2', tripId, '乙', '13800003002');
    await w.b.ok(CADRE, 'trip.update', await editForm(tripId, { seats: 2 }));
    expect((await w.b.ok('o-up-1', 'trip.get', { tripId })).myBooking?.status).toBe('booked');
    expect((await w.b.ok('o-up-2', 'trip.get', { tripId })).myBooking).toMatchObject({
      status: 'waiting',
      queuePosition: 1,
    });
  });
});

describe('trip.cancel', () => {
  test('cancelling tells everyone booked, with the reason; the trip says why', async () => {
    const { tripId } = await w.trip();
    await book(WORKER, tripId, '李春梅', '13977745678');
    w.subscribe(WORKER, 'tripCancelled');
    const before = w.b.cloud.outbox().length;
    expect(await w.b.ok(CADRE, 'trip.cancel', { tripId, reason: '大雪封路，改到下周' })).toEqual({
      notified: 1,
    });
    expect(w.b.cloud.outbox().slice(before)).toEqual([
      expect.objectContaining({
        touser: WORKER,
        templateId: SUBSCRIBE_TEMPLATES.tripCancelled,
        data: expect.objectContaining({ thing3: { value: '大雪封路，改到下周' } }),
      }),
    ]);
    const trip = await w.b.ok(WORKER, 'trip.get', { tripId });
    expect(trip).toMatchObject({ status: 'cancelled', cancelReason: '大雪封路，改到下周' });
    expect(trip.myBooking?.boardingCode).toBeUndefined();
    const res = await w.b.fail(WORKER, 'trip.book', {
      tripId,
      pickupId: 'p1',
      name: '李春梅',
      phone: '13977745678',
    });
    expect(res.message).toContain('大雪封路');
  });

  test("a cadre of another county may not cancel 资中's trip", async () => {
    const { tripId } = await w.trip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(OTHER_CADRE, 'trip.cancel', { tripId, reason: '不去了' }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});

describe('trip.depart', () => {
  test('only on the day; after it the trip is departed and not bookable', async () => {
    const { tripId } = await w.trip();
    const early = await refusedUnchanged(w.b, () => w.b.call(CADRE, 'trip.depart', { tripId }));
    expect(early.message).toContain('发车当天');
    const { tripId: today } = await w.trip({ day: '2026-11-21', time: '20:00' });
    await w.b.ok(CADRE, 'trip.depart', { tripId: today });
    expect((await w.b.ok(WORKER, 'trip.get', { tripId: today })).status).toBe('departed');
  });
});

describe('trip.invitePoster', () => {
  test('a poster whose scene names the trip and the inviter, within 32 characters', async () => {
    const { tripId, inviteCode } = await w.trip();
    const poster = await w.b.ok(CADRE, 'trip.invitePoster', { tripId });
    expect(poster.scene).toMatch(new RegExp(`^t=${inviteCode}&i=`));
    expect(poster.scene.length).toBeLessThanOrEqual(32);
    expect(poster.page).toBe('package-trips/pages/trip/index');
    expect(poster.imageBase64.length).toBeGreaterThan(100);
  });
});

test('the departure moment is China time', () => {
  expect(chinaTime('2026-11-25', '07:00')).toBe(Date.parse('2026-11-24T23:00:00Z'));
});
