import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { needInput } from '../fixtures/trips';
import { refusedUnchanged } from './expect-unchanged';
import { loginAdmin } from '../fixtures/backend/flows';
import { ADMIN_ZIZHONG, ADMIN } from '../fixtures/backend/harness';
import {
  CADRE,
  COUNTY_CADRE,
  OTHER_CADRE,
  OTHER_TOWN_CADRE,
  startTripWorld,
  WORKER,
  type TripWorld,
} from './trips-world';

jest.setTimeout(180_000);

let w: TripWorld;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
  await loginAdmin(w.b, ADMIN_ZIZHONG);
});
afterAll(() => w?.b.stop());

describe('travel.registerNeed', () => {
  test('a worker registers where and when they go, and 我的 shows it', async () => {
    const worker = await w.worker('o-need-1', '陈大勇', '13800002001');
    const need = await w.b.ok(
      worker,
      'travel.registerNeed',
      needInput(w.clock.now, { name: '陈大勇', phone: '13800002001' }),
    );
    expect(need).toMatchObject({
      status: 'open',
      to: { city: '台州', employerName: '台州椒江鞋业园' },
      people: 2,
      hasJob: true,
      proxy: false,
    });
    expect((await w.b.ok(worker, 'travel.myNeed', {})).need?._id).toBe(need._id);
  });

  test('saving again edits the one open need instead of adding a second', async () => {
    const worker = await w.worker('o-need-2', '刘二妹', '13800002002');
    const input = needInput(w.clock.now, { name: '刘二妹', phone: '13800002002' });
    const first = await w.b.ok(worker, 'travel.registerNeed', input);
    const edited = await w.b.ok(worker, 'travel.registerNeed', {
      ...input,
      to: { city: '嘉兴' },
      people: 1,
    });
    expect(edited._id).toBe(first._id);
    expect(edited.to).toEqual({ city: '嘉兴' });
    expect((await w.needs()).filter((n) => n.workerOpenid === worker)).toHaveLength(1);
  });

  test("a cadre's 代登记 of the same person becomes the worker's own need", async () => {
    const { _id } = await w.b.ok(CADRE, 'travel.proxyNeed', {
      ...needInput(w.clock.now, { name: '黄秀英', phone: '13800002003' }),
    });
    const worker = await w.worker('o-need-3', '黄秀英', '13800002003');
    const mine = await w.b.ok(
      worker,
      'travel.registerNeed',
      needInput(w.clock.now, { name: '黄秀英', phone: '13800002003', people: 3 }),
    );
    expect(mine).toMatchObject({ _id, people: 3 });
  });

  test('a person whose need another account registered is refused, nothing written', async () => {
    const a = await w.worker('o-need-4a', '何小军', '13800002004');
    await w.b.ok(
      a,
      'travel.registerNeed',
      needInput(w.clock.now, { name: '何小军', phone: '13800002004' }),
    );
    const b = await w.worker('o-need-4b', '何小军', '13800002004');
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(
        b,
        'travel.registerNeed',
        needInput(w.clock.now, { name: '何小军', phone: '13800002004' }),
      ),
    );
    expect(res).toMatchObject({
      code: 'ALREADY_REGISTERED',
      message: '何小军的出行需求已经登记过了，不用再登记',
    });
  });

  test.each([
    ['a day already past', { earliestDay: '2026-11-01' }, 'earliestDay'],
    ['nobody travelling', { people: 0 }, 'people'],
    ['a family of 30', { people: 30 }, 'people'],
    ['no city', { to: { city: '' } }, 'to.city'],
    [
      'no village',
      {
        from: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇', village: '' },
      },
      'from.village',
    ],
    ["someone else's application", { applicationId: 'nosuchapplication' }, 'applicationId'],
  ])('%s is refused with a Chinese message and nothing written', async (_l, patch, field) => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(WORKER, 'travel.registerNeed', { ...needInput(w.clock.now), ...patch } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.[field]).toBeTruthy();
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('travel.proxyNeed', () => {
  test('a cadre registers a villager with no phone; the same villager twice is refused', async () => {
    const input = {
      ...needInput(w.clock.now, { name: '王德贵' }),
      phone: undefined,
      idTail: '123X',
    };
    const row = await w.b.ok(CADRE, 'travel.proxyNeed', input);
    expect(row).toMatchObject({ name: '王德贵', phone: '', proxy: true, status: 'open' });
    const res = await refusedUnchanged(w.b, () => w.b.call(CADRE, 'travel.proxyNeed', input));
    expect(res.code).toBe('ALREADY_REGISTERED');
  });

  test('a cadre of another town may not register for 太平镇', async () => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(OTHER_TOWN_CADRE, 'travel.proxyNeed', needInput(w.clock.now, { name: '王五' })),
    );
    expect(res).toMatchObject({ code: 'FORBIDDEN', message: '只能为您负责的乡镇登记出行需求' });
  });
});

describe('travel.withdrawNeed', () => {
  test('the worker withdraws their need and may register a new one', async () => {
    const worker = await w.worker('o-need-5', '杨六', '13800002005');
    const input = needInput(w.clock.now, { name: '杨六', phone: '13800002005' });
    const need = await w.b.ok(worker, 'travel.registerNeed', input);
    expect(await w.b.ok(worker, 'travel.withdrawNeed', { needId: need._id })).toEqual({
      status: 'withdrawn',
    });
    expect((await w.b.ok(worker, 'travel.myNeed', {})).need).toBeNull();
    const again = await w.b.ok(worker, 'travel.registerNeed', input);
    expect(again._id).not.toBe(need._id);
  });

  test("another worker's need is not found, and nothing changes", async () => {
    const worker = await w.worker('o-need-6', '郑七', '13800002006');
    const need = await w.b.ok(
      worker,
      'travel.registerNeed',
      needInput(w.clock.now, { name: '郑七', phone: '13800002006' }),
    );
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(WORKER, 'travel.withdrawNeed', { needId: need._id }),
    );
    expect(res.code).toBe('NOT_FOUND');
  });
});

describe('travel.summary', () => {
  test('groups open needs by destination and week, with people, jobs, employers and towns', async () => {
    const res = await w.b.ok(COUNTY_CADRE, 'travel.summary', {});
    const taizhou = res.groups.find((g) => g.city === '台州');
    expect(taizhou).toMatchObject({ week: '2026-11-23' });
    expect(taizhou?.people).toBeGreaterThanOrEqual(2);
    expect(taizhou?.employers[0]?.name).toBe('台州椒江鞋业园');
    expect(taizhou?.towns[0]?.name).toBe('太平镇');
    expect(res.totals.people).toBe(res.groups.reduce((s, g) => s + g.people, 0));
    expect(await w.b.ok(ADMIN_ZIZHONG, 'travel.summary', {})).toEqual(res);
  });

  test("another town's cadre and another county's admin see none of 太平镇's needs", async () => {
    expect((await w.b.ok(OTHER_TOWN_CADRE, 'travel.summary', {})).totals.needs).toBe(0);
    expect((await w.b.ok(OTHER_CADRE, 'travel.summary', {})).totals.needs).toBe(0);
    expect((await w.b.ok(ADMIN, 'travel.summary', {})).totals.needs).toBe(0);
  });

  test('a new trip tells the workers whose need it serves', async () => {
    const worker = await w.worker('o-need-told', '冯八', '13800002008');
    await w.b.ok(
      worker,
      'travel.registerNeed',
      needInput(w.clock.now, { name: '冯八', phone: '13800002008' }),
    );
    w.subscribe(worker, 'tripMatched');
    const before = w.b.cloud.outbox().length;
    const { tripId, notified } = await w.trip();
    expect(notified).toBe(1);
    expect(w.b.cloud.outbox().slice(before)[0]).toMatchObject({
      touser: worker,
      templateId: SUBSCRIBE_TEMPLATES.tripMatched,
      page: `package-trips/pages/trip/index?id=${tripId}`,
    });
    // booking matches the need: it leaves the summary
    await w.b.ok(worker, 'trip.book', {
      tripId,
      pickupId: 'p1',
      name: '冯八',
      phone: '13800002008',
    });
    expect((await w.b.ok(worker, 'travel.myNeed', {})).need).toMatchObject({
      status: 'matched',
      tripId,
    });
  });
});
