import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { addDays, chinaDay, startOfChinaDay } from '../../miniprogram/shared/index';
import type { FairDoc, FairSlotDoc } from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  OTHER_CADRE,
  startWorld,
  WORKER,
  type World,
} from '../fixtures/backend/fairs-world';
import { fairInput, PLACES, REGIONS } from '../fixtures';
import { ADMIN, ADMIN_ZIZHONG } from '../fixtures/backend/harness';
import { cadreOf, publishedJob, registeredEmployer } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

const snap = () => w.b.snapshot();
const fairDoc = async (fairId: string) =>
  docs<FairDoc>(await snap(), 'fairs').find((f) => f._id === fairId);
const slotDocs = async (fairId: string) =>
  docs<FairSlotDoc>(await snap(), 'fairSlots').filter((s) => s.fairId === fairId);

describe('fair.create', () => {
  test('a cadre of 资中 creates a courtyard fair with time slots and a short invite code', async () => {
    const input = fairInput(w.clock.now, {
      employers: [
        { employerId: (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id, jobIds: [w.jobId] },
      ],
    });
    const { fairId, inviteCode } = await w.b.ok(CADRE, 'fair.create', input);
    expect(inviteCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const doc = await fairDoc(fairId);
    expect(doc).toMatchObject({
      title: '庆荣村院坝招聘会',
      status: 'upcoming',
      inviteCode,
      cadreOpenid: CADRE,
      rev: 0,
      day: input.day,
      dayStart: startOfChinaDay(input.day),
      location: {
        type: 'Point',
        coordinates: [PLACES.qingrongVillage.lng, PLACES.qingrongVillage.lat],
      },
      employers: [{ companyName: '浦北县泉兴家具有限公司', jobIds: [w.jobId] }],
    });
    expect(
      (await slotDocs(fairId)).map((s) => [s._id, s.start, s.end, s.capacity, s.seatsLeft]),
    ).toEqual([
      [`${fairId}-s1`, '09:00', '10:30', 30, 30],
      [`${fairId}-s2`, '10:30', '12:00', 30, 30],
      [`${fairId}-s3`, '14:00', '16:00', 30, 30],
    ]);
  });

  test('an admin creates a fair in their own area, and not in another', async () => {
    const pubei = fairInput(w.clock.now, {
      region: { ...REGIONS.pubei },
      town: '泉水镇',
      village: '旧州村',
    });
    const { fairId } = await w.b.ok(ADMIN, 'fair.create', pubei);
    expect((await fairDoc(fairId))?.region.county).toBe('浦北县');
    const before = await snap();
    expect((await w.b.fail(ADMIN, 'fair.create', fairInput(w.clock.now))).code).toBe('FORBIDDEN');
    expect(await snap()).toEqual(before);
  });

  test('a cadre may not create a fair in another county, and nothing is written', async () => {
    const before = await snap();
    const res = await w.b.fail(OTHER_CADRE, 'fair.create', fairInput(w.clock.now));
    expect(res.code).toBe('FORBIDDEN');
    expect(await snap()).toEqual(before);
  });

  test('a town cadre may not create a fair for another town of the county', async () => {
    const res = await w.b.fail(
      CADRE,
      'fair.create',
      fairInput(w.clock.now, { town: '银山镇', village: '鸿展村' }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });

  test('a worker may not create a fair', async () => {
    expect((await w.b.fail(WORKER, 'fair.create', fairInput(w.clock.now))).code).toBe('FORBIDDEN');
  });

  test('a risky title is refused by msgSecCheck and nothing is written', async () => {
    const before = await snap();
    const res = await w.b.fail(
      CADRE,
      'fair.create',
      fairInput(w.clock.now, { description: '现场招募网赌推广员，日结' }),
    );
    expect(res.code).toBe('CONTENT_RISKY');
    expect(res.fields?.description).toBeTruthy();
    expect(await snap()).toEqual(before);
  });

  test.each([
    [
      'overlapping slots',
      {
        slots: [
          { start: '09:00', end: '11:00', capacity: 30 },
          { start: '10:30', end: '12:00', capacity: 30 },
        ],
      },
      'slots',
    ],
    [
      'a slot that ends before it starts',
      { slots: [{ start: '11:00', end: '09:00', capacity: 30 }] },
      'slots.0.end',
    ],
    ['no slots', { slots: [] }, 'slots'],
    [
      'a capacity of zero',
      { slots: [{ start: '09:00', end: '11:00', capacity: 0 }] },
      'slots.0.capacity',
    ],
    ['an impossible day', { day: '2026-02-30' }, 'day'],
  ])('%s is refused and nothing is written', async (_l, patch, field) => {
    const before = await snap();
    const res = await w.b.fail(CADRE, 'fair.create', { ...fairInput(w.clock.now), ...patch });
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.[field]).toBeTruthy();
    expect(await snap()).toEqual(before);
  });

  test('a day in the past is refused', async () => {
    const before = await snap();
    const res = await w.b.fail(
      CADRE,
      'fair.create',
      fairInput(w.clock.now, { day: addDays(chinaDay(w.clock.now), -1) }),
    );
    expect(res).toMatchObject({ code: 'INVALID_INPUT', fields: { day: '日期不能早于今天' } });
    expect(await snap()).toEqual(before);
  });

  test('an employer still under review cannot be listed, and nothing is written', async () => {
    const pending = await registeredEmployer(w.b, 'o-emp-pending', {
      companyName: '资中县银山鸿展工业有限责任公司',
    });
    const before = await snap();
    const res = await w.b.fail(
      CADRE,
      'fair.create',
      fairInput(w.clock.now, { employers: [{ employerId: pending._id, jobIds: [] }] }),
    );
    expect(res.code).toBe('EMPLOYER_NOT_VERIFIED');
    expect(await snap()).toEqual(before);
  });

  test('a post listed under another company is refused', async () => {
    const other = await publishedJob(w.b, 'o-emp-other', w.clock.now, { title: '包装 普工' });
    const employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
    const res = await w.b.fail(
      CADRE,
      'fair.create',
      fairInput(w.clock.now, { employers: [{ employerId, jobIds: [other] }] }),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });
});

describe('fair.update', () => {
  test('raising and lowering a capacity moves the seats left with it', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
    });
    const input = fairInput(w.clock.now);
    await w.b.ok(CADRE, 'fair.update', {
      ...input,
      fairId,
      // Sign-ups take seats in the slots; they do not change the fair's own rev.
      rev: 0,
      title: '庆荣村院坝招聘会（第二场）',
      slots: [
        { id: 's1', start: '09:00', end: '10:30', capacity: 50 },
        { id: 's2', start: '10:30', end: '12:00', capacity: 10 },
        { id: 's3', start: '14:00', end: '16:00', capacity: 30 },
      ],
    });
    const slots = await slotDocs(fairId);
    expect(slots.map((s) => [s.slotId, s.capacity, s.seatsLeft])).toEqual([
      ['s1', 50, 49],
      ['s2', 10, 10],
      ['s3', 30, 30],
    ]);
    expect((await fairDoc(fairId))?.title).toBe('庆荣村院坝招聘会（第二场）');
  });

  test('a capacity below the people already signed up is refused and nothing changes', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
    });
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    const before = await snap();
    const res = await w.b.fail(CADRE, 'fair.update', {
      ...fairInput(w.clock.now),
      fairId,
      rev: 0,
      slots: [
        { id: 's1', start: '09:00', end: '10:30', capacity: 1 },
        { id: 's2', start: '10:30', end: '12:00', capacity: 30 },
        { id: 's3', start: '14:00', end: '16:00', capacity: 30 },
      ],
    });
    expect(res).toMatchObject({
      code: 'INVALID_INPUT',
      message: '09:00-10:30已有2人报名，人数不能少于2',
    });
    expect(await snap()).toEqual(before);
  });

  test('a slot with sign-ups cannot be removed; an empty one can, and a new one is added', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's2',
      name: '李春梅',
      phone: '13977745678',
    });
    const base = { ...fairInput(w.clock.now), fairId, rev: 0 };
    const refused = await w.b.fail(CADRE, 'fair.update', {
      ...base,
      slots: [{ id: 's1', start: '09:00', end: '10:30', capacity: 30 }],
    });
    expect(refused.code).toBe('INVALID_INPUT');
    await w.b.ok(CADRE, 'fair.update', {
      ...base,
      slots: [
        { id: 's2', start: '10:30', end: '12:00', capacity: 30 },
        { start: '15:00', end: '17:00', capacity: 40 },
      ],
    });
    expect(
      (await slotDocs(fairId)).map((s) => [s.slotId, s.start, s.capacity, s.seatsLeft]),
    ).toEqual([
      ['s2', '10:30', 30, 29],
      ['s4', '15:00', 40, 40],
    ]);
  });

  test('a cadre of another county may not edit the fair', async () => {
    const { fairId } = await w.fair();
    const before = await snap();
    expect(
      (await w.b.fail(OTHER_CADRE, 'fair.update', { ...fairInput(w.clock.now), fairId, rev: 0 }))
        .code,
    ).toBe('FORBIDDEN');
    expect(await snap()).toEqual(before);
  });

  test('a cancelled fair cannot be edited', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '场地冲突' });
    const res = await w.b.fail(CADRE, 'fair.update', { ...fairInput(w.clock.now), fairId, rev: 1 });
    expect(res.code).toBe('FAIR_NOT_OPEN');
  });
});

describe('fair.update against the revision the cadre loaded', () => {
  const STALE_MESSAGE = '招聘会刚有变动（比如有单位报名参加），请刷新后再改';
  /** What the edit page does: the slots and employers of the fair as loaded, and its rev. */
  const editForm = async (who: string, fairId: string) => {
    const fair = await w.b.ok(who, 'fair.get', { fairId });
    return {
      ...fairInput(w.clock.now),
      fairId,
      rev: fair.rev,
      slots: fair.slots.map((s) => ({
        id: s.id,
        start: s.start,
        end: s.end,
        capacity: s.capacity,
      })),
      employers: fair.employers.map((e) => ({
        employerId: e.employerId,
        jobIds: e.jobs.map((j) => j._id),
      })),
    };
  };

  test('an employer joins after the cadre opened the form: the stale save is refused and changes nothing', async () => {
    const { fairId } = await w.fair();
    const form = await editForm(CADRE, fairId);
    expect(form.rev).toBe(0);
    const employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });

    const before = await snap();
    const res = await w.b.fail(CADRE, 'fair.update', {
      ...form,
      title: '庆荣村院坝招聘会（改过）',
      // Slot changes too: a resize, an untouched slot removed, a new one — none may happen.
      slots: [
        { id: 's1', start: '09:00', end: '10:30', capacity: 50 },
        { id: 's2', start: '10:30', end: '12:00', capacity: 10 },
        { start: '15:00', end: '17:00', capacity: 40 },
      ],
    });
    expect(res).toMatchObject({ code: 'CONFLICT', message: STALE_MESSAGE });
    expect(await snap()).toEqual(before);
    expect((await fairDoc(fairId))?.employers).toMatchObject([{ employerId, jobIds: [w.jobId] }]);
    expect((await slotDocs(fairId)).map((s) => [s.slotId, s.capacity])).toEqual([
      ['s1', 30],
      ['s2', 30],
      ['s3', 30],
    ]);
  });

  test('after reloading, the save with the current rev keeps the employer and bumps rev', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    const form = await editForm(CADRE, fairId);
    expect(form.rev).toBe(1);
    expect(form.employers).toHaveLength(1);
    const out = await w.b.ok(CADRE, 'fair.update', { ...form, title: '庆荣村院坝招聘会（改过）' });
    expect(out).toEqual({ rev: 2 });
    const doc = await fairDoc(fairId);
    expect(doc).toMatchObject({ title: '庆荣村院坝招聘会（改过）', rev: 2 });
    expect(doc?.employers).toHaveLength(1);
    expect((await w.b.ok(CADRE, 'fair.get', { fairId })).rev).toBe(2);
  });

  test('a second cadre’s stale save does not overwrite the first one’s changes', async () => {
    const { fairId } = await w.fair();
    const mine = await editForm(CADRE, fairId);
    const theirs = await editForm(ADMIN_ZIZHONG, fairId);
    await w.b.ok(ADMIN_ZIZHONG, 'fair.update', { ...theirs, address: '庆荣村小学操场' });
    const before = await snap();
    const res = await w.b.fail(CADRE, 'fair.update', { ...mine, title: '庆荣村招聘会' });
    expect(res.code).toBe('CONFLICT');
    expect(await snap()).toEqual(before);
    expect(await fairDoc(fairId)).toMatchObject({
      title: '庆荣村院坝招聘会',
      address: '庆荣村小学操场',
      rev: 1,
    });
  });

  test('a rev from the future is refused too', async () => {
    const { fairId } = await w.fair();
    const before = await snap();
    const form = await editForm(CADRE, fairId);
    const res = await w.b.fail(CADRE, 'fair.update', { ...form, rev: 5 });
    expect(res.code).toBe('CONFLICT');
    expect(await snap()).toEqual(before);
  });

  test.each([
    ['missing', undefined],
    ['a string', '0'],
    ['a fraction', 0.5],
    ['negative', -1],
  ])('a %s rev is refused as INVALID_INPUT and nothing is written', async (_l, rev) => {
    const { fairId } = await w.fair();
    const form = await editForm(CADRE, fairId);
    const before = await snap();
    const res = await w.b.fail(CADRE, 'fair.update', { ...form, rev, title: '改过的名字' });
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Object.keys(res.fields ?? {})).toContain('rev');
    expect(await snap()).toEqual(before);
  });

  test('a retried save (same requestId) returns the first result and writes once', async () => {
    const { fairId } = await w.fair();
    const form = { ...(await editForm(CADRE, fairId)), title: '庆荣村院坝招聘会（改过）' };
    const first = await w.b.call(CADRE, 'fair.update', form, 'retry-fair-update-1');
    expect(first).toEqual({ ok: true, data: { rev: 1 } });
    const again = await w.b.call(CADRE, 'fair.update', form, 'retry-fair-update-1');
    expect(again).toEqual(first);
    expect((await fairDoc(fairId))?.rev).toBe(1);
    // Without the requestId the same input is a new save against a stale rev.
    expect((await w.b.fail(CADRE, 'fair.update', form)).code).toBe('CONFLICT');
  });
});

describe('fair.cancel', () => {
  test('cancelling tells the subscribed workers (the unsubscribed are skipped quietly)', async () => {
    const { fairId } = await w.fair();
    await w.worker('o-worker-subscribed', '周秀兰', '13800004444');
    w.subscribe('o-worker-subscribed', 'fairCancelled');
    await w.b.ok('o-worker-subscribed', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '周秀兰',
      phone: '13800004444',
    });
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's2',
      name: '李春梅',
      phone: '13977745678',
    });
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    const sentBefore = w.b.cloud.outbox().length;
    expect(await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '大雨，改到下周' })).toEqual({
      notified: 1,
    });
    const sent = w.b.cloud.outbox().slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: 'o-worker-subscribed',
      templateId: SUBSCRIBE_TEMPLATES.fairCancelled,
      page: `pages/fair/index?id=${fairId}`,
      data: {
        thing1: { value: '庆荣村院坝招聘会' },
        date2: { value: expect.stringMatching(/^2026年11月24日$/) },
        thing3: { value: '大雨，改到下周' },
      },
    });
    expect(await fairDoc(fairId)).toMatchObject({
      status: 'cancelled',
      cancelReason: '大雨，改到下周',
    });
  });

  test('cancelling twice sends nothing more', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '场地冲突' });
    const before = await snap();
    expect(await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '场地冲突' })).toEqual({
      notified: 0,
    });
    expect(await snap()).toEqual(before);
  });

  test('a reason is required, and only the cadres of the county may cancel', async () => {
    const { fairId } = await w.fair();
    const before = await snap();
    expect((await w.b.fail(CADRE, 'fair.cancel', { fairId, reason: '' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await w.b.fail(OTHER_CADRE, 'fair.cancel', { fairId, reason: '场地冲突' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await w.b.fail(WORKER, 'fair.cancel', { fairId, reason: '场地冲突' })).code).toBe(
      'FORBIDDEN',
    );
    expect(await snap()).toEqual(before);
  });
});

describe('fair.list', () => {
  let near: World & { jobId: string };
  let qingrong = '';
  beforeAll(async () => {
    near = await startWorld({ employer: false });
    await near.worker(WORKER);
    qingrong = (
      await near.fair({ title: '庆荣村院坝招聘会', day: addDays(chinaDay(near.clock.now), 5) })
    ).fairId;
    await near.fair({ title: '太平镇赶集日招聘会', day: addDays(chinaDay(near.clock.now), 2) });
    const cancelled = await near.fair({ title: '已取消的一场' });
    await near.b.ok(CADRE, 'fair.cancel', { fairId: cancelled.fairId, reason: '场地冲突' });
    await cadreOf(near.b, 'o-cadre-wucheng', { ...REGIONS.wucheng });
    await near.b.ok(
      'o-cadre-wucheng',
      'fair.create',
      fairInput(near.clock.now, {
        title: '婺城区返岗招聘会',
        region: { ...REGIONS.wucheng },
        town: '城中街道',
        village: '五一村',
        location: { ...PLACES.jinhuaWucheng },
      }),
    );
  });
  afterAll(() => near?.b.stop());

  test('upcoming fairs of a county, soonest first, without cancelled ones', async () => {
    const page = await near.b.ok(WORKER, 'fair.list', { county: '资中县' });
    expect(page.items.map((f) => f.title)).toEqual(['太平镇赶集日招聘会', '庆荣村院坝招聘会']);
    expect(page.items[0]).toMatchObject({
      county: '资中县',
      village: '庆荣村',
      status: 'upcoming',
      seatsLeft: 90,
      employerCount: 0,
    });
  });

  test('fairs near a point, nearest first, with the distance', async () => {
    const page = await near.b.ok(WORKER, 'fair.list', { near: { ...PLACES.zizhongTown } });
    expect(page.items.map((f) => f.county)).toEqual(['资中县', '资中县']);
    expect(page.items[0]?.distanceKm).toBeGreaterThan(10);
    expect(page.items[0]?.distanceKm).toBeLessThan(15);
  });

  test('a cadre sees the fairs of their area with `mine`, cancelled ones included', async () => {
    const page = await near.b.ok(CADRE, 'fair.list', { mine: true });
    expect(page.items.map((f) => f.title).sort()).toEqual(
      ['太平镇赶集日招聘会', '已取消的一场', '庆荣村院坝招聘会'].sort(),
    );
  });

  test('`mine` puts today and the coming fairs first, soonest first, then the past ones', async () => {
    const saved = near.clock.now;
    near.clock.now += 3 * 24 * 3600_000;
    try {
      const page = await near.b.ok(CADRE, 'fair.list', { mine: true });
      // 已取消的一场 is today, 庆荣村 in two days, 太平镇 was yesterday.
      expect(page.items.map((f) => f.title)).toEqual([
        '已取消的一场',
        '庆荣村院坝招聘会',
        '太平镇赶集日招聘会',
      ]);
    } finally {
      near.clock.now = saved;
    }
  });

  test('a worker’s cards say which fairs they signed up for (a cancelled sign-up does not count)', async () => {
    const marks = async () =>
      Object.fromEntries(
        (await near.b.ok(WORKER, 'fair.list', { county: '资中县' })).items.map((f) => [
          f.title,
          f.signedUp ?? false,
        ]),
      );
    expect(await marks()).toEqual({ 太平镇赶集日招聘会: false, 庆荣村院坝招聘会: false });
    const mine = await near.b.ok(WORKER, 'fair.signUp', {
      fairId: qingrong,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
    });
    expect(await marks()).toEqual({ 太平镇赶集日招聘会: false, 庆荣村院坝招聘会: true });
    await near.b.ok(WORKER, 'fair.cancelSignUp', { signupId: mine._id });
    expect(await marks()).toEqual({ 太平镇赶集日招聘会: false, 庆荣村院坝招聘会: false });
  });

  test('`mine` is for cadres', async () => {
    expect((await near.b.fail(WORKER, 'fair.list', { mine: true })).code).toBe('FORBIDDEN');
  });

  test('a fair whose day has passed leaves the list', async () => {
    const saved = near.clock.now;
    near.clock.now += 3 * 24 * 3600_000;
    try {
      const page = await near.b.ok(WORKER, 'fair.list', { county: '资中县' });
      expect(page.items.map((f) => f.title)).toEqual(['庆荣村院坝招聘会']);
    } finally {
      near.clock.now = saved;
    }
  });
});

describe('fair.join', () => {
  test('参加招聘会 marks the fairs the caller’s company already takes part in', async () => {
    const { fairId } = await w.fair({ title: '带岗位参加的一场' });
    const { fairId: other } = await w.fair({ title: '没参加的一场' });
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    const cards = (await w.b.ok(EMPLOYER, 'fair.list', {})).items;
    expect(cards.find((f) => f._id === fairId)?.joined).toBe(true);
    expect(cards.find((f) => f._id === other)?.joined).toBeUndefined();
  });
});

describe('fair.get', () => {
  test('by id or invite code: slots with seats left, employers with their published posts, my sign-up', async () => {
    const employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
    const { fairId, inviteCode } = await w.fair({ employers: [{ employerId, jobIds: [w.jobId] }] });
    const mine = await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's3',
      name: '李春梅',
      phone: '13977745678',
    });
    const byCode = await w.b.ok(WORKER, 'fair.get', { inviteCode });
    const byId = await w.b.ok(WORKER, 'fair.get', { fairId });
    expect(byCode).toEqual(byId);
    expect(byId).toMatchObject({
      _id: fairId,
      title: '庆荣村院坝招聘会',
      town: '太平镇',
      location: PLACES.qingrongVillage,
      status: 'upcoming',
      canManage: false,
      mySignup: { _id: mine._id, phone: '13977745678', slotLabel: '14:00-16:00' },
      employers: [
        {
          employerId,
          companyName: '浦北县泉兴家具有限公司',
          verified: true,
          jobs: [{ _id: w.jobId, title: '制鞋 针车工' }],
        },
      ],
    });
    expect(byId.slots.map((s) => s.seatsLeft)).toEqual([30, 30, 29]);
    expect((await w.b.ok(CADRE, 'fair.get', { fairId })).canManage).toBe(true);
    expect((await w.b.ok(OTHER_CADRE, 'fair.get', { fairId })).canManage).toBe(false);
  });

  test('a visitor who has not logged in can read a shared fair', async () => {
    const { inviteCode } = await w.fair();
    const fair = await w.b.ok('o-visitor-from-group-chat', 'fair.get', { inviteCode });
    expect(fair.mySignup).toBeNull();
  });

  test('an unknown invite code says so', async () => {
    expect((await w.b.fail(WORKER, 'fair.get', { inviteCode: 'ZZZZ99' })).code).toBe('NOT_FOUND');
    expect((await w.b.fail(WORKER, 'fair.get', { inviteCode: 'abc' })).code).toBe('INVALID_INPUT');
  });
});

describe('fair.join', () => {
  test('a verified employer joins with its own published posts', async () => {
    const { fairId } = await w.fair();
    expect(await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] })).toMatchObject({
      jobCount: 1,
    });
    const fair = await w.b.ok(WORKER, 'fair.get', { fairId });
    expect(fair.employers).toMatchObject([
      { companyName: '浦北县泉兴家具有限公司', jobs: [{ _id: w.jobId }] },
    ]);
    // Joining again replaces the chosen posts, it does not add the company twice.
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [] });
    expect((await w.b.ok(WORKER, 'fair.get', { fairId })).employers).toMatchObject([{ jobs: [] }]);
  });

  test("another company's post is refused and nothing changes", async () => {
    const { fairId } = await w.fair();
    const other = await publishedJob(w.b, 'o-emp-join-other', w.clock.now, {
      title: '电子厂 流水线',
    });
    const before = await snap();
    expect((await w.b.fail(EMPLOYER, 'fair.join', { fairId, jobIds: [other] })).code).toBe(
      'FORBIDDEN',
    );
    expect(await snap()).toEqual(before);
  });

  test('an employer still under review is told to wait for verification', async () => {
    const { fairId } = await w.fair();
    await registeredEmployer(w.b, 'o-emp-join-pending', {
      companyName: '资中县家伦再生资源科技有限公司',
    });
    expect((await w.b.fail('o-emp-join-pending', 'fair.join', { fairId, jobIds: [] })).code).toBe(
      'EMPLOYER_NOT_VERIFIED',
    );
  });

  test('two employers joining at once are both kept', async () => {
    const { fairId } = await w.fair();
    const other = await publishedJob(w.b, 'o-emp-join-race', w.clock.now, {
      title: '食品厂 包装工',
    });
    await Promise.all([
      w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] }),
      w.b.ok('o-emp-join-race', 'fair.join', { fairId, jobIds: [other] }),
    ]);
    expect((await fairDoc(fairId))?.employers).toHaveLength(2);
  });
});
