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

/** Serialises a document as canonical EJSON, as the service answers. */
export function toWire(doc: unknown): string {
  return EJSON.stringify(doc, { relaxed: false });
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
