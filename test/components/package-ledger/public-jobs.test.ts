import type { PublicJobCard } from '../../../miniprogram/shared/models/workforce';
import {
  answerModal,
  loadPage,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';

const FOREST: PublicJobCard = {
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
};

const cloud = useFakeCloud();

describe('notice page', () => {
  test('shows the 公示 with names masked and the days it stays up', async () => {
    cloud.ok('publicJob.notice', {
      position: '护林员',
      town: '太平镇',
      subsidyYuan: 1000,
      people: [
        {
          maskedName: '王*福',
          village: '庆荣村',
          noticeFrom: '2026-11-24',
          noticeUntil: '2026-11-28',
        },
      ],
    });
    const page = loadPage('package-ledger/pages/notice/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    expect(textOf(page, '#head')).toContain('护林员拟聘人员公示');
    expect(textOf(page, '#person-0')).toContain('王*福');
    expect(textOf(page, '#person-0')).toContain('11月24日 周二 到 11月28日 周六');
    expect(textOf(page)).not.toContain('王德福');
  });

  test('a post with nobody in 公示 says so', async () => {
    cloud.ok('publicJob.notice', {
      position: '护林员',
      town: '太平镇',
      subsidyYuan: 1000,
      people: [],
    });
    const page = loadPage('package-ledger/pages/notice/index');
    page.instance.onLoad({ publicJobId: 'pj_forest' });
    await settle(6);
    expect(textOf(page, '#empty')).toBe('现在没有公示的人选');
  });
});

describe('a worker’s list of 公益性岗位', () => {
  test('shows the open posts; 我要申请 asks first, then applies with the worker’s consent', async () => {
    cloud
      .ok('publicJob.list', { items: [FOREST], nextCursor: null })
      .ok('publicJob.mine', { items: [] })
      .ok('publicJob.apply', { applicationId: 'a_1', step: 'applied' });
    const page = loadPage('package-ledger/pages/public-jobs/index');
    page.instance.onLoad({});
    await settle(6);
    expect(textOf(page, '#job-pj_forest')).toContain('每月1000元');
    expect(textOf(page, '#job-pj_forest')).toContain('还招3人');
    const no = answerModal(false);
    await tap(page, '#apply-pj_forest');
    await settle(4);
    expect(cloud.inputsOf('publicJob.apply')).toEqual([]);
    no.mockRestore();
    const yes = answerModal(true);
    await tap(page, '#apply-pj_forest');
    await settle(4);
    yes.mockRestore();
    expect(cloud.inputsOf('publicJob.apply')).toEqual([
      { publicJobId: 'pj_forest', consent: true },
    ]);
    expect(textOf(page, '#applied-pj_forest')).toBe('已申请 · 看办到哪一步');
  });

  test('a post I applied for before says the step my application is at, and opens it', async () => {
    cloud.ok('publicJob.list', { items: [FOREST], nextCursor: null }).ok('publicJob.mine', {
      items: [
        {
          _id: 'a_1',
          publicJobId: 'pj_forest',
          position: '护林员',
          town: '太平镇',
          subsidyYuan: 1000,
          step: 'noticed',
          history: [],
          noticeUntil: '2026-11-28',
          createdAt: Date.parse('2026-11-20T10:00:00+08:00'),
        },
      ],
    });
    const navigate = jest.spyOn(wx, 'navigateTo');
    const page = loadPage('package-ledger/pages/public-jobs/index');
    page.instance.onLoad({});
    await settle(6);
    expect(page.querySelector('#apply-pj_forest')).toBeFalsy();
    expect(textOf(page, '#applied-pj_forest')).toBe('公示中 · 看办到哪一步');
    await tap(page, '#applied-pj_forest');
    expect(navigate).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/package-ledger/pages/my-public-jobs/index' }),
    );
    navigate.mockRestore();
  });

  test('a worker without a ledger record is told what to do', async () => {
    cloud
      .ok('publicJob.list', { items: [FOREST], nextCursor: null })
      .ok('publicJob.mine', { items: [] })
      .fail(
        'publicJob.apply',
        'NOT_FOUND',
        '请先请村干部把您登记进台账，并在“我的台账”里同意关联，再来申请',
      );
    const toast = jest.spyOn(wx, 'showToast');
    const yes = answerModal(true);
    const page = loadPage('package-ledger/pages/public-jobs/index');
    page.instance.onLoad({});
    await settle(6);
    await tap(page, '#apply-pj_forest');
    await settle(4);
    yes.mockRestore();
    expect(toast).toHaveBeenCalledWith(
      expect.objectContaining({ title: expect.stringContaining('请先请村干部把您登记进台账') }),
    );
    expect(page.querySelector('#applied-pj_forest')).toBeFalsy();
    toast.mockRestore();
  });
});
