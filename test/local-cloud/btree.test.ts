import { BTree } from '../../local-cloud/db/btree';
import { compareValues, sortKey } from '../../local-cloud/db/value-order';

/** A small deterministic PRNG, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const num = (a: number, b: number): number => a - b;

describe('BTree', () => {
  test('random inserts and deletes keep the items sorted and distinct (checked against an array)', () => {
    const rand = rng(7);
    const tree = new BTree<number>(num);
    const model = new Set<number>();
    for (let step = 0; step < 20_000; step++) {
      const v = Math.floor(rand() * 3000);
      if (rand() < 0.6) {
        expect(tree.insert(v)).toBe(!model.has(v));
        model.add(v);
      } else {
        expect(tree.delete(v)).toBe(model.has(v));
        model.delete(v);
      }
      if (step % 997 === 0) {
        expect(tree.toArray()).toEqual([...model].sort(num));
        expect(tree.size).toBe(model.size);
      }
    }
    expect(tree.toArray()).toEqual([...model].sort(num));
  });

  test('seekFirst / seekLast find the bounds; walks go both ways', () => {
    const tree = new BTree<number>(num);
    const values = Array.from({ length: 5000 }, (_, i) => i * 2); // 0, 2, ..., 9998
    // Insert in a scrambled order.
    for (let i = 0; i < values.length; i++) tree.insert(values[(i * 7919) % values.length]);
    const take = (it: Iterable<number>, n: number): number[] => {
      const out: number[] = [];
      for (const v of it) {
        if (out.length === n) break;
        out.push(v);
      }
      return out;
    };
    for (const probe of [-5, 0, 1, 2, 777, 4321, 9998, 9999, 20000]) {
      const first = tree.seekFirst((v) => v >= probe);
      const expectedFirst = values.filter((v) => v >= probe).slice(0, 3);
      expect(take(tree.walk(first), 3)).toEqual(expectedFirst);
      const last = tree.seekLast((v) => v <= probe);
      const expectedLast = values
        .filter((v) => v <= probe)
        .reverse()
        .slice(0, 3);
      expect(take(tree.walk(last, true), 3)).toEqual(expectedLast);
    }
    expect(take(tree.walk(tree.edge(true), true), 2)).toEqual([9998, 9996]);
  });

  test('emptying the tree and filling it again', () => {
    const tree = new BTree<number>(num);
    for (let i = 0; i < 3000; i++) tree.insert(i);
    for (let i = 0; i < 3000; i++) expect(tree.delete(i)).toBe(true);
    expect(tree.size).toBe(0);
    expect(tree.toArray()).toEqual([]);
    expect(tree.edge()).toBeUndefined();
    for (let i = 3000; i > 0; i--) tree.insert(i);
    expect(tree.toArray()).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    expect([...tree.walk(tree.seekFirst((v) => v > 2998))]).toEqual([2999, 3000]);
  });
});

describe('sortKey', () => {
  const values: unknown[] = [
    undefined,
    null,
    Number.NaN,
    -Infinity,
    -1e300,
    -2.5,
    -1,
    -0,
    0,
    1e-300,
    1,
    2.5,
    10,
    1e300,
    Infinity,
    '',
    '\u0000',
    '\u0000a',
    '\u0001',
    'a',
    'a\u0000',
    'ab',
    'b',
    '浦北县',
    '资中县',
    { a: 1 },
    { a: 2 },
    false,
    true,
    new Date(-5000),
    new Date(0),
    new Date(1_700_000_000_000),
  ];
  const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

  test('string order of keys is compareValues order, reversed when descending', () => {
    for (const a of values) {
      for (const b of values) {
        const want = sign(compareValues(a, b));
        expect([a, b, cmp(sortKey(a), sortKey(b))]).toEqual([a, b, want]);
        expect([a, b, cmp(sortKey(a, true), sortKey(b, true))]).toEqual([
          a,
          b,
          want === 0 ? 0 : -want,
        ]);
      }
    }
  });

  test('no key is a proper prefix of another (compound keys concatenate safely)', () => {
    for (const desc of [false, true]) {
      const keys = values.map((v) => sortKey(v, desc));
      for (const a of keys) {
        for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false);
      }
    }
  });
});
