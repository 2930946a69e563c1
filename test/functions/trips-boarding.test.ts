import { checkInQrText } from '../../miniprogram/shared/index';
import { refusedUnchanged } from './expect-unchanged';
import { login } from '../fixtures/backend/flows';
import { CADRE, OTHER_CADRE, startTripWorld, WORKER, type TripWorld } from './trips-world';

jest.setTimeout(180_000);

/** Trips leave today at 20:00 (the clock is Saturday 10:00), so boarding is open. */
const TODAY = { day: '2026-11-21', time: '20:00' };

let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

async function bookedTrip() {
  const { tripId, inviteCode } = await w.trip({
    ...TODAY,
    pickups: [
      { name: '太平镇政府门口', time: '19:30', location: { lat: 29.6612, lng: 104.8863 } },
      { name: '庆荣村村委会', time: '19:45', location: { lat: 29.6553, lng: 104.8917 } },
    ],
  });
  const mine = await w.b.ok(WORKER, 'trip.book', {
    tripId,
    pickupId: 'p1',
    name: '李春梅',
    phone: '13977745678',
  });
  const villager = await w.b.ok(CADRE, 'trip.proxyBook', {
    tripId,
    pickupId: 'p2',
    name: '王德贵',
    village: '庆荣村',
  });
  return { tripId, inviteCode, mine, villager };
}

describe('trip.board', () => {
  test('the scanned QR boards the traveller once; a second scan says so', async () => {
    const { tripId, inviteCode, mine } = await bookedTrip();
    const code = checkInQrText(inviteCode, mine.boardingCode as string);
    const first = await w.b.ok(CADRE, 'trip.board', { tripId, code });
    expect(first).toMatchObject({
      alreadyBoarded: false,
      booking: { name: '李春梅', status: 'boarded', pickupName: '太平镇政府门口' },
    });
    const again = await w.b.ok(CADRE, 'trip.board', { tripId, code: mine.boardingCode });
    expect(again.alreadyBoarded).toBe(true);
    expect((await w.b.ok(WORKER, 'trip.get', { tripId })).myBooking).toMatchObject({
      status: 'boarded',
    });
  });

  test('a villager without a phone is found by name and boarded', async () => {
    const { tripId } = await bookedTrip();
    const found = await w.b.ok(CADRE, 'trip.roster', { tripId, q: '王德' });
    expect(found.items.map((b) => b.name)).toEqual(['王德贵']);
    const res = await w.b.ok(CADRE, 'trip.board', { tripId, bookingId: found.items[0]!._id });
    expect(res.booking).toMatchObject({ status: 'boarded', noPhone: true });
  });

  test('the code of another trip is refused and nothing changes', async () => {
    const { tripId } = await bookedTrip();
    const other = await bookedTrip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'trip.board', {
        tripId,
        code: checkInQrText(other.inviteCode, other.mine.boardingCode as string),
      }),
    );
    expect(res).toMatchObject({ code: 'WRONG_TRIP', message: '这个乘车码不是这趟车的' });
  });

  test.each([
    ['not a code', 'hello', 'INVALID_INPUT'],
    ['a code nobody has', '000000', 'NOT_FOUND'],
  ])('%s is refused with a Chinese message', async (_l, code, expected) => {
    const { tripId } = await bookedTrip();
    const res = await refusedUnchanged(w.b, () => w.b.call(CADRE, 'trip.board', { tripId, code }));
    expect(res.code).toBe(expected);
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('someone still on the waiting list cannot board', async () => {
    const { tripId } = await w.trip({ ...TODAY, time: '20:00', seats: 1 });
    await w.b.ok(CADRE, 'trip.proxyBook', {
      tripId,
      pickupId: 'p1',
      name: '甲',
      village: '庆荣村',
    });
    const waiting = await w.b.ok(CADRE, 'trip.proxyBook', {
      tripId,
      pickupId: 'p1',
      name: '乙',
      village: '庆荣村',
    });
    expect(waiting.status).toBe('waiting');
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'trip.board', { tripId, code: waiting.boardingCode }),
    );
    expect(res.message).toBe('乙还在候补，没有座位，请先别让上车');
  });

  test('boarding opens on the day of the trip only', async () => {
    const { tripId } = await w.trip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'trip.board', { tripId, code: '123456' }),
    );
    expect(res.message).toBe('发车当天才能核验上车');
  });

  test("a cadre of another county may not board 资中's travellers", async () => {
    const { tripId, mine } = await bookedTrip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(OTHER_CADRE, 'trip.board', { tripId, code: mine.boardingCode }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});

describe('trip.roster', () => {
  test('per pick-up point: who is booked, who boarded, who is still missing', async () => {
    const { tripId, mine } = await bookedTrip();
    await w.b.ok(CADRE, 'trip.board', { tripId, code: mine.boardingCode });
    const all = await w.b.ok(CADRE, 'trip.roster', { tripId });
    expect(all.counts).toEqual({ booked: 2, boarded: 1, missing: 1, waiting: 0 });
    expect(all.items.map((b) => [b.name, b.phone, b.status])).toEqual([
      ['李春梅', '13977745678', 'boarded'],
      ['王德贵', '', 'booked'],
    ]);
    const p2 = await w.b.ok(CADRE, 'trip.roster', { tripId, pickupId: 'p2' });
    expect(p2.counts).toEqual({ booked: 1, boarded: 0, missing: 1, waiting: 0 });
    const missing = await w.b.ok(CADRE, 'trip.roster', { tripId, status: 'booked' });
    expect(missing.items.map((b) => b.name)).toEqual(['王德贵']);
    expect((await w.b.ok(CADRE, 'trip.roster', { tripId, q: '5678' })).items).toHaveLength(1);
  });
});

describe('trip.exportRoster', () => {
  test('a CSV Excel opens: names, phones as text, pick-up, boarded, employer, inviter', async () => {
    const { tripId, mine } = await bookedTrip();
    await w.b.ok(CADRE, 'trip.board', { tripId, code: mine.boardingCode });
    const cadre = await login(w.b, CADRE);
    const file = await w.b.ok(CADRE, 'trip.exportRoster', { tripId });
    expect(file.fileName).toBe('资中→台州返岗直达大巴-2026-11-21-花名册.csv');
    expect(file.rows).toBe(2);
    const lines = file.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"姓名","电话","村","上车点","上车时间","状态","上车核验时间","目的地单位","报名方式","邀请人"',
    );
    expect(lines[1]).toMatch(
      /^"李春梅","\t13977745678","庆荣村","太平镇政府门口","19:30","已上车","2026-11-21 10:00","台州椒江鞋业园","本人预订",""$/,
    );
    expect(lines[2]).toContain('"没手机，村干部联系"');
    expect(lines[2]).toContain('代登记');
    expect(cadre.userId).toBeTruthy();
    const p2 = await w.b.ok(CADRE, 'trip.exportRoster', { tripId, pickupId: 'p2' });
    expect(p2).toMatchObject({ rows: 1, fileName: expect.stringContaining('庆荣村村委会') });
  });

  test('only the organisers get the file', async () => {
    const { tripId } = await bookedTrip();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(OTHER_CADRE, 'trip.exportRoster', { tripId }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});
