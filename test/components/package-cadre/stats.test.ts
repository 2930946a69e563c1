import {
  exists,
  loadPage,
  type Page,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';
import { FAIR, STATS } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('fair.stats', STATS).ok('fair.get', FAIR);
});
afterEach(() => jest.restoreAllMocks());

test('shows per-slot sign-ups and check-ins, inviters and agreements', async () => {
  const page = loadPage('package-cadre/pages/stats/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  expect(textOf(page, '#totals')).toContain('89');
  expect(textOf(page, '#slot-s2')).toContain('报名 100/100 · 到场 88');
  expect(textOf(page, '#inviters')).toContain('村干部 王书记 代登记');
  expect(textOf(page, '#agreements')).toContain('张大勇');
  expect(textOf(page, '#agreements')).toContain('台州黄岩汽配有限公司 · 汽配装配工');
});

/** 89 agreements made a minute apart from 10:00, as at 庆荣村; the oldest is 工人1. */
function manyAgreements(count: number) {
  const start = Date.parse('2026-11-28T10:00:00+08:00');
  return Array.from({ length: count }, (_, i) => ({
    _id: `agr_${String(i + 1).padStart(3, '0')}`,
    workerName: `工人${i + 1}`,
    jobTitle: '汽配装配工',
    companyName: '台州黄岩汽配有限公司',
    createdAt: start + i * 60_000,
  }));
}

/** The names in the agreements list, top to bottom. */
function shownNames(page: Page): string[] {
  return page.querySelectorAll('.agreement .who').map((who) => who.dom?.textContent?.trim() ?? '');
}

test('shows the newest 20 agreements; 「再看20条」 adds 20 more and 「查看全部」 the rest', async () => {
  cloud.ok('fair.stats', { ...STATS, agreements: manyAgreements(89) });
  const page = loadPage('package-cadre/pages/stats/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  expect(textOf(page, '#agreements')).toContain('现场达成意向（89）');
  let names = shownNames(page);
  expect(names).toHaveLength(20);
  expect(names[0]).toBe('工人89');
  expect(names[19]).toBe('工人70');
  expect(textOf(page, '#all')).toBe('查看全部（89条）');

  await tap(page, '#more');
  names = shownNames(page);
  expect(names).toHaveLength(40);
  expect(names[39]).toBe('工人50');

  await tap(page, '#all');
  names = shownNames(page);
  expect(names).toHaveLength(89);
  expect(names[88]).toBe('工人1');
  expect(exists(page, '#all')).toBe(false);
  expect(exists(page, '#more')).toBe(false);
});

test('with 20 agreements or fewer there is nothing more to open', async () => {
  const page = loadPage('package-cadre/pages/stats/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  expect(shownNames(page)).toEqual(['张大勇']);
  expect(exists(page, '#all')).toBe(false);
});

test('导出台账 writes the CSV (with a BOM for Excel) and shares the file', async () => {
  const csv = '姓名,村,时段,签到\n张大勇,庆荣村,09:00-10:00,是\n';
  cloud.ok('fair.exportLedger', { fileName: '庆荣村院坝招聘会台账.csv', csv, rows: 1 });
  const writes: { filePath: string; data: string; encoding: string }[] = [];
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: { filePath: string; data: string; encoding: string; success: () => void }) => {
      writes.push(o);
      o.success();
    },
  } as unknown as WechatMiniprogram.FileSystemManager);
  const share = jest.spyOn(wx, 'shareFileMessage').mockImplementation(((
    o: WechatMiniprogram.ShareFileMessageOption,
  ) => {
    o.success?.({ errMsg: 'shareFileMessage:ok' });
  }) as typeof wx.shareFileMessage);

  const page = loadPage('package-cadre/pages/stats/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle();
  await tap(page, '#export');
  await settle();

  expect(writes).toHaveLength(1);
  expect(writes[0]!.filePath).toBe(`${wx.env.USER_DATA_PATH}/庆荣村院坝招聘会台账.csv`);
  expect(writes[0]!.data).toBe(`\ufeff${csv}`);
  expect(share).toHaveBeenCalledWith(
    expect.objectContaining({
      filePath: writes[0]!.filePath,
      fileName: '庆荣村院坝招聘会台账.csv',
    }),
  );
  expect(textOf(page, '#exported')).toContain('1行');
});
