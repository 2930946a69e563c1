import type { LedgerRow } from '../../../miniprogram/shared/models/workforce';
import { loadPage, settle, tap, textOf, type, useFakeCloud } from '../package-common/harness';

function row(overrides: Partial<LedgerRow> = {}): LedgerRow {
  return {
    _id: 'p_wang',
    name: '王德福',
    town: '太平镇',
    village: '庆荣村',
    phone: '',
    ageBand: 'from50',
    situation: 'returnedIdle',
    categories: ['cleaning'],
    placed: null,
    linked: false,
    deletionRequested: false,
    updatedAt: Date.parse('2026-11-20T10:00:00+08:00'),
    ...overrides,
  };
}

const PERSON = {
  ...row(),
  region: { province: '四川省', city: '内江市', county: '资中县' },
  workArea: 'county' as const,
  cities: [],
  skills: [],
  createdAt: Date.parse('2026-11-01T10:00:00+08:00'),
};

const cloud = useFakeCloud();

describe('ledger page', () => {
  beforeEach(() => {
    cloud
      .ok('ledger.villageCounts', {
        month: '2026-11',
        villages: [
          { village: '庆荣村', total: 40, placedThisMonth: 3, stillLooking: 12 },
          { village: '高楼村', total: 25, placedThisMonth: 1, stillLooking: 7 },
        ],
      })
      .ok('ledger.dueVisits', {
        items: [row({ _id: 'p_zhou', name: '周大妈', nextVisitDay: '2026-11-24' })],
        nextCursor: null,
      })
      .ok('ledger.list', (input: { focusOnly?: boolean; village?: string }) => ({
        items: input.focusOnly
          ? [row({ _id: 'p_chen', name: '陈桂兰', focusGroup: 'zeroEmployment' })]
          : [
              row(),
              row({
                _id: 'p_li',
                name: '李春梅',
                phone: '13700001111',
                placed: { how: 'fairAgreement', day: '2026-11-18' },
                deletionRequested: true,
              }),
            ],
        nextCursor: null,
      }));
  });

  test('shows each village’s counts, who is due a visit, and the people', async () => {
    const page = loadPage('package-cadre/pages/ledger/index');
    page.instance.onLoad({});
    await settle(6);
    expect(textOf(page, '#village-0')).toBe('庆荣村共40人本月就业3还在找12');
    expect(textOf(page, '#due')).toContain('周大妈');
    expect(textOf(page, '#due')).toContain('11月24日');
    expect(textOf(page, '#person-p_wang')).toContain('返乡待业');
    expect(textOf(page, '#person-p_wang')).toContain('没手机');
    expect(textOf(page, '#person-p_li')).toContain('已就业 · 招聘会达成意向');
    expect(textOf(page, '#person-p_li')).toContain('本人要求删除');
  });

  test('a filter and a village narrow the list; a person opens their page', async () => {
    const page = loadPage('package-cadre/pages/ledger/index');
    page.instance.onLoad({});
    await settle(6);
    await tap(page, '#filter-focus');
    await settle();
    expect(cloud.inputsOf('ledger.list').at(-1)).toEqual({ focusOnly: true });
    expect(textOf(page, '#people')).toContain('零就业家庭');
    await tap(page, '#village-1');
    await settle();
    expect(cloud.inputsOf('ledger.list').at(-1)).toEqual({ village: '高楼村', focusOnly: true });
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#person-p_chen');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/package-cadre/pages/ledger-person/index?personId=p_chen' }),
    );
    nav.mockRestore();
  });
  test('公益岗 opens the area’s 公益性岗位', async () => {
    const page = loadPage('package-cadre/pages/ledger/index');
    page.instance.onLoad({});
    await settle(6);
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#public-jobs');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/package-cadre/pages/public-jobs/index' }),
    );
    nav.mockRestore();
  });
});

describe('ledger-person page', () => {
  beforeEach(() => {
    cloud
      .ok('ledger.get', {
        person: PERSON,
        visits: [
          {
            _id: 'v1',
            kind: 'visit',
            day: '2026-11-19',
            visitNote: '孙子要接送，只能做半天',
            nextStep: '问问超市',
            createdAt: Date.parse('2026-11-19T15:00:00+08:00'),
          },
        ],
        timeline: [
          {
            at: Date.parse('2026-11-19T15:00:00+08:00'),
            kind: 'visit',
            title: '上门走访',
            detail: '2026-11-19',
          },
        ],
      })
      .ok('ledger.matches', {
        jobs: [],
        jobsNextCursor: null,
        fairs: [
          {
            _id: 'fair_qingrong',
            title: '庆荣村院坝招聘会',
            day: '2026-11-28',
            town: '太平镇',
            village: '庆荣村',
            address: '村委会院坝',
          },
        ],
        trips: [],
      })
      .ok('ledger.logVisit', { visitId: 'v2' });
  });

  test('shows the person, their visits and timeline; 代登记 opens the fair’s form filled in', async () => {
    const page = loadPage('package-cadre/pages/ledger-person/index');
    page.instance.onLoad({ personId: 'p_wang' });
    await settle(6);
    expect(textOf(page, '#info')).toContain('没有手机');
    expect(textOf(page, '#visits')).toContain('孙子要接送，只能做半天');
    expect(textOf(page, '#timeline')).toContain('上门走访');
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#signup-fair_qingrong');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `/package-cadre/pages/proxy-signup/index?fairId=fair_qingrong&name=${encodeURIComponent('王德福')}&village=${encodeURIComponent('庆荣村')}`,
      }),
    );
    nav.mockRestore();
  });

  test('a visit without words is refused on the phone; with words it is sent with a reminder', async () => {
    const page = loadPage('package-cadre/pages/ledger-person/index');
    page.instance.onLoad({ personId: 'p_wang' });
    await settle(6);
    await tap(page, '#save-visit');
    expect(textOf(page, '#visit-note-error')).toBe('请填写走访情况');
    expect(cloud.inputsOf('ledger.logVisit')).toEqual([]);
    type(page, '#visit-note', '答应下周去镇上看看');
    await tap(page, '#kind-call');
    await tap(page, '#remind-3');
    await tap(page, '#save-visit');
    await settle(4);
    const [sent] = cloud.inputsOf('ledger.logVisit') as { kind: string; remindOn?: string }[];
    expect(sent).toMatchObject({
      personId: 'p_wang',
      kind: 'call',
      visitNote: '答应下周去镇上看看',
    });
    expect(sent?.remindOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('申请公益岗 picks a post for this person; someone placed has no such button', async () => {
    const page = loadPage('package-cadre/pages/ledger-person/index');
    page.instance.onLoad({ personId: 'p_wang' });
    await settle(6);
    const nav = jest.spyOn(wx, 'navigateTo');
    await tap(page, '#public-job');
    expect(nav).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `/package-cadre/pages/public-jobs/index?personId=p_wang&name=${encodeURIComponent('王德福')}`,
      }),
    );
    nav.mockRestore();
    cloud.ok('ledger.get', {
      person: { ...PERSON, placed: { how: 'elsewhere', day: '2026-11-20' } },
      visits: [],
      timeline: [],
    });
    const placed = loadPage('package-cadre/pages/ledger-person/index');
    placed.instance.onLoad({ personId: 'p_wang' });
    await settle(6);
    expect(placed.querySelector('#public-job')).toBeFalsy();
  });
});
