import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { ADMIN, ADMIN_ZIZHONG, startBackend, type Backend } from '../fixtures/backend/harness';
import { fairInput, jobInput, REGIONS } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import {
  cadreOf,
  loginAdmin,
  loginWorker,
  publishedJob,
  verifiedEmployer,
} from '../fixtures/backend/flows';
import { docs } from '../fixtures/backend/fairs-world';
import { REPORT_OUTCOME_LABELS } from '../../miniprogram/shared/index';

jest.setTimeout(180_000);

const HR = 'o-hr-fee-asking';
const OTHER_HR = 'o-hr-honest';
const WORKER = 'o-worker-reporter';
const CADRE = 'o-cadre-pubei-suspend';
const EARLY = 'o-worker-reported-first';
let b: Backend;
let employerId: string;
let jobId: string;
let pausedJobId: string;
let heldJobId: string;
let downJobId: string;
let earlyReportId: string;
let fairId: string;

beforeAll(async () => {
  b = await startBackend();
  await loginAdmin(b);
  await loginAdmin(b, ADMIN_ZIZHONG);
  employerId = await verifiedEmployer(b, HR);
  jobId = await publishedJob(b, HR, Date.now());
  pausedJobId = await publishedJob(b, HR, Date.now(), { title: '普工 包装' });
  await b.ok(HR, 'job.setStatus', { jobId: pausedJobId, status: 'paused' });
  downJobId = await publishedJob(b, HR, Date.now(), { title: '普工 搬运' });
  // Held for the admin (msgSecCheck wants it reviewed): it waits in 被标记的岗位.
  ({ jobId: heldJobId } = await b.ok(
    HR,
    'job.create',
    jobInput(Date.now(), { title: '普工 夜班', requirements: '身体健康，日赚千元不是梦' }),
  ));
  await publishedJob(b, OTHER_HR, Date.now(), { title: '司机 送货' });
  await loginWorker(b, EARLY, { name: '黄秀英', phone: '13977700003' });
  ({ reportId: earlyReportId } = await b.ok(EARLY, 'report.create', {
    jobId,
    reason: 'fee',
    details: '电话里说要先交300元押金',
  }));
  await loginWorker(b, WORKER);
  await b.ok(WORKER, 'job.apply', { jobId });
  b.cloud.grantSubscription(WORKER, SUBSCRIBE_TEMPLATES.applicationStatus, 1);
  await cadreOf(b, CADRE, { ...REGIONS.pubei });
  ({ fairId } = await b.ok(
    CADRE,
    'fair.create',
    fairInput(Date.now(), {
      title: '泉水镇赶集日招聘会',
      region: { ...REGIONS.pubei },
      town: '泉水镇',
      village: '旧州村',
      address: '旧州村村委会',
      location: { lat: 22.27, lng: 109.55 },
      employers: [{ employerId, jobIds: [jobId] }],
    }),
  ));
}, 120_000);
afterAll(() => b?.stop());

describe('admin.suspendEmployer', () => {
  test('a reason is required; another county’s admin and a cadre are refused; nothing written', async () => {
    const noReason = await refusedUnchanged(b, () =>
      b.call(ADMIN, 'admin.suspendEmployer', { employerId, reason: '' } as never),
    );
    expect(noReason).toMatchObject({ code: 'INVALID_INPUT' });
    expect(noReason.message).toContain('暂停原因');
    const elsewhere = await refusedUnchanged(b, () =>
      b.call(ADMIN_ZIZHONG, 'admin.suspendEmployer', { employerId, reason: '多次被举报收费' }),
    );
    expect(elsewhere).toMatchObject({ code: 'FORBIDDEN' });
    const cadre = await refusedUnchanged(b, () =>
      b.call(CADRE, 'admin.suspendEmployer', { employerId, reason: '多次被举报收费' }),
    );
    expect(cadre).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('its posts leave search at once, fairs show it removed, the company reads the reason', async () => {
    const before = await b.ok(WORKER, 'job.search', {});
    expect(before.items.map((j) => j._id)).toContain(jobId);
    const out = await b.ok(ADMIN, 'admin.suspendEmployer', {
      employerId,
      reason: '多次被举报向求职者收取押金',
    });
    expect(out).toEqual({ status: 'suspended', postsHidden: 4, applicantsTold: 1, fairsLeft: 1 });
    const after = await b.ok(WORKER, 'job.search', {});
    expect(after.items.map((j) => j._id)).not.toContain(jobId);
    expect(after.items.map((j) => j.title)).toContain('司机 送货');
    const fair = docs<{ _id: string; employers: unknown[]; removedEmployers?: unknown[] }>(
      await b.snapshot(),
      'fairs',
    ).find((f) => f._id === fairId)!;
    expect(fair.employers).toEqual([]);
    expect(fair.removedEmployers).toMatchObject([{ employerId }]);
    const mine = await b.ok(HR, 'employer.mine', {});
    expect(mine?.status).toBe('suspended');
    // A suspended company may not post.
    expect(await b.fail(HR, 'job.create', {})).toMatchObject({ code: 'EMPLOYER_NOT_VERIFIED' });
  });

  test('the open report against it is settled: the reporter reads 单位已被暂停招聘 and the reason', async () => {
    const mine = await b.ok(EARLY, 'report.mine', {});
    expect(mine.items).toEqual([
      expect.objectContaining({
        _id: earlyReportId,
        status: 'resolved',
        outcome: 'suspend',
        explanation: '多次被举报向求职者收取押金',
      }),
    ]);
    expect(REPORT_OUTCOME_LABELS.suspend).toBe('单位已被暂停招聘');
    // Nothing is left open for the admin to decide about it.
    const open = await b.ok(ADMIN, 'admin.listPending', { kind: 'reports' });
    expect(open.items).toEqual([]);
    // An admin picks 下架 / 警告 / 查无问题 for a report; 单位已被暂停招聘 only comes with a suspension.
    const picked = await b.call(ADMIN, 'admin.resolveReport', {
      reportId: earlyReportId,
      outcome: 'suspend',
      explanation: '单位已暂停',
    } as never);
    expect(picked).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  test('its held post leaves 被标记的岗位 and cannot be approved while the company is suspended', async () => {
    const queue = await b.ok(ADMIN, 'admin.listPending', { kind: 'jobs' });
    expect(queue.items.map((i) => (i.kind === 'job' ? i.job._id : ''))).not.toContain(heldJobId);
    const approve = await refusedUnchanged(b, () =>
      b.call(ADMIN, 'admin.reviewJob', { jobId: heldJobId, approve: true }),
    );
    expect(approve).toMatchObject({ code: 'BAD_TRANSITION' });
    expect(approve.message).toContain('恢复招聘后再审核');
  });

  test('suspending again changes nothing', async () => {
    const snap = await b.snapshot();
    const again = await b.ok(ADMIN, 'admin.suspendEmployer', {
      employerId,
      reason: '多次被举报向求职者收取押金',
    });
    expect(again).toMatchObject({ status: 'suspended', postsHidden: 0 });
    expect(await b.snapshot()).toEqual(snap);
  });

  test('the company page shows the suspension, the posts, applicants and reports grouped by post', async () => {
    await loginWorker(b, 'o-worker-2', { name: '陈桂兰', phone: '13977700002' });
    const profile = await b.ok(ADMIN, 'admin.companyProfile', { employerId });
    expect(profile.suspension?.reason).toBe('多次被举报向求职者收取押金');
    expect(profile.totals).toMatchObject({ posts: 4, livePosts: 0, applications: 1, hires: 0 });
    expect(new Set(profile.posts.map((p) => p.status))).toEqual(new Set(['suspended']));
  });
});

describe('admin.liftSuspension', () => {
  test('the posts come back as they were (live, paused, held), except one taken down (下架) meanwhile', async () => {
    expect(
      await b.ok(ADMIN, 'admin.reviewJob', {
        jobId: downJobId,
        approve: false,
        reason: '核实要先交押金',
      }),
    ).toEqual({ status: 'rejected' });
    const out = await b.ok(ADMIN, 'admin.liftSuspension', { employerId });
    expect(out).toEqual({ status: 'verified', postsRestored: 3 });
    const profile = await b.ok(ADMIN, 'admin.companyProfile', { employerId });
    expect(Object.fromEntries(profile.posts.map((p) => [p._id, p.status]))).toEqual({
      [jobId]: 'published',
      [pausedJobId]: 'paused',
      [heldJobId]: 'reviewing',
      [downJobId]: 'rejected',
    });
    const queue = await b.ok(ADMIN, 'admin.listPending', { kind: 'jobs' });
    expect(queue.items.map((i) => (i.kind === 'job' ? i.job._id : ''))).toContain(heldJobId);
    // The settled report stays settled: the suspension happened.
    const mine = await b.ok(EARLY, 'report.mine', {});
    expect(mine.items[0]).toMatchObject({ status: 'resolved', outcome: 'suspend' });
    expect(profile.suspension).toBeNull();
    const search = await b.ok(WORKER, 'job.search', {});
    expect(search.items.map((j) => j._id)).toContain(jobId);
  });

  test('lifting a company that is not suspended: verified stays, nothing written', async () => {
    const snap = await b.snapshot();
    expect(await b.ok(ADMIN, 'admin.liftSuspension', { employerId })).toEqual({
      status: 'verified',
      postsRestored: 0,
    });
    expect(await b.snapshot()).toEqual(snap);
  });
});

describe('admin.companyProfile', () => {
  test('repeat reports against one post are one group, open first, with the outcome once decided', async () => {
    await b.ok(WORKER, 'report.create', { jobId, reason: 'fee', details: '让交200元押金' });
    await b.ok('o-worker-2', 'report.create', { jobId, reason: 'fake' });
    const profile = await b.ok(ADMIN, 'admin.companyProfile', { employerId });
    expect(profile.reportGroups).toEqual([
      expect.objectContaining({ jobId, count: 3, open: 2, reasons: ['fake', 'fee'] }),
    ]);
    expect(profile.totals).toMatchObject({ reports: 3, openReports: 2 });
  });

  test('another county’s admin may not read it', async () => {
    expect(await b.fail(ADMIN_ZIZHONG, 'admin.companyProfile', { employerId })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('audit.list', () => {
  test('the area’s admin reads who suspended and lifted the company, with the reason, newest first', async () => {
    const log = await b.ok(ADMIN, 'audit.list', {});
    const mine = log.items.filter((e) => e.targets.employerId === employerId);
    expect(mine.map((e) => e.what)).toEqual(['恢复单位资格', '暂停单位资格', '审核单位']);
    expect(mine[1]).toMatchObject({
      actorRole: 'admin',
      action: 'admin.suspendEmployer',
      detail: '多次被举报向求职者收取押金',
    });
    // The cadre's fair counts as an office write in the county too.
    expect(log.items.some((e) => e.action === 'fair.create' && e.actorRole === 'cadre')).toBe(true);
  });

  test('another county’s admin sees none of it; a cadre may not read the log', async () => {
    const other = await b.ok(ADMIN_ZIZHONG, 'audit.list', {});
    expect(other.items.filter((e) => e.targets.employerId === employerId)).toEqual([]);
    expect(await b.fail(CADRE, 'audit.list', {})).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('a worker’s own writes are not in the log', async () => {
    const log = await b.ok(ADMIN, 'audit.list', {});
    expect(log.items.some((e) => e.action === 'job.apply' || e.action === 'report.create')).toBe(
      false,
    );
  });
});
