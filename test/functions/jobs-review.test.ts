import { ADMIN, startBackend, type Backend } from './harness';
import { jobInput } from './fixtures';
import { refusedUnchanged } from './expect-unchanged';
import { loginAdmin, loginWorker, publishedJob, verifiedEmployer } from './flows';

jest.setTimeout(120_000);

const HR = 'o-hr-quanxing';
const WORKER = 'o-worker-lcm';
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginAdmin(backend);
  await verifiedEmployer(backend, HR);
  await loginWorker(backend, WORKER);
}, 60_000);
afterAll(() => backend?.stop());

type StoredJob = {
  _id: string;
  status: string;
  flags: string[];
  pendingReview: boolean;
  reviewNote?: string;
};
const stored = async (jobId: string) =>
  ((await backend.snapshot()).jobs as StoredJob[]).find((j) => j._id === jobId)!;
const reportsOf = async (jobId: string) =>
  ((await backend.snapshot()).reports as { jobId: string; status: string }[]).filter(
    (r) => r.jobId === jobId,
  );

describe('report.create', () => {
  test('a report is stored and flags the post for the admin; the post stays up', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const { reportId } = await backend.ok(WORKER, 'report.create', {
      jobId,
      reason: 'fake',
      details: '到了厂里说没有这个岗位',
    });
    expect(reportId).toBeTruthy();
    expect(await stored(jobId)).toMatchObject({
      status: 'published',
      pendingReview: true,
      flags: ['举报：虚假信息'],
    });
  });

  test('reporting the same post twice keeps one report', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const first = await backend.ok(WORKER, 'report.create', { jobId, reason: 'fee' });
    expect(await backend.ok(WORKER, 'report.create', { jobId, reason: 'unpaid' })).toEqual(first);
    expect(await reportsOf(jobId)).toHaveLength(1);
  });

  test('details msgSecCheck judges risky are refused', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const res = await refusedUnchanged(backend, () =>
      backend.call(WORKER, 'report.create', {
        jobId,
        reason: 'other',
        details: '老板在厂里搞网赌',
      }),
    );
    expect(res.code).toBe('CONTENT_RISKY');
  });

  test('an unknown post, an unknown reason and a visitor are refused; nothing written', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(WORKER, 'report.create', { jobId: 'nosuchjob', reason: 'fee' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(WORKER, 'report.create', { jobId, reason: 'boring' } as never),
        )
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call('o-visitor', 'report.create', { jobId, reason: 'fee' }),
        )
      ).code,
    ).toBe('NOT_LOGGED_IN');
  });
});

describe('admin.reviewJob', () => {
  test('approving a held post publishes it', async () => {
    const { jobId } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { duties: '日赚千元，多劳多得' }),
    );
    expect(await backend.ok(ADMIN, 'admin.reviewJob', { jobId, approve: true })).toEqual({
      status: 'published',
    });
    expect(await stored(jobId)).toMatchObject({
      status: 'published',
      pendingReview: false,
      flags: [],
    });
    expect((await backend.ok(WORKER, 'job.get', { jobId })).publishedAt).toEqual(
      expect.any(Number),
    );
  });

  test('rejecting a reported post takes it down and resolves its reports', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(WORKER, 'report.create', {
      jobId,
      reason: 'fee',
      details: '面试要交200元服务费',
    });
    expect(
      await backend.ok(ADMIN, 'admin.reviewJob', {
        jobId,
        approve: false,
        reason: '核实存在收费行为',
      }),
    ).toEqual({
      status: 'rejected',
    });
    expect(await stored(jobId)).toMatchObject({
      status: 'rejected',
      pendingReview: false,
      reviewNote: '核实存在收费行为',
    });
    expect((await reportsOf(jobId)).map((r) => r.status)).toEqual(['resolved']);
    expect((await backend.fail(WORKER, 'job.get', { jobId })).code).toBe('NOT_FOUND');
    expect((await backend.fail(WORKER, 'job.apply', { jobId })).code).toBe('JOB_NOT_OPEN');
    const { items } = await backend.ok(ADMIN, 'admin.listPending', { kind: 'jobs' });
    expect(items.map((i) => (i.kind === 'job' ? i.job._id : ''))).not.toContain(jobId);
  });

  test('approving a reported post keeps it up and clears the flag', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(WORKER, 'report.create', { jobId, reason: 'other' });
    expect(await backend.ok(ADMIN, 'admin.reviewJob', { jobId, approve: true })).toEqual({
      status: 'published',
    });
    expect(await stored(jobId)).toMatchObject({ pendingReview: false, flags: [] });
  });

  test('a rejection needs a reason; an employer cannot review', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(ADMIN, 'admin.reviewJob', { jobId, approve: false }),
        )
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await refusedUnchanged(backend, () =>
          backend.call(HR, 'admin.reviewJob', { jobId, approve: true }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  test('an edit of a rejected post goes back to review, not straight to workers', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    await backend.ok(ADMIN, 'admin.reviewJob', { jobId, approve: false, reason: '工资写得不实' });
    expect(
      await backend.ok(HR, 'job.update', {
        jobId,
        ...jobInput(Date.now(), { pay: { minYuan: 4000, maxYuan: 5000, unit: 'month' } }),
      }),
    ).toEqual({
      status: 'reviewing',
    });
  });
});
