import { CATEGORY_CHOICES } from '../../../miniprogram/services/filters';
import { loadPage } from '../load';
import { installVoice, PRESS, say, within, type VoiceWorld } from '../voice-kit';
import { DAILY_JOB, SESSION, TAIZHOU_JOB, WOOD_JOB } from '../worker-fixtures';
import {
  has,
  pickIn,
  settle,
  setup,
  tapNth,
  tapOn,
  textOf,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
let voice: VoiceWorld;
const HOME = { lat: 29.76, lng: 104.85 };

beforeEach(() => {
  ({ cloud, wxr } = setup());
  voice = installVoice();
  voice.microphone = true;
  cloud.ok('account.login', {
    ...SESSION,
    profile: { ...SESSION.profile!, homeLocation: HOME },
  });
  cloud.ok('job.recommend', { items: [WOOD_JOB], nextCursor: null });
  cloud.ok('job.search', { items: [WOOD_JOB, DAILY_JOB], nextCursor: null });
});

const lastSearch = () => cloud.inputsOf('job.search').at(-1);
const speak = (p: Parameters<typeof say>[0], words: string) => say(p, voice, words, PRESS.search);
/** The spoken request's part of the page (inside <voice-search>). */
const understood = (p: Parameters<typeof within>[0]) => within(p, '#voice-search');

async function openPage() {
  const p = loadPage('pages/jobs/index');
  await settle();
  return p;
}

test('saying a request on 为您推荐 searches with the filters it gives, sorted near home', async () => {
  const p = await openPage();
  expect(cloud.inputsOf('job.search')).toEqual([]);
  await speak(p, '嗯 浦北附近 木工 包吃住 五千以上');
  await settle();
  expect(lastSearch()).toEqual({
    sort: 'distance',
    near: HOME,
    limit: 20,
    province: '广西壮族自治区',
    city: '钦州市',
    county: '浦北县',
    category: 'woodwork',
    minPayYuan: 5000,
    benefits: ['meals', 'housing'],
  });
  expect(textOf(p, '#tab-search')).toBe('搜工作');
  expect(p.instance.data.mode).toBe('search');
  expect(textOf(within(p, '#voice-search', '#voice-button') as never, '#voice-words')).toBe(
    '嗯 浦北附近 木工 包吃住 五千以上',
  );
  expect(textOf(understood(p) as never, '#voice-understood')).toBe(
    '按您说的找（点一下可以去掉） ✓ 浦北县 ✓ 木工家具 ✓ 月薪5000元以上 ✓ 包吃住 ✓ 离家近',
  );
  // The pickers say the same.
  expect(textOf(p, '#pick-county')).toBe('浦北县 ▾');
  expect(textOf(p, '#pick-category')).toBe('木工家具 ▾');
  expect(textOf(p, '.filters')).toContain('✓ 包吃住');
  expect(textOf(p)).toContain('实木家具打磨工');
});

test('tapping a chip away searches without that filter', async () => {
  const p = await openPage();
  await speak(p, '浦北附近 木工 包吃住 五千以上');
  await settle();
  await tapNth(understood(p) as never, '#voice-chips', '.cg-chip', 3); // 包吃住
  await settle();
  expect(lastSearch()).not.toHaveProperty('benefits');
  expect(lastSearch()).toMatchObject({ county: '浦北县', category: 'woodwork', minPayYuan: 5000 });
  expect(textOf(understood(p) as never, '#voice-understood')).not.toContain('包吃住');
  expect(textOf(p, '.filters')).not.toContain('✓ 包吃住');
  await tapNth(understood(p) as never, '#voice-chips', '.cg-chip', 0); // 浦北县
  await settle();
  expect(lastSearch()).not.toHaveProperty('county');
  expect(lastSearch()).not.toHaveProperty('province');
  expect(textOf(p, '#pick-county')).toBe('地区 ▾');
});

test('a chip goes when the worker changes its filter with a picker', async () => {
  const p = await openPage();
  await speak(p, '木工 五千以上');
  await settle();
  expect(textOf(understood(p) as never, '#voice-understood')).toContain('木工家具');
  await pickIn(
    p,
    '#pick-category',
    String(CATEGORY_CHOICES.findIndex((c) => c.value === 'garment')),
  );
  await settle();
  expect(lastSearch()).toMatchObject({ category: 'garment', minPayYuan: 5000 });
  expect(textOf(understood(p) as never, '#voice-understood')).not.toContain('木工家具');
  expect(textOf(understood(p) as never, '#voice-understood')).toContain('月薪5000元以上');
  await tapOn(p, '#tab-recommend');
  expect(has(understood(p) as never, '#voice-understood')).toBe(false);
});

test('a city, 月结, 五险 and a day rate, as said, reach the search; the pickers show them', async () => {
  const p = await openPage();
  await speak(p, '想去台州进厂 月结 五险 一天两百');
  await settle();
  expect(lastSearch()).toEqual({
    sort: 'newest',
    limit: 20,
    province: '浙江省',
    city: '台州市',
    category: 'factory',
    minPayYuan: 5200,
    benefits: ['insurance'],
    payCycle: 'monthly',
  });
  expect(textOf(p, '#pick-county')).toBe('台州市 ▾');
  expect(textOf(p, '#pick-pay')).toBe('5200元以上 ▾');
  expect(textOf(understood(p) as never, '#voice-understood')).toContain('日薪200元以上');
});

test('what it did not understand is searched as the keyword', async () => {
  cloud.ok('job.search', { items: [TAIZHOU_JOB], nextCursor: null });
  const p = await openPage();
  await speak(p, '鸿福');
  await settle();
  expect(lastSearch()).toMatchObject({ keyword: '鸿福' });
  expect(textOf(understood(p) as never, '#voice-understood')).toContain('“鸿福”');
});

test('离家近 without a home on the 求职意向 or a position: sorted by newest, and it says so', async () => {
  cloud.ok('account.login', SESSION);
  wxr.position = undefined;
  const p = await openPage();
  await speak(p, '附近 保安');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'newest', limit: 20, category: 'security' });
  expect(textOf(understood(p) as never, '#voice-understood')).toContain(
    '没拿到您的位置，先按最新的排',
  );
  expect(textOf(understood(p) as never, '#voice-understood')).not.toContain('离家近');
});

test('清空条件 clears the spoken filters and their chips', async () => {
  cloud.ok('job.search', (input) =>
    input['category'] ? { items: [], nextCursor: null } : { items: [WOOD_JOB], nextCursor: null },
  );
  const p = await openPage();
  await speak(p, '木工');
  await settle();
  await tapOn(p, '#clear-filters');
  await settle();
  expect(lastSearch()).toEqual({ sort: 'newest', limit: 20 });
  expect(has(understood(p) as never, '#voice-chips')).toBe(false);
});
