import { Database } from '../../local-cloud/db/database';
import type { Doc } from '../../local-cloud/db/ejson';
import { asPoint, distanceMetres } from '../../local-cloud/db/geo';
import { newQuery } from '../../local-cloud/db/mingo-engine';

/**
 * The 2dsphere index (S2 cells in a B+tree) must give exactly what measuring every document
 * gives: the same documents, nearest first, ties in natural order; and region queries the same
 * matches as a scan.
 */
const indexes = {
  posts: [
    { name: 'location_2dsphere', keys: [{ name: 'location', direction: '2dsphere' as const }] },
    { name: 'status', keys: [{ name: 'status', direction: '1' as const }] },
  ],
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PUBEI: [number, number] = [109.556, 22.271];
let db: Database;
const rand = rng(7);

/** Every live post in natural order (what a scan sees). */
const natural = (): Doc[] => db.snapshot().posts;

function bruteNear(
  center: [number, number],
  filter: Doc,
  min = 0,
  max = Infinity,
): { _id: unknown; m: number }[] {
  const q = newQuery(filter);
  return natural()
    .map((d, i) => {
      const c = asPoint(d.location);
      return { d, i, m: c ? distanceMetres(c, center) : Infinity };
    })
    .filter((x) => x.m >= min && x.m <= max && x.m !== Infinity && q.test(x.d))
    .sort((a, b) => a.m - b.m || a.i - b.i)
    .map((x) => ({ _id: x.d._id, m: x.m }));
}

const near = (center: [number, number], min?: number, max?: number): Doc => ({
  location: {
    $nearSphere: {
      $geometry: { type: 'Point', coordinates: center },
      ...(min !== undefined ? { $minDistance: min } : {}),
      ...(max !== undefined ? { $maxDistance: max } : {}),
    },
  },
});

beforeAll(async () => {
  db = await Database.open({ indexes, strictIndexes: true, scanLimit: 100 });
  const docs: Doc[] = [];
  for (let i = 0; i < 4000; i++) {
    const clustered = i % 3 !== 0;
    const lng = clustered ? PUBEI[0] + (rand() - 0.5) * 0.6 : 73 + rand() * 62;
    const lat = clustered ? PUBEI[1] + (rand() - 0.5) * 0.6 : 18 + rand() * 35;
    docs.push({
      _id: `p${i}`,
      status: rand() < 0.8 ? 'published' : 'paused',
      pay: 3000 + Math.floor(rand() * 50) * 100,
      // Some posts share a place exactly: ties keep natural order.
      location:
        i % 17 === 0
          ? { type: 'Point', coordinates: PUBEI }
          : { type: 'Point', coordinates: [lng, lat] },
    });
  }
  docs.push({ _id: 'no-location', status: 'published', pay: 1 });
  docs.push({ _id: 'legacy-pair', status: 'published', location: [109.6, 22.3] });
  await db.insert('posts', docs);
  // Moves and deletes after the first build.
  for (let i = 1; i < 4000; i += 97) {
    await db.update({
      collection: 'posts',
      filter: { _id: `p${i}` },
      data: {
        $set: { location: { type: 'Point', coordinates: [PUBEI[0] + 0.01 * (i % 7), PUBEI[1]] } },
      },
      multi: false,
      merge: true,
      upsert: false,
    });
  }
  await db.remove('posts', { _id: { $in: ['p5', 'p34', 'p35', 'p1000'] } }, true);
});

afterAll(() => db.close());

const ids = (docs: Doc[]): unknown[] => docs.map((d) => d._id);

test.each([
  ['a limit of 20 near the cluster', PUBEI, {}, 0, 20],
  ['a filter, skip and limit', PUBEI, { status: 'published', pay: { $gte: 5000 } }, 7, 25],
  ['far from every post', [-60, -40] as [number, number], {}, 0, 10],
  ['across the antimeridian', [179.9, 0] as [number, number], { status: 'paused' }, 0, 15],
  ['a filter almost nothing matches', PUBEI, { pay: 7700, status: 'paused' }, 0, 30],
])(
  'nearest first, %s: the same documents and order as measuring every one',
  (_n, center, filter, offset, limit) => {
    const got = db.find({
      collection: 'posts',
      filter: { ...filter, ...near(center) },
      offset,
      limit,
    });
    const want = bruteNear(center, filter).slice(offset, offset + limit);
    expect(ids(got)).toEqual(want.map((w) => w._id));
  },
);

test('min and max distance bound the search exactly', () => {
  for (const [min, max] of [
    [0, 5000],
    [2000, 9000],
    [30_000, 30_000 * 4],
    [1_000_000, undefined],
  ] as [number, number | undefined][]) {
    const got = db.find({ collection: 'posts', filter: near(PUBEI, min, max), limit: 1000 });
    const want = bruteNear(PUBEI, {}, min, max).slice(0, 1000);
    expect(ids(got)).toEqual(want.map((w) => w._id));
  }
});

test('without a limit every located document comes back, nearest first', () => {
  const got = db.find({ collection: 'posts', filter: near([110, 30]) });
  expect(ids(got)).toEqual(bruteNear([110, 30], {}).map((w) => w._id));
  expect(db.count('posts', near([110, 30]))).toBe(bruteNear([110, 30], {}).length);
});

test('geoWithin a polygon and a circle match what a scan matches', () => {
  const polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [109.3, 22.1],
        [109.7, 22.05],
        [109.75, 22.4],
        [109.4, 22.35],
        [109.3, 22.1],
      ],
    ],
  };
  for (const cond of [
    { $geoWithin: { $geometry: polygon } },
    { $geoWithin: { $centerSphere: [PUBEI, 8000 / 6378100] } },
    { $geoIntersects: { $geometry: polygon } },
  ]) {
    const got = db.find({ collection: 'posts', filter: { location: cond }, limit: 5000 });
    const want = newQuery({ location: cond }).find(natural()).all();
    expect(ids(got)).toEqual(ids(want as Doc[]));
    expect(got.length).toBeGreaterThan(10);
  }
});

test('the geoNear aggregate stage stops at the pipeline limit with the same first results', () => {
  const list = db.aggregate('posts', [
    {
      $geoNear: {
        near: { type: 'Point', coordinates: PUBEI },
        key: 'location',
        distanceField: 'm',
        query: { status: 'published' },
      },
    },
    { $project: { _id: 1, m: 1 } },
    { $limit: 12 },
  ]);
  const want = bruteNear(PUBEI, { status: 'published' }).slice(0, 12);
  expect(list.map((d) => d._id)).toEqual(want.map((w) => w._id));
  list.forEach((d, i) => expect(d.m as number).toBeCloseTo(want[i].m, 6));
});

test('a page that ends inside a tie at one place: ties in natural order, and the next page from that distance goes on', () => {
  // About 235 posts stand exactly at PUBEI (every 17th); a page of 100 ends among them.
  const atPubei = bruteNear(PUBEI, {}).filter((w) => w.m === 0);
  expect(atPubei.length).toBeGreaterThan(150);
  const first = db.find({ collection: 'posts', filter: near(PUBEI), limit: 100 });
  expect(ids(first)).toEqual(atPubei.slice(0, 100).map((w) => w._id));
  // What job.search's distance cursor asks next: from the last distance shown, skipping those shown.
  const next = db.find({ collection: 'posts', filter: near(PUBEI, 0), offset: 100, limit: 100 });
  expect(ids(next)).toEqual(atPubei.slice(100, 200).map((w) => w._id));
});

test('a near search with a limit returns the nearest matches even when the nearest cells hold none', () => {
  // Only posts of one rare pay: the search must pass over the dense cells around the centre.
  const rare = { pay: 7700 };
  const want = bruteNear(PUBEI, rare).slice(0, 5);
  expect(want.length).toBe(5);
  const got = db.find({ collection: 'posts', filter: { ...rare, ...near(PUBEI) }, limit: 5 });
  expect(ids(got)).toEqual(want.map((w) => w._id));
});

test('a filter and a distance band together: only matching posts inside the band, nearest first, ties at one place in natural order', () => {
  for (const [filter, min, max, limit] of [
    [{ status: 'published' }, 0, 20_000, 300],
    [{ status: 'paused', pay: { $lt: 4000 } }, 5_000, 25_000, 40],
    [{ pay: 7700, status: 'paused' }, 0, 3_000, 10],
  ] as [Doc, number, number, number][]) {
    const got = db.find({
      collection: 'posts',
      filter: { ...filter, ...near(PUBEI, min, max) },
      limit,
    });
    const want = bruteNear(PUBEI, filter, min, max).slice(0, limit);
    expect(ids(got)).toEqual(want.map((w) => w._id));
    expect(db.count('posts', { ...filter, ...near(PUBEI, min, max) })).toBe(
      bruteNear(PUBEI, filter, min, max).length,
    );
  }
});
