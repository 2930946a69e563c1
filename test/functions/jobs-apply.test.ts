import { addDays, chinaDay, chinaTime } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { startBackend, type Backend } from '../fixtures/backend/harness';
import { refusedUnchanged, testClock } from './expect-unchanged';
import {
  login,
  loginAdmin,
  loginWorker,
  publishedJob,
  verifiedEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(120_000);

const HR = 'o-hr-quanxing';
const OTHER_HR = 'o-hr-taizhou';
const WORKER = 'o-worker-lcm';
const WORKER_PHONE = '13977745678';
const clock = testClock();
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  await loginAdmin(backend);
  await verifiedEmployer(backend, HR);
  await verifiedEmployer(backend, OTHER_HR);
  await loginWorker(backend, WORKER);
}, 60_000);
afterAll(() => backend?.stop());

const applicationsOf = async (jobId: string) =>
  ((await backend.snapshot()).applications as { jobId: string }[]).filter((a) => a.jobId === jobId);
const jobDoc = async (jobId: string) =>
  (
    (await backend.snapshot()).jobs as {
      _id: string;
      applicantCount: number;
    }[]
  ).find((j) => j._id === jobId)!;

/** An interview two days on at 10:00 China time, at the factory. */
const INTERVIEW = () => ({
  day: addDays(chinaDay(clock.now()), 2),
  clock: '10:00',
  address: '泉水镇工业园区8号 泉兴家具 二楼办公室',
  location: { lat: 22.2712, lng: 109.5561 },
  note: '带身份证，找黄经理',
});

describe('job.apply', () => {
  test('one tap applies and counts one applicant', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const out = await backend.ok(WORKER, 'job.apply', { jobId });
    expect(out.status).toBe('applied');
    expect(await jobDoc(jobId)).toMatchObject({ applicantCount: 1 });
    expect((await backend.ok(WORKER, 'job.get', { jobId })).myApplication).toEqual({
      _id: out.applicationId,
      status: 'applied',
    });
  });

  test('applying again returns the same application and counts nothing', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const first = await backend.ok(WORKER, 'job.apply', { jobId });
    const before = await backend.snapshot();
    expect(await backend.ok(WORKER, 'job.apply', { jobId })).toEqual(first);
    expect(await backend.snapshot()).toEqual(before);
  });

  test('20 concurrent identical applies make exactly one application and applicantCount 1', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const results = await Promise.all(
      Array.from({ length: 20 }, () => backend.call(WORKER, 'job.apply', { jobId })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.applicationId : '')));
    expect(ids.size).toBe(1);
    expect(await applicationsOf(jobId)).toHaveLength(1);
    expect((await jobDoc(jobId)).applicantCount).toBe(1);
  });

  test.each(['paused', 'filled', 'closed'] as const)(
    'a %s post refuses with JOB_NOT_OPEN',
    async (status) => {
      const jobId = await publishedJob(backend, HR, clock.now());
      await backend.ok(HR, 'job.setStatus', { jobId, status });
      const res = await refusedUnchanged(backend, () =>
        backend.call(WORKER, 'job.apply', { jobId }),
      );
      expect(res.code).toBe('JOB_NOT_OPEN');
    },
  );

  test('a post past its 有效期 refuses, even before housekeeping marks it expired', async () => {
    const today = chinaDay(clock.now());
    const jobId = await publishedJob(backend, HR, clock.now(), { validUntil: today });
    clock.set(chinaTime(addDays(today, 1), '00:01'));
    try {
      const res = await refusedUnchanged(backend, () =>
        backend.call(WORKER, 'job.apply', { jobId }),
      );
      expect(res.code).toBe('JOB_NOT_OPEN');
      expect((await backend.ok(WORKER, 'job.get', { jobId })).status).toBe('expired');
    } finally {
      clock.set(Date.now());
    }
  });

  test('a worker without a phone in the profile is asked to fill it in', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    await login(backend, 'o-worker-nophone');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-worker-nophone', 'job.apply', { jobId }),
    );
    expect(res.code).toBe('PROFILE_REQUIRED');
  });

  test('an employer cannot apply to its own post', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const res = await refusedUnchanged(backend, () => backend.call(HR, 'job.apply', { jobId }));
    expect(res.code).toBe('FORBIDDEN');
  });

  test('an unknown post is NOT_FOUND; an operator as id is bad input; nothing written', async () => {
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(WORKER, 'job.apply', { jobId: 'nosuchjob' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(WORKER, 'job.apply', { jobId: { $gt: '' } } as never),
        )
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      (await refusedUnchanged(backend, () => backend.call(WORKER, 'job.apply', {} as never))).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('application.listMine and withdraw', () => {
  test('the worker follows the applications, newest first, with the post card', async () => {
    await loginWorker(backend, 'o-worker-follow');
    const a = await publishedJob(backend, HR, clock.now(), { title: '封边工' });
    const b = await publishedJob(backend, OTHER_HR, clock.now(), { title: '开料工' });
    await backend.ok('o-worker-follow', 'job.apply', { jobId: a });
    clock.advance(60_000); // the second application is a minute newer
    await backend.ok('o-worker-follow', 'job.apply', { jobId: b });
    const { items, nextCursor } = await backend.ok('o-worker-follow', 'application.listMine', {});
    expect(items.map((i) => i.job.title)).toEqual(['开料工', '封边工']);
    expect(items[0]).toMatchObject({ status: 'applied', job: { _id: b, verified: true } });
    expect(nextCursor).toBeNull();
  });

  test('withdrawing, then applying again reopens the same application', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    expect(await backend.ok(WORKER, 'application.withdraw', { applicationId })).toEqual({
      status: 'withdrawn',
    });
    expect(await backend.ok(WORKER, 'application.withdraw', { applicationId })).toEqual({
      status: 'withdrawn',
    });
    expect(await backend.ok(WORKER, 'job.apply', { jobId })).toEqual({
      applicationId,
      status: 'applied',
    });
    expect((await jobDoc(jobId)).applicantCount).toBe(1);
  });

  test('someone else cannot withdraw it', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await loginWorker(backend, 'o-worker-other');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-worker-other', 'application.withdraw', { applicationId }),
    );
    expect(res.code).toBe('NOT_FOUND');
  });

  test('a hired application cannot be withdrawn', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(HR, 'application.setStatus', { applicationId, status: 'hired' });
    const res = await refusedUnchanged(backend, () =>
      backend.call(WORKER, 'application.withdraw', { applicationId }),
    );
    expect(res.code).toBe('BAD_TRANSITION');
  });
});

describe('application.listForJob', () => {
  test('the employer of the post sees each applicant with the full phone', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    await backend.ok(WORKER, 'job.apply', { jobId });
    const { items } = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(items).toEqual([
      expect.objectContaining({
        status: 'applied',
        name: '李春梅',
        phone: WORKER_PHONE,
        homeCounty: '浦北县',
        village: '旧州村',
        categories: ['woodwork', 'factory'],
        expectedPayYuan: 4000,
      }),
    ]);
  });

  test('新 N on 我的岗位 is what the 新报名 tab lists, after a withdrawal, a look and an open list', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const apps: string[] = [];
    for (const who of ['o-worker-new-a', 'o-worker-new-b', 'o-worker-new-c']) {
      await loginWorker(backend, who);
      apps.push((await backend.ok(who, 'job.apply', { jobId })).applicationId);
    }
    await backend.ok('o-worker-new-a', 'application.withdraw', { applicationId: apps[0]! });
    await backend.ok(HR, 'application.setStatus', { applicationId: apps[1]!, status: 'viewed' });
    await backend.ok(HR, 'application.listForJob', { jobId });
    const tab = await backend.ok(HR, 'application.listForJob', { jobId, status: 'applied' });
    const badge = async () =>
      (await backend.ok(HR, 'job.listMine', {})).items.find((j) => j._id === jobId)!
        .newApplicantCount;
    expect(tab.items).toHaveLength(1);
    expect(await badge()).toBe(1);
    await backend.ok(HR, 'application.setStatus', { applicationId: apps[2]!, status: 'viewed' });
    expect(await badge()).toBe(0);
  });

  test('filters by status and pages', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    for (let i = 0; i < 22; i++) {
      await loginWorker(backend, `o-worker-many-${i}`, { name: `工人${i}` });
      await backend.ok(`o-worker-many-${i}`, 'job.apply', { jobId });
    }
    const first = await backend.ok(HR, 'application.listForJob', { jobId });
    const second = await backend.ok(HR, 'application.listForJob', {
      jobId,
      cursor: first.nextCursor!,
    });
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    await backend.ok(HR, 'application.inviteInterview', {
      applicationId: second.items[0]!._id,
      ...INTERVIEW(),
    });
    const interviews = await backend.ok(HR, 'application.listForJob', {
      jobId,
      status: 'interview',
    });
    expect(interviews.items.map((a) => a._id)).toEqual([second.items[0]!._id]);
  });

  test('after withdrawing, the employer no longer sees the worker: not listed, not countable, no phone', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await loginWorker(backend, 'o-worker-stays', { name: '黄德福', phone: '13877700001' });
    await backend.ok('o-worker-stays', 'job.apply', { jobId });
    await backend.ok(WORKER, 'application.withdraw', { applicationId });

    const all = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(all.items.map((a) => a.name)).toEqual(['黄德福']);
    const asSeen = JSON.stringify([
      all,
      await backend.ok(HR, 'job.get', { jobId }),
      await backend.ok(HR, 'job.listMine', {}),
    ]);
    expect(asSeen).not.toContain(WORKER_PHONE);
    expect(asSeen).not.toContain(applicationId);
    expect((await backend.ok(HR, 'job.get', { jobId })).applicantCount).toBe(1);
    // Asking for withdrawn ones by status is not possible either.
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'application.listForJob', { jobId, status: 'withdrawn' } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');

    // Applying again brings the worker back, counted once.
    await backend.ok(WORKER, 'job.apply', { jobId });
    expect((await backend.ok(HR, 'application.listForJob', { jobId })).items).toHaveLength(2);
    expect((await backend.ok(HR, 'job.get', { jobId })).applicantCount).toBe(2);
  });

  test('another company is refused', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    await backend.ok(WORKER, 'job.apply', { jobId });
    expect((await backend.fail(OTHER_HR, 'application.listForJob', { jobId })).code).toBe(
      'FORBIDDEN',
    );
  });

  test("the worker's phone shows nowhere else", async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    await backend.ok(WORKER, 'job.apply', { jobId });
    const seenByOthers = [
      await backend.ok(OTHER_HR, 'job.get', { jobId }),
      await backend.ok(OTHER_HR, 'job.search', {}),
      await backend.ok(HR, 'job.get', { jobId }),
      await backend.ok(HR, 'job.listMine', {}),
      await backend.ok('o-worker-stranger', 'job.recommend', {}),
    ];
    expect(JSON.stringify(seenByOthers)).not.toContain(WORKER_PHONE);
  });
});

describe('application.setStatus', () => {
  test('moves 已查看 → 不合适 and tells a subscribed worker, once', async () => {
    const jobId = await publishedJob(backend, HR, clock.now(), { title: '木工 板材开料' });
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    backend.cloud.grantSubscription(WORKER, SUBSCRIBE_TEMPLATES.applicationStatus, 1);
    const sentBefore = backend.cloud.outbox().length;
    // 已查看 does not spend the worker's one consent.
    expect(
      await backend.ok(HR, 'application.setStatus', { applicationId, status: 'viewed' }),
    ).toEqual({
      status: 'viewed',
      notified: false,
    });
    expect(
      await backend.ok(HR, 'application.setStatus', { applicationId, status: 'rejected' }),
    ).toEqual({
      status: 'rejected',
      notified: true,
    });
    const sent = backend.cloud.outbox().slice(sentBefore);
    expect(sent).toEqual([
      expect.objectContaining({
        touser: WORKER,
        templateId: SUBSCRIBE_TEMPLATES.applicationStatus,
        page: `pages/applications/index?id=${applicationId}`,
        data: {
          thing1: { value: '木工 板材开料' },
          phrase2: { value: '不合适' },
          thing3: { value: '浦北县泉兴家具有限公司' },
          // A time keyword carries the year: 2026年11月21日 10:00.
          time4: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/) },
        },
      }),
    ]);
    expect((await backend.ok(WORKER, 'job.get', { jobId })).myApplication?.status).toBe('rejected');
  });

  test('已录用 after an interview: the consent used by the invitation is not there twice', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    backend.cloud.grantSubscription(WORKER, SUBSCRIBE_TEMPLATES.interviewInvite, 1);
    await backend.ok(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() });
    // No consent for 报名状态 left: the change is made, the worker is not messaged (43101).
    expect(
      await backend.ok(HR, 'application.setStatus', { applicationId, status: 'hired' }),
    ).toEqual({ status: 'hired', notified: false });
    expect((await backend.ok(WORKER, 'job.get', { jobId })).myApplication?.status).toBe('hired');
  });

  test('an invalid transition is refused', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(HR, 'application.setStatus', { applicationId, status: 'rejected' });
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'application.setStatus', { applicationId, status: 'hired' }),
    );
    expect(res.code).toBe('BAD_TRANSITION');
    expect(res.message).toBe('「不合适」的报名不能改成「已录用」');
  });

  test('a withdrawn application is gone for the employer: cannot be moved, nothing written', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(WORKER, 'application.withdraw', { applicationId });
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'application.setStatus', { applicationId, status: 'viewed' }),
    );
    expect(res).toMatchObject({ code: 'NOT_FOUND', message: '这位求职者已经撤回了报名' });
    const invite = await refusedUnchanged(backend, () =>
      backend.call(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() }),
    );
    expect(invite.code).toBe('NOT_FOUND');
  });

  test('only the employer of the post may move it', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    const res = await refusedUnchanged(backend, () =>
      backend.call(OTHER_HR, 'application.setStatus', { applicationId, status: 'viewed' }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });

  test('the worker cannot set their own status', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    expect(
      (await backend.fail(WORKER, 'application.setStatus', { applicationId, status: 'hired' }))
        .code,
    ).toBe('FORBIDDEN');
  });

  test.each(['withdrawn', 'interview'])(
    'a status outside the list (%s) is bad input: an interview needs its time and place',
    async (status) => {
      const res = await backend.fail(HR, 'application.setStatus', { applicationId: 'abc', status });
      expect(res).toMatchObject({ code: 'INVALID_INPUT', fields: { status: '请选择报名状态' } });
    },
  );
});

describe('job.apply to two posts', () => {
  test('one worker applying to two posts of the same trade makes two applications', async () => {
    const a = await publishedJob(backend, HR, clock.now(), { title: '喷漆工' });
    const b = await publishedJob(backend, OTHER_HR, clock.now(), { title: '喷漆工' });
    const x = await backend.ok(WORKER, 'job.apply', { jobId: a });
    const y = await backend.ok(WORKER, 'job.apply', { jobId: b });
    expect(x.applicationId).not.toBe(y.applicationId);
  });
});

describe('application.inviteInterview', () => {
  test('the employer sets time, place and a note; the worker sees it and is told (面试邀请)', async () => {
    const jobId = await publishedJob(backend, HR, clock.now(), { title: '封边工' });
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    backend.cloud.grantSubscription(WORKER, SUBSCRIBE_TEMPLATES.interviewInvite, 1);
    const sentBefore = backend.cloud.outbox().length;
    const input = INTERVIEW();
    expect(
      await backend.ok(HR, 'application.inviteInterview', { applicationId, ...input }),
    ).toEqual({ status: 'interview', notified: true });
    const at = chinaTime(input.day, '10:00');
    const expected = {
      at,
      address: input.address,
      location: input.location,
      note: '带身份证，找黄经理',
    };
    const mine = await backend.ok(WORKER, 'application.listMine', {});
    expect(mine.items.find((i) => i._id === applicationId)).toMatchObject({
      status: 'interview',
      interview: expected,
    });
    const listed = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(listed.items[0]?.interview).toEqual(expected);
    const [y, m, d] = input.day.split('-').map(Number);
    expect(backend.cloud.outbox().slice(sentBefore)).toEqual([
      expect.objectContaining({
        touser: WORKER,
        templateId: SUBSCRIBE_TEMPLATES.interviewInvite,
        page: `pages/applications/index?id=${applicationId}`,
        data: {
          thing1: { value: '封边工' },
          time2: { value: `${y}年${m}月${d}日 10:00` },
          thing3: { value: '泉水镇工业园区8号 泉兴家具 二楼办公室' },
          thing4: { value: '带身份证，找黄经理' },
          thing5: { value: '浦北县泉兴家具有限公司' },
        },
      }),
    ]);
  });

  test('a new time while invited replaces the old one; both stay in the history', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() });
    await backend.ok(WORKER, 'application.answerInterview', {
      applicationId,
      answer: 'reschedule',
      note: '下午才有空',
    });
    await backend.ok(HR, 'application.inviteInterview', {
      applicationId,
      ...INTERVIEW(),
      clock: '15:00',
    });
    const listed = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(listed.items[0]?.interview?.answer).toBeUndefined();
    expect(listed.items[0]?.interview?.at).toBe(chinaTime(INTERVIEW().day, '15:00'));
    const doc = (
      (await backend.snapshot()).applications as { _id: string; history: unknown[] }[]
    ).find((a) => a._id === applicationId)!;
    expect(doc.history).toEqual([
      { status: 'applied', at: expect.any(Number) },
      expect.objectContaining({
        status: 'interview',
        interview: expect.objectContaining({ at: chinaTime(INTERVIEW().day, '10:00') }),
      }),
      expect.objectContaining({
        status: 'interview',
        answer: 'reschedule',
        answerNote: '下午才有空',
      }),
      expect.objectContaining({
        status: 'interview',
        interview: expect.objectContaining({ at: chinaTime(INTERVIEW().day, '15:00') }),
      }),
    ]);
  });

  test.each([
    ['a time already past', { day: chinaDay(Date.now()), clock: '00:00' }, 'day'],
    ['a day too far ahead', { day: addDays(chinaDay(Date.now()), 90) }, 'day'],
    ['no place on the map', { location: undefined }, 'location'],
    ['no address', { address: ' ' }, 'address'],
  ])('%s is refused with the field named, nothing written', async (_label, patch, field) => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'application.inviteInterview', {
        applicationId,
        ...INTERVIEW(),
        ...patch,
      } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.[field]).toBeTruthy();
  });

  test('another company, and the worker, may not invite', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    for (const who of [OTHER_HR, WORKER]) {
      const res = await refusedUnchanged(backend, () =>
        backend.call(who, 'application.inviteInterview', { applicationId, ...INTERVIEW() }),
      );
      expect(res.code).toBe('FORBIDDEN');
    }
  });
});

describe('application.answerInterview', () => {
  test('我会去: the employer sees the answer; saying it again changes nothing', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() });
    const out = await backend.ok(WORKER, 'application.answerInterview', {
      applicationId,
      answer: 'coming',
    });
    expect(out.interview).toMatchObject({ answer: 'coming', answeredAt: clock.now() });
    const listed = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(listed.items[0]?.interview).toMatchObject({ answer: 'coming' });
    const before = await backend.snapshot();
    await backend.ok(WORKER, 'application.answerInterview', { applicationId, answer: 'coming' });
    expect(await backend.snapshot()).toEqual(before);
  });

  test('想换个时间 with a word on when suits', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    await backend.ok(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() });
    await backend.ok(WORKER, 'application.answerInterview', {
      applicationId,
      answer: 'reschedule',
      note: '周三以后都可以',
    });
    const listed = await backend.ok(HR, 'application.listForJob', { jobId });
    expect(listed.items[0]?.interview).toMatchObject({
      answer: 'reschedule',
      answerNote: '周三以后都可以',
    });
  });

  test('without an invitation, or for someone else’s application, it is refused', async () => {
    const jobId = await publishedJob(backend, HR, clock.now());
    const { applicationId } = await backend.ok(WORKER, 'job.apply', { jobId });
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(WORKER, 'application.answerInterview', { applicationId, answer: 'coming' }),
        )
      ).code,
    ).toBe('BAD_TRANSITION');
    await backend.ok(HR, 'application.inviteInterview', { applicationId, ...INTERVIEW() });
    await loginWorker(backend, 'o-worker-nosy2');
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call('o-worker-nosy2', 'application.answerInterview', {
            applicationId,
            answer: 'coming',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});
