import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { jobInput } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import {
  login,
  loginAdmin,
  loginWorker,
  publishedJob,
  registeredEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(120_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginAdmin(backend);
}, 60_000);
afterAll(() => backend?.stop());

describe('admin.verifyEmployer', () => {
  test('approving lets the company post, and refreshes 已认证 on its posts', async () => {
    const jobId = await publishedJob(backend, 'o-hr-verify', Date.now());
    const session = await login(backend, 'o-hr-verify');
    const employerId = session.employer!._id;
    // Taken back, then verified again: the post follows each time.
    await backend.ok(ADMIN, 'admin.verifyEmployer', {
      employerId,
      approve: false,
      reason: '资料待核实',
    });
    let job = await backend.ok('o-worker-look', 'job.get', { jobId });
    expect(job.employer.verified).toBe(false);
    expect(job.contact).toBeNull();
    expect((await backend.fail('o-hr-verify', 'job.create', jobInput(Date.now()))).code).toBe(
      'EMPLOYER_NOT_VERIFIED',
    );

    expect(await backend.ok(ADMIN, 'admin.verifyEmployer', { employerId, approve: true })).toEqual({
      status: 'verified',
    });
    job = await backend.ok('o-worker-look', 'job.get', { jobId });
    expect(job.employer.verified).toBe(true);
    expect(job.contact).toEqual({ name: '黄经理', phone: '13877712345' });
  });

  test('rejecting needs a reason the company can act on', async () => {
    const employer = await registeredEmployer(backend, 'o-hr-noreason');
    const res = await refusedUnchanged(backend, () =>
      backend.call(ADMIN, 'admin.verifyEmployer', { employerId: employer._id, approve: false }),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields).toHaveProperty('reason');
  });

  test('an unknown company is NOT_FOUND', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(ADMIN, 'admin.verifyEmployer', { employerId: 'nosuchemployer', approve: true }),
    );
    expect(res.code).toBe('NOT_FOUND');
  });

  test('an operator as employerId is refused, nothing written', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call(ADMIN, 'admin.verifyEmployer', {
        employerId: { $ne: '' },
        approve: true,
      } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });
});

describe('admin.listPending', () => {
  test('lists companies awaiting review, oldest first, page by page', async () => {
    const fresh = await startBackend();
    try {
      await loginAdmin(fresh);
      const ids: string[] = [];
      for (let i = 0; i < 23; i++)
        ids.push((await registeredEmployer(fresh, `o-hr-pending-${i}`))._id);
      const first = await fresh.ok(ADMIN, 'admin.listPending', { kind: 'employers' });
      expect(first.items).toHaveLength(20);
      expect(first.nextCursor).not.toBeNull();
      const second = await fresh.ok(ADMIN, 'admin.listPending', {
        kind: 'employers',
        cursor: first.nextCursor!,
      });
      expect(second.items).toHaveLength(3);
      expect(second.nextCursor).toBeNull();
      const listed = [...first.items, ...second.items].map((i) =>
        i.kind === 'employer' ? i.employer._id : '',
      );
      expect(listed).toEqual(ids);
    } finally {
      await fresh.stop();
    }
  });

  test('lists held and flagged posts with the flagged text marked, and reports apart', async () => {
    const now = Date.now();
    const jobId = await publishedJob(backend, 'o-hr-flagged', now, { title: '包装工 长白班' });
    const held = await backend.ok(
      'o-hr-flagged',
      'job.create',
      jobInput(now, { title: '电子厂普工', duties: '流水线装配，日赚千元不是梦，按件计酬' }),
    );
    expect(held.status).toBe('reviewing');
    const aged = await backend.ok(
      'o-hr-flagged',
      'job.create',
      jobInput(now, { title: '电子厂检验员', requirements: '视力好，年龄18-40岁，能坐着工作' }),
    );
    expect(aged.status).toBe('published');
    await loginWorker(backend, 'o-worker-reporter');
    await backend.ok('o-worker-reporter', 'report.create', {
      jobId,
      reason: 'fee',
      details: '电话里说要先交300元',
    });

    const { items } = await backend.ok(ADMIN, 'admin.listPending', { kind: 'jobs' });
    const flagged = Object.fromEntries(
      items.map((i) => (i.kind === 'job' ? [i.job._id, i.job] : ['', null])),
    );
    expect(flagged[held.jobId]).toMatchObject({
      status: 'reviewing',
      flags: [
        {
          field: 'duties',
          fieldLabel: '工作内容',
          label: '疑似广告',
          text: '流水线装配，日赚千元不是梦，按件计酬',
          marks: [{ start: 6, end: 10 }],
        },
      ],
    });
    // A live post with a hard age limit: 保留岗位 / 下架 for the admin.
    expect(flagged[aged.jobId]).toMatchObject({
      status: 'published',
      flags: [
        {
          field: 'requirements',
          label: '年龄限制（年龄18-40岁）',
          text: '视力好，年龄18-40岁，能坐着工作',
          marks: [{ start: 4, end: 12 }],
        },
      ],
    });
    // A report is not a flag on the post: it waits in the reports queue.
    expect(flagged[jobId]).toBeUndefined();

    const reports = await backend.ok(ADMIN, 'admin.listPending', { kind: 'reports' });
    expect(reports.items).toEqual([
      {
        kind: 'report',
        report: expect.objectContaining({
          jobId,
          jobTitle: '包装工 长白班',
          // The company, for the admin to open its 单位档案 from the report.
          employerId: (await login(backend, 'o-hr-flagged')).employer!._id,
          jobStatus: 'published',
          reason: 'fee',
          details: '电话里说要先交300元',
        }),
      },
    ]);
  });

  test('a forged cursor is refused', async () => {
    const res = await backend.fail(ADMIN, 'admin.listPending', {
      kind: 'employers',
      cursor: 'bm90LWEtY3Vyc29y',
    });
    expect(res.code).toBe('INVALID_INPUT');
  });
});
