import { addDays, chinaDay, type ActionInput, type JobCard } from '../../miniprogram/shared/index';
import { ADMIN_ZIZHONG, startBackend, type Backend } from '../fixtures/backend/harness';
import { jobInput, PLACES, REGIONS } from '../fixtures';
import { testClock } from './expect-unchanged';
import { loginAdmin, publishedJob, verifiedEmployer } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

const PUBEI_HR = 'o-hr-pubei';
const TAIZHOU_HR = 'o-hr-taizhou';
const ZIZHONG_HR = 'o-hr-zizhong';
const V = 'o-visitor';
const clock = testClock(Date.parse('2026-11-20T02:00:00Z'));
let backend: Backend;
const ids: Record<string, string> = {};

const taizhouPlace = {
  region: { ...REGIONS.taizhou },
  address: '椒江区洪家街道',
  location: { ...PLACES.taizhouJiaojiang },
};
const zizhongPlace = {
  region: { ...REGIONS.zizhong },
  address: '资中县城东工业园',
  location: { ...PLACES.zizhongTown },
};

/** Each post one minute after the previous, so "newest" has one right answer. */
async function post(name: string, hr: string, overrides: Partial<ActionInput<'job.create'>>) {
  clock.advance(60_000);
  ids[name] = await publishedJob(backend, hr, clock.now(), overrides);
}

beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  await loginAdmin(backend);
  await verifiedEmployer(backend, PUBEI_HR);
  await verifiedEmployer(backend, TAIZHOU_HR, undefined, {
    companyName: '台州椒江鞋业有限公司',
    region: { ...REGIONS.taizhou },
  });
  await verifiedEmployer(backend, ZIZHONG_HR, undefined, {
    companyName: '资中县顺达物流有限公司',
    region: { ...REGIONS.zizhong },
  });
  await post('woodwork', PUBEI_HR, {});
  await post('dayLabour', PUBEI_HR, {
    title: '搬运装卸 日结',
    category: 'logistics',
    pay: { minYuan: 200, maxYuan: 260, unit: 'day' },
    payCycle: 'daily',
    benefits: ['meals'],
  });
  await post('shoes', TAIZHOU_HR, {
    title: '鞋厂针车工',
    category: 'garment',
    workplace: taizhouPlace,
    pay: { minYuan: 6000, maxYuan: 9000, unit: 'month' },
    benefits: ['meals', 'housing', 'travelRefund'],
  });
  await post('shoesPacking', TAIZHOU_HR, {
    title: '鞋厂包装工(长白班)',
    category: 'factory',
    workplace: taizhouPlace,
    pay: { minYuan: 5000, maxYuan: 6000, unit: 'month' },
    benefits: ['meals', 'housing'],
  });
  await post('driver', ZIZHONG_HR, {
    title: '货车司机 C1',
    category: 'driver',
    workplace: zizhongPlace,
    pay: { minYuan: 5500, maxYuan: 7500, unit: 'month' },
    benefits: [],
  });
  await post('paused', PUBEI_HR, { title: '油漆工' });
  await backend.ok(PUBEI_HR, 'job.setStatus', { jobId: ids.paused!, status: 'paused' });
  await post('endsToday', ZIZHONG_HR, {
    title: '仓库分拣员',
    category: 'logistics',
    workplace: zizhongPlace,
    pay: { minYuan: 4000, maxYuan: 5000, unit: 'month' },
    benefits: [],
    validUntil: chinaDay(clock.now()),
  });
  clock.advance(60_000);
  const held = await backend.ok(
    PUBEI_HR,
    'job.create',
    jobInput(clock.now(), { duties: '日赚千元，多劳多得' }),
  );
  ids.held = held.jobId;
}, 120_000);
afterAll(() => backend?.stop());

const titles = (items: JobCard[]) => items.map((c) => c.title);
const idsOf = (items: JobCard[]) => items.map((c) => c._id);

async function all(input: ActionInput<'job.search'>, limit = 2): Promise<JobCard[]> {
  const out: JobCard[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const res = await backend.ok(V, 'job.search', {
      ...input,
      limit,
      ...(cursor ? { cursor } : {}),
    });
    out.push(...res.items);
    if (!res.nextCursor) return out;
    cursor = res.nextCursor;
  }
  throw new Error('too many pages');
}

describe('job.search', () => {
  test('lists open posts newest first; paused and held posts are not shown', async () => {
    const { items, nextCursor } = await backend.ok(V, 'job.search', {});
    expect(idsOf(items)).toEqual([
      ids.endsToday,
      ids.driver,
      ids.shoesPacking,
      ids.shoes,
      ids.dayLabour,
      ids.woodwork,
    ]);
    expect(nextCursor).toBeNull();
  });

  test('cards are lean: only what a list shows', async () => {
    const { items } = await backend.ok(V, 'job.search', { county: '浦北县' });
    const card = items.find((c) => c._id === ids.woodwork)!;
    expect(Object.keys(card).sort()).toEqual(
      [
        '_id',
        'benefits',
        'category',
        'city',
        'companyName',
        'county',
        'pay',
        'payCycle',
        'publishedAt',
        'title',
        'verified',
      ].sort(),
    );
    expect(card).toMatchObject({
      county: '浦北县',
      city: '钦州市',
      companyName: '浦北县泉兴家具有限公司',
      verified: true,
    });
  });

  test.each<[string, ActionInput<'job.search'>, string[]]>([
    ['province', { province: '浙江省' }, ['shoesPacking', 'shoes']],
    ['city', { city: '内江市' }, ['endsToday', 'driver']],
    ['county', { county: '浦北县' }, ['dayLabour', 'woodwork']],
    ['工种', { category: 'garment' }, ['shoes']],
    ['包吃住', { benefits: ['meals', 'housing'] }, ['shoesPacking', 'shoes', 'woodwork']],
    ['日结', { payCycle: 'daily' }, ['dayLabour']],
    ['keyword in the title', { keyword: '鞋厂' }, ['shoesPacking', 'shoes']],
    ['keyword in the company name', { keyword: '顺达' }, ['endsToday', 'driver']],
    ['keyword with regex characters', { keyword: '(长白班)' }, ['shoesPacking']],
    ['filters combined', { province: '浙江省', benefits: ['travelRefund'] }, ['shoes']],
  ])('filters by %s', async (_label, input, expected) => {
    const { items } = await backend.ok(V, 'job.search', input);
    expect(idsOf(items)).toEqual(expected.map((k) => ids[k]));
  });

  test('「N元以上」 means the post’s lower bound reaches N, in monthly equivalents (200元/天 is 5200元/月)', async () => {
    const { items } = await backend.ok(V, 'job.search', { minPayYuan: 5000 });
    // 木工 4500-7000 could pay more than 5000 but does not promise it: left out.
    expect(titles(items).sort()).toEqual(
      ['搬运装卸 日结', '货车司机 C1', '鞋厂针车工', '鞋厂包装工(长白班)'].sort(),
    );
    const high = await backend.ok(V, 'job.search', { minPayYuan: 6000 });
    expect(titles(high.items)).toEqual(['鞋厂针车工']);
  });

  test('sorts by pay, highest monthly equivalent first', async () => {
    const { items } = await backend.ok(V, 'job.search', { sort: 'pay' });
    expect(idsOf(items).slice(0, 3)).toEqual([ids.shoes, ids.driver, ids.woodwork]);
  });

  test('sorts by distance from a point, nearest first, with kilometres on each card', async () => {
    const { items } = await backend.ok(V, 'job.search', {
      sort: 'distance',
      near: PLACES.zizhongTown,
    });
    expect(idsOf(items).slice(0, 2).sort()).toEqual([ids.driver, ids.endsToday].sort());
    expect(items[0]!.distanceKm).toBe(0);
    const km = items.map((c) => c.distanceKm!);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(items.at(-1)!.county).toBe('椒江区');
  });

  test('distance pages with a keyword add up too (ties at one workplace included)', async () => {
    const input: ActionInput<'job.search'> = {
      sort: 'distance',
      near: PLACES.jinhuaWucheng,
      keyword: '鞋',
    };
    expect(idsOf(await all(input, 1)).sort()).toEqual([ids.shoes, ids.shoesPacking].sort());
    const one = await all({ sort: 'distance', near: PLACES.jinhuaWucheng }, 1);
    expect(new Set(idsOf(one)).size).toBe(6);
  });

  test.each([
    ['a NUL', '\u0000'],
    ['a bidi override', '鞋\u202e厂'],
    ['a zero-width space', '鞋\u200b厂'],
    ['a lone surrogate', '鞋\ud800'],
  ])(
    'a keyword with %s is refused in Chinese on that field, never reaching a pattern',
    async (_n, keyword) => {
      const res = await backend.fail(V, 'job.search', { keyword });
      expect(res).toMatchObject({
        code: 'INVALID_INPUT',
        fields: { keyword: '关键词里有看不见的特殊字符，请删掉后重新输入' },
      });
    },
  );

  test('a keyword of spaces only is no keyword; spaces inside are collapsed', async () => {
    const all = (await backend.ok(V, 'job.search', { limit: 50 })).items;
    expect((await backend.ok(V, 'job.search', { keyword: ' \u3000 ', limit: 50 })).items).toEqual(
      all,
    );
    expect(
      idsOf((await backend.ok(V, 'job.search', { keyword: '  鞋厂 ' })).items).length,
    ).toBeGreaterThan(0);
  });

  test('distance sort without a point is refused on that field', async () => {
    const res = await backend.fail(V, 'job.search', { sort: 'distance' });
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields).toHaveProperty('near');
  });

  test.each(['newest', 'pay', 'distance'] as const)(
    'pages by %s add up to the single list, no repeats',
    async (sort) => {
      const input: ActionInput<'job.search'> =
        sort === 'distance' ? { sort, near: PLACES.pubeiTown } : { sort };
      const whole = (await backend.ok(V, 'job.search', { ...input, limit: 50 })).items;
      expect(idsOf(await all(input, 2))).toEqual(idsOf(whole));
    },
  );

  test('a post published between two pages does not shift the next page', async () => {
    const first = await backend.ok(V, 'job.search', { limit: 3 });
    clock.advance(60_000);
    const fresh = await publishedJob(backend, PUBEI_HR, clock.now(), { title: '刚发布的岗位' });
    try {
      const second = await backend.ok(V, 'job.search', { limit: 3, cursor: first.nextCursor! });
      expect(idsOf(second.items)).toEqual([ids.shoes, ids.dayLabour, ids.woodwork]);
    } finally {
      await backend.ok(PUBEI_HR, 'job.setStatus', { jobId: fresh, status: 'closed' });
    }
  });

  test('a cursor from another sort, or a made-up one, is refused', async () => {
    const first = await backend.ok(V, 'job.search', { limit: 2 });
    expect(
      (await backend.fail(V, 'job.search', { sort: 'pay', cursor: first.nextCursor! })).code,
    ).toBe('INVALID_INPUT');
    expect((await backend.fail(V, 'job.search', { cursor: 'eyJzIjoibmV3ZXN0In0' })).code).toBe(
      'INVALID_INPUT',
    );
  });

  test('a post whose 有效期 ended yesterday (China time) is gone from search', async () => {
    const saved = clock.now();
    clock.set(Date.parse(`${addDays(chinaDay(saved), 1)}T00:00:30+08:00`));
    try {
      const { items } = await backend.ok(V, 'job.search', { city: '内江市' });
      expect(idsOf(items)).toEqual([ids.driver]);
    } finally {
      clock.set(saved);
    }
  });

  test('a company taken back by the admin still lists, marked not verified', async () => {
    const { employer } = await backend.ok(ZIZHONG_HR, 'account.login', {});
    await backend.ok(ADMIN_ZIZHONG, 'admin.verifyEmployer', {
      employerId: employer!._id,
      approve: false,
      reason: '资料待核实',
    });
    try {
      const { items } = await backend.ok(V, 'job.search', { city: '内江市' });
      expect(items.every((c) => c.verified === false)).toBe(true);
    } finally {
      await backend.ok(ADMIN_ZIZHONG, 'admin.verifyEmployer', {
        employerId: employer!._id,
        approve: true,
      });
    }
  });

  test.each([
    ['a wrong type', { minPayYuan: '5000' }],
    ['an operator as a filter', { county: { $ne: '' } }],
    ['an unknown filter', { status: 'paused' }],
    ['a page too large', { limit: 500 }],
  ])('%s is refused', async (_label, input) => {
    expect((await backend.fail(V, 'job.search', input)).code).toBe('INVALID_INPUT');
  });
});
