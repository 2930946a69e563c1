import { loadPage } from '../load';
import { SESSION } from '../worker-fixtures';
import { settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';
import { row, tripDetail } from './fixtures';

let cloud: FakeCloud;
let wxr: WxRecord;
const COUNTS = { booked: 2, boarded: 1, missing: 1, waiting: 1 };
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  cloud.ok('trip.get', tripDetail({ canManage: true }));
  cloud.ok('trip.roster', {
    items: [
      row({ status: 'boarded', boardedAt: Date.parse('2099-02-20T07:05:00+08:00') }),
      row({
        _id: 'bk_2',
        name: '李桂芳',
        phone: '',
        noPhone: true,
        village: '上油坊村',
        proxy: true,
      }),
      row({ _id: 'bk_3', name: '王秀英', status: 'waiting', queuePosition: 1 }),
    ],
    nextCursor: null,
    counts: COUNTS,
  });
});

async function open() {
  const p = loadPage('package-trips/pages/roster/index', { query: { tripId: 'trip_jiaxing' } });
  await settle();
  return p;
}

test('the 花名册: name, village, pick-up, full phone to call, boarded or missing or queued', async () => {
  const p = await open();
  expect(textOf(p)).toContain('资中直达嘉兴大巴');
  expect(textOf(p, '#counts')).toBe('订座 2 人 · 已上车 1 · 没上车 1 · 排队 1');
  expect(textOf(p, '#line-bk_1')).toBe('张大勇 07:05 上车 庆荣村 · 太平镇汽车站 13700002222');
  expect(textOf(p, '#line-bk_2')).toBe('李桂芳（代订） 已订座 上油坊村 · 太平镇汽车站 没手机');
  expect(textOf(p, '#line-bk_3')).toContain('排队第1');
  await tapOn(p, '#line-bk_1 .link');
  expect(wxr.calls).toEqual(['13700002222']);
});

test('a pick-up point narrows the roster and its export', async () => {
  cloud.ok('trip.exportRoster', { fileName: '花名册.csv', csv: '姓名\n', rows: 0 });
  Object.assign(wx, {
    getFileSystemManager: () => ({
      writeFile: (o: { success: () => void }) => o.success(),
    }),
    shareFileMessage: (o: { success?: () => void }) => o.success?.(),
  });
  const p = await open();
  await tapOn(p, '#pickup-p1');
  expect(cloud.inputsOf('trip.roster').at(-1)).toEqual({ tripId: 'trip_jiaxing', pickupId: 'p1' });
  await tapOn(p, '#export');
  await settle();
  expect(cloud.inputsOf('trip.exportRoster')).toEqual([{ tripId: 'trip_jiaxing', pickupId: 'p1' }]);
});

test('导出花名册 writes the CSV with a BOM for Excel and shares the file', async () => {
  const csv =
    '姓名,村,手机,上车点,上车,去的单位\n张大勇,庆荣村,13700002222,太平镇汽车站,是,嘉兴秀洲纺织有限公司\n';
  cloud.ok('trip.exportRoster', { fileName: '资中直达嘉兴大巴花名册.csv', csv, rows: 1 });
  const writes: { filePath: string; data: string; encoding: string }[] = [];
  const shared: string[] = [];
  Object.assign(wx, {
    getFileSystemManager: () => ({
      writeFile: (o: { filePath: string; data: string; encoding: string; success: () => void }) => {
        writes.push(o);
        o.success();
      },
    }),
    shareFileMessage: (o: { fileName: string; success?: () => void }) => {
      shared.push(o.fileName);
      o.success?.();
    },
  });
  const p = await open();
  await tapOn(p, '#export');
  await settle();
  expect(cloud.inputsOf('trip.exportRoster')).toEqual([{ tripId: 'trip_jiaxing' }]);
  expect(writes).toHaveLength(1);
  expect(writes[0]?.data).toBe(`\ufeff${csv}`);
  expect(writes[0]?.encoding).toBe('utf8');
  expect(shared).toEqual(['资中直达嘉兴大巴花名册.csv']);
  expect(textOf(p, '#exported')).toBe('已生成花名册 资中直达嘉兴大巴花名册.csv（1人）');
});

test('a refused export says why and writes no file', async () => {
  cloud.fail('trip.exportRoster', 'FORBIDDEN', '只有这趟车的组织人能导出花名册');
  const writes: unknown[] = [];
  Object.assign(wx, {
    getFileSystemManager: () => ({ writeFile: (o: unknown) => writes.push(o) }),
  });
  const p = await open();
  await tapOn(p, '#export');
  await settle();
  expect(wxr.toasts).toContain('只有这趟车的组织人能导出花名册');
  expect(writes).toHaveLength(0);
});

test('nobody booked yet says so', async () => {
  cloud.ok('trip.roster', {
    items: [],
    nextCursor: null,
    counts: { booked: 0, boarded: 0, missing: 0, waiting: 0 },
  });
  const p = await open();
  expect(textOf(p, '#lines')).toContain('还没有人订这趟车');
});
