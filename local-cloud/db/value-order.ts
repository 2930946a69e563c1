/** BSON-like ordering of scalar values, used by sorted index entries. */
function typeRank(v: unknown): number {
  if (v === null || v === undefined) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (typeof v === 'object' && !(v instanceof Date)) return 4;
  if (typeof v === 'boolean') return 8;
  if (v instanceof Date) return 9;
  return 10;
}

/** A total order on numbers: NaN first (as MongoDB sorts it). */
function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a < b ? -1 : 1;
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (a instanceof Date && b instanceof Date) return compareNumbers(a.getTime(), b.getTime());
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** An equality key: values that MongoDB treats as equal get the same key (1 and 1.0, Dates by time). */
export function equalityKey(v: unknown): string {
  if (v === undefined || v === null) return 'z';
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (v instanceof Date) return `d${v.getTime()}`;
  return `o${JSON.stringify(v)}`;
}

/** Reads a dotted field path; returns undefined when a step is missing. */
export function getPath(doc: unknown, path: string): unknown {
  if (!path.includes('.')) {
    return doc !== null && typeof doc === 'object'
      ? (doc as Record<string, unknown>)[path]
      : undefined;
  }
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** A fixed-width string that sorts as the number does (NaN first, -0 as 0). */
function numberKey(v: number): string {
  if (Number.isNaN(v)) return '0';
  f64[0] = v === 0 ? 0 : v;
  // Little-endian: u32[1] holds the sign and exponent.
  let hi = u32[1];
  let lo = u32[0];
  if (hi & 0x80000000) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
  } else {
    hi = (hi | 0x80000000) >>> 0;
  }
  return `1${hex8(hi)}${hex8(lo)}`;
}

/** Escapes \u0000 and \u0001 and ends with \u0000: prefix-free, order-preserving. */
// eslint-disable-next-line no-control-regex -- the escape exists for exactly these characters
const CONTROL_CHARS = /[\u0000\u0001]/g;
const stringKey = (s: string): string =>
  `${s.replace(CONTROL_CHARS, (c) => `\u0001${String.fromCharCode(c.charCodeAt(0) + 1)}`)}\u0000`;

/**
 * A string key of a value: comparing keys as strings orders values exactly as `compareValues`
 * does, and no key is a prefix of another. With `descending`, the key sorts in reverse.
 */
export function sortKey(v: unknown, descending = false): string {
  let key: string;
  if (v === undefined || v === null) key = '1';
  else if (typeof v === 'number') key = `2${numberKey(v)}`;
  else if (typeof v === 'string') key = `3${stringKey(v)}`;
  else if (typeof v === 'boolean') key = v ? '81' : '80';
  else if (v instanceof Date) key = `9${numberKey(v.getTime())}`;
  else if (typeof v === 'object') key = `4${stringKey(JSON.stringify(v))}`;
  else key = `a${stringKey(String(v))}`;
  if (!descending) return key;
  let out = '';
  for (let i = 0; i < key.length; i++) out += String.fromCharCode(0xffff - key.charCodeAt(i));
  return out;
}
