import {
  exists,
  loadPage,
  pick,
  settle,
  tap,
  textOf,
  useFakeCloud,
} from '../package-common/harness';
import { countyView, emptyView, townView } from './stats-fixtures';

const cloud = useFakeCloud();
afterEach(() => jest.restoreAllMocks());

/** Answers stats.dashboard by the place asked for: the county, or 太平镇 below it. */
function countyAdmin(): void {
  cloud.ok('stats.dashboard', (input) => (input.place?.town ? townView() : countyView()));
}

async function open() {
  const page = loadPage('package-admin/pages/dashboard/index');
  page.instance.onLoad({});
  await settle();
  return page;
}

test('the county at a glance: big figures with the words saying what they count', async () => {
  countyAdmin();
  const page = await open();
  expect(cloud.inputsOf('stats.dashboard')).toEqual([{ period: { period: 'week' }, place: {} }]);
  expect(textOf(page, '#period-label')).toBe('资中县 · 本周（2026-11-30 至 2026-12-03）');
  expect(textOf(page, '#crumbs')).toBe('资中县');
  expect(textOf(page, '#fig-workers-registered')).toBe(
    '37 人新登记这段时间第一次填了求职意向、家在这里的人',
  );
  expect(textOf(page, '#fig-applications-hiresOutside')).toContain('8 人次外出就业');
  expect(textOf(page, '#table-applications-byDestination')).toContain('县内 60 15');
  expect(textOf(page, '#table-applications-byCategory')).toContain('普工 51 12');
});

test('each weekly trend is a chart with the same figures written under it', async () => {
  countyAdmin();
  const page = await open();
  const chart = textOf(page, '#chart-applications-weekly');
  expect(chart).toContain('每周报名和录用');
  expect(chart).toContain('11/30起 96 23');
  expect(chart).toContain('10/12起 40 8');
  const host = page.querySelector('#chart-applications-weekly')!.dom as HTMLElement;
  expect(host.querySelector('wx-canvas')).toBeTruthy();
});

test('a town row opens the town; the breadcrumb goes back up to the county', async () => {
  countyAdmin();
  const page = await open();
  await tap(page, '#row-workers-byPlace-0');
  await settle();
  expect(cloud.inputsOf('stats.dashboard')[1]).toEqual({
    period: { period: 'week' },
    place: { city: '内江市', county: '资中县', town: '太平镇' },
  });
  expect(textOf(page, '#crumbs')).toBe('资中县 › 太平镇');
  expect(textOf(page, '#table-workers-byPlace')).toContain('庆荣村 › 13 150');
  expect(textOf(page, '#fig-workers-registered')).toContain('21 人');

  await tap(page, '#crumb-3');
  await settle();
  expect(cloud.inputsOf('stats.dashboard')[2]).toEqual({
    period: { period: 'week' },
    place: { city: '内江市', county: '资中县' },
  });
  expect(textOf(page, '#crumbs')).toBe('资中县');
});

test('rows that are not places (去向, 工种) do not drill down', async () => {
  countyAdmin();
  const page = await open();
  await tap(page, '#row-applications-byDestination-0');
  await tap(page, '#row-applications-byCategory-1');
  expect(cloud.inputsOf('stats.dashboard')).toHaveLength(1);
});

test('本月 and 自选日期 ask for that period; a refused period keeps the figures and says why', async () => {
  countyAdmin();
  const page = await open();
  await tap(page, '#period-month');
  expect(cloud.inputsOf('stats.dashboard')[1]).toEqual({
    period: { period: 'month' },
    place: { city: '内江市', county: '资中县' },
  });
  await tap(page, '#period-custom');
  expect(exists(page, '#dates')).toBe(true);
  expect(textOf(page, '#dates')).toMatch(/^从 \d{4}-\d\d-\d\d ?到 \d{4}-\d\d-\d\d$/);
  pick(page, '#from', '2026-11-01');
  await settle();
  const custom = cloud.inputsOf('stats.dashboard')[3] as { period: Record<string, string> };
  expect(custom.period).toMatchObject({ period: 'custom', from: '2026-11-01' });

  cloud.fail('stats.dashboard', 'INVALID_INPUT', '一次最多看一年的数据，请把日期选短一些', {
    from: '最多选一年',
  });
  pick(page, '#from', '2024-01-01');
  await settle();
  expect(textOf(page, '#period-error')).toBe('一次最多看一年的数据，请把日期选短一些');
  expect(textOf(page, '#fig-workers-registered')).toContain('37 人');
});

test('a start after the end is refused on the phone, nothing is asked', async () => {
  countyAdmin();
  const page = await open();
  await tap(page, '#period-custom');
  const asked = cloud.inputsOf('stats.dashboard').length;
  pick(page, '#to', '2026-10-01');
  pick(page, '#from', '2026-11-01');
  await settle();
  expect(textOf(page, '#period-error')).toBe('开始日期不能晚于结束日期');
  expect(cloud.inputsOf('stats.dashboard')).toHaveLength(asked);
});

test('an area with nothing recorded yet shows zeros, no tables and says the charts are empty', async () => {
  cloud.ok('stats.dashboard', emptyView());
  const page = await open();
  expect(textOf(page, '#fig-workers-registered')).toContain('0 人新登记');
  expect(exists(page, '#table-workers-byPlace')).toBe(false);
  expect(textOf(page, '#chart-workers-weekly')).toContain('这几周还没有数');
  expect(textOf(page, '#chart-workers-weekly')).not.toContain('11/30起');
});

test('a cadre of one town starts at the town and cannot go above it', async () => {
  cloud.ok('stats.dashboard', (input) => {
    const v = townView(4);
    const village = input.place?.village;
    if (!village) return v;
    return {
      ...v,
      place: {
        ...v.place,
        path: [...v.place.path, village],
        name: village,
        level: 'village' as const,
      },
      children: [],
      childLevel: null,
    };
  });
  const page = await open();
  expect(textOf(page, '#crumbs')).toBe('太平镇');
  await tap(page, '#crumb-4');
  expect(cloud.inputsOf('stats.dashboard')).toHaveLength(1);
  await tap(page, '#row-workers-byPlace-0');
  await settle();
  expect(cloud.inputsOf('stats.dashboard')[1]).toEqual({
    period: { period: 'week' },
    place: { city: '内江市', county: '资中县', town: '太平镇', village: '庆荣村' },
  });
  expect(textOf(page, '#crumbs')).toBe('太平镇 › 庆荣村');
});

test('导出 sends the table asked for with the period and place, as a CSV file to a chat', async () => {
  countyAdmin();
  const csv = '乡镇,新登记,活跃\n太平镇,21,230\n';
  cloud.ok('stats.export', { fileName: '资中县各地务工人员.csv', csv, rows: 1 });
  const writes: { filePath: string; data: string }[] = [];
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: { filePath: string; data: string; success: () => void }) => {
      writes.push(o);
      o.success();
    },
  } as unknown as WechatMiniprogram.FileSystemManager);
  const share = jest
    .spyOn(wx, 'shareFileMessage')
    .mockImplementation(((o: WechatMiniprogram.ShareFileMessageOption) =>
      o.success?.({ errMsg: 'shareFileMessage:ok' })) as typeof wx.shareFileMessage);
  const page = await open();
  await tap(page, '#export-workers-byPlace');
  await settle();
  expect(cloud.inputsOf('stats.export')).toEqual([
    {
      period: { period: 'week' },
      place: { city: '内江市', county: '资中县' },
      table: 'workers.byPlace',
    },
  ]);
  expect(writes[0]!.data).toBe(`\ufeff${csv}`);
  expect(share).toHaveBeenCalledWith(
    expect.objectContaining({ fileName: '资中县各地务工人员.csv' }),
  );
});

test('when the figures cannot be read it says so, and 重试 asks again', async () => {
  cloud.fail('stats.dashboard', 'FORBIDDEN', '只有人社局和村干部能看数据看板');
  const page = await open();
  expect(textOf(page, '#load-error')).toBe('只有人社局和村干部能看数据看板');
  countyAdmin();
  await tap(page, '#retry');
  await settle();
  expect(textOf(page, '#crumbs')).toBe('资中县');
});
