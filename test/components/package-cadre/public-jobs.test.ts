import type {
  PublicJobApplicant,
  PublicJobCard,
} from '../../../miniprogram/shared/models/workforce';
import type { ActionOutput } from '../../../miniprogram/shared/contracts';
import { chinaDay } from '../../../miniprogram/shared/time';
import { loadPage, pick, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';
import { CADRE_SESSION } from './fixtures';

const ADMIN_SESSION = {
  ...CADRE_SESSION,
  userId: 'u_admin_zizhong',
  roles: ['worker' as const, 'admin' as const],
  cadre: null,
  admin: { province: '四川省', city: '内江市', county: '资中县' },
};

function post(overrides: Partial<PublicJobCard> = {}): PublicJobCard {
  return {
    _id: 'pj_forest',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    position: '护林员',
    duties: '每天巡山两次，防火防盗伐',
    subsidyYuan: 1000,
    headcount: 4,
    onDuty: 1,
    eligibility: { groups: ['zeroEmployment'], residence: 'town' },
    applyUntil: '2026-12-20',
    status: 'open',
    createdAt: Date.parse('2026-11-20T10:00:00+08:00'),
    ...overrides,
  };
}

function applicant(overrides: Partial<PublicJobApplicant> = {}): PublicJobApplicant {
  return {
    _id: 'a_wang',
    personId: 'p_wang',
    name: '王德福',
    village: '庆荣村',
    focusGroup: 'zeroEmployment',
    step: 'applied',
    history: [{ step: 'applied', at: Date.parse('2026-11-21T10:00:00+08:00') }],
    attendance: [],
    ...overrides,
  };
}

const cloud = useFakeCloud();

describe('public-jobs page', () => {
  test('shows the area’s posts with status and places filled; 新建 opens the form', async () => {
    cloud.ok('account.login', CADRE_SESSION).ok('publicJob.list', {
      items: [
        post(),
        post({ _id: 'pj_clean', position: '村道保洁', village: '庆荣村', status: 'reviewing' }),
      ],
      nextCursor: null,
    });
    const page = loadPage('package-cadre/pages/public-jobs/index');
    page.instance.onLoad({});
    await settle(6);
    expect(textOf(page, '#job-pj_forest')).toContain('招募中');
    expect(textOf(page, '#job-pj_forest')).toContain('已上岗1/4人');
    expect(textOf(page, '#job-pj_clean')).toContain('待人社局审核');
    // A cadre cannot approve.
    expect(page.querySelector('#approve-pj_clean')).toBeFalsy();
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#add');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/package-cadre/pages/public-job-edit/index' }),
    );
    nav.mockRestore();
  });

  test('an admin approves a cadre’s post waiting under 待批准', async () => {
    cloud
      .ok('account.login', ADMIN_SESSION)
      .ok('publicJob.list', (input: { status?: string }) => ({
        items:
          input.status === 'reviewing'
            ? [post({ _id: 'pj_clean', position: '村道保洁', status: 'reviewing' })]
            : [post()],
        nextCursor: null,
      }))
      .ok('publicJob.approve', { status: 'open' });
    const page = loadPage('package-cadre/pages/public-jobs/index');
    page.instance.onLoad({});
    await settle(6);
    await tap(page, '#filter-reviewing');
    await settle(4);
    expect(cloud.inputsOf('publicJob.list').at(-1)).toEqual({ status: 'reviewing' });
    await tap(page, '#approve-pj_clean');
    await settle(4);
    expect(cloud.inputsOf('publicJob.approve')).toEqual([
      { publicJobId: 'pj_clean', approve: true },
    ]);
  });

  test('opened for a person of the ledger, it lists open posts and carries the person on', async () => {
    cloud
      .ok('account.login', CADRE_SESSION)
      .ok('publicJob.list', { items: [post()], nextCursor: null });
    const page = loadPage('package-cadre/pages/public-jobs/index');
    page.instance.onLoad({ personId: 'p_wang', name: encodeURIComponent('王德福') });
    await settle(6);
    expect(textOf(page, '#for-person')).toContain('为 王德福 申请');
    expect(cloud.inputsOf('publicJob.list')[0]).toEqual({ status: 'open' });
    expect(page.querySelector('#add')).toBeFalsy();
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#job-pj_forest');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `/package-cadre/pages/public-job/index?publicJobId=pj_forest&personId=p_wang&name=${encodeURIComponent('王德福')}`,
      }),
    );
    nav.mockRestore();
  });
});

describe('public-job-edit page', () => {
  test('an empty form is refused on the phone with the contract’s words; nothing is sent', async () => {
    cloud.ok('account.login', CADRE_SESSION).ok('publicJob.create', {
      publicJobId: 'pj_new',
      status: 'reviewing',
    });
    const page = loadPage('package-cadre/pages/public-job-edit/index');
    page.instance.onLoad({});
    await settle(6);
    expect(textOf(page, '#who-opens')).toContain('要等县人社局批准');
    await tap(page, '#submit');
    expect(textOf(page, '#err-position')).toContain('岗位名称');
    expect(textOf(page, '#err-subsidyYuan')).toBe('请填写金额');
    expect(cloud.inputsOf('publicJob.create')).toEqual([]);
  });

  test('a cadre’s post is sent with the town, the eligibility and the deadline', async () => {
    cloud.ok('account.login', CADRE_SESSION).ok('publicJob.create', {
      publicJobId: 'pj_new',
      status: 'reviewing',
    });
    const page = loadPage('package-cadre/pages/public-job-edit/index');
    page.instance.onLoad({});
    await settle(6);
    await tap(page, '#position-0');
    type(page, '#duties', '打扫村主干道，每天上午三小时');
    type(page, '#subsidyYuan', '800');
    type(page, '#headcount', '3');
    type(page, '#village', '庆荣村');
    await tap(page, '#group-hardToEmploy');
    await tap(page, '#residence-village');
    type(page, '#minAge', '40');
    const until = chinaDay(Date.now() + 10 * 86_400_000);
    pick(page, '#applyUntil', until);
    await tap(page, '#submit');
    await settle(4);
    expect(cloud.inputsOf('publicJob.create')).toEqual([
      {
        region: { province: '四川省', city: '内江市', county: '资中县' },
        town: '太平镇',
        village: '庆荣村',
        position: '保洁',
        duties: '打扫村主干道，每天上午三小时',
        subsidyYuan: 800,
        headcount: 3,
        eligibility: { groups: ['hardToEmploy'], residence: 'village', minAge: 40 },
        applyUntil: until,
      },
    ]);
  });
});

describe('public-job page', () => {
  const today = chinaDay(Date.now());
  const month = today.slice(0, 7);

  function world(session: ActionOutput<'account.login'> = CADRE_SESSION) {
    cloud
      .ok('account.login', session)
      .ok('publicJob.get', {
        job: post(),
        applicants: [
          applicant(),
          applicant({
            _id: 'a_li',
            personId: 'p_li',
            name: '李春梅',
            step: 'noticed',
            noticeUntil: '2099-01-01',
          }),
          applicant({ _id: 'a_zhou', personId: 'p_zhou', name: '周大妈', step: 'townApproved' }),
          applicant({
            _id: 'a_chen',
            personId: 'p_chen',
            name: '陈桂兰',
            step: 'onDuty',
            onDutyFrom: `${month}-01`,
            attendance: [{ month, days: 20 }],
          }),
        ],
      })
      .ok('publicJob.review', { step: 'villageReviewed' })
      .ok('publicJob.confirmAttendance', { month, days: 22 })
      .ok('publicJob.apply', { applicationId: 'a_new', step: 'applied' })
      .ok('publicJob.export', {
        fileName: '公益性岗位-太平镇护林员.csv',
        csv: '序号,姓名\n',
        rows: 3,
      });
  }

  test('shows the applicants by step; a cadre takes the next step but not 县审批 or 镇审核 before the 公示 ends', async () => {
    world();
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    expect(textOf(page, '#step-applied')).toBe('1已申请');
    expect(textOf(page, '#step-onDuty')).toBe('1已上岗');
    expect(textOf(page, '#applicant-a_wang')).toContain('零就业家庭');
    expect(textOf(page, '#wait-a_li')).toContain('满了才能镇审核');
    expect(page.querySelector('#next-a_li')).toBeFalsy();
    // An objection during the 公示 may still end it.
    expect(page.querySelector('#reject-a_li')).toBeTruthy();
    expect(textOf(page, '#wait-a_zhou')).toBe('等县人社局审批');
    expect(page.querySelector('#reject-a_zhou')).toBeFalsy();
    await tap(page, '#next-a_wang');
    await settle(4);
    expect(cloud.inputsOf('publicJob.review')).toEqual([
      { applicationId: 'a_wang', to: 'villageReviewed', approve: true },
    ]);
  });

  test('不通过 asks first, then ends the application at its next step', async () => {
    world();
    const modal = jest.spyOn(wx, 'showModal').mockImplementation(((
      o: WechatMiniprogram.ShowModalOption,
    ) => {
      o.success?.({
        confirm: true,
        cancel: false,
        content: '',
        errMsg: 'showModal:ok',
      } as WechatMiniprogram.ShowModalSuccessCallbackResult);
    }) as typeof wx.showModal);
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    await tap(page, '#reject-a_li');
    await settle(4);
    modal.mockRestore();
    expect(cloud.inputsOf('publicJob.review')).toEqual([
      { applicationId: 'a_li', to: 'townApproved', approve: false },
    ]);
  });

  test('an admin may take 县审批', async () => {
    world({
      ...CADRE_SESSION,
      admin: { province: '四川省', city: '内江市', county: '资中县' },
    });
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    expect(textOf(page, '#next-a_zhou')).toBe('县审批通过');
  });

  test('the cadre confirms a month’s days for someone on duty', async () => {
    world();
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    expect(textOf(page, '#confirmed-a_chen')).toContain('已确认出勤20天');
    type(page, '#days-a_chen', '22');
    await tap(page, '#attend-a_chen');
    await settle(4);
    expect(cloud.inputsOf('publicJob.confirmAttendance')).toEqual([
      { applicationId: 'a_chen', month, days: 22 },
    ]);
  });

  test('applying for a person needs their consent ticked first', async () => {
    world();
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({
      publicJobId: 'pj_forest',
      personId: 'p_gao',
      name: encodeURIComponent('高秀英'),
    });
    await settle(6);
    expect(textOf(page, '#apply')).toContain('为 高秀英 申请');
    await tap(page, '#apply-button');
    expect(cloud.inputsOf('publicJob.apply')).toEqual([]);
    await tap(page, '#consent');
    await tap(page, '#apply-button');
    await settle(4);
    expect(cloud.inputsOf('publicJob.apply')).toEqual([
      { publicJobId: 'pj_forest', personId: 'p_gao', consent: true },
    ]);
  });

  test('导出花名册 writes the CSV and offers it to a chat', async () => {
    world();
    const share = jest.fn((o: { success?: () => void }) => o.success?.());
    (wx as unknown as { shareFileMessage: unknown }).shareFileMessage = share;
    const page = loadPage('package-cadre/pages/public-job/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    await tap(page, '#export');
    await settle(6);
    expect(cloud.inputsOf('publicJob.export')).toEqual([{ publicJobId: 'pj_forest', month }]);
    expect(textOf(page, '#exported')).toContain('3人');
    expect(share).toHaveBeenCalled();
  });
});
