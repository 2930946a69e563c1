import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, exists, loadPage, settle, tap, textOf } from '../package-common/harness';

const JOB = {
  _id: 'job_yajin',
  title: '电子厂普工',
  category: 'electronics' as const,
  pay: { minYuan: 4500, maxYuan: 6500, unit: 'month' as const },
  payCycle: 'monthly' as const,
  benefits: [],
  county: '长安镇',
  city: '东莞市',
  companyName: '东莞某电子有限公司',
  verified: false,
  publishedAt: Date.parse('2026-11-19T09:00:00+08:00'),
};

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
  cloud.ok('admin.listPending', (input: { kind: string }) => ({
    items:
      input.kind === 'jobs'
        ? [{ kind: 'job', job: { ...JOB, status: 'reviewing', flagLabels: ['内容安全待复核'] } }]
        : [
            {
              kind: 'report',
              report: {
                _id: 'rep_1',
                jobId: 'job_yajin',
                jobTitle: '电子厂普工',
                companyName: '东莞某电子有限公司',
                reason: 'fee',
                details: '电话里让先交300元体检费',
                createdAt: Date.parse('2026-11-20T19:30:00+08:00'),
              },
            },
          ],
    nextCursor: null,
  }));
});
afterEach(() => jest.restoreAllMocks());

test('flagged posts show why they were flagged; 通过发布 approves', async () => {
  cloud.ok('admin.reviewJob', { status: 'published' });
  const page = loadPage('package-admin/pages/review/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, '#job-job_yajin')).toContain('内容安全待复核');
  expect(textOf(page, '#job-job_yajin')).toContain('4500-6500元/月');
  await tap(page, '#keep-job-job_yajin');
  await settle();
  expect(cloud.callsOf('admin.reviewJob')).toEqual([{ jobId: 'job_yajin', approve: true }]);
  expect(exists(page, '#job-job_yajin')).toBe(false);
});

test('a report shows its reason and details; 下架 takes the post down with the reason', async () => {
  cloud.ok('admin.reviewJob', { status: 'rejected' });
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm: true,
      cancel: false,
      content: '要求交体检费',
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  const page = loadPage('package-admin/pages/review/index');
  page.instance.onLoad({});
  await settle();
  await tap(page, '#tab-reports');
  await settle();
  expect(cloud.callsOf('admin.listPending').at(-1)).toEqual({ kind: 'reports' });
  const card = textOf(page, '#report-rep_1');
  expect(card).toContain('举报：要求交费');
  expect(card).toContain('电话里让先交300元体检费');
  await tap(page, '#down-report-rep_1');
  await settle();
  expect(cloud.callsOf('admin.reviewJob')).toEqual([
    { jobId: 'job_yajin', approve: false, reason: '要求交体检费' },
  ]);
  expect(textOf(page, '#empty')).toContain('没有待处理的举报');
});
