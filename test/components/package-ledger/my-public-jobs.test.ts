import { setTransport } from '../../../miniprogram/services/call-cloud';
import type { MyPublicJobApplication } from '../../../miniprogram/package-ledger/contracts';
import { FakeCloud, loadPage, settle, tap, textOf } from '../package-common/harness';

const at = (iso: string) => Date.parse(`${iso}+08:00`);

const ROAD: MyPublicJobApplication = {
  _id: 'a_road',
  publicJobId: 'pj_road',
  position: '公路养护员',
  town: '太平镇',
  village: '庆荣村',
  subsidyYuan: 1200,
  step: 'noticed',
  history: [
    { step: 'applied', at: at('2026-11-20T10:00:00') },
    { step: 'villageReviewed', at: at('2026-11-23T15:00:00') },
    { step: 'noticed', at: at('2026-11-24T09:00:00') },
  ],
  noticeUntil: '2026-11-28',
  createdAt: at('2026-11-20T10:00:00'),
};

const CLEAN: MyPublicJobApplication = {
  _id: 'a_clean',
  publicJobId: 'pj_clean',
  position: '保洁员',
  town: '太平镇',
  subsidyYuan: 800,
  step: 'rejected',
  history: [
    { step: 'applied', at: at('2026-11-10T10:00:00') },
    { step: 'rejected', at: at('2026-11-12T10:00:00') },
  ],
  createdAt: at('2026-11-10T10:00:00'),
};

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
});

function stagesOf(page: ReturnType<typeof loadPage>, id: string): string[] {
  return [0, 1, 2, 3, 4].map((i) => textOf(page, `#stage-${id}-${i}`));
}

test('each application says where it is and what comes next; the steps done have their day', async () => {
  cloud.ok('publicJob.mine', { items: [ROAD, CLEAN] });
  const page = loadPage('package-ledger/pages/my-public-jobs/index');
  page.instance.onLoad({});
  await settle(4);
  expect(textOf(page, '#app-a_road')).toContain('公路养护员');
  expect(textOf(page, '#app-a_road')).toContain('每月1200元');
  expect(textOf(page, '#now-a_road')).toBe('正在公示，到11月28日 周六为止；公示完了镇上审核');
  expect(stagesOf(page, 'a_road')).toEqual([
    '✓报名11月20日 周五',
    '✓村里评议11月23日 周一',
    '●公示11月24日 周二',
    '○镇、县审批',
    '○上岗',
  ]);
  // Ended: where it stopped, and whom to ask.
  expect(textOf(page, '#now-a_clean')).toBe('没有通过（在“村里评议”这一步）。有疑问请问村干部');
  expect(stagesOf(page, 'a_clean')).toEqual([
    '✓报名11月10日 周二',
    '✕村里评议',
    '○公示',
    '○镇、县审批',
    '○上岗',
  ]);
});

test('without any application the worker is shown where to find one', async () => {
  cloud.ok('publicJob.mine', { items: [] });
  const navigate = jest.spyOn(wx, 'navigateTo');
  const page = loadPage('package-ledger/pages/my-public-jobs/index');
  page.instance.onLoad({});
  await settle(4);
  expect(textOf(page, '#none')).toContain('您还没有申请公益性岗位');
  await tap(page, '#open-public-jobs');
  expect(navigate).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-ledger/pages/public-jobs/index' }),
  );
  navigate.mockRestore();
});
