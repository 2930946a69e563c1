import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';

const AT = Date.parse('2026-11-20T09:00:00+08:00');

const EMPLOYER = {
  _id: 'emp_yajin',
  companyName: '浦北县某劳务有限公司',
  uscc: '91450722MA5L2K3X4Y',
  intro: '介绍进厂。',
  contactName: '韦经理',
  contactPhone: '13877700001',
  region: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  address: '小江街道城东路8号',
  location: { lat: 22.27, lng: 109.55 },
  status: 'verified' as const,
  createdAt: AT,
};

function profile(status: 'verified' | 'suspended' = 'verified') {
  return {
    employer: { ...EMPLOYER, status },
    suspension: status === 'suspended' ? { reason: '多次被举报收押金', at: AT } : null,
    warnings: [{ at: AT, jobId: 'job_pg', explanation: '已约谈，不许再收费' }],
    totals: {
      posts: 2,
      livePosts: status === 'suspended' ? 0 : 1,
      applications: 7,
      hires: 3,
      agreements: 1,
      reports: 3,
      openReports: 1,
    },
    posts: [
      {
        _id: 'job_pg',
        title: '电子厂普工',
        status: status === 'suspended' ? ('suspended' as const) : ('published' as const),
        applicantCount: 5,
        hires: 2,
        createdAt: AT,
      },
      {
        _id: 'job_bz',
        title: '包装工',
        status: 'closed' as const,
        applicantCount: 2,
        hires: 1,
        createdAt: AT,
      },
    ],
    reportGroups: [
      {
        jobId: 'job_pg',
        jobTitle: '电子厂普工',
        count: 2,
        open: 1,
        reasons: ['fee' as const, 'fake' as const],
        latestAt: AT,
      },
      {
        jobId: 'job_bz',
        jobTitle: '包装工',
        count: 1,
        open: 0,
        reasons: ['unpaid' as const],
        latestAt: AT,
        outcome: 'noIssue' as const,
        explanation: '电话核实，工资已发',
      },
    ],
  };
}

/** What the admin answers each dialog, in order: the typed reason, then 确定 or not. */
let answers: { confirm: boolean; content?: string }[];
let dialogs: WechatMiniprogram.ShowModalOption[];
const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('admin.companyProfile', profile());
  answers = [];
  dialogs = [];
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    dialogs.push(o);
    const a = answers.shift() ?? { confirm: false };
    o.success?.({
      confirm: a.confirm,
      cancel: !a.confirm,
      content: a.content ?? '',
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
});
afterEach(() => jest.restoreAllMocks());

async function open() {
  const page = loadPage('package-admin/pages/company/index');
  page.instance.onLoad({ employerId: 'emp_yajin' });
  await settle();
  return page;
}

test('shows the company, its figures, posts with status, and reports grouped by post with outcomes', async () => {
  const page = await open();
  expect(cloud.inputsOf('admin.companyProfile')).toEqual([{ employerId: 'emp_yajin' }]);
  expect(textOf(page, '#company')).toContain('浦北县某劳务有限公司');
  expect(textOf(page, '#status')).toBe('已认证');
  expect(textOf(page, '#figure-applications')).toContain('7');
  expect(textOf(page, '#figure-hires')).toContain('3');
  expect(textOf(page, '#company')).toContain('已约谈，不许再收费');
  expect(textOf(page, '#post-job_pg')).toContain('招聘中');
  expect(textOf(page, '#post-job_bz')).toContain('已关闭');
  const open1 = textOf(page, '#report-job_pg');
  expect(open1).toContain('被举报 2 次');
  expect(open1).toContain('要求交费、虚假信息');
  expect(open1).toContain('还有 1 件没处理');
  const navigate = jest.spyOn(wx, 'navigateTo');
  await tap(page, '#pending-job_pg');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-admin/pages/review/index?tab=reports' }),
  );
  expect(textOf(page, '#report-job_bz')).toContain('查无问题：电话核实，工资已发');
  expect(exists(page, '#lift')).toBe(false);
});

test('暂停招聘 asks a reason, says in plain words what happens, then suspends', async () => {
  cloud.ok('admin.suspendEmployer', {
    status: 'suspended',
    postsHidden: 1,
    applicantsTold: 5,
    fairsLeft: 1,
  });
  const page = await open();
  cloud.ok('admin.companyProfile', profile('suspended'));
  answers = [{ confirm: true, content: '多次被举报收押金' }, { confirm: true }];
  await tap(page, '#suspend');
  await settle();
  expect(dialogs[1]?.content).toContain('岗位马上从找工作里消失');
  expect(dialogs[1]?.content).toContain('报了名的人会收到通知');
  expect(dialogs[1]?.confirmText).toBe('暂停招聘');
  expect(cloud.inputsOf('admin.suspendEmployer')).toEqual([
    { employerId: 'emp_yajin', reason: '多次被举报收押金' },
  ]);
  expect(textOf(page, '#status')).toBe('已暂停资格');
  expect(textOf(page, '#suspension')).toContain('多次被举报收押金');
  expect(exists(page, '#suspend')).toBe(false);
  expect(exists(page, '#lift')).toBe(true);
});

test('no reason, or 不暂停 at the confirmation: nothing is sent', async () => {
  const toast = jest.spyOn(wx, 'showToast');
  const page = await open();
  answers = [{ confirm: true, content: '' }];
  await tap(page, '#suspend');
  await settle();
  expect(toast).toHaveBeenCalledWith(
    expect.objectContaining({ title: expect.stringContaining('暂停原因') }),
  );
  answers = [{ confirm: true, content: '多次被举报收押金' }, { confirm: false }];
  await tap(page, '#suspend');
  await settle();
  expect(cloud.inputsOf('admin.suspendEmployer')).toEqual([]);
  expect(textOf(page, '#status')).toBe('已认证');
});

test('恢复招聘 lifts a suspended company after confirming', async () => {
  cloud.ok('admin.companyProfile', profile('suspended'));
  cloud.ok('admin.liftSuspension', { status: 'verified', postsRestored: 1 });
  const page = await open();
  expect(textOf(page, '#suspension')).toContain('暂停：多次被举报收押金');
  cloud.ok('admin.companyProfile', profile('verified'));
  answers = [{ confirm: true }];
  await tap(page, '#lift');
  await settle();
  expect(cloud.inputsOf('admin.liftSuspension')).toEqual([{ employerId: 'emp_yajin' }]);
  expect(textOf(page, '#status')).toBe('已认证');
  expect(exists(page, '#suspend')).toBe(true);
});

test('another county’s company: the refusal is said, with 重试', async () => {
  cloud.fail('admin.companyProfile', 'FORBIDDEN', '只能处理本地区的单位');
  const page = await open();
  expect(textOf(page)).toContain('只能处理本地区的单位');
  expect(exists(page, '#company')).toBe(false);
});
