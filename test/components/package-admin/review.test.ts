import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';

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

/** msgSecCheck held the post: 日赚千元 in 工作内容. */
const HELD = {
  ...JOB,
  status: 'reviewing' as const,
  flags: [
    {
      field: 'duties',
      fieldLabel: '工作内容',
      label: '疑似广告',
      text: '流水线装配，日赚千元不是梦，按件计酬',
      marks: [{ start: 6, end: 10 }],
    },
  ],
};

/** Live, with a hard age limit flagged: 保留岗位 / 下架. */
const AGED = {
  ...JOB,
  _id: 'job_aged',
  title: '电子厂检验员',
  status: 'published' as const,
  flags: [
    {
      field: 'requirements',
      fieldLabel: '招聘条件',
      label: '年龄限制（45岁以下）',
      text: '视力好，45岁以下，能坐着工作',
      marks: [{ start: 4, end: 9 }],
    },
  ],
};

const REPORT = {
  _id: 'rep_1',
  jobId: 'job_yajin',
  jobTitle: '电子厂普工',
  companyName: '东莞某电子有限公司',
  jobStatus: 'published' as const,
  reason: 'fee' as const,
  details: '电话里让先交300元体检费',
  createdAt: Date.parse('2026-11-20T19:30:00+08:00'),
};

let typed = '';
const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('admin.listPending', (input: { kind: string }) => ({
    items:
      input.kind === 'jobs'
        ? [
            { kind: 'job', job: HELD },
            { kind: 'job', job: AGED },
          ]
        : [{ kind: 'report', report: REPORT }],
    nextCursor: null,
  }));
  typed = '';
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm: true,
      cancel: false,
      content: typed,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
});
afterEach(() => jest.restoreAllMocks());

async function open(tab?: 'reports') {
  const page = loadPage('package-admin/pages/review/index');
  page.instance.onLoad(tab ? { tab } : {});
  await settle();
  return page;
}

/** The marked words of a card, as the reviewer sees them highlighted. */
function marked(page: ReturnType<typeof loadPage>, card: string): string[] {
  const flags = page.querySelector(`#flags-${card.slice(1)}`);
  if (!flags) throw new Error(`no flags in ${card}`);
  return flags.querySelectorAll('.mtrue').map((el) => el.dom?.textContent?.trim() ?? '');
}

test('a held post shows the flagged text with the flagged words marked; 通过，发布 approves', async () => {
  cloud.ok('admin.reviewJob', { status: 'published' });
  const page = await open();
  const card = textOf(page, '#job-job_yajin');
  expect(card).toContain('工作内容：疑似广告');
  expect(card).toContain('流水线装配，日赚千元不是梦，按件计酬');
  expect(marked(page, '#job-job_yajin')).toEqual(['日赚千元']);
  expect(card).toContain('审核中，求职的人还看不到');
  expect(textOf(page, '#keep-job-job_yajin')).toBe('✓ 通过，发布');
  expect(textOf(page, '#down-job-job_yajin')).toBe('✕ 不通过');
  await tap(page, '#keep-job-job_yajin');
  await settle();
  expect(cloud.inputsOf('admin.reviewJob')).toEqual([{ jobId: 'job_yajin', approve: true }]);
  expect(exists(page, '#job-job_yajin')).toBe(false);
});

test('a live post’s buttons say what they do: 保留岗位 / 下架', async () => {
  cloud.ok('admin.reviewJob', { status: 'rejected' });
  const page = await open();
  expect(marked(page, '#job-job_aged')).toEqual(['45岁以下']);
  expect(textOf(page, '#job-job_aged')).toContain('招聘中，求职的人看得到');
  expect(textOf(page, '#keep-job-job_aged')).toBe('✓ 保留岗位');
  expect(textOf(page, '#down-job-job_aged')).toBe('✕ 下架');
  typed = '年龄限制太死，请改成不限年龄';
  await tap(page, '#down-job-job_aged');
  await settle();
  expect(cloud.inputsOf('admin.reviewJob')).toEqual([
    { jobId: 'job_aged', approve: false, reason: '年龄限制太死，请改成不限年龄' },
  ]);
});

test('看岗位 opens the post itself', async () => {
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = await open();
  await tap(page, '#open-job-job_yajin');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/pages/job/index?id=job_yajin' }),
  );
});

test('a report names the post, says whether it is up, and takes an outcome with a word for the reporter', async () => {
  cloud.ok('admin.resolveReport', { outcome: 'takeDown', jobStatus: 'rejected' });
  const page = await open('reports');
  expect(cloud.inputsOf('admin.listPending').at(-1)).toEqual({ kind: 'reports' });
  const card = textOf(page, '#report-rep_1');
  expect(card).toContain('电子厂普工');
  expect(card).toContain('举报：要求交费');
  expect(card).toContain('举报人说：电话里让先交300元体检费');
  expect(card).toContain('岗位现在：招聘中');
  expect(textOf(page, '#takeDown-report-rep_1')).toBe('✕ 下架岗位');
  expect(textOf(page, '#warn-report-rep_1')).toBe('⚠ 警告单位');
  expect(textOf(page, '#noIssue-report-rep_1')).toBe('✓ 查无问题');
  typed = '核实要交体检费，已下架';
  await tap(page, '#takeDown-report-rep_1');
  await settle();
  expect(cloud.inputsOf('admin.resolveReport')).toEqual([
    { reportId: 'rep_1', outcome: 'takeDown', explanation: '核实要交体检费，已下架' },
  ]);
  expect(textOf(page, '#empty')).toContain('没有待处理的举报');
});

test('查无问题 with its word; closing the box without a word sends nothing', async () => {
  cloud.ok('admin.resolveReport', { outcome: 'noIssue', jobStatus: 'published' });
  const page = await open('reports');
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm: false,
      cancel: true,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  await tap(page, '#noIssue-report-rep_1');
  await settle();
  expect(cloud.inputsOf('admin.resolveReport')).toEqual([]);
  expect(exists(page, '#report-rep_1')).toBe(true);
});

test('switching tab while the first tab is still loading shows only the tab chosen', async () => {
  // The 岗位 answer is slow and comes after the 举报 answer: it must not replace the reports.
  let releaseJobs: () => void = () => undefined;
  const jobsAnswer = new Promise<void>((resolve) => (releaseJobs = resolve));
  cloud.on('admin.listPending', async (input: { kind: string }) => {
    if (input.kind === 'jobs') await jobsAnswer;
    return {
      ok: true,
      data:
        input.kind === 'jobs'
          ? { items: [{ kind: 'job', job: HELD }], nextCursor: null }
          : { items: [{ kind: 'report', report: REPORT }], nextCursor: null },
    };
  });
  const page = loadPage('package-admin/pages/review/index');
  page.instance.onLoad({});
  await settle();
  await tap(page, '#tab-reports');
  await settle();
  releaseJobs();
  await settle();
  expect(exists(page, '#job-job_yajin')).toBe(false);
  expect(textOf(page)).toContain('电话里让先交300元体检费');
});

test('reports are read by company: a company’s reports together under its name, which opens its 单位档案', async () => {
  const other = {
    ...REPORT,
    _id: 'rep_2',
    jobId: 'job_other',
    jobTitle: '搬运工',
    companyName: '钦州某物流公司',
    employerId: 'emp_wuliu',
  };
  const again = { ...REPORT, _id: 'rep_3', reason: 'fake' as const, details: '说包吃住其实不包' };
  cloud.ok('admin.listPending', {
    items: [
      { kind: 'report', report: { ...REPORT, employerId: 'emp_dianzi' } },
      { kind: 'report', report: other },
      { kind: 'report', report: { ...again, employerId: 'emp_dianzi' } },
    ],
    nextCursor: null,
  });
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = await open('reports');
  // Read top to bottom: both 电子厂 reports, then the 物流 one.
  const all = textOf(page);
  const at = (words: string) => all.indexOf(words);
  expect(at('电话里让先交300元体检费')).toBeGreaterThan(-1);
  expect(at('电话里让先交300元体检费')).toBeLessThan(at('说包吃住其实不包'));
  expect(at('说包吃住其实不包')).toBeLessThan(at('搬运工'));
  expect(textOf(page, '#company-report-rep_1')).toContain('东莞某电子有限公司');
  expect(exists(page, '#company-report-rep_3')).toBe(false);
  expect(textOf(page, '#company-report-rep_2')).toContain('钦州某物流公司');
  await tap(page, '#company-report-rep_2');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-admin/pages/company/index?employerId=emp_wuliu' }),
  );
});
