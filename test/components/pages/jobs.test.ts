import {
  COUNTY_CHOICES,
  CATEGORY_CHOICES,
  PAY_CHOICES,
} from '../../../miniprogram/services/filters';
import { loadPage } from '../load';
import { DAILY_JOB, NEW_SESSION, SESSION, TAIZHOU_JOB, WOOD_JOB } from '../worker-fixtures';
import {
  has,
  pickIn,
  settle,
  setup,
  tapOn,
  textOf,
  typeInto,
  until,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
});

const page = () => loadPage('pages/jobs/index');
const lastSearch = () => cloud.inputsOf('job.search').at(-1);

async function openSearch() {
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  cloud.ok('job.search', { items: [DAILY_JOB, TAIZHOU_JOB], nextCursor: null });
  const p = page();
  await settle();
  await tapOn(p, '#tab-search');
  return p;
}

test('为您推荐 shows the recommended jobs with their reasons', async () => {
  cloud.ok('job.recommend', { items: [WOOD_JOB, TAIZHOU_JOB], nextCursor: null });
  const p = page();
  await settle();
  const text = textOf(p);
  expect(text).toContain('实木家具打磨工');
  expect(text).toContain('离家12公里');
  expect(text).toContain('包吃住');
  expect(text).toContain('电子厂装配工（点对点大巴接送）');
  expect(text).toContain('没有更多了');
  // Location was never allowed: no position is asked for or sent.
  expect(cloud.inputsOf('job.recommend')).toEqual([{ limit: 20 }]);
});

test('recommendations use the position when location was allowed before', async () => {
  wxr.locationAllowed = true;
  wxr.position = { latitude: 22.27, longitude: 109.55 };
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  page();
  await settle();
  expect(cloud.inputsOf('job.recommend')[0]).toEqual({
    near: { lat: 22.27, lng: 109.55 },
    limit: 20,
  });
});

test('a worker without 求职意向 is invited to fill it in', async () => {
  cloud.ok('account.login', NEW_SESSION);
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  const p = page();
  await settle();
  // A fresh phone: the recommendation call logged in too, and its session tells.
  expect(cloud.calls.map((c) => c.action)).toEqual(['job.recommend']);
  expect(textOf(p)).toContain('填一下求职意向，推荐更准');
  await tapOn(p, '.prompt');
  expect(wxr.navigations).toEqual(['/pages/profile/index']);
});

test('back from the 求职意向 form, the prompt goes and recommendations reload', async () => {
  cloud.ok('account.login', NEW_SESSION);
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  const p = page();
  await settle();
  const { updateSessionProfile } = await import('../../../miniprogram/services/session');
  updateSessionProfile(SESSION.profile!);
  (p.instance as unknown as { onShow(): void }).onShow();
  await settle();
  expect(textOf(p)).not.toContain('填一下求职意向');
  expect(cloud.inputsOf('job.recommend')).toHaveLength(2);
});

test('shows 正在加载 while the first page is on its way', async () => {
  const held = cloud.hold('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  const p = page();
  await settle();
  expect(textOf(p)).toContain('正在加载');
  held.release();
  await settle();
  expect(textOf(p)).toContain('实木家具打磨工');
  expect(textOf(p)).not.toContain('正在加载');
});

test('a failure shows the message and 重试 loads again', async () => {
  cloud.fail('job.recommend', 'INTERNAL', '系统开小差了，请稍后再试');
  const p = page();
  await settle();
  expect(textOf(p)).toContain('系统开小差了，请稍后再试');
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  await tapOn(p.querySelector('#list-state')!, '.ls-retry');
  await settle();
  expect(textOf(p)).toContain('实木家具打磨工');
});

test('on a weak network the last list is shown at once, with a note and a retry', async () => {
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  page();
  await settle();
  // Next launch: the network is gone.
  cloud.offline('job.recommend');
  const p = page();
  await settle();
  expect(textOf(p)).toContain('实木家具打磨工');
  await until(() =>
    expect(textOf(p)).toContain('网络不好，请检查网络后再试。下面是上次看到的内容'),
  );
  expect(textOf(p)).toContain('实木家具打磨工');
});

test('scrolling to the bottom loads the next page with the cursor', async () => {
  cloud.ok('job.recommend', (input) =>
    input['cursor'] === 'c2'
      ? { items: [TAIZHOU_JOB], nextCursor: null }
      : { items: [WOOD_JOB, DAILY_JOB], nextCursor: 'c2' },
  );
  const p = page();
  await settle();
  (p.instance as unknown as { onReachBottom(): void }).onReachBottom();
  await settle();
  expect(cloud.inputsOf('job.recommend')[1]).toEqual({ cursor: 'c2', limit: 20 });
  const text = textOf(p);
  expect(text.indexOf('实木家具打磨工')).toBeLessThan(text.indexOf('电子厂装配工'));
  expect(text).toContain('没有更多了');
});

test('pull-down refresh asks again from the first page', async () => {
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  const p = page();
  await settle();
  (p.instance as unknown as { onPullDownRefresh(): void }).onPullDownRefresh();
  await settle();
  expect(cloud.inputsOf('job.recommend')).toEqual([{ limit: 20 }, { limit: 20 }]);
});

test('搜工作: picking 地区 searches that county', async () => {
  const p = await openSearch();
  expect(lastSearch()).toEqual({ sort: 'newest', limit: 20 });
  const i = COUNTY_CHOICES.findIndex((c) => c.county === '浦北县');
  await pickIn(p, '#pick-county', String(i));
  await settle();
  expect(lastSearch()).toEqual({
    sort: 'newest',
    limit: 20,
    province: '广西壮族自治区',
    city: '钦州市',
    county: '浦北县',
  });
  expect(textOf(p, '#pick-county')).toBe('浦北县 ▾');
});

test('搜工作: 工种, 工资, 包吃住 and 日结 each narrow the search', async () => {
  const p = await openSearch();
  await pickIn(
    p,
    '#pick-category',
    String(CATEGORY_CHOICES.findIndex((c) => c.value === 'woodwork')),
  );
  await pickIn(p, '#pick-pay', String(PAY_CHOICES.findIndex((c) => c.value === 5000)));
  await tapOn(p, '#toggle-meals');
  await tapOn(p, '#toggle-daily');
  await settle();
  expect(lastSearch()).toEqual({
    sort: 'newest',
    limit: 20,
    category: 'woodwork',
    minPayYuan: 5000,
    benefits: ['meals', 'housing'],
    payCycle: 'daily',
  });
  expect(textOf(p, '.filters')).toContain('木工家具');
  expect(textOf(p, '.filters')).toContain('5000元以上');
  expect(textOf(p, '.filters')).toContain('✓ 包吃住');
});

test('搜工作: sorting by 工资 sends sort pay', async () => {
  const p = await openSearch();
  await tapOn(p, '#sort-pay');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'pay', limit: 20 });
});

test('离我近 with the position allowed sorts by distance from it', async () => {
  wxr.position = { latitude: 29.78, longitude: 104.85 };
  const p = await openSearch();
  await tapOn(p, '#sort-distance');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'distance', limit: 20, near: { lat: 29.78, lng: 104.85 } });
});

test('离我近 with location refused falls back to the home county', async () => {
  wxr.position = undefined;
  const p = await openSearch();
  await tapOn(p, '#sort-distance');
  await settle();
  expect(wxr.toasts).toContain('没拿到位置，先找资中县的工作');
  expect(lastSearch()).toEqual({
    sort: 'newest',
    limit: 20,
    province: '四川省',
    city: '内江市',
    county: '资中县',
  });
});

test('a search with no result says so and offers to clear the filters', async () => {
  const p = await openSearch();
  cloud.ok('job.search', { items: [], nextCursor: null });
  await tapOn(p, '#toggle-daily');
  await settle();
  expect(textOf(p)).toContain('没有找到合适的工作，换个条件试试');
  expect(has(p, 'job-card')).toBe(false);
});

test('搜工作: a keyword is searched when 搜索 is tapped', async () => {
  const p = await openSearch();
  await typeInto(p, '#keyword', '木工');
  expect(cloud.inputsOf('job.search')).toHaveLength(1);
  await tapOn(p, '#search-go');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'newest', limit: 20, keyword: '木工' });
});

test('清空条件 after an empty search starts over', async () => {
  const p = await openSearch();
  cloud.ok('job.search', { items: [], nextCursor: null });
  await tapOn(p, '#toggle-meals');
  await settle();
  cloud.ok('job.search', { items: [DAILY_JOB], nextCursor: null });
  await tapOn(p, '#clear-filters');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'newest', limit: 20 });
  expect(textOf(p)).toContain('消毒酒精灌装普工');
});

test('a returning worker: one call, job.recommend, with the session kept on the phone', async () => {
  wxr.storage.set('xp:cache:session', { v: 2, at: Date.now() - 60_000, data: SESSION });
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  const p = page();
  await settle();
  expect(cloud.calls.map((c) => c.action)).toEqual(['job.recommend']);
  expect(textOf(p)).toContain(WOOD_JOB.title);
});
