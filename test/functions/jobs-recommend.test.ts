import type { ActionInput, JobCard } from '../../miniprogram/shared/index';
import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { PLACES, REGIONS } from '../fixtures';
import { testClock } from './expect-unchanged';
import {
  login,
  loginAdmin,
  loginWorker,
  publishedJob,
  verifiedEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(180_000);

const PUBEI_HR = 'o-hr-pubei';
const LINGSHAN_HR = 'o-hr-lingshan';
const TAIZHOU_HR = 'o-hr-taizhou';
const clock = testClock(Date.parse('2026-11-20T02:00:00Z'));
let backend: Backend;
const ids: Record<string, string> = {};

/** About 12 km north of 浦北县城 (0.108° of latitude). */
const TWELVE_KM_NORTH = { lat: PLACES.pubeiTown.lat + 0.108, lng: PLACES.pubeiTown.lng };

async function post(name: string, hr: string, overrides: Partial<ActionInput<'job.create'>>) {
  clock.advance(60_000);
  ids[name] = await publishedJob(backend, hr, clock.now(), overrides);
}

beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  await loginAdmin(backend);
  await verifiedEmployer(backend, PUBEI_HR);
  await verifiedEmployer(backend, LINGSHAN_HR, undefined, { companyName: '灵山县木艺家具厂' });
  await verifiedEmployer(backend, TAIZHOU_HR, undefined, {
    companyName: '台州椒江鞋业有限公司',
    region: { ...REGIONS.taizhou },
  });
  // At the park next to town: 木工, 包吃住, 4500-7000.
  await post('nearWood', PUBEI_HR, {});
  // 12 km away: 木工, lower pay, 包吃 only.
  await post('farWood', PUBEI_HR, {
    title: '家具打磨工',
    workplace: { region: { ...REGIONS.pubei }, address: '北通镇', location: TWELVE_KM_NORTH },
    pay: { minYuan: 3000, maxYuan: 3800, unit: 'month' },
    benefits: ['meals'],
  });
  // Near home but another trade.
  await post('nearCleaning', PUBEI_HR, {
    title: '厂区保洁',
    category: 'cleaning',
    pay: { minYuan: 2800, maxYuan: 3200, unit: 'month' },
    benefits: [],
  });
  // Far away in 台州: not 家附近.
  await post('taizhouShoes', TAIZHOU_HR, {
    title: '鞋厂针车工',
    category: 'factory',
    workplace: {
      region: { ...REGIONS.taizhou },
      address: '椒江区洪家街道',
      location: { ...PLACES.taizhouJiaojiang },
    },
    pay: { minYuan: 6000, maxYuan: 9000, unit: 'month' },
    benefits: ['meals', 'housing', 'travelRefund'],
  });
  // 灵山 company taken back by the admin: its post stays, but ranks after verified ones.
  await post('unverifiedWood', LINGSHAN_HR, {
    title: '木工学徒',
    workplace: {
      region: { ...REGIONS.pubei },
      address: '泉水镇',
      location: { ...PLACES.quanshuiPark },
    },
  });
  const lingshan = await login(backend, LINGSHAN_HR);
  await backend.ok(ADMIN, 'admin.verifyEmployer', {
    employerId: lingshan.employer!._id,
    approve: false,
    reason: '营业执照过期',
  });
}, 120_000);
afterAll(() => backend?.stop());

const byId = (items: JobCard[]) => Object.fromEntries(items.map((c) => [c._id, c]));

describe('job.recommend', () => {
  test('near home: 工种对口 first, verified companies first, every card says why', async () => {
    await loginWorker(backend, 'o-worker-lcm');
    const { items } = await backend.ok('o-worker-lcm', 'job.recommend', {});
    // The unverified company's post is nearer and pays more than farWood, yet comes after it.
    expect(items.map((c) => c._id)).toEqual([
      ids.nearWood,
      ids.farWood,
      ids.unverifiedWood,
      ids.nearCleaning,
    ]);
    expect(items.map((c) => c.verified)).toEqual([true, true, false, true]);
    const cards = byId(items);
    expect(cards[ids.nearWood!]!.reasons).toEqual([
      '离家不到1公里',
      '工种对口',
      '工资达到期望',
      '包吃住',
    ]);
    expect(cards[ids.farWood!]!.reasons).toEqual(['离家12公里', '工种对口', '包吃']);
    expect(cards[ids.nearCleaning!]!.reasons).toEqual(['离家不到1公里']);
    expect(cards[ids.farWood!]!.distanceKm).toBeCloseTo(12, 0);
    expect(items.map((c) => c._id)).not.toContain(ids.taizhouShoes);
  });

  test('工资达到期望 only when the lower bound reaches it (4500-7000 is not 5000 for sure)', async () => {
    await loginWorker(backend, 'o-worker-expects-5000', { expectedPayYuan: 5000 });
    const { items } = await backend.ok('o-worker-expects-5000', 'job.recommend', {});
    expect(byId(items)[ids.nearWood!]!.reasons).not.toContain('工资达到期望');
  });

  test('going out to work: posts in the named cities, said in words', async () => {
    await loginWorker(backend, 'o-worker-goes-out', {
      workArea: 'cities',
      cities: ['台州市'],
      categories: ['factory'],
      expectedPayYuan: 6000,
    });
    const { items } = await backend.ok('o-worker-goes-out', 'job.recommend', {});
    expect(items.map((c) => c._id)).toEqual([ids.taizhouShoes]);
    expect(items[0]!.reasons).toEqual(['在您想去的台州市', '工种对口', '工资达到期望', '包吃住']);
  });

  test('in the county: every post of the home county, 工种对口 first', async () => {
    await loginWorker(backend, 'o-worker-county', {
      workArea: 'county',
      homeLocation: undefined,
      categories: ['cleaning'],
    });
    const { items } = await backend.ok('o-worker-county', 'job.recommend', {});
    expect(items[0]!._id).toBe(ids.nearCleaning);
    expect(items[0]!.reasons).toContain('工种对口');
    expect(items.map((c) => c._id)).not.toContain(ids.taizhouShoes);
    expect(items).toHaveLength(4);
  });

  test('without a 求职意向: what is open near the phone, nearest first', async () => {
    const { items } = await backend.ok('o-visitor', 'job.recommend', {
      near: PLACES.taizhouJiaojiang,
    });
    expect(items[0]!._id).toBe(ids.taizhouShoes);
    expect(items[0]!.reasons?.[0]).toBe('离您不到1公里');
  });

  test('pages walk through the ranking without repeats', async () => {
    await loginWorker(backend, 'o-worker-pages', { workArea: 'province' });
    const whole = await backend.ok('o-worker-pages', 'job.recommend', { limit: 50 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await backend.ok('o-worker-pages', 'job.recommend', {
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((c) => c._id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(whole.items.map((c) => c._id));
  });

  test('one company does not fill the top: the best post of every company first, then the others', async () => {
    // Runs last among the ranking tests: it adds posts to the shared world.
    await post('fiveKmWood', PUBEI_HR, {
      title: '木门组装工',
      workplace: {
        region: { ...REGIONS.pubei },
        address: '寨圩镇',
        location: { lat: PLACES.pubeiTown.lat + 0.045, lng: PLACES.pubeiTown.lng },
      },
    });
    await verifiedEmployer(backend, 'o-hr-pubei-2', undefined, { companyName: '浦北县顺发木业' });
    await post('otherCompanyWood', 'o-hr-pubei-2', {
      title: '木板分拣工',
      workplace: {
        region: { ...REGIONS.pubei },
        address: '福旺镇',
        location: { lat: PLACES.pubeiTown.lat + 0.18, lng: PLACES.pubeiTown.lng },
      },
    });
    await loginWorker(backend, 'o-worker-variety');
    const { items } = await backend.ok('o-worker-variety', 'job.recommend', {});
    // By distance alone the first company's 0, 5 and 12 km posts would all come before the other
    // company's 20 km one; the unverified company still comes after both verified ones.
    expect(items.map((c) => c._id)).toEqual([
      ids.nearWood,
      ids.otherCompanyWood,
      ids.fiveKmWood,
      ids.farWood,
      ids.unverifiedWood,
      ids.nearCleaning,
    ]);
  });

  test('a company’s near-duplicate posts show once; another company’s same title stays', async () => {
    // Runs after the ranking tests: it adds posts to the shared world.
    const taizhou = {
      region: { ...REGIONS.taizhou },
      address: '椒江区洪家街道',
      location: { ...PLACES.taizhouJiaojiang },
    };
    await post('shoesAgain', TAIZHOU_HR, {
      title: '鞋厂针车工（急招）',
      category: 'factory',
      workplace: taizhou,
      pay: { minYuan: 6000, maxYuan: 9000, unit: 'month' },
    });
    await post('shoesSpaced', TAIZHOU_HR, {
      title: '急招 鞋厂 针车工',
      category: 'factory',
      workplace: taizhou,
      pay: { minYuan: 6000, maxYuan: 8000, unit: 'month' },
    });
    await verifiedEmployer(backend, 'o-hr-taizhou-2', undefined, {
      companyName: '台州黄岩鞋服厂',
      region: { ...REGIONS.taizhou },
    });
    await post('otherShoes', 'o-hr-taizhou-2', {
      title: '鞋厂针车工',
      category: 'factory',
      workplace: taizhou,
      pay: { minYuan: 5500, maxYuan: 8000, unit: 'month' },
    });
    await loginWorker(backend, 'o-worker-taizhou-dups', {
      workArea: 'cities',
      cities: ['台州市'],
      categories: ['factory'],
    });
    const { items } = await backend.ok('o-worker-taizhou-dups', 'job.recommend', {});
    const copies = [ids.taizhouShoes, ids.shoesAgain, ids.shoesSpaced];
    expect(items).toHaveLength(2);
    expect(items.filter((c) => copies.includes(c._id))).toHaveLength(1);
    expect(items.map((c) => c._id)).toContain(ids.otherShoes);
    // Search still finds every copy.
    const found = await backend.ok('o-worker-taizhou-dups', 'job.search', { city: '台州市' });
    expect(found.items).toHaveLength(4);
  });

  test('bad input is refused', async () => {
    expect(
      (await backend.fail('o-visitor', 'job.recommend', { near: { lat: 200, lng: 0 } })).code,
    ).toBe('INVALID_INPUT');
    expect((await backend.fail('o-visitor', 'job.recommend', { cursor: 'eyJvIjotMX0' })).code).toBe(
      'INVALID_INPUT',
    );
  });
});
