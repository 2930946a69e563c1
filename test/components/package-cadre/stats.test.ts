import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud, loadPage, settle, tap, textOf } from '../package-common/harness';
import { FAIR, STATS } from './fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  cloud = new FakeCloud();
  setTransport(cloud.transport);
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
