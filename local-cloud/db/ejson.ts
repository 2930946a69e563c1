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
  return toEngineValue(EJSON.parse(text, { relaxed: true }), now);
}

const INT32_MIN = -2147483648;
const INT32_MAX = 0x7fffffff;
const INT64_MIN = -Math.pow(2, 63);
const INT64_MAX = Math.pow(2, 63) - 1;

/** A value bson's EJSON must serialise (a RegExp, a BSON type, anything not plain). */
class NotPlain extends Error {}

function numberWire(n: number): string {
  if (Number.isInteger(n) && !Object.is(n, -0)) {
    if (n >= INT32_MIN && n <= INT32_MAX) return `{"$numberInt":"${n}"}`;
    if (n >= INT64_MIN && n <= INT64_MAX) return `{"$numberLong":"${n}"}`;
  }
  return `{"$numberDouble":"${Object.is(n, -0) ? '-0.0' : String(n)}"}`;
}

/** Canonical EJSON of the values documents hold, exactly as bson writes it (tested against it). */
function plainWire(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return numberWire(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + plainWire(v[i]);
        return `${out}]`;
      }
      if (v instanceof Date) return `{"$date":{"$numberLong":"${v.getTime()}"}}`;
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new NotPlain();
      let out = '{';
      let first = true;
      for (const k of Object.keys(v)) {
        if (k === '__proto__') throw new NotPlain();
        out += `${first ? '' : ','}${JSON.stringify(k)}:${plainWire((v as Doc)[k])}`;
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
    return plainWire(doc);
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
    return EJSON.stringify(doc, { relaxed: false });
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
