import type { Doc } from '../../local-cloud/db/ejson';
import { compileFilter } from '../../local-cloud/db/fast-filter';
import { newQuery } from '../../local-cloud/db/mingo-engine';

/**
 * The plain test that near searches use for simple filters must decide every document exactly as
 * mingo (local-cloud's matcher) does: missing fields, null, mixed types, arrays, nested paths.
 */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rand = rng(11);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const SCALARS = [0, 1, 2, 3000, 4000, -1, 2.5, '', 'a', 'b', 'published', '4000', true, false];
const VALUES: unknown[] = [
  ...SCALARS,
  undefined,
  null,
  [1, 2],
  ['a', 'published'],
  [],
  [[1], 2],
  { c: 1 },
  { c: 'a' },
  { c: [1, 4000] },
  new Date(0),
];

function randomDoc(i: number): Doc {
  const doc: Doc = { _id: `d${i}` };
  for (const f of ['a', 'b', 'n']) {
    const v = pick(VALUES);
    if (v !== undefined || rand() < 0.5) doc[f] = v;
  }
  return doc;
}

const OPS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin'];
function randomCondition(): unknown {
  if (rand() < 0.3) return pick(SCALARS);
  const cond: Doc = {};
  for (let k = 1 + Math.floor(rand() * 2); k > 0; k--) {
    const op = pick(OPS);
    cond[op] = op === '$in' || op === '$nin' ? [pick(SCALARS), pick(SCALARS)] : pick(SCALARS);
  }
  return cond;
}
function randomFilter(): Doc {
  const filter: Doc = {};
  for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
    filter[pick(['a', 'b', 'n', 'a.c', 'b.c', 'missing.x'])] = randomCondition();
  }
  return filter;
}

/** Checks the fast filter against mingo on every document; how many it decided. */
function decideAsMingo(filter: Doc, docs: Doc[]): number {
  const fast = compileFilter(filter);
  expect(fast).toBeDefined();
  const query = newQuery(filter);
  for (const doc of docs) {
    const want = query.test(doc);
    if (fast?.(doc) !== want)
      throw new Error(`${JSON.stringify(filter)} on ${JSON.stringify(doc)}: mingo ${want}`);
  }
  return docs.length;
}

test('simple filters decide every document as mingo does', () => {
  const docs = Array.from({ length: 300 }, (_, i) => randomDoc(i));
  let decidedHere = 0;
  for (let f = 0; f < 300; f++) decidedHere += decideAsMingo(randomFilter(), docs);
  expect(decidedHere).toBe(300 * 300);
});

test('$all of scalars decides arrays of scalars, missing fields and null as mingo does', () => {
  const arrays: unknown[] = [
    ['meals', 'housing'],
    ['meals'],
    ['housing', 'meals', 'bonus'],
    [1, 'meals', true],
    [],
    [['meals'], 'housing'],
    [{ c: 'meals' }],
    'meals',
    null,
    undefined,
  ];
  const docs: Doc[] = arrays.flatMap((v, i) => [
    { _id: `t${i}`, benefits: v, n: i },
    { _id: `u${i}`, n: i },
    { _id: `v${i}`, nested: { benefits: v } },
    { _id: `w${i}`, nested: [{ benefits: v }] },
  ]);
  const filters: Doc[] = [
    { benefits: { $all: ['meals', 'housing'] } },
    { benefits: { $all: ['meals'] }, n: { $gte: 2 } },
    { benefits: { $all: [1, true] } },
    { 'nested.benefits': { $all: ['meals'] } },
    { benefits: { $all: ['meals', 'housing'] }, status: 'published' },
  ];
  let decidedHere = 0;
  for (const filter of filters) decidedHere += decideAsMingo(filter, docs);
  expect(decidedHere).toBe(filters.length * docs.length);
});

test.each([
  [{ $or: [{ a: 1 }] }],
  [{ a: { $all: [] } }],
  [{ a: { $all: [{ $elemMatch: { c: 1 } }] } }],
  [{ a: { $all: ['x'], $size: 1 } }],
  [{ a: { $regex: 'x' } }],
  [{ a: null }],
  [{ a: { $in: [null, 1] } }],
  [{ a: { $exists: true } }],
  [{ 'a.0': 1 }],
  [{ a: { c: 1 } }],
  [{ a: new Date(0) }],
  [{ a: { $gt: new Date(0) } }],
  [{ a: { $eq: Number.NaN } }],
])('%j is left to mingo', (filter) => {
  expect(compileFilter(filter as Doc)).toBeUndefined();
});
