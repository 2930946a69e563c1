import type { Doc } from '../../local-cloud/db/ejson';
import { newQuery } from '../../local-cloud/db/mingo-engine';
import { select } from '../../local-cloud/db/select';

/**
 * `select` projects plain top-level inclusions (what list queries send) without mingo's
 * projection pipeline; the result must be exactly mingo's: the same fields, values, key order
 * and shared values, after the same sort, skip and limit.
 */
const docs: Doc[] = [
  {
    _id: 'b',
    title: '普工',
    pay: { minYuan: 3000, unit: 'month' },
    tags: [1, 2],
    n: 2,
    u: undefined,
  },
  { title: '木工', _id: 'a', pay: null, n: 1, extra: { deep: { x: 1 } } },
  { _id: 'c', n: 3 },
  { title: '没有编号', n: 0 },
];

const byMingo = (
  projection: Doc,
  order?: Record<string, 1 | -1>,
  offset?: number,
  limit?: number,
) => {
  let cursor = newQuery({}).find(docs, projection as never);
  if (order) cursor = cursor.sort(order);
  if (offset) cursor = cursor.skip(offset);
  if (limit !== undefined) cursor = cursor.limit(limit);
  return cursor.all() as Doc[];
};

const projections: Doc[] = [
  { title: 1, pay: 1 },
  { title: true, pay: true, _id: true },
  { pay: 1, _id: 0 },
  { _id: false, n: true, missing: true },
  { u: 1, tags: 1, extra: 1 },
  // Not plain top-level inclusions: mingo projects these itself.
  { 'pay.minYuan': 1 },
  { title: 0 },
  { _id: 0 },
];

test.each(projections)('projection %j gives what mingo gives', (projection) => {
  for (const [order, offset, limit] of [
    [undefined, undefined, undefined],
    [undefined, 1, 2],
    [{ n: -1 } as const, undefined, 3],
    [{ n: 1 } as const, 1, undefined],
  ] as const) {
    const got = select(docs, { projection, order, offset, limit });
    const want = byMingo(projection, order, offset, limit);
    expect(got).toStrictEqual(want);
    expect(got.map((d) => Object.keys(d))).toEqual(want.map((d) => Object.keys(d)));
  }
});

test('projected values are the stored ones, not copies (as mingo shares them)', () => {
  const [first] = select(docs, { projection: { pay: 1 }, limit: 1 });
  expect(first.pay).toBe(docs[0].pay);
});
