import { addDays, chinaDay, type ActionInput } from '../../miniprogram/shared/index';
import type { PublicJobApplicationDoc, WorkforcePersonDoc } from '../../server/collections';
import { REGIONS } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import { CADRE, docs, OTHER_CADRE, startWorld, type World } from '../fixtures/backend/fairs-world';
import { cadreOf, loginAdmin, loginWorker } from '../fixtures/backend/flows';
import { ADMIN, ADMIN_ZIZHONG } from '../fixtures/backend/harness';

jest.setTimeout(180_000);

const YINSHAN_CADRE = 'o-cadre-zizhong-yinshan';
const DAY_MS = 24 * 60 * 60 * 1000;

let w: World & { jobId: string };
let today: string;
beforeAll(async () => {
  w = await startWorld({ employer: false });
  today = chinaDay(w.clock.now);
  await loginAdmin(w.b, ADMIN_ZIZHONG);
  await cadreOf(w.b, YINSHAN_CADRE, { ...REGIONS.zizhong, town: '银山镇' });
});
afterAll(() => w?.b.stop());

function post(overrides: Partial<ActionInput<'publicJob.create'>> = {}) {
  return {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    position: '护林员',
    duties: '每天巡山两次，防火防盗伐，发现情况报告村委',
    subsidyYuan: 1000,
    headcount: 2,
    eligibility: { groups: ['zeroEmployment', 'hardToEmploy'], residence: 'town' },
    applyUntil: addDays(today, 20),
    ...overrides,
  } satisfies ActionInput<'publicJob.create'>;
}

let serial = 0;
async function person(
  overrides: Partial<ActionInput<'ledger.upsertPerson'>> = {},
): Promise<string> {
  serial += 1;
  const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    village: '庆荣村',
    name: `杨${'春华秋实'[serial % 4]}${serial}`,
    ageBand: 'from50',
    situation: 'returnedIdle',
    workArea: 'nearHome',
    categories: ['farming'],
    focusGroup: 'zeroEmployment',
    focusConsent: true,
    ...overrides,
  });
  return personId;
}

/** An open post of 太平镇 (the county's admin publishes it). */
async function openPost(overrides: Partial<ActionInput<'publicJob.create'>> = {}) {
  const { publicJobId, status } = await w.b.ok(ADMIN_ZIZHONG, 'publicJob.create', post(overrides));
  expect(status).toBe('open');
  return publicJobId;
}

const step = (applicationId: string, to: ActionInput<'publicJob.review'>['to'], as = CADRE) =>
  w.b.call(as, 'publicJob.review', { applicationId, to, approve: true });

describe('publicJob.create and publicJob.approve', () => {
  test('a cadre’s post waits for the county’s admin, who opens it', async () => {
    const { publicJobId, status } = await w.b.ok(CADRE, 'publicJob.create', post());
    expect(status).toBe('reviewing');
    const worker = 'o-worker-pj-browse';
    await loginWorker(w.b, worker, { home: { ...REGIONS.zizhong, town: '太平镇' } });
    expect((await w.b.ok(worker, 'publicJob.list', {})).items.map((j) => j._id)).not.toContain(
      publicJobId,
    );
    expect((await w.b.fail(ADMIN, 'publicJob.approve', { publicJobId, approve: true })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.b.ok(ADMIN_ZIZHONG, 'publicJob.approve', { publicJobId, approve: true }),
    ).toEqual({ status: 'open' });
    await w.b.ok(ADMIN_ZIZHONG, 'publicJob.approve', { publicJobId, approve: true });
    expect((await w.b.ok(worker, 'publicJob.list', {})).items.map((j) => j._id)).toContain(
      publicJobId,
    );
  });

  test('a cadre of another town, or a bad subsidy, is refused, nothing written', async () => {
    expect(
      (await refusedUnchanged(w.b, () => w.b.call(YINSHAN_CADRE, 'publicJob.create', post()))).code,
    ).toBe('FORBIDDEN');
    expect(
      (await refusedUnchanged(w.b, () => w.b.call(OTHER_CADRE, 'publicJob.create', post()))).code,
    ).toBe('FORBIDDEN');
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'publicJob.create', post({ subsidyYuan: 0 })),
    );
    expect(res).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('补贴') });
  });
});

describe('publicJob.apply', () => {
  test('the cadre applies for a person of the ledger, with their consent; again is the same application', async () => {
    const publicJobId = await openPost();
    const personId = await person();
    const first = await w.b.ok(CADRE, 'publicJob.apply', { publicJobId, personId, consent: true });
    const again = await w.b.ok(CADRE, 'publicJob.apply', { publicJobId, personId, consent: true });
    expect(again).toEqual(first);
    expect(first.step).toBe('applied');
    const apps = docs<PublicJobApplicationDoc>(await w.b.snapshot(), 'publicJobApplications');
    expect(apps.filter((a) => a.personId === personId)).toHaveLength(1);
  });

  test('without the person’s consent it is refused, nothing written', async () => {
    const publicJobId = await openPost();
    const personId = await person();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'publicJob.apply', { publicJobId, personId, consent: false } as never),
    );
    expect(res.message).toBe('请先征得本人同意再申请');
  });

  test('someone outside the eligible 重点人群 is refused in words', async () => {
    const publicJobId = await openPost();
    const personId = await person({ focusGroup: undefined, focusConsent: false });
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'publicJob.apply', { publicJobId, personId, consent: true }),
    );
    expect(res).toMatchObject({
      code: 'BAD_TRANSITION',
      message: '这个岗位只招零就业家庭、就业困难人员',
    });
  });

  test('a worker applies with their own linked record; without one they are told what to do', async () => {
    const publicJobId = await openPost({ eligibility: { groups: [], residence: 'town' } });
    const openid = 'o-worker-pj-self';
    const phone = '13766612345';
    await loginWorker(w.b, openid, { name: '杨自己', phone });
    const none = await refusedUnchanged(w.b, () =>
      w.b.call(openid, 'publicJob.apply', { publicJobId, consent: true }),
    );
    expect(none.message).toContain('请先请村干部把您登记进台账');
    const personId = await person({ name: '杨自己', phone });
    await w.b.ok(openid, 'ledger.consent', { personId, link: true });
    const mine = await w.b.ok(openid, 'publicJob.apply', { publicJobId, consent: true });
    expect(mine.step).toBe('applied');
  });
});

describe('publicJob.review: 村评议 → 公示 → 镇审核 → 县审批 → 上岗', () => {
  test('the whole way, with a five-day 公示, the county’s approval and the ledger’s placement', async () => {
    const publicJobId = await openPost();
    const personId = await person({ name: '杨秀珍' });
    const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
      publicJobId,
      personId,
      consent: true,
    });
    // Out of order: refused, in words that say what comes first.
    const early = await refusedUnchanged(w.b, () => step(applicationId, 'noticed'));
    expect(early.message).toBe('这份申请现在是“已申请”，请先办“村评议通过”');

    expect(await step(applicationId, 'villageReviewed')).toMatchObject({ ok: true });
    const noticed = await w.b.ok(CADRE, 'publicJob.review', {
      applicationId,
      to: 'noticed',
      approve: true,
    });
    expect(noticed).toEqual({ step: 'noticed', noticeUntil: addDays(today, 4) });
    const board = await w.b.ok('o-visitor-pj', 'publicJob.notice', { publicJobId });
    expect(board.people).toEqual([
      { maskedName: '杨*珍', village: '庆荣村', noticeFrom: today, noticeUntil: addDays(today, 4) },
    ]);

    // The town may approve only after the 公示.
    const tooSoon = await refusedUnchanged(w.b, () => step(applicationId, 'townApproved'));
    expect(tooSoon.message).toBe(`公示要到${addDays(today, 4)}才满，满了以后才能镇审核`);
    w.clock.now += 5 * DAY_MS;
    try {
      expect(await step(applicationId, 'townApproved')).toMatchObject({ ok: true });
      // 县审批 is the county admin's.
      const byCadre = await refusedUnchanged(w.b, () => step(applicationId, 'countyApproved'));
      expect(byCadre).toMatchObject({ code: 'FORBIDDEN', message: '县审批要由县人社局来办' });
      expect(await step(applicationId, 'countyApproved', ADMIN_ZIZHONG)).toMatchObject({
        ok: true,
      });
      expect(await step(applicationId, 'onDuty')).toMatchObject({ ok: true });
      // Again: answered as it stands.
      expect(await step(applicationId, 'onDuty')).toMatchObject({
        ok: true,
        data: { step: 'onDuty' },
      });
      const got = await w.b.ok(CADRE, 'publicJob.get', { publicJobId });
      expect(got.job.onDuty).toBe(1);
      expect(got.applicants[0]?.history.map((h) => h.step)).toEqual([
        'applied',
        'villageReviewed',
        'noticed',
        'townApproved',
        'countyApproved',
        'onDuty',
      ]);
      const placed = (await w.b.ok(CADRE, 'ledger.get', { personId })).person.placed;
      expect(placed).toEqual({ how: 'publicJob', day: chinaDay(w.clock.now) });
    } finally {
      w.clock.now -= 5 * DAY_MS;
    }
  });

  test('the headcount is never exceeded', async () => {
    const publicJobId = await openPost({ headcount: 1 });
    const apps: string[] = [];
    for (let i = 0; i < 2; i++) {
      const personId = await person();
      const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
        publicJobId,
        personId,
        consent: true,
      });
      apps.push(applicationId);
    }
    w.clock.now += 6 * DAY_MS;
    try {
      for (const id of apps) {
        // Each notice starts when the clock says; move both along to 县审批.
        w.clock.now -= 6 * DAY_MS;
        await step(id, 'villageReviewed');
        await step(id, 'noticed');
        w.clock.now += 6 * DAY_MS;
        await step(id, 'townApproved');
        await step(id, 'countyApproved', ADMIN_ZIZHONG);
      }
      const outcomes = await Promise.all(apps.map((id) => step(id, 'onDuty')));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.find((o) => !o.ok)).toMatchObject({ message: '这个岗位的人数已经满了' });
      expect((await w.b.ok(CADRE, 'publicJob.get', { publicJobId })).job.onDuty).toBe(1);
    } finally {
      w.clock.now -= 6 * DAY_MS;
    }
  });

  test('a rejection ends the application with its reason', async () => {
    const publicJobId = await openPost();
    const personId = await person();
    const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
      publicJobId,
      personId,
      consent: true,
    });
    const res = await w.b.ok(CADRE, 'publicJob.review', {
      applicationId,
      to: 'villageReviewed',
      approve: false,
      note: '家里已有一人在公益岗',
    });
    expect(res.step).toBe('rejected');
    const more = await refusedUnchanged(w.b, () => step(applicationId, 'villageReviewed'));
    expect(more.code).toBe('BAD_TRANSITION');
  });

  test('a cadre of another town may not review', async () => {
    const publicJobId = await openPost();
    const personId = await person();
    const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
      publicJobId,
      personId,
      consent: true,
    });
    expect(
      (await refusedUnchanged(w.b, () => step(applicationId, 'villageReviewed', YINSHAN_CADRE)))
        .code,
    ).toBe('FORBIDDEN');
  });
});

describe('publicJob.mine', () => {
  test('the worker follows the step the cadre’s application for them is at, without the cadres’ notes', async () => {
    const openid = 'o-worker-pj-follow';
    const phone = '13766654321';
    await loginWorker(w.b, openid, { name: '杨跟进', phone });
    expect(await w.b.ok(openid, 'publicJob.mine', {})).toEqual({ items: [] });
    const publicJobId = await openPost({ position: '公路养护员', subsidyYuan: 1200 });
    // Kept under the worker's name and phone (not linked): the cadre applies with their consent.
    const personId = await person({ name: '杨跟进', phone });
    const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
      publicJobId,
      personId,
      consent: true,
    });
    const applied = await w.b.ok(openid, 'publicJob.mine', {});
    expect(applied.items).toEqual([
      expect.objectContaining({
        _id: applicationId,
        publicJobId,
        position: '公路养护员',
        town: '太平镇',
        subsidyYuan: 1200,
        step: 'applied',
      }),
    ]);
    await w.b.ok(CADRE, 'publicJob.review', {
      applicationId,
      to: 'villageReviewed',
      approve: true,
      note: '村民代表会一致同意',
    });
    await step(applicationId, 'noticed');
    const noticed = await w.b.ok(openid, 'publicJob.mine', {});
    expect(noticed.items[0]).toMatchObject({ step: 'noticed', noticeUntil: addDays(today, 4) });
    expect(noticed.items[0]?.history.map((h) => h.step)).toEqual([
      'applied',
      'villageReviewed',
      'noticed',
    ]);
    expect(JSON.stringify(noticed)).not.toContain('村民代表');
    // Someone else sees none of it.
    await loginWorker(w.b, 'o-worker-pj-nosy', { name: '杨旁人', phone: '13766600000' });
    expect(await w.b.ok('o-worker-pj-nosy', 'publicJob.mine', {})).toEqual({ items: [] });
  });
});

describe('publicJob.confirmAttendance and publicJob.export', () => {
  test('the cadre confirms a month’s days of someone on duty; the roster CSV shows them', async () => {
    const publicJobId = await openPost({ position: '公路养护' });
    const personId = await person({ name: '杨出勤', phone: '13766600001' });
    const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
      publicJobId,
      personId,
      consent: true,
    });
    // Not on duty yet: nothing to confirm.
    const month = today.slice(0, 7);
    const early = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'publicJob.confirmAttendance', { applicationId, month, days: 20 }),
    );
    expect(early.message).toBe('上岗以后才能确认出勤');
    await step(applicationId, 'villageReviewed');
    await step(applicationId, 'noticed');
    w.clock.now += 5 * DAY_MS;
    try {
      await step(applicationId, 'townApproved');
      await step(applicationId, 'countyApproved', ADMIN_ZIZHONG);
      await step(applicationId, 'onDuty');
      const m = chinaDay(w.clock.now).slice(0, 7);
      expect(
        await w.b.ok(CADRE, 'publicJob.confirmAttendance', { applicationId, month: m, days: 22 }),
      ).toEqual({ month: m, days: 22 });
      await w.b.ok(CADRE, 'publicJob.confirmAttendance', { applicationId, month: m, days: 22 });
      const future = await refusedUnchanged(w.b, () =>
        w.b.call(CADRE, 'publicJob.confirmAttendance', {
          applicationId,
          month: '2099-01',
          days: 22,
        }),
      );
      expect(future.code).toBe('INVALID_INPUT');
      const got = await w.b.ok(CADRE, 'publicJob.get', { publicJobId });
      expect(got.applicants[0]?.attendance).toEqual([{ month: m, days: 22 }]);
      const out = await w.b.ok(CADRE, 'publicJob.export', { publicJobId, month: m });
      const [header, row] = out.csv.replace('\uFEFF', '').split('\r\n');
      expect(header).toBe(
        '"序号","姓名","村（社区）","联系电话","人员类别","岗位","办理进度","上岗日期","月补贴（元）","出勤月份","出勤天数"',
      );
      expect(row).toContain('"杨出勤"');
      expect(row).toContain('"零就业家庭"');
      expect(row).toContain(`"${m}","22"`);
    } finally {
      w.clock.now -= 5 * DAY_MS;
    }
  });
});

test('people on duty leave the village’s still-looking count', async () => {
  const before = docs<WorkforcePersonDoc>(await w.b.snapshot(), 'workforcePeople').filter(
    (p) => p.placed?.how === 'publicJob',
  );
  expect(before.length).toBeGreaterThan(0);
  expect(before.every((p) => p.looking === false)).toBe(true);
});
