import {
  addDays,
  chinaDay,
  type ActionInput,
  type DashboardView,
} from '../../miniprogram/shared/index';
import { REGIONS } from '../fixtures';
import { CADRE, OTHER_CADRE, startWorld, type World } from '../fixtures/backend/fairs-world';
import { loginAdmin, loginWorker } from '../fixtures/backend/flows';
import { ADMIN_ZIZHONG } from '../fixtures/backend/harness';

jest.setTimeout(180_000);

const DAY_MS = 24 * 60 * 60 * 1000;

let w: World & { jobId: string };
let today: string;

const figureOf = (view: DashboardView, key: string): number | undefined =>
  view.sources.find((s) => s.key === 'ledger')?.figures.find((f) => f.key === key)?.value;
const tableOf = (view: DashboardView, key: string) =>
  view.sources.find((s) => s.key === 'ledger')?.tables.find((t) => t.key === key);

async function person(
  name: string,
  village: string,
  overrides: Partial<ActionInput<'ledger.upsertPerson'>> = {},
): Promise<string> {
  const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    village,
    name,
    ageBand: 'from50',
    situation: 'returnedIdle',
    workArea: 'nearHome',
    categories: ['farming'],
    ...overrides,
  });
  return personId;
}

beforeAll(async () => {
  w = await startWorld({ employer: false });
  today = chinaDay(w.clock.now);
  await loginAdmin(w.b, ADMIN_ZIZHONG);
  const now = w.clock.now;

  // Placed a month ago: in the ledger, not placed in this period.
  w.clock.now = now - 30 * DAY_MS;
  await person('赵长顺', '高楼村', { placed: { how: 'elsewhere', day: chinaDay(w.clock.now) } });

  // A 公益岗 applied for eight days ago, through its 公示, on duty today (a 重点人群 person).
  w.clock.now = now - 8 * DAY_MS;
  const forester = await person('杨春华', '庆荣村', {
    focusGroup: 'zeroEmployment',
    focusConsent: true,
  });
  const { publicJobId } = await w.b.ok(ADMIN_ZIZHONG, 'publicJob.create', {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    position: '护林员',
    duties: '每天巡山两次，防火防盗伐',
    subsidyYuan: 1000,
    headcount: 3,
    eligibility: { groups: ['zeroEmployment'], residence: 'town' },
    applyUntil: addDays(chinaDay(w.clock.now), 20),
  });
  const { applicationId } = await w.b.ok(CADRE, 'publicJob.apply', {
    publicJobId,
    personId: forester,
    consent: true,
  });
  const step = (to: ActionInput<'publicJob.review'>['to'], as = CADRE) =>
    w.b.ok(as, 'publicJob.review', { applicationId, to, approve: true });
  await step('villageReviewed');
  await step('noticed');
  w.clock.now = now - 2 * DAY_MS;
  await step('townApproved');
  await step('countyApproved', ADMIN_ZIZHONG);
  w.clock.now = now;
  await step('onDuty');

  // Today: two more placed (one of them 重点人群), three still looking.
  await person('李春梅', '庆荣村', { placed: { how: 'elsewhere', day: today } });
  await person('周桂兰', '高楼村', {
    focusGroup: 'hardToEmploy',
    focusConsent: true,
    placed: { how: 'elsewhere', day: today },
  });
  await person('王德福', '庆荣村');
  await person('陈大勇', '庆荣村');
  await person('刘秀英', '高楼村');
});
afterAll(() => w?.b.stop());

describe('the ledger’s figures on stats.dashboard', () => {
  test('the town’s cadre sees people, placed this week, 重点人群 placed and 公益岗 on duty', async () => {
    const view = await w.b.ok(CADRE, 'stats.dashboard', {});
    expect(view.place).toMatchObject({ name: '太平镇', level: 'town' });
    expect(figureOf(view, 'people')).toBe(7);
    expect(figureOf(view, 'looking')).toBe(3);
    expect(figureOf(view, 'placed')).toBe(3);
    expect(figureOf(view, 'focusPlaced')).toBe(2);
    expect(figureOf(view, 'publicJobOnDuty')).toBe(1);
    expect(tableOf(view, 'ledger.byPlace')!.rows).toEqual([
      { label: '庆荣村', values: [4, 2, 2] },
      { label: '高楼村', values: [3, 1, 1] },
    ]);
    expect(view.children).toEqual(expect.arrayContaining(['庆荣村', '高楼村']));
  });

  test('重点人群 are counts by category only: no name of a person is in the view', async () => {
    const view = await w.b.ok(CADRE, 'stats.dashboard', {});
    expect(tableOf(view, 'ledger.focusPlaced')!.rows).toEqual(
      expect.arrayContaining([
        { label: '零就业家庭', values: [1] },
        { label: '就业困难人员', values: [1] },
      ]),
    );
    const shown = JSON.stringify(view);
    for (const name of ['杨春华', '周桂兰', '李春梅', '赵长顺']) expect(shown).not.toContain(name);
  });

  test('a chosen period counts the one placed a month ago; the county admin sees its towns', async () => {
    const custom = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {
      period: { period: 'custom', from: addDays(today, -40), to: today },
    });
    expect(figureOf(custom, 'placed')).toBe(4);
    const county = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
    expect(county.place).toMatchObject({ level: 'county' });
    expect(figureOf(county, 'people')).toBe(7);
    expect(tableOf(county, 'ledger.byPlace')!.rows[0]).toMatchObject({ label: '太平镇' });
  });

  test('a village shows its own people; the weekly trend ends with this week’s placements', async () => {
    const village = await w.b.ok(CADRE, 'stats.dashboard', { place: { village: '高楼村' } });
    expect(figureOf(village, 'people')).toBe(3);
    expect(figureOf(village, 'placed')).toBe(1);
    const trend = village.sources.find((s) => s.key === 'ledger')!.trends[0]!;
    expect(trend.series[0]!.values.at(-1)).toBe(1);
  });

  test('another county’s cadre sees none of it; a worker is refused', async () => {
    const other = await w.b.ok(OTHER_CADRE, 'stats.dashboard', {});
    expect(figureOf(other, 'people')).toBe(0);
    expect(figureOf(other, 'publicJobOnDuty')).toBe(0);
    const worker = 'o-worker-stats-ledger';
    await loginWorker(w.b, worker, { home: { ...REGIONS.zizhong, town: '太平镇' } });
    expect((await w.b.fail(worker, 'stats.dashboard', {})).code).toBe('FORBIDDEN');
  });
});
