import { EJSON } from 'bson';
import { toWire } from '../../local-cloud/db/ejson';

/** toWire writes documents itself: byte for byte what bson's canonical EJSON writes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  -2.5,
  1e21,
  1e-7,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  5300,
  109.556,
];
const STRINGS = ['', '浦北县', 'a"b\\c', '\u0000\u001f\u2028', '😀 工友', '$notAnOperator', '__x'];

function value(rand: () => number, depth: number): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.35) {
    const kind = Math.floor(rand() * 6);
    if (kind === 0) return NUMBERS[Math.floor(rand() * NUMBERS.length)];
    if (kind === 1) return STRINGS[Math.floor(rand() * STRINGS.length)];
    if (kind === 2) return rand() < 0.5;
    if (kind === 3) return null;
    if (kind === 4) return new Date(Math.floor(rand() * 4e12) - 1e12);
    return undefined;
  }
  if (pick < 0.6)
    return Array.from({ length: Math.floor(rand() * 4) }, () => value(rand, depth + 1));
  const doc: Record<string, unknown> = {};
  for (let i = 0; i < Math.floor(rand() * 5); i++) {
    doc[rand() < 0.2 ? String(Math.floor(rand() * 10)) : `k${Math.floor(rand() * 20)}`] = value(
      rand,
      depth + 1,
    );
  }
  return doc;
}

test('2 000 random documents: the same text as EJSON.stringify(canonical)', () => {
  const rand = rng(42);
  for (let i = 0; i < 2000; i++) {
    const doc = { _id: `id${i}`, v: value(rand, 0), w: value(rand, 1) };
    expect(toWire(doc)).toBe(EJSON.stringify(doc, { relaxed: false }));
  }
});

test('values bson must write (a RegExp, an invalid Date) still come out as bson writes them', () => {
  for (const doc of [{ r: /浦北/i }, { d: new Date(NaN) }, { n: [new Date(0), /x/m] }]) {
    expect(toWire(doc)).toBe(EJSON.stringify(doc, { relaxed: false }));
  }
});
