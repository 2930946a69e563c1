/**
 * The dashboard's 返岗直达 figures (server/stats/sources/trips.ts): needs registered by the people
 * of a place (by the day they can leave), the trips leaving from it, the seats booked and who
 * boarded, by destination and by the place one level down; counted by the database.
 */
import type { DashboardView } from '../../miniprogram/shared/index';
import { ADMIN, ADMIN_ZIZHONG } from '../fixtures/backend/harness';
import { loginAdmin } from '../fixtures/backend/flows';
import { REGIONS } from '../fixtures';
import { CADRE, phoneOf, startTripWorld, type TripWorld } from './trips-world';

jest.setTimeout(180_000);

/** The world's clock is Saturday 2026-11-21 10:00: 本周 is 11-16 … 11-21. */
const TODAY = '2026-11-21';
const NEXT_WEEK = '2026-11-24';

let w: TripWorld;

const sourceOf = (view: DashboardView) => view.sources.find((s) => s.key === 'trips');
const figureOf = (view: DashboardView, key: string): number | undefined =>
  sourceOf(view)?.figures.find((f) => f.key === key)?.value;
const tableOf = (view: DashboardView, key: string) =>
  sourceOf(view)?.tables.find((t) => t.key === key);

/** A worker of 资中 registering a need leaving on `day`. */
async function need(i: number, day: string, people: number, city: string, town = '太平镇') {
  const openid = `o-stats-trips-${i}`;
  await w.worker(openid, `老乡${i}`, phoneOf(500 + i));
  await w.need(openid, {
    name: `老乡${i}`,
    phone: phoneOf(500 + i),
    from: { ...REGIONS.zizhong, town, village: town === '太平镇' ? '庆荣村' : '银山村' },
    to: { city },
    earliestDay: day,
    people,
  });
  return openid;
}

beforeAll(async () => {
  w = await startTripWorld();
  await loginAdmin(w.b, ADMIN_ZIZHONG);
  await loginAdmin(w.b, ADMIN);
  // This week: 太平镇 2 + 1 people, 银山镇 3 people; one withdrawn need is not counted.
  const first = await need(1, TODAY, 2, '台州');
  await need(2, TODAY, 1, '嘉兴');
  // Registered on Monday, to leave on Tuesday.
  const now = w.clock.now;
  w.clock.now = now - 5 * 86_400_000;
  await need(3, '2026-11-17', 3, '台州', '银山镇');
  w.clock.now = now;
  const gone = await need(4, TODAY, 4, '台州');
  const { need: goneNeed } = await w.b.ok(gone, 'travel.myNeed', {});
  await w.b.ok(gone, 'travel.withdrawNeed', { needId: goneNeed!._id });
  // Next week's need is not in 本周.
  await need(5, NEXT_WEEK, 5, '台州');

  // Today's bus to 台州: the first worker books and boards, a villager is booked by the cadre.
  const { tripId } = await w.trip({
    day: TODAY,
    time: '20:00',
    pickups: [{ name: '太平镇政府门口', time: '19:30', location: { lat: 29.6612, lng: 104.8863 } }],
  });
  const mine = await w.b.ok(first, 'trip.book', {
    tripId,
    pickupId: 'p1',
    name: '老乡1',
    phone: phoneOf(501),
  });
  await w.b.ok(CADRE, 'trip.proxyBook', {
    tripId,
    pickupId: 'p1',
    name: '王德贵',
    village: '庆荣村',
  });
  await w.b.ok(CADRE, 'trip.board', { tripId, bookingId: mine._id });
  // A trip called off today is not counted, nor its booking.
  const off = await w.trip({
    day: TODAY,
    time: '21:00',
    title: '资中→嘉兴返岗直达大巴',
    to: { ...(await w.tripDoc(tripId))!.to, city: '嘉兴', location: { lat: 30.77, lng: 120.71 } },
    pickups: [{ name: '太平镇政府门口', time: '20:30', location: { lat: 29.6612, lng: 104.8863 } }],
  });
  await w.b.ok(CADRE, 'trip.proxyBook', {
    tripId: off.tripId,
    pickupId: 'p1',
    name: '赵老汉',
    village: '庆荣村',
  });
  await w.b.ok(CADRE, 'trip.cancel', { tripId: off.tripId, reason: '厂里推迟开工' });
  // Next week's bus, booked: not in 本周.
  const later = await w.trip({ day: NEXT_WEEK });
  await w.b.ok(CADRE, 'trip.proxyBook', {
    tripId: later.tripId,
    pickupId: 'p1',
    name: '钱大姐',
    village: '庆荣村',
  });
});
afterAll(() => w?.b.stop());

test('the county admin sees people registered, trips, seats booked and boarded, each with its words', async () => {
  const view = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
  expect(view.period).toMatchObject({ from: '2026-11-16', to: TODAY });
  const source = sourceOf(view)!;
  expect(source.title).toBe('返岗直达');
  expect(source.figures.map((f) => [f.key, f.value])).toEqual([
    ['people', 6],
    ['needs', 3],
    ['trips', 1],
    ['booked', 2],
    ['boarded', 1],
  ]);
  for (const f of source.figures) expect(f.words.length).toBeGreaterThan(4);
});

test('by destination and by town: who wants to go where, and what was sent', async () => {
  const view = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
  const dest = tableOf(view, 'trips.byDestination')!;
  expect(dest.columns).toEqual(['城市', '登记人数', '车次', '订座', '上车']);
  expect(dest.rows).toEqual([
    { label: '台州', values: [5, 1, 2, 1] },
    { label: '嘉兴', values: [1, 0, 0, 0] },
  ]);
  const byTown = tableOf(view, 'trips.byPlace')!;
  expect(byTown.columns[0]).toBe('乡镇');
  expect(byTown.rows).toEqual([
    { label: '太平镇', values: [3, 1, 2, 1] },
    { label: '银山镇', values: [3, 0, 0, 0] },
  ]);
  const list = tableOf(view, 'trips.list')!;
  expect(list.rows).toEqual([{ label: '11月21日 资中→台州返岗直达大巴', values: [45, 2, 1] }]);
  expect(view.children).toEqual(expect.arrayContaining(['太平镇', '银山镇']));
});

test('the weekly trend: people by the day they leave, seats by the departure day', async () => {
  const view = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
  const trend = sourceOf(view)!.trends[0]!;
  expect(trend.key).toBe('trips.weekly');
  expect(trend.weeks.slice(-1)).toEqual(['2026-11-16']);
  expect(trend.series.map((s) => [s.key, s.values.slice(-2)])).toEqual([
    ['people', [0, 6]],
    ['booked', [0, 2]],
  ]);
});

test('drilling into 太平镇 shows its people by village; a village is deeper than trips know', async () => {
  const town = await w.b.ok(CADRE, 'stats.dashboard', {});
  expect(town.place).toMatchObject({ name: '太平镇', level: 'town' });
  expect(figureOf(town, 'people')).toBe(3);
  expect(figureOf(town, 'booked')).toBe(2);
  expect(tableOf(town, 'trips.byPlace')!.rows).toEqual([{ label: '庆荣村', values: [3, 0, 0, 0] }]);
  const village = await w.b.ok(CADRE, 'stats.dashboard', { place: { village: '庆荣村' } });
  expect(sourceOf(village)).toBeUndefined();
});

test('next week is counted in its own week; another county sees none of it', async () => {
  const now = w.clock.now;
  w.clock.now = now + 6 * 86_400_000;
  try {
    const next = await w.b.ok(ADMIN_ZIZHONG, 'stats.dashboard', {});
    expect(next.period.from).toBe('2026-11-23');
    expect(figureOf(next, 'people')).toBe(5);
    expect(figureOf(next, 'trips')).toBe(1);
    expect(figureOf(next, 'booked')).toBe(1);
  } finally {
    w.clock.now = now;
  }
  const pubei = await w.b.ok(ADMIN, 'stats.dashboard', {});
  expect(figureOf(pubei, 'people')).toBe(0);
  expect(figureOf(pubei, 'trips')).toBe(0);
});
