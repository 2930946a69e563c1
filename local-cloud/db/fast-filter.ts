import type { Doc } from './ejson';
import { newQuery } from './mingo-engine';

/**
 * The filters list queries send most (field equal to a value, `$ne`, `$in`, `$nin`, `$gt`,
 * `$gte`, `$lt`, `$lte` on strings, numbers and booleans, `$all` of such values alone on a field,
 * fields ANDed) as a plain JavaScript test, with mingo's results (the tests compare the two over
 * mixed documents). A near search or a walk tests every document it reads, and mingo's general
 * matcher cost most of that time.
 *
 * Only documents whose tested values are scalars (or missing or null) are decided here, and for
 * `$all` an array of scalars (or missing or null); any other value (an object, a date, a nested
 * array), or a path through an array, goes to mingo, so its array and type rules stay mingo's.
 */

type Scalar = string | number | boolean;
type Check = (v: Scalar | null | undefined) => boolean;
/** `$all` of scalars: decides an array of scalars, a missing field or null; else undefined. */
type ArrayCheck = (v: unknown) => boolean | undefined;

const OPS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte']);

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v));

/** mingo's comparisons: only values of the same type compare, by JavaScript's `<` and `>`. */
function compareCheck(op: string, o: Scalar): Check {
  const t = typeof o;
  switch (op) {
    case '$gt':
      return (v) => typeof v === t && (v as Scalar) > o;
    case '$gte':
      return (v) => typeof v === t && (v as Scalar) >= o;
    case '$lt':
      return (v) => typeof v === t && (v as Scalar) < o;
    default:
      return (v) => typeof v === t && (v as Scalar) <= o;
  }
}

function checkOf(op: string, operand: unknown): Check | undefined {
  if (op === '$in' || op === '$nin') {
    if (!Array.isArray(operand) || !operand.every(isScalar)) return undefined;
    const values = new Set<unknown>(operand);
    return op === '$in' ? (v) => values.has(v) : (v) => !values.has(v);
  }
  if (!isScalar(operand)) return undefined;
  if (op === '$eq') return (v) => v === operand;
  if (op === '$ne') return (v) => v !== operand;
  return compareCheck(op, operand);
}

/** A path's segments, or undefined for what plain property reads would get wrong. */
function segmentsOf(path: string): string[] | undefined {
  const parts = path.split('.');
  const plain = parts.every(
    (p) => p !== '' && !p.startsWith('$') && !/^\d+$/.test(p) && !(p in {}),
  );
  return plain ? parts : undefined;
}

const UNDECIDED = Symbol('undecided');

/** The value at a path when it is a scalar, missing or null; UNDECIDED for anything else. */
function scalarAt(doc: Doc, parts: string[]): Scalar | null | undefined | typeof UNDECIDED {
  const v = valueAt(doc, parts);
  if (v === undefined || v === null || isScalar(v)) return v;
  return UNDECIDED;
}

/**
 * A test for `filter`, or undefined when the filter holds anything but the conditions above
 * (then the caller uses mingo).
 */
export function compileFilter(filter: Doc): ((doc: Doc) => boolean) | undefined {
  const fields: { parts: string[]; checks: Check[] }[] = [];
  const arrayFields: { parts: string[]; check: ArrayCheck }[] = [];
  for (const [path, cond] of Object.entries(filter)) {
    const parts = segmentsOf(path);
    if (!parts) return undefined;
    const all = allCheck(cond);
    if (all) {
      arrayFields.push({ parts, check: all });
      continue;
    }
    const checks: Check[] = [];
    if (isScalar(cond)) checks.push((v) => v === cond);
    else if (typeof cond === 'object' && cond !== null && !Array.isArray(cond)) {
      const entries = Object.entries(cond);
      if (entries.length === 0 || Object.getPrototypeOf(cond) !== Object.prototype)
        return undefined;
      for (const [op, operand] of entries) {
        const check = OPS.has(op) ? checkOf(op, operand) : undefined;
        if (!check) return undefined;
        checks.push(check);
      }
    } else return undefined;
    fields.push({ parts, checks });
  }
  let mingo: { test(doc: Doc): boolean } | undefined;
  return (doc) => {
    for (const { parts, checks } of fields) {
      const v = scalarAt(doc, parts);
      if (v === UNDECIDED) return (mingo ??= newQuery(filter)).test(doc);
      for (const check of checks) if (!check(v)) return false;
    }
    for (const { parts, check } of arrayFields) {
      const decided = check(valueAt(doc, parts));
      if (decided === undefined) return (mingo ??= newQuery(filter)).test(doc);
      if (!decided) return false;
    }
    return true;
  };
}

/** `{ $all: [scalars…] }` (nothing else on the field) as a check, or undefined. */
function allCheck(cond: unknown): ArrayCheck | undefined {
  if (typeof cond !== 'object' || cond === null || Object.getPrototypeOf(cond) !== Object.prototype)
    return undefined;
  const keys = Object.keys(cond);
  const wanted = (cond as Doc).$all;
  if (keys.length !== 1 || !Array.isArray(wanted) || !wanted.length || !wanted.every(isScalar))
    return undefined;
  return (v) => {
    if (v === undefined || v === null) return false;
    if (!Array.isArray(v) || !v.every(isScalar)) return undefined;
    return wanted.every((w) => v.includes(w));
  };
}

/** The value at a path without crossing an array (UNDECIDED then), or undefined when missing. */
function valueAt(doc: Doc, parts: string[]): unknown {
  let v: unknown = doc;
  for (const part of parts) {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype)
      return UNDECIDED;
    v = (v as Doc)[part];
  }
  return v;
}
