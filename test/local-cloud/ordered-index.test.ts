import { Database } from '../../local-cloud/db/database';
import type { Doc } from '../../local-cloud/db/ejson';
import { newQuery } from '../../local-cloud/db/mingo-engine';
import { CollectionIndex } from '../../local-cloud/db/collection-index';
import { planOrdered } from '../../local-cloud/db/query-planner';

/**
 * Sorted, limited queries answered by walking an index must give exactly what sorting every match
 * gives (mingo's stable sort over natural order: ties in insertion order).
 */
const indexes = {
  jobs: [
    {
      name: 'status_publishedAt',
      keys: [
        { name: 'status', direction: '1' as const },
        { name: 'publishedAt', direction: '-1' as const },
      ],
    },
    {
      name: 'county_status_publishedAt',
      keys: [
        { name: 'region.county', direction: '1' as const },
        { name: 'status', direction: '1' as const },
        { name: 'publishedAt', direction: '-1' as const },
      ],
    },
    { name: 'pay', keys: [{ name: 'pay', direction: '1' as const }] },
  ],
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let db: Database;
let natural: Doc[];

/** What the engine gave before index walks: every match in natural order, sorted by mingo. */
function expected(
  filter: Doc,
  order: Record<string, 1 | -1>,
  offset: number,
  limit: number,
): Doc[] {
  let cursor = newQuery(filter).find(natural).sort(order);
  if (offset) cursor = cursor.skip(offset);
  return cursor.limit(limit).all() as Doc[];
}

beforeAll(async () => {
  db = await Database.open({ indexes, strictIndexes: true, scanLimit: 100 });
  const rand = rng(11);
  const docs: Doc[] = [];
  for (let i = 0; i < 3000; i++) {
    const pick = rand();
    docs.push({
      _id: `j${i}`,
      n: i,
      status: ['published', 'paused', 'closed'][i % 3],
      region: { county: ['浦北县', '资中县', '慈利县'][Math.floor(rand() * 3)] },
      // Few distinct values: many ties. Some missing or null; a few strings among numbers.
      ...(pick < 0.05
        ? {}
        : { publishedAt: pick < 0.1 ? null : new Date(Math.floor(rand() * 40) * 1000) }),
      pay: pick > 0.97 ? `面议${i % 2}` : 3000 + Math.floor(rand() * 20) * 100,
    });
  }
  await db.insert('jobs', docs);
  // Updates and deletes move entries in the index; a replaced document keeps its natural place.
  for (let i = 0; i < 3000; i += 7) {
    await db.update({
      collection: 'jobs',
      filter: { _id: `j${i}` },
      data: { $set: { publishedAt: new Date(5000), status: 'published' } },
      multi: false,
      merge: true,
      upsert: false,
    });
  }
  for (let i = 3; i < 3000; i += 11) await db.remove('jobs', { _id: `j${i}` }, false);
  natural = db.find({ collection: 'jobs', limit: 10_000 });
});

afterAll(() => db.close());

const cases: [string, Doc, Record<string, 1 | -1>][] = [
  ['status, publishedAt desc (index order)', { status: 'published' }, { publishedAt: -1 }],
  ['status, publishedAt asc (reversed)', { status: 'published' }, { publishedAt: 1 }],
  [
    'county + status with a range on another field',
    { 'region.county': '资中县', status: 'paused', n: { $gte: 500 } },
    { publishedAt: -1 },
  ],
  ['no filter, pay asc with mixed types', {}, { pay: 1 }],
  ['no filter, pay desc', {}, { pay: -1 }],
  ['_.and form', { $and: [{ status: 'closed' }, { pay: { $lt: 4000 } }] }, { publishedAt: -1 }],
  // Keyset paging's tie-break: `_id` is not in the index; the ties are sorted after the walk.
  ['status, publishedAt desc, _id desc', { status: 'published' }, { publishedAt: -1, _id: -1 }],
  ['status, publishedAt desc, _id asc', { status: 'published' }, { publishedAt: -1, _id: 1 }],
  ['no filter, pay asc, _id desc', {}, { pay: 1, _id: -1 }],
];

describe.each(cases)('%s', (_name, filter, order) => {
  test.each([
    [0, 20],
    [0, 1],
    [7, 13],
    [100, 100],
    [990, 50],
    [0, 5000],
  ])('offset %i limit %i', (offset, limit) => {
    const got = db.find({ collection: 'jobs', filter, order, offset, limit });
    expect(got.map((d) => d._id)).toEqual(expected(filter, order, offset, limit).map((d) => d._id));
  });
});

test('a document with an array on an indexed field turns the walk off and results stay right', async () => {
  await db.insert('jobs', [
    { _id: 'multi', status: ['published', 'paused'], publishedAt: new Date(7000) },
  ]);
  natural = db.find({ collection: 'jobs', limit: 10_000 });
  const filter = { status: 'published' };
  const got = db.find({ collection: 'jobs', filter, order: { publishedAt: -1 }, limit: 30 });
  expect(got.map((d) => d._id)).toEqual(
    expected(filter, { publishedAt: -1 }, 0, 30).map((d) => d._id),
  );
});

test('a trailing _id tie-break still walks the index; _id alone or first does not', () => {
  const [statusPublished] = indexes.jobs.map((decl) => new CollectionIndex('jobs', decl));
  const filter = { status: 'published' };
  const walk = planOrdered(filter, { publishedAt: -1, _id: -1 }, [statusPublished!]);
  expect(walk).toMatchObject({ prefix: ['published'], reverse: false, sortWidth: 1 });
  expect(planOrdered(filter, { publishedAt: 1, _id: 1 }, [statusPublished!])?.reverse).toBe(true);
  expect(planOrdered(filter, { _id: -1 }, [statusPublished!])).toBeUndefined();
  expect(planOrdered(filter, { _id: -1, publishedAt: -1 }, [statusPublished!])).toBeUndefined();
});

/**
 * Keyset paging by pay: `status` fixed, sorted by pay then `_id`, both descending, with an `$all`
 * on an array field and a date range the index does not hold. With `_id` in the index the walk
 * stops right after the last document the page needs (MongoDB needs the same index to avoid a
 * blocking sort); without it, every post tied on the last pay is read and sorted.
 */
describe('an index with the _id tie-break: {status: 1, pay: -1, _id: -1}', () => {
  const payIndexes = {
    jobs: [
      {
        name: 'status_pay',
        keys: [
          { name: 'status', direction: '1' as const },
          { name: 'pay', direction: '-1' as const },
        ],
      },
      {
        name: 'status_pay_id',
        keys: [
          { name: 'status', direction: '1' as const },
          { name: 'pay', direction: '-1' as const },
          { name: '_id', direction: '-1' as const },
        ],
      },
    ],
  };
  const BENEFITS = ['meals', 'housing', 'insurance', 'bonus'];
  const order = { pay: -1, _id: -1 } as const;
  const bothBenefits = {
    status: 'published',
    validUntil: { $gte: '2026-12-03' },
    benefits: { $all: ['meals', 'housing'] },
  };
  let payDb: Database;
  let all: Doc[];

  beforeAll(async () => {
    payDb = await Database.open({ indexes: payIndexes, strictIndexes: true, scanLimit: 100 });
    const rand = rng(29);
    const docs: Doc[] = [];
    for (let i = 0; i < 4000; i++) {
      docs.push({
        // Unpadded ids: 'p10' sorts before 'p9', as strings do.
        _id: `p${Math.floor(rand() * 1e9)}`,
        status: i % 5 === 0 ? 'paused' : 'published',
        // Six pay levels: hundreds of posts tied on each.
        pay: 3000 + Math.floor(rand() * 6) * 1000,
        benefits: BENEFITS.filter(() => rand() < 0.4),
        validUntil: i % 9 === 0 ? '2026-11-30' : '2027-01-02',
      });
    }
    await payDb.insert('jobs', docs);
    all = payDb.find({ collection: 'jobs', limit: 10_000 });
  });

  afterAll(() => payDb.close());

  const sorted = (filter: Doc): Doc[] => newQuery(filter).find(all).sort(order).all() as Doc[];

  test('the planner prefers the index that holds the _id tie-break', () => {
    const [withoutId, withId] = payIndexes.jobs.map((decl) => new CollectionIndex('jobs', decl));
    const walk = planOrdered(bothBenefits, order, [withoutId!, withId!]);
    expect(walk?.index.decl.name).toBe('status_pay_id');
    expect(walk).toMatchObject({ prefix: ['published'], reverse: false, sortWidth: 2 });
  });

  test.each([
    [0, 21],
    [0, 1],
    [13, 21],
    [200, 50],
  ])('offset %i limit %i: the page sorting every match gives', (offset, limit) => {
    const got = payDb.find({ collection: 'jobs', filter: bothBenefits, order, offset, limit });
    const want = sorted(bothBenefits).slice(offset, offset + limit);
    expect(want.length).toBe(limit);
    expect(got.map((d) => d._id)).toEqual(want.map((d) => d._id));
  });

  test('the walk stops at the last document the page needs', () => {
    const limit = 21;
    const explain = payDb.explain({ collection: 'jobs', filter: bothBenefits, order, limit });
    // The published posts in index order, up to the 21st that also has both benefits.
    const published = sorted({ status: 'published' });
    const matches = new Set(sorted(bothBenefits).map((d) => d._id));
    let seen = 0;
    const upTo = published.findIndex((d) => matches.has(d._id) && ++seen === limit);
    expect(explain).toEqual({ index: 'status_pay_id', ordered: true, examined: upTo + 1 });
    // Hundreds of posts share each pay: the index without _id reads the last one's whole tie.
    expect(upTo + 1).toBeLessThan(published.length / 10);
  });

  test('keyset pages (after the last shown pay and _id) join up with no post twice or missing', () => {
    const pages: string[] = [];
    let last: Doc | undefined;
    for (let n = 0; n < 6; n++) {
      const filter = last
        ? {
            $and: [
              bothBenefits,
              { $or: [{ pay: { $lt: last.pay } }, { pay: last.pay, _id: { $lt: last._id } }] },
            ],
          }
        : bothBenefits;
      const page = payDb.find({ collection: 'jobs', filter, order, limit: 40 });
      pages.push(...page.map((d) => d._id as string));
      last = page[page.length - 1];
    }
    expect(pages).toEqual(
      sorted(bothBenefits)
        .slice(0, 240)
        .map((d) => d._id),
    );
  });
});

test('explain names the plan of an unsorted find and counts what it examined', () => {
  const filter = { status: 'paused', 'region.county': '浦北县' };
  const explain = db.explain({ collection: 'jobs', filter, limit: 5 });
  // No index has both fields first: the first whose leading field the filter fixes gives every
  // paused post (a multikey status counts when it holds 'paused').
  const paused = natural.filter((d) =>
    Array.isArray(d.status) ? d.status.includes('paused') : d.status === 'paused',
  );
  expect(explain).toEqual({ index: 'status_publishedAt', ordered: false, examined: paused.length });
});
