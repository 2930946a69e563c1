import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { weeklyReport } from './stats-fixtures';

const cloud = useFakeCloud();

type Wx = Record<string, unknown>;
const saved: Wx = {};
/** Gives `wx` an API for this test (the mock has no canvas), put back afterwards. */
function stub(name: string, fn: unknown): void {
  if (!(name in saved)) saved[name] = (wx as unknown as Wx)[name];
  (wx as unknown as Wx)[name] = fn;
}
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) (wx as unknown as Wx)[k] = v;
  for (const k of Object.keys(saved)) delete saved[k];
  jest.restoreAllMocks();
});

/** An offscreen canvas that records the text drawn on it. */
function fakeCanvas(): { texts: string[]; size: { width: number; height: number } } {
  const texts: string[] = [];
  const size = { width: 0, height: 0 };
  const ctx = new Proxy(
    { fillText: (t: string) => texts.push(t) },
    {
      get: (target, key) => (key in target ? target[key as 'fillText'] : () => undefined),
      set: () => true,
    },
  );
  stub('createOffscreenCanvas', (o: { width: number; height: number }) => {
    Object.assign(size, o);
    return { getContext: () => ctx };
  });
  stub('canvasToTempFilePath', (o: { success: (r: { tempFilePath: string }) => void }) =>
    o.success({ tempFilePath: 'wxfile://tmp/weekly.png' }),
  );
  return { texts, size };
}

async function open(query: Record<string, string> = {}) {
  const page = loadPage('package-admin/pages/weekly-report/index');
  page.instance.onLoad(query);
  await settle(5);
  return page;
}

test('the week of the place the dashboard showed: figures with their words, and the charts', async () => {
  cloud.ok('stats.weeklyReport', weeklyReport());
  const page = await open({ place: encodeURIComponent('四川省/内江市/资中县/太平镇') });
  expect(cloud.inputsOf('stats.weeklyReport')).toEqual([
    { place: { city: '内江市', county: '资中县', town: '太平镇' } },
  ]);
  expect(textOf(page, '#report')).toContain('资中县就业服务周报');
  expect(textOf(page, '#report')).toContain('2026-11-30至2026-12-06（数字算到 2026-12-03）');
  expect(textOf(page, '#fig-hires')).toBe('23 人次报名和录用 · 录用单位点了“已录用”的报名');
  expect(textOf(page, '#report')).toContain('11/30起 96 23');
});

test('the image holds the figures and every chart, and goes to WeChat with the share sheet', async () => {
  const canvas = fakeCanvas();
  const share = jest.fn();
  stub('showShareImageMenu', share);
  cloud.ok('stats.weeklyReport', weeklyReport());
  const page = await open();
  expect(canvas.size.width).toBe(750);
  expect(canvas.texts).toEqual(
    expect.arrayContaining([
      '资中县就业服务周报',
      '23',
      '37',
      '每周登记和活跃',
      '每周报名和录用',
      '11/30',
    ]),
  );
  expect(exists(page, '#report-image')).toBe(true);
  await tap(page, '#share');
  expect(share).toHaveBeenCalledWith(expect.objectContaining({ path: 'wxfile://tmp/weekly.png' }));
});

test('where the share sheet fails, the image is saved to the album instead', async () => {
  fakeCanvas();
  stub('showShareImageMenu', (o: { fail: (e: { errMsg: string }) => void }) =>
    o.fail({ errMsg: 'showShareImageMenu:fail not supported' }),
  );
  const save = jest.fn((o: { success: () => void }) => o.success());
  stub('saveImageToPhotosAlbum', save);
  cloud.ok('stats.weeklyReport', weeklyReport());
  const page = await open();
  await tap(page, '#share');
  await settle();
  expect(save).toHaveBeenCalledWith(
    expect.objectContaining({ filePath: 'wxfile://tmp/weekly.png' }),
  );
});

test('without a canvas the page still shows the figures, with no share button', async () => {
  stub('createOffscreenCanvas', undefined);
  cloud.ok('stats.weeklyReport', weeklyReport());
  const page = await open();
  expect(exists(page, '#share')).toBe(false);
  expect(textOf(page, '#fig-applications')).toContain('96 次');
});
