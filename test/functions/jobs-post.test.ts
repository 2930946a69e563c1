import { addDays, chinaDay, NO_FEE_NOTICE } from '../../miniprogram/shared/index';
import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { jobInput, PLACES, REGIONS } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import {
  login,
  loginAdmin,
  loginWorker,
  publishedJob,
  registeredEmployer,
  verifiedEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(120_000);

const HR = 'o-hr-quanxing';
const OTHER_HR = 'o-hr-taizhou';
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginAdmin(backend);
  await verifiedEmployer(backend, HR);
  await verifiedEmployer(backend, OTHER_HR);
  await loginWorker(backend, 'o-worker-lcm');
}, 60_000);
afterAll(() => backend?.stop());

type StoredJob = {
  _id: string;
  status: string;
  flags: unknown[];
  pendingReview: boolean;
  payMonthlyMax: number;
  employerVerified: boolean;
  companyName: string;
};
async function stored(jobId: string): Promise<StoredJob> {
  return ((await backend.snapshot()).jobs as StoredJob[]).find((j) => j._id === jobId)!;
}

describe('job.create', () => {
  test('a verified employer publishes a post with every 2026 field', async () => {
    const { jobId, status } = await backend.ok(HR, 'job.create', jobInput(Date.now()));
    expect(status).toBe('published');
    const job = await backend.ok('o-worker-lcm', 'job.get', { jobId });
    expect(job).toMatchObject({
      title: '木工 板材开料',
      headcount: 8,
      workplace: {
        region: REGIONS.pubei,
        address: '泉水镇工业园区8号',
        location: PLACES.quanshuiPark,
      },
      pay: { minYuan: 4500, maxYuan: 7000, unit: 'month' },
      status: 'published',
      employer: { companyName: '浦北县泉兴家具有限公司', verified: true },
      contact: { name: '黄经理', phone: '13877712345' },
      myApplication: null,
    });
    expect(job.applicantCount).toBeUndefined();
    expect(job).not.toHaveProperty('contactPhone');
    expect((await stored(jobId)).employerVerified).toBe(true);
  });

  test('a day wage is stored with its monthly equivalent for pay filters', async () => {
    const { jobId } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { pay: { minYuan: 180, maxYuan: 220, unit: 'day' }, payCycle: 'daily' }),
    );
    expect((await stored(jobId)).payMonthlyMax).toBe(220 * 26);
  });

  test('a text msgSecCheck wants reviewed holds the post for the admin', async () => {
    const { jobId, status } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { requirements: '身体健康，吃苦耐劳，日赚千元不是梦' }),
    );
    expect(status).toBe('reviewing');
    // The flag carries the field, what was found, the text and where the words are.
    expect(await stored(jobId)).toMatchObject({
      status: 'reviewing',
      pendingReview: true,
      flags: [
        {
          field: 'requirements',
          fieldLabel: '招聘条件',
          label: '疑似广告',
          text: '身体健康，吃苦耐劳，日赚千元不是梦',
          marks: [{ start: 10, end: 14 }],
        },
      ],
    });
    // Not shown to workers while under review.
    expect((await backend.fail('o-worker-lcm', 'job.get', { jobId })).code).toBe('NOT_FOUND');
    expect((await backend.ok(HR, 'job.get', { jobId })).status).toBe('reviewing');
  });

  test('a risky text is refused on its field, nothing stored', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', jobInput(Date.now(), { duties: '在家刷单，动动手指就有钱' })),
    );
    expect(res.code).toBe('CONTENT_RISKY');
    expect(Object.keys(res.fields ?? {})).toEqual(['duties']);
  });

  test.each([
    [
      'a fee request',
      { requirements: '入职交押金300元，干满三个月退还' },
      'FEE_REQUEST',
      'requirements',
    ],
    ['a 体检费 in the duties', { duties: '装卸货物，体检费自理' }, 'FEE_REQUEST', 'duties'],
    [
      'a gender restriction',
      { requirements: '限男性，45岁以下' },
      'DISCRIMINATION',
      'requirements',
    ],
    [
      'a 户籍 restriction',
      { requirements: '本地户口优先，能吃苦' },
      'DISCRIMINATION',
      'requirements',
    ],
    ['高薪 hype', { title: '高薪招聘普工' }, 'HYPE', 'title'],
  ])('%s is refused with its rule code, nothing stored', async (_label, overrides, code, field) => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', jobInput(Date.now(), overrides)),
    );
    expect(res.code).toBe(code);
    expect(res.fields).toHaveProperty(field);
  });

  test('a promise not to charge is not a fee request', async () => {
    const res = await backend.call(
      HR,
      'job.create',
      jobInput(Date.now(), { duties: '板材开料，不收任何费用，工装费公司承担' }),
    );
    expect(res).toMatchObject({ ok: true, data: { status: 'published' } });
  });

  test('a repost without its 信息来源 is refused', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', jobInput(Date.now(), { isRepost: true })),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields).toHaveProperty('source');
  });

  test.each([
    ['yesterday', -1, /早于今天/],
    ['more than 180 days ahead', 181, /最长180天/],
  ])('a 有效期 of %s is refused', async (_label, days, message) => {
    const validUntil = addDays(chinaDay(Date.now()), days);
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', jobInput(Date.now(), { validUntil })),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.validUntil).toMatch(message);
  });

  test('an employer still under review cannot post', async () => {
    await registeredEmployer(backend, 'o-hr-waiting');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-hr-waiting', 'job.create', jobInput(Date.now())),
    );
    expect(res.code).toBe('EMPLOYER_NOT_VERIFIED');
  });

  test.each([
    ['a wrong type', { headcount: '八个' }],
    ['an operator in a nested field', { workplace: { $set: { address: 'x' } } }],
    ['a negative wage', { pay: { minYuan: -1, maxYuan: 5000, unit: 'month' } }],
    ['an unknown field', { status: 'published' }],
  ])('%s is refused, nothing written', async (_label, overrides) => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', {
        ...jobInput(Date.now()),
        ...(overrides as object),
      } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });

  test('a missing required field is refused, nothing written', async () => {
    const { validUntil: _v, ...rest } = jobInput(Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.create', rest as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields).toHaveProperty('validUntil');
  });
});

describe('job.update', () => {
  test('the owner edits the post; cards and detail show the change', async () => {
    const now = Date.now();
    const jobId = await publishedJob(backend, HR, now);
    const out = await backend.ok(HR, 'job.update', {
      jobId,
      ...jobInput(now, { headcount: 12, benefits: ['meals'] }),
    });
    expect(out.status).toBe('published');
    const job = await backend.ok('o-worker-lcm', 'job.get', { jobId });
    expect(job.headcount).toBe(12);
    expect(job.benefits).toEqual(['meals']);
  });

  test('a moved workplace is found by distance from its new place', async () => {
    const now = Date.now();
    const jobId = await publishedJob(backend, HR, now, { title: '搬去金华的岗位' });
    const moved = {
      region: { ...REGIONS.wucheng },
      address: '婺城区金西开发区',
      location: { ...PLACES.jinhuaWucheng },
    };
    await backend.ok(HR, 'job.update', {
      jobId,
      ...jobInput(now, { title: '搬去金华的岗位', workplace: moved }),
    });
    const { items } = await backend.ok('o-worker-lcm', 'job.search', {
      sort: 'distance',
      near: PLACES.jinhuaWucheng,
      limit: 1,
    });
    expect(items[0]).toMatchObject({ _id: jobId, distanceKm: 0, county: '婺城区' });
    expect((await backend.ok('o-worker-lcm', 'job.get', { jobId })).workplace.location).toEqual(
      PLACES.jinhuaWucheng,
    );
  });

  test('another company cannot edit it', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(OTHER_HR, 'job.update', { jobId, ...jobInput(Date.now(), { headcount: 1 }) }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });

  test('an edit msgSecCheck wants reviewed goes back to review', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const out = await backend.ok(HR, 'job.update', {
      jobId,
      ...jobInput(Date.now(), { duties: '日赚千元，多劳多得' }),
    });
    expect(out.status).toBe('reviewing');
  });

  test('fixing a held post publishes it', async () => {
    const { jobId } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { duties: '日赚千元，多劳多得' }),
    );
    const out = await backend.ok(HR, 'job.update', { jobId, ...jobInput(Date.now()) });
    expect(out.status).toBe('published');
    expect(await stored(jobId)).toMatchObject({ pendingReview: false, flags: [] });
  });

  test('a closed post cannot be edited', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(HR, 'job.setStatus', { jobId, status: 'closed' });
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.update', { jobId, ...jobInput(Date.now()) }),
    );
    expect(res.code).toBe('BAD_TRANSITION');
  });

  test('an unknown post is NOT_FOUND', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.update', { jobId: 'nosuchjob', ...jobInput(Date.now()) }),
    );
    expect(res.code).toBe('NOT_FOUND');
  });

  test('the 2026 rules apply to edits too', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.update', {
        jobId,
        ...jobInput(Date.now(), { requirements: '需交报名费50元' }),
      }),
    );
    expect(res.code).toBe('FEE_REQUEST');
  });
});

describe('job.setStatus', () => {
  test('pause, resume, filled, closed follow the allowed transitions', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'paused' })).toEqual({
      status: 'paused',
    });
    expect((await backend.fail('o-worker-lcm', 'job.apply', { jobId })).code).toBe('JOB_NOT_OPEN');
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'published' })).toEqual({
      status: 'published',
    });
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'filled' })).toEqual({
      status: 'filled',
    });
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'closed' })).toEqual({
      status: 'closed',
    });
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.setStatus', { jobId, status: 'published' }),
    );
    expect(res.code).toBe('BAD_TRANSITION');
    expect(res.message).toBe('「已关闭」的岗位不能改成「招聘中」');
  });

  test('setting the status it already has is harmless', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(HR, 'job.setStatus', { jobId, status: 'paused' });
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'paused' })).toEqual({
      status: 'paused',
    });
  });

  test('a post under review can only be withdrawn (closed)', async () => {
    const { jobId } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { duties: '日赚千元，多劳多得' }),
    );
    expect((await backend.fail(HR, 'job.setStatus', { jobId, status: 'published' })).code).toBe(
      'BAD_TRANSITION',
    );
    expect(await backend.ok(HR, 'job.setStatus', { jobId, status: 'closed' })).toEqual({
      status: 'closed',
    });
  });

  test('only the owner changes it', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(OTHER_HR, 'job.setStatus', { jobId, status: 'closed' }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });

  test('a status outside the list is bad input', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(HR, 'job.setStatus', { jobId, status: 'expired' } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });
});

describe('job.get', () => {
  test('a visitor sees the facts and the contact of an open post of a verified company', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const job = await backend.ok('o-visitor-from-group-chat', 'job.get', { jobId });
    expect(job.contact).toEqual({ name: '黄经理', phone: '13877712345' });
    expect(job.myApplication).toBeNull();
    expect(NO_FEE_NOTICE).toBe('求职不收取任何费用');
  });

  test('a paused post shows no contact', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(HR, 'job.setStatus', { jobId, status: 'paused' });
    const job = await backend.ok('o-worker-lcm', 'job.get', { jobId });
    expect(job.status).toBe('paused');
    expect(job.contact).toBeNull();
  });

  test('the owner and the admin see the applicant count', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok('o-worker-lcm', 'job.apply', { jobId });
    expect((await backend.ok(HR, 'job.get', { jobId })).applicantCount).toBe(1);
    expect((await backend.ok(ADMIN, 'job.get', { jobId })).applicantCount).toBe(1);
    const seen = await backend.ok('o-worker-lcm', 'job.get', { jobId });
    expect(seen.applicantCount).toBeUndefined();
    expect(seen.myApplication).toMatchObject({ status: 'applied' });
  });

  test('an unknown post is NOT_FOUND', async () => {
    expect((await backend.fail('o-worker-lcm', 'job.get', { jobId: 'nosuchjob' })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('job.listMine', () => {
  test('lists the company posts newest first, with counts, filtered by status', async () => {
    await login(backend, 'o-hr-list');
    await verifiedEmployer(backend, 'o-hr-list');
    const ids: string[] = [];
    for (let i = 0; i < 22; i++)
      ids.push(await publishedJob(backend, 'o-hr-list', Date.now(), { headcount: i + 1 }));
    await backend.ok('o-hr-list', 'job.setStatus', { jobId: ids[0]!, status: 'paused' });
    const first = await backend.ok('o-hr-list', 'job.listMine', {});
    const second = await backend.ok('o-hr-list', 'job.listMine', { cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((j) => j._id)).toEqual([...ids].reverse());
    expect(second.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({
      status: 'published',
      applicantCount: 0,
      newApplicantCount: 0,
    });
    const paused = await backend.ok('o-hr-list', 'job.listMine', { status: 'paused' });
    expect(paused.items.map((j) => j._id)).toEqual([ids[0]]);
  });
});

describe('the jobs function', () => {
  test('an unknown action, or an action of another function, is refused and nothing is written', async () => {
    const before = await backend.snapshot();
    expect(await backend.raw('jobs', HR, { action: 'job.delete', input: {} })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
    expect(await backend.raw('jobs', HR, { action: 'employer.register', input: {} })).toMatchObject(
      { ok: false, code: 'UNKNOWN_ACTION' },
    );
    expect(await backend.raw('jobs', HR, { input: {} })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
    expect(await backend.snapshot()).toEqual(before);
  });

  test('job.create retried with the same requestId makes one post and answers the same', async () => {
    const input = jobInput(Date.now(), { title: '重试发布的岗位' });
    const first = await backend.call(HR, 'job.create', input, 'req-job-create-1');
    const again = await backend.call(HR, 'job.create', input, 'req-job-create-1');
    expect(again).toEqual(first);
    const jobs = (await backend.snapshot()).jobs as { title: string }[];
    expect(jobs.filter((j) => j.title === '重试发布的岗位')).toHaveLength(1);
  });

  test('an input that is not an object is bad input', async () => {
    expect(await backend.raw('jobs', HR, { action: 'job.get', input: 'abc' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await backend.raw('jobs', HR, { action: 'job.get', input: [1, 2] })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
