import type { Backend } from '../fixtures/backend/harness';
import { jobInput } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import { loginWorker, publishedJob } from '../fixtures/backend/flows';
import {
  ADMIN,
  ADMIN_ZIZHONG,
  HR,
  WORKER,
  reportsOf,
  startReviewWorld,
  stored,
} from './review-world';

jest.setTimeout(120_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startReviewWorld();
}, 60_000);
afterAll(() => backend?.stop());

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
    expect(await stored(backend, jobId)).toMatchObject({
      status: 'published',
      pendingReview: false,
      flags: [],
    });
    expect((await backend.ok(WORKER, 'job.get', { jobId })).publishedAt).toEqual(
      expect.any(Number),
    );
  });

  test('rejecting a reported post takes it down and gives its reports the outcome 下架', async () => {
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
    expect(await stored(backend, jobId)).toMatchObject({
      status: 'rejected',
      pendingReview: false,
      reviewNote: '核实存在收费行为',
    });
    expect(await reportsOf(backend, jobId)).toEqual([
      expect.objectContaining({
        status: 'resolved',
        outcome: 'takeDown',
        explanation: '核实存在收费行为',
      }),
    ]);
    expect((await backend.fail(WORKER, 'job.get', { jobId })).code).toBe('NOT_FOUND');
    expect((await backend.fail(WORKER, 'job.apply', { jobId })).code).toBe('JOB_NOT_OPEN');
    const { items } = await backend.ok(ADMIN, 'admin.listPending', { kind: 'jobs' });
    expect(items.map((i) => (i.kind === 'job' ? i.job._id : ''))).not.toContain(jobId);
  });

  test('保留岗位: approving a live post flagged for an age limit keeps it up and clears the flag', async () => {
    const { jobId, status } = await backend.ok(
      HR,
      'job.create',
      jobInput(Date.now(), { requirements: '手脚麻利，45岁以下，能上夜班' }),
    );
    expect(status).toBe('published');
    expect(await stored(backend, jobId)).toMatchObject({ pendingReview: true });
    expect(await backend.ok(ADMIN, 'admin.reviewJob', { jobId, approve: true })).toEqual({
      status: 'published',
    });
    expect(await stored(backend, jobId)).toMatchObject({ pendingReview: false, flags: [] });
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

describe('admin.resolveReport', () => {
  async function reported(reason: 'fee' | 'fake' = 'fee') {
    const jobId = await publishedJob(backend, HR, Date.now());
    const { reportId } = await backend.ok(WORKER, 'report.create', {
      jobId,
      reason,
      details: '电话里说进厂前要交200元办厂牌',
    });
    return { jobId, reportId };
  }

  test('下架: the post comes down, every open report of it gets the outcome, the reporter reads it', async () => {
    const { jobId, reportId } = await reported();
    await loginWorker(backend, 'o-worker-second');
    const second = await backend.ok('o-worker-second', 'report.create', { jobId, reason: 'fee' });
    expect(
      await backend.ok(ADMIN, 'admin.resolveReport', {
        reportId,
        outcome: 'takeDown',
        explanation: '核实要求交钱办厂牌，已下架',
      }),
    ).toEqual({ outcome: 'takeDown', jobStatus: 'rejected' });
    expect(await stored(backend, jobId)).toMatchObject({
      status: 'rejected',
      reviewNote: '核实要求交钱办厂牌，已下架',
    });
    expect((await backend.fail(WORKER, 'job.get', { jobId })).code).toBe('NOT_FOUND');
    const mine = await backend.ok(WORKER, 'report.mine', {});
    expect(mine.items.find((r) => r._id === reportId)).toMatchObject({
      jobId,
      jobTitle: '木工 板材开料',
      companyName: '浦北县泉兴家具有限公司',
      reason: 'fee',
      status: 'resolved',
      outcome: 'takeDown',
      explanation: '核实要求交钱办厂牌，已下架',
      resolvedAt: expect.any(Number),
    });
    const theirs = await backend.ok('o-worker-second', 'report.mine', {});
    expect(theirs.items.find((r) => r._id === second.reportId)?.outcome).toBe('takeDown');
  });

  test('警告: the post stays up, the company is warned; 查无问题 changes nothing else', async () => {
    const warned = await reported();
    expect(
      await backend.ok(ADMIN, 'admin.resolveReport', {
        reportId: warned.reportId,
        outcome: 'warn',
        explanation: '已约谈单位，不许再收费',
      }),
    ).toEqual({ outcome: 'warn', jobStatus: 'published' });
    const employers = (await backend.snapshot()).employers as {
      ownerOpenid: string;
      warnings?: { explanation: string }[];
    }[];
    expect(employers.find((e) => e.ownerOpenid === HR)?.warnings?.at(-1)).toMatchObject({
      explanation: '已约谈单位，不许再收费',
    });
    const fine = await reported('fake');
    await backend.ok(ADMIN, 'admin.resolveReport', {
      reportId: fine.reportId,
      outcome: 'noIssue',
      explanation: '电话核实，岗位还在招',
    });
    expect(await stored(backend, fine.jobId)).toMatchObject({ status: 'published' });
    const mine = await backend.ok(WORKER, 'report.mine', {});
    expect(mine.items.find((r) => r._id === fine.reportId)).toMatchObject({
      outcome: 'noIssue',
      explanation: '电话核实，岗位还在招',
    });
  });

  test('deciding twice changes nothing; an open report shows as 处理中 to its reporter', async () => {
    const { reportId } = await reported();
    expect(
      (await backend.ok(WORKER, 'report.mine', {})).items.find((r) => r._id === reportId),
    ).toMatchObject({ status: 'open' });
    await backend.ok(ADMIN, 'admin.resolveReport', {
      reportId,
      outcome: 'noIssue',
      explanation: '电话核实，没有收费',
    });
    const before = await backend.snapshot();
    expect(
      await backend.ok(ADMIN, 'admin.resolveReport', {
        reportId,
        outcome: 'takeDown',
        explanation: '再看一次',
      }),
    ).toMatchObject({ outcome: 'noIssue' });
    expect(await backend.snapshot()).toEqual(before);
  });

  test('an explanation is needed; another area’s admin and a worker are refused, nothing written', async () => {
    const { reportId } = await reported();
    const noWord = await refusedUnchanged(backend, () =>
      backend.call(ADMIN, 'admin.resolveReport', { reportId, outcome: 'warn' } as never),
    );
    expect(noWord).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { explanation: '请填写处理说明' },
    });
    const other = await refusedUnchanged(backend, () =>
      backend.call(ADMIN_ZIZHONG, 'admin.resolveReport', {
        reportId,
        outcome: 'noIssue',
        explanation: '看过了',
      }),
    );
    expect(other.code).toBe('FORBIDDEN');
    const worker = await refusedUnchanged(backend, () =>
      backend.call(WORKER, 'admin.resolveReport', {
        reportId,
        outcome: 'noIssue',
        explanation: '看过了',
      }),
    );
    expect(worker.code).toBe('FORBIDDEN');
  });
});
