import { EJSON } from 'bson';
import { inspect } from 'node:util';
import {
  keepWire,
  parseWire,
  toEngineValue,
  toWire,
  toWireString,
} from '../../local-cloud/db/ejson';

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

test('toWireString: JSON.stringify(toWire(doc)) byte for byte, plain and bson-written values', () => {
  const rand = rng(7);
  for (let i = 0; i < 2000; i++) {
    const doc = { _id: `id${i}`, v: value(rand, 0), w: value(rand, 1) };
    expect(toWireString(doc)).toBe(JSON.stringify(toWire(doc)));
  }
  for (const doc of [{ r: /浦北/i }, { d: new Date(NaN) }, { s: '\ud800 lone', 'a"b': 'c\\d' }]) {
    expect(toWireString(doc)).toBe(JSON.stringify(toWire(doc)));
  }
});

test('a stored document answers the text written when it was stored, the same as written fresh', () => {
  const rand = rng(11);
  for (let i = 0; i < 500; i++) {
    const doc = { _id: `id${i}`, v: value(rand, 0), w: value(rand, 1) };
    keepWire(doc);
    expect(toWireString(doc)).toBe(JSON.stringify(toWire(doc)));
  }
  const regexp = { r: /浦北/i };
  keepWire(regexp); // bson writes it: nothing kept, written at each read
  expect(toWireString(regexp)).toBe(JSON.stringify(toWire(regexp)));
});

/** What parseWire gave before its JSON.parse path: bson's relaxed EJSON, then engine values. */
const viaBson = (text: string, now: () => number): unknown =>
  toEngineValue(EJSON.parse(text, { relaxed: true }), now);

describe('parseWire reads what bson reads, to the same engine values', () => {
  const now = (): number => 1_700_000_000_000;
  test('2 000 random documents in canonical and relaxed EJSON', () => {
    const rand = rng(11);
    for (let i = 0; i < 2000; i++) {
      const doc = { _id: `id${i}`, v: value(rand, 0), w: value(rand, 1) };
      for (const text of [
        EJSON.stringify(doc, { relaxed: false }),
        EJSON.stringify(doc, { relaxed: true }),
      ]) {
        expect(parseWire(text, now)).toEqual(viaBson(text, now));
      }
    }
  });

  test.each([
    '{"_id":"a","taken":{"$lt":{"$numberInt":"1000000"}}}',
    '{"$inc":{"taken":{"$numberInt":"1"}}}',
    '{"n":{"$numberInt":"12.7"},"d":{"$numberDouble":"-0.0"},"x":{"$numberDouble":"NaN"}}',
    '{"at":{"$date":1700000000123},"iso":{"$date":"2026-12-03T10:00:00Z"},"bad":{"$date":"no"}}',
    '{"at":{"$date":{"$numberLong":"1700000000123"}},"big":{"$numberLong":"9007199254740993"}}',
    '{"r":{"$regularExpression":{"pattern":"浦","options":"i"}},"o":{"$oid":"0123456789abcdef01234567"}}',
    '{"u":{"$undefined":true},"n":{"$numberInt":"1","other":2},"z":{"$numberInt":null,"k":1}}',
    '{"t":{"$tcb_server_date":{"offset":{"$numberInt":"5000"}}},"s":{"$tcb_server_date":null}}',
    '{"ref":{"$ref":"jobs","$id":"a"},"opts":{"$options":"i"},"in":{"$in":[1,"a",null,[{"$numberDouble":"2.5"}]]}}',
    '[{"$numberInt":"3"},{"a":[{"$date":0}]}]',
    '{"__proto__":{"polluted":true},"a":1}',
    '"just a string"',
    '42',
  ])('%s', (text) => {
    // inspect tells an invalid Date, -0 and a bson class apart (toEqual finds two NaN dates unequal)
    expect(inspect(parseWire(text, now), { depth: null })).toBe(
      inspect(viaBson(text, now), { depth: null }),
    );
  });

  test('a key with a NUL and text that is not JSON fail as bson fails them', () => {
    for (const text of ['{"a\\u0000b":1}', '{"a":', "{'a':1}"]) {
      expect(() => viaBson(text, now)).toThrow();
      expect(() => parseWire(text, now)).toThrow(
        (() => {
          try {
            viaBson(text, now);
          } catch (err) {
            return (err as Error).message;
          }
          return '';
        })(),
      );
    }
  });
});
