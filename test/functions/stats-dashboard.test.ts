import { addDays, chinaDay, type DashboardView } from '../../miniprogram/shared/index';
import {
  CADRE,
  docs,
  EMPLOYER,
  OTHER_CADRE,
  startWorld,
  type World,
} from '../fixtures/backend/fairs-world';
import { ADMIN, ADMIN_QINZHOU, ADMIN_ZHEJIANG, ADMIN_ZIZHONG } from '../fixtures/backend/harness';
import { refusedUnchanged } from './expect-unchanged';
import { login, loginAdmin, loginWorker, publishedJob } from '../fixtures/backend/flows';
import { PLACES, REGIONS } from '../fixtures';

jest.setTimeout(180_000);

/** Wednesday 2026-11-25 10:00 in China. */
const WEDNESDAY = Date.parse('2026-11-25T02:00:00Z');
const HR = 'o-hr-quanxing-stats';
const TAIZHOU_HR = 'o-hr-taizhou-stats';

let w: World & { jobId: string };
let localJob: string;
let taizhouJob: string;

const figureOf = (view: DashboardView, source: string, key: string): number | undefined =>
  view.sources.find((s) => s.key === source)?.figures.find((f) => f.key === key)?.value;

/** A worker of 浦北 who applies to the posts given. */
async function pubeiWorker(openid: string, town: string, village: string, jobIds: string[]) {
  await loginWorker(w.b, openid, {
    name: '黄建国',
    home: { ...REGIONS.pubei, town, village },
  });
  const ids = [];
  for (const jobId of jobIds)
    ids.push((await w.b.ok(openid, 'job.apply', { jobId })).applicationId);
  return ids;
}

beforeAll(async () => {
  w = await startWorld({ now: WEDNESDAY });
  await loginAdmin(w.b, ADMIN_ZHEJIANG);
  localJob = await publishedJob(w.b, HR, w.clock.now);
  taizhouJob = await publishedJob(w.b, TAIZHOU_HR, w.clock.now, {
    title: '制鞋 针车工',
    category: 'factory',
    workplace: {
      region: { ...REGIONS.taizhou },
      address: '椒江区工业大道1号',
      location: { ...PLACES.taizhouJiaojiang },
    },
  });
  // Last week: one worker of 泉水镇 registers and applies.
  w.clock.now = WEDNESDAY - 7 * 86_400_000;
  await pubeiWorker('o-w-lastweek', '泉水镇', '旧州村', [localJob]);
  w.clock.now = WEDNESDAY;
  const [hired] = await pubeiWorker('o-w-1', '泉水镇', '旧州村', [localJob, taizhouJob]);
  await pubeiWorker('o-w-2', '泉水镇', '石埇村', [taizhouJob]);
  const [goneOut] = await pubeiWorker('o-w-3', '张黄镇', '平马村', [taizhouJob]);
  await w.b.ok(HR, 'application.setStatus', { applicationId: hired!, status: 'hired' });
  await w.b.ok(TAIZHOU_HR, 'application.setStatus', { applicationId: goneOut!, status: 'hired' });
});
afterAll(() => w?.b.stop());

describe('stats.dashboard', () => {
  test('the county admin sees this week’s registrations, applications and hires, each with its words', async () => {
    const view = await w.b.ok(ADMIN, 'stats.dashboard', {});
    expect(view.place).toMatchObject({ name: '浦北县', level: 'county', rootDepth: 3 });
    expect(view.period).toEqual({ from: '2026-11-23', to: '2026-11-25', label: '本周' });
    expect(figureOf(view, 'workers', 'registered')).toBe(3);
    expect(figureOf(view, 'workers', 'registeredTotal')).toBe(4);
    expect(figureOf(view, 'applications', 'applications')).toBe(4);
    expect(figureOf(view, 'applications', 'hires')).toBe(2);
    expect(figureOf(view, 'applications', 'hiresLocal')).toBe(1);
    expect(figureOf(view, 'applications', 'hiresOutside')).toBe(1);
    for (const s of view.sources)
      for (const f of s.figures) expect(f.words.length).toBeGreaterThan(4);
    expect(view.children).toEqual(expect.arrayContaining(['泉水镇', '张黄镇']));
    expect(view.childLevel).toBe('town');
  });

  test('posts are counted where the work is: 浦北 has two live posts, 台州’s is not here', async () => {
    const view = await w.b.ok(ADMIN, 'stats.dashboard', {});
    expect(figureOf(view, 'jobs', 'live')).toBe(2);
    expect(figureOf(view, 'jobs', 'postsNew')).toBe(2);
    const zhejiang = await w.b.ok(ADMIN_ZHEJIANG, 'stats.dashboard', {});
    expect(figureOf(zhejiang, 'jobs', 'live')).toBe(1);
  });

  test('applications split by destination and by 工种', async () => {
    const view = await w.b.ok(ADMIN, 'stats.dashboard', {});
    const tables = view.sources.find((s) => s.key === 'applications')!.tables;
    const dest = tables.find((t) => t.key === 'applications.byDestination')!;
    expect(dest.columns).toEqual(['去向', '报名', '录用']);
    expect(dest.rows).toEqual([
      { label: '本地', values: [1, 1] },
      { label: '省外', values: [3, 1] },
    ]);
    const byPlace = tables.find((t) => t.key === 'applications.byPlace')!;
    expect(byPlace.rows).toEqual([
      { label: '泉水镇', values: [3, 1] },
      { label: '张黄镇', values: [1, 1] },
    ]);
  });

  test('the weekly trend has eight weeks, last week and this week filled in', async () => {
    const view = await w.b.ok(ADMIN, 'stats.dashboard', {});
    const trend = view.sources.find((s) => s.key === 'applications')!.trends[0]!;
    expect(trend.weeks).toHaveLength(8);
    expect(trend.weeks.slice(-2)).toEqual(['2026-11-16', '2026-11-23']);
    expect(trend.series[0]!.values.slice(-2)).toEqual([1, 4]);
  });

  test('drilling into 泉水镇 shows its villages; posts (which know only their county) are left out', async () => {
    const view = await w.b.ok(ADMIN, 'stats.dashboard', { place: { town: '泉水镇' } });
    expect(view.place).toMatchObject({ name: '泉水镇', level: 'town' });
    expect(view.children).toEqual(['石埇村', '旧州村'].sort((a, b) => a.localeCompare(b, 'zh')));
    expect(view.sources.map((s) => s.key)).toEqual([
      'workers',
      'applications',
      'fairs',
      'trips',
      'ledger',
    ]);
    expect(figureOf(view, 'applications', 'applications')).toBe(3);
    const village = await w.b.ok(ADMIN, 'stats.dashboard', {
      place: { town: '泉水镇', village: '石埇村' },
    });
    expect(figureOf(village, 'workers', 'registered')).toBe(1);
    expect(village.childLevel).toBeNull();
  });

  test('本月 and chosen days count what falls in them', async () => {
    const month = await w.b.ok(ADMIN, 'stats.dashboard', { period: { period: 'month' } });
    expect(month.period.from).toBe('2026-11-01');
    expect(figureOf(month, 'workers', 'registered')).toBe(4);
    const lastWeek = await w.b.ok(ADMIN, 'stats.dashboard', {
      period: { period: 'custom', from: '2026-11-16', to: '2026-11-22' },
    });
    expect(figureOf(lastWeek, 'applications', 'applications')).toBe(1);
  });

  test('a city admin sees the city and may drill into 浦北县', async () => {
    await loginAdmin(w.b, ADMIN_QINZHOU);
    const city = await w.b.ok(ADMIN_QINZHOU, 'stats.dashboard', {});
    expect(city.place).toMatchObject({ name: '钦州市', level: 'city' });
    expect(city.children).toContain('浦北县');
    expect(figureOf(city, 'applications', 'applications')).toBe(4);
    const county = await w.b.ok(ADMIN_QINZHOU, 'stats.dashboard', { place: { county: '浦北县' } });
    expect(figureOf(county, 'applications', 'hires')).toBe(2);
  });

  test('another county’s admin sees none of 浦北’s figures', async () => {
    const view = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
    expect(figureOf(view, 'applications', 'applications')).toBe(0);
  });

  test('a cadre of 太平镇 gets their town, with its fair: sign-ups, check-ins and agreements', async () => {
    const employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
    const { fairId } = await w.fair({
      day: chinaDay(w.clock.now),
      employers: [{ employerId, jobIds: [w.jobId] }],
    });
    const signupIds: string[] = [];
    for (const [i, name] of ['王秀英', '刘德明'].entries()) {
      const s = await w.b.ok(CADRE, 'fair.proxySignUp', {
        fairId,
        slotId: 's3',
        name,
        phone: `1390000000${i}`,
        village: '庆荣村',
      });
      signupIds.push(s._id);
    }
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, signupId: signupIds[0]! });
    await w.b.ok(EMPLOYER, 'fair.recordAgreement', {
      fairId,
      signupId: signupIds[0]!,
      jobId: w.jobId,
    });
    const view = await w.b.ok(CADRE, 'stats.dashboard', {});
    expect(view.place).toMatchObject({ name: '太平镇', level: 'town', rootDepth: 4 });
    expect(figureOf(view, 'fairs', 'held')).toBe(1);
    expect(figureOf(view, 'fairs', 'signups')).toBe(2);
    expect(figureOf(view, 'fairs', 'checkedIn')).toBe(1);
    expect(figureOf(view, 'fairs', 'agreements')).toBe(1);
    expect(view.children).toEqual(['庆荣村']);
    const list = view.sources.find((s) => s.key === 'fairs')!.tables[0]!;
    expect(list.rows).toEqual([{ label: '11月25日 庆荣村院坝招聘会', values: [2, 1, 1] }]);
    // 场次 and 报名 are counts of very different size: each is its own chart, on its own scale.
    const trends = view.sources.find((s) => s.key === 'fairs')!.trends;
    expect(
      trends.map((t) => [t.key, t.series.map((x) => [x.label, x.values.slice(-1)[0]])]),
    ).toEqual([
      ['fairs.weekly', [['场次', 1]]],
      ['fairs.signupsWeekly', [['报名', 2]]],
    ]);
  });

  test('a cadre cannot look at another town, nor a county admin at another county', async () => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'stats.dashboard', { place: { town: '球溪镇' } }),
    );
    expect(res).toMatchObject({ code: 'FORBIDDEN', message: '只能看您负责的地区的数据' });
    expect(await w.b.fail(ADMIN, 'stats.dashboard', { place: { county: '灵山县' } })).toMatchObject(
      { code: 'FORBIDDEN' },
    );
    // A cadre of the whole county may look at any of its towns.
    const town = await w.b.ok(OTHER_CADRE, 'stats.dashboard', { place: { town: '泉水镇' } });
    expect(town.place.name).toBe('泉水镇');
  });

  test('a village without its town, a period backwards or longer than a year: told what to fix', async () => {
    const noTown = await refusedUnchanged(w.b, () =>
      w.b.call(ADMIN, 'stats.dashboard', { place: { village: '旧州村' } }),
    );
    expect(noTown).toMatchObject({ code: 'INVALID_INPUT', message: '请先选上一级的地区' });
    const backwards = await w.b.fail(ADMIN, 'stats.dashboard', {
      period: { period: 'custom', from: '2026-11-20', to: '2026-11-10' },
    });
    expect(backwards).toMatchObject({ code: 'INVALID_INPUT' });
    expect(backwards.message).toContain('开始日期不能晚于结束日期');
    const tooLong = await w.b.fail(ADMIN, 'stats.dashboard', {
      period: { period: 'custom', from: '2024-01-01', to: '2026-11-20' },
    });
    expect(tooLong).toMatchObject({
      code: 'INVALID_INPUT',
      message: '一次最多看一年的数据，请把日期选短一些',
    });
  });

  test('workers and employers may not open the dashboard', async () => {
    await login(w.b, 'o-w-1');
    expect(await w.b.fail('o-w-1', 'stats.dashboard', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await w.b.fail(HR, 'stats.dashboard', {})).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('the figures come from counters, not from the records: a dashboard reads a few dozen documents', async () => {
    const counters = docs<{ _id: string; depth: number }>(await w.b.snapshot(), 'statCounters');
    expect(
      counters.some((c) => c._id === '广西壮族自治区/钦州市/浦北县/泉水镇/旧州村|2026-11-25'),
    ).toBe(true);
    expect(counters.some((c) => c._id === '广西壮族自治区/钦州市/浦北县|all')).toBe(true);
  });
});

describe('stats.export', () => {
  test('a table comes as CSV Excel opens: BOM, header, one line per town', async () => {
    const out = await w.b.ok(ADMIN, 'stats.export', { table: 'applications.byPlace' });
    expect(out.fileName).toBe('浦北县-各地报名和录用-2026-11-23至2026-11-25.csv');
    expect(out.rows).toBe(2);
    expect(out.csv).toBe('\uFEFF"乡镇","报名","录用"\r\n"泉水镇","3","1"\r\n"张黄镇","1","1"\r\n');
  });

  test('a trend exports one line per week', async () => {
    const out = await w.b.ok(ADMIN, 'stats.export', { table: 'applications.weekly' });
    expect(out.rows).toBe(8);
    expect(out.csv.split('\r\n').at(-2)).toBe('"2026-11-23至2026-11-29","4","2"');
  });

  test('a table that does not exist: NOT_FOUND with what to do', async () => {
    const res = await w.b.fail(ADMIN, 'stats.export', { table: 'nothing.here' });
    expect(res).toMatchObject({
      code: 'NOT_FOUND',
      message: '这张表格这段时间没有数据，请换个日期或地区再导出',
    });
  });
});

describe('stats.weeklyReport', () => {
  test('the week’s headline figures of every source, and one trend each', async () => {
    const report = await w.b.ok(ADMIN, 'stats.weeklyReport', {});
    expect(report.title).toBe('浦北县就业服务周报');
    expect(report.period.label).toBe('2026-11-23至2026-11-29');
    expect(report.figures.map((f) => `${f.source}${f.label}${f.value}`)).toEqual([
      '务工人员新登记3',
      '务工人员活跃3',
      '岗位在招岗位2',
      '岗位新发布2',
      '报名和录用报名4',
      '报名和录用录用2',
      '报名和录用外出就业1',
      '招聘会举办场次0',
      '招聘会报名0',
      '招聘会达成意向0',
      '返岗直达登记要走0',
      '返岗直达订座0',
      '返岗直达上车0',
      '劳动力台账台账人数0',
      '劳动力台账就业0',
      '劳动力台账公益岗在岗0',
    ]);
    expect(report.trends.map((t) => t.key)).toEqual([
      'workers.weekly',
      'jobs.weekly',
      'applications.weekly',
      'fairs.weekly',
      'trips.weekly',
      'ledger.weekly',
    ]);
  });

  test('last week’s report, asked by any day of it', async () => {
    const report = await w.b.ok(ADMIN, 'stats.weeklyReport', { week: addDays('2026-11-25', -5) });
    expect(report.period.from).toBe('2026-11-16');
    expect(report.figures.find((f) => f.key === 'applications')?.value).toBe(1);
  });
});
