import { BSONRegExp, EJSON } from 'bson';

export type Doc = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Turns relaxed-EJSON values into what the query engine compares: native numbers, Dates and
 * RegExps; `{$tcb_server_date: {offset}}` becomes the server time plus offset.
 */
export function toEngineValue(value: unknown, now: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => toEngineValue(v, now));
  if (value instanceof BSONRegExp) {
    const flags = value.options.replace(/[^imsu]/g, '');
    return new RegExp(value.pattern, flags);
  }
  if (value instanceof Date || value instanceof RegExp) return value;
  if (typeof value === 'object' && value !== null) {
    const bsontype = (value as { _bsontype?: string })._bsontype;
    if (bsontype === 'Long' || bsontype === 'Int32' || bsontype === 'Double') {
      return Number((value as { valueOf(): unknown }).valueOf());
    }
    if (bsontype === 'Decimal128') return Number(String(value));
    if (bsontype === 'ObjectId') return String((value as { toHexString(): string }).toHexString());
    if (!isPlainObject(value)) return value;
    const serverDate = value.$tcb_server_date as { offset?: number } | undefined;
    if (serverDate !== undefined && Object.keys(value).length === 1) {
      return new Date(now() + Number(serverDate?.offset ?? 0));
    }
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) out[k] = toEngineValue(v, now);
    return out;
  }
  return value;
}

/** Parses one EJSON string from the wire (relaxed) into engine values. */
export function parseWire(text: unknown, now: () => number): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text !== 'string') return toEngineValue(text, now);
  const fast = parsePlainWire(text, now);
  if (fast !== BSON_NEEDED) return fast;
  return toEngineValue(EJSON.parse(text, { relaxed: true }), now);
}

/** The keys bson's EJSON reads as a typed value (an object holding one is not plain data). */
const EJSON_KEYS = new Set([
  '$oid',
  '$binary',
  '$uuid',
  '$symbol',
  '$numberInt',
  '$numberDecimal',
  '$numberDouble',
  '$numberLong',
  '$minKey',
  '$maxKey',
  '$regex',
  '$options',
  '$regularExpression',
  '$timestamp',
  '$undefined',
  '$date',
  '$code',
  '$scope',
  '$ref',
  '$id',
  '$db',
  '$dbPointer',
]);

const BSON_NEEDED = Symbol('bson needed');

/** A value `plainValue` leaves to bson: the whole text is then parsed by bson. */
class BsonNeeded extends Error {}

/**
 * What the SDK sends most (plain JSON with `$numberInt`, `$numberDouble` and `$date` numbers or
 * strings), parsed by `JSON.parse` and one walk into engine values: the same values as bson's
 * `EJSON.parse` (relaxed) then `toEngineValue`, which cost a reviver call per value (the tests
 * compare the two). Anything else bson reads (a `$numberLong`, a regular expression, a key with
 * a NUL, `__proto__`) gives BSON_NEEDED.
 */
function parsePlainWire(text: string, now: () => number): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return BSON_NEEDED; // bson throws its own error for it
  }
  try {
    return plainValue(parsed, now);
  } catch (err) {
    if (err instanceof BsonNeeded) return BSON_NEEDED;
    throw err;
  }
}

/** Converts a fresh `JSON.parse` value in place, bottom-up as bson's reviver does. */
function plainValue(v: unknown, now: () => number): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = plainValue(v[i], now);
    return v;
  }
  const o = v as Doc;
  let typed = false;
  let count = 0;
  for (const k in o) {
    count++;
    if (k === '__proto__' || k.includes('\0')) throw new BsonNeeded();
    if (k.charCodeAt(0) === 0x24 && EJSON_KEYS.has(k)) typed = true;
    o[k] = plainValue(o[k], now);
  }
  if (typed) {
    if (count !== 1) throw new BsonNeeded();
    if (typeof o.$numberInt === 'string') return parseInt(o.$numberInt, 10);
    if (typeof o.$numberDouble === 'string') return parseFloat(o.$numberDouble);
    const date = o.$date;
    if (typeof date === 'number') return new Date(date);
    if (typeof date === 'string') return new Date(Date.parse(date));
    throw new BsonNeeded();
  }
  const serverDate = o.$tcb_server_date as { offset?: number } | undefined;
  if (serverDate !== undefined && count === 1) {
    return new Date(now() + Number(serverDate?.offset ?? 0));
  }
  return o;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 0x7fffffff;
const INT64_MIN = -Math.pow(2, 63);
const INT64_MAX = Math.pow(2, 63) - 1;

/** A value bson's EJSON must serialise (a RegExp, a BSON type, anything not plain). */
class NotPlain extends Error {}

/**
 * How text is quoted: plain JSON, or JSON inside a JSON string (what a reply's list of EJSON
 * documents is: each document's EJSON text, as a JSON string).
 */
interface Quoting {
  /** A quote mark. */
  q: string;
  /** A string value or key, quoted. */
  text(s: string): string;
}

/** Strings JSON.stringify writes as they are, between quotes. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

const PLAIN: Quoting = {
  q: '"',
  text: (s) => (VERBATIM.test(s) ? `"${s}"` : JSON.stringify(s)),
};

const NESTED: Quoting = {
  q: '\\"',
  text: (s) => (VERBATIM.test(s) ? `\\"${s}\\"` : JSON.stringify(JSON.stringify(s)).slice(1, -1)),
};

function numberWire(n: number, { q }: Quoting): string {
  if (Number.isInteger(n) && !Object.is(n, -0)) {
    if (n >= INT32_MIN && n <= INT32_MAX) return `{${q}$numberInt${q}:${q}${n}${q}}`;
    if (n >= INT64_MIN && n <= INT64_MAX) return `{${q}$numberLong${q}:${q}${n}${q}}`;
  }
  return `{${q}$numberDouble${q}:${q}${Object.is(n, -0) ? '-0.0' : String(n)}${q}}`;
}

/** Canonical EJSON of the values documents hold, exactly as bson writes it (tested against it). */
function plainWire(v: unknown, quoting: Quoting): string {
  switch (typeof v) {
    case 'string':
      return quoting.text(v);
    case 'number':
      return numberWire(v, quoting);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + plainWire(v[i], quoting);
        return `${out}]`;
      }
      const { q } = quoting;
      if (v instanceof Date) return `{${q}$date${q}:{${q}$numberLong${q}:${q}${v.getTime()}${q}}}`;
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new NotPlain();
      let out = '{';
      let first = true;
      for (const k of Object.keys(v)) {
        if (k === '__proto__') throw new NotPlain();
        out += `${first ? '' : ','}${quoting.text(k)}:${plainWire((v as Doc)[k], quoting)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new NotPlain();
  }
}

/**
 * Serialises a document as canonical EJSON, as the service answers: the plain values documents
 * hold directly (bson's EJSON.stringify cost a third of a 20-document query's time), anything
 * else through bson.
 */
export function toWire(doc: unknown): string {
  try {
    return plainWire(doc, PLAIN);
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
    return EJSON.stringify(doc, { relaxed: false });
  }
}

/** The reply form of stored documents, written when each is stored (see `keepWire`). */
const storedWire = new WeakMap<Doc, string>();

/**
 * Writes a stored document's reply form once, when it is stored: documents are read far more often
 * than written, and a stored document is never changed in place (an update stores a new object).
 */
export function keepWire(doc: Doc): void {
  if (storedWire.has(doc)) return; // stored again as it was (a rollback)
  try {
    // A join gives one flat string; a template gives a rope of the pieces, re-walked on every read.
    storedWire.set(doc, ['"', plainWire(doc, NESTED), '"'].join(''));
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
  }
}

/**
 * `JSON.stringify(toWire(doc))` in one pass: a document's EJSON as the JSON string a reply's
 * list holds (escaping the text after writing it cost as much again).
 */
export function toWireString(doc: unknown): string {
  const kept = storedWire.get(doc as Doc);
  if (kept !== undefined) return kept;
  try {
    return `"${plainWire(doc, NESTED)}"`;
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
    return JSON.stringify(toWire(doc));
  }
}

/** Deep copy of a stored value (plain objects, arrays, Dates, RegExps). */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clone(v) as unknown) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Doc = {};
    for (const [k, v] of Object.entries(value as Doc)) out[k] = clone(v);
    return out as T;
  }
  return value;
}

/** A stable key for an `_id` value (string or number ids). */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : `~${JSON.stringify(id)}`;
}
