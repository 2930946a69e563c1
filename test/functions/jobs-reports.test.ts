import type { Backend } from '../fixtures/backend/harness';
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

describe('report.create', () => {
  test('a report waits for the 人社局 of the company’s area; the post stays up meanwhile', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const { reportId } = await backend.ok(WORKER, 'report.create', {
      jobId,
      reason: 'fake',
      details: '到了厂里说没有这个岗位',
    });
    expect(reportId).toBeTruthy();
    expect(await stored(backend, jobId)).toMatchObject({ status: 'published' });
    const queue = await backend.ok(ADMIN, 'admin.listPending', { kind: 'reports' });
    expect(queue.items.map((i) => (i.kind === 'report' ? i.report._id : ''))).toContain(reportId);
    const elsewhere = await backend.ok(ADMIN_ZIZHONG, 'admin.listPending', { kind: 'reports' });
    expect(elsewhere.items).toEqual([]);
  });

  test('reporting the same post twice keeps one report', async () => {
    const jobId = await publishedJob(backend, HR, Date.now());
    const first = await backend.ok(WORKER, 'report.create', { jobId, reason: 'fee' });
    expect(await backend.ok(WORKER, 'report.create', { jobId, reason: 'unpaid' })).toEqual(first);
    expect(await reportsOf(backend, jobId)).toHaveLength(1);
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

describe('report.mine', () => {
  test('someone else’s reports are not listed; a new reporter has none', async () => {
    await loginWorker(backend, 'o-worker-none');
    expect(await backend.ok('o-worker-none', 'report.mine', {})).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
