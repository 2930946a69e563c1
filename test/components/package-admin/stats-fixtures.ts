/** Realistic answers of stats.dashboard and stats.weeklyReport for 资中县 (四川省内江市). */
import type {
  DashboardView,
  StatSource,
  StatTrend,
  WeeklyReportView,
} from '../../../miniprogram/shared/models/stats';

export const WEEKS = [
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-09',
  '2026-11-16',
  '2026-11-23',
  '2026-11-30',
];

const COUNTY = ['四川省', '内江市', '资中县'];
const NOW = Date.parse('2026-12-03T10:00:00+08:00');

function trend(
  key: string,
  title: string,
  chart: 'bar' | 'line',
  series: [string, string, number[]][],
): StatTrend {
  return {
    key,
    title,
    words: chart === 'bar' ? '每根柱子是一周' : '每个点是一周',
    chart,
    weeks: WEEKS,
    series: series.map(([k, label, values]) => ({ key: k, label, values })),
  };
}

/** The county's view: 务工人员 and 报名和录用 by town, with eight weeks of trends. */
export function countyView(): DashboardView {
  const workers: StatSource = {
    key: 'workers',
    title: '务工人员',
    figures: [
      {
        key: 'registered',
        label: '新登记',
        value: 37,
        unit: '人',
        words: '这段时间第一次填了求职意向、家在这里的人',
      },
      {
        key: 'registeredTotal',
        label: '累计登记',
        value: 1284,
        unit: '人',
        words: '到今天为止填过求职意向、家在这里的人',
      },
      {
        key: 'active',
        label: '活跃',
        value: 412,
        unit: '人次',
        words: '打开过乡聘的登记人员，每人每周算一次',
      },
    ],
    tables: [
      {
        key: 'workers.byPlace',
        title: '各地务工人员',
        words: '按家所在的地方分',
        columns: ['乡镇', '新登记', '活跃'],
        rows: [
          { label: '太平镇', values: [21, 230] },
          { label: '球溪镇', values: [12, 140] },
          { label: '银山镇', values: [4, 42] },
        ],
      },
    ],
    trends: [
      trend('workers.weekly', '每周登记和活跃', 'bar', [
        ['registered', '新登记', [18, 25, 31, 22, 40, 35, 29, 37]],
        ['active', '活跃', [300, 320, 350, 330, 390, 410, 380, 412]],
      ]),
    ],
  };
  const applications: StatSource = {
    key: 'applications',
    title: '报名和录用',
    figures: [
      {
        key: 'applications',
        label: '报名',
        value: 96,
        unit: '次',
        words: '家在这里的人报名岗位的次数',
      },
      { key: 'hires', label: '录用', value: 23, unit: '人次', words: '单位点了“已录用”的报名' },
      { key: 'hiresLocal', label: '本地就业', value: 15, unit: '人次', words: '录用的岗位在本县' },
      { key: 'hiresOutside', label: '外出就业', value: 8, unit: '人次', words: '录用的岗位在县外' },
    ],
    tables: [
      {
        key: 'applications.byPlace',
        title: '各地报名和录用',
        words: '按求职者家所在的地方分',
        columns: ['乡镇', '报名', '录用'],
        rows: [
          { label: '太平镇', values: [58, 14] },
          { label: '球溪镇', values: [38, 9] },
        ],
      },
      {
        key: 'applications.byDestination',
        title: '去哪里干活',
        words: '本地：本乡镇；县内：本县别的乡镇；省内：本省别的县；省外：外省',
        columns: ['去向', '报名', '录用'],
        rows: [
          { label: '县内', values: [60, 15] },
          { label: '省外', values: [36, 8] },
        ],
      },
      {
        key: 'applications.byCategory',
        title: '按工种',
        words: '报名和录用的岗位是什么工种',
        columns: ['工种', '报名', '录用'],
        rows: [
          { label: '普工', values: [51, 12] },
          { label: '建筑', values: [45, 11] },
        ],
      },
    ],
    trends: [
      trend('applications.weekly', '每周报名和录用', 'line', [
        ['applications', '报名', [40, 52, 61, 48, 75, 90, 83, 96]],
        ['hires', '录用', [8, 10, 14, 9, 18, 20, 17, 23]],
      ]),
    ],
  };
  return {
    place: { path: COUNTY, name: '资中县', level: 'county', rootDepth: 3 },
    period: { from: '2026-11-30', to: '2026-12-03', label: '本周' },
    children: ['球溪镇', '太平镇', '银山镇'],
    childLevel: 'town',
    sources: [workers, applications],
    generatedAt: NOW,
  };
}

/** 太平镇 seen from the county (or by its own cadre: rootDepth 4), its villages one level down. */
export function townView(rootDepth = 3): DashboardView {
  const v = countyView();
  const workers = v.sources[0]!;
  workers.figures[0]!.value = 21;
  workers.tables[0] = {
    ...workers.tables[0]!,
    columns: ['村', '新登记', '活跃'],
    rows: [
      { label: '庆荣村', values: [13, 150] },
      { label: '白马村', values: [8, 80] },
    ],
  };
  return {
    ...v,
    place: { path: [...COUNTY, '太平镇'], name: '太平镇', level: 'town', rootDepth },
    children: ['白马村', '庆荣村'],
    childLevel: 'village',
    sources: [workers],
  };
}

/** A place with nothing recorded yet: every figure 0, no tables, flat trends. */
export function emptyView(): DashboardView {
  const v = countyView();
  return {
    ...v,
    children: [],
    sources: v.sources.map((s) => ({
      ...s,
      figures: s.figures.map((f) => ({ ...f, value: 0 })),
      tables: [],
      trends: s.trends.map((t) => ({
        ...t,
        series: t.series.map((x) => ({ ...x, values: x.values.map(() => 0) })),
      })),
    })),
  };
}

export function weeklyReport(): WeeklyReportView {
  const v = countyView();
  return {
    title: '资中县就业服务周报',
    place: v.place,
    period: { from: '2026-11-30', to: '2026-12-03', label: '2026-11-30至2026-12-06' },
    figures: [
      { ...v.sources[0]!.figures[0]!, source: '务工人员' },
      { ...v.sources[1]!.figures[0]!, source: '报名和录用' },
      { ...v.sources[1]!.figures[1]!, source: '报名和录用' },
      { ...v.sources[1]!.figures[3]!, source: '报名和录用' },
    ],
    trends: v.sources.flatMap((s) => s.trends),
    generatedAt: NOW,
  };
}
