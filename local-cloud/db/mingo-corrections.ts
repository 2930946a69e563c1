/**
 * Where mingo (7.x) differs from MongoDB's documented behaviour, the correction, one operator at
 * a time; each is checked against MongoDB's documented result in test/local-cloud/conformance.
 * Kept apart so that a mingo upgrade that fixes one can drop it.
 */
import { createRequire } from 'node:module';
import { CloudError } from './cloud-error';

type AnyObject = Record<string, unknown>;
/** mingo's evaluation options, passed through untouched. */
type Options = unknown;
type ExpressionOperator = (obj: AnyObject, expr: unknown, options: Options) => unknown;

// mingo's subpath types need a newer moduleResolution than this repo's; the shape used is small.
const load = createRequire(__filename);
const { evalExpr } = load('mingo/core') as {
  evalExpr(obj: AnyObject, expr: unknown, options: Options): unknown;
};
const { Lazy } = load('mingo/lazy') as { Lazy(source: unknown[]): unknown };
const evaluate = (obj: AnyObject, expr: unknown, options: Options): unknown =>
  evalExpr(obj, expr, options);

const fail = (message: string): never => {
  throw new CloudError('DATABASE_REQUEST_FAILED', message);
};

const isInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/**
 * `$substr` / `$substrBytes` (MongoDB): a negative start gives "", a negative length means "to
 * the end of the string"; mingo refuses both.
 */
function substrBytes(original: ExpressionOperator, name: string): ExpressionOperator {
  return (obj, expr, options) => {
    if (!Array.isArray(expr) || expr.length !== 3) return fail(`${name} expects an array of 3`);
    const [s, start, length] = evaluate(obj, expr, options) as [unknown, unknown, unknown];
    if (s === null || s === undefined) return '';
    if (typeof s !== 'string') return fail(`${name}: the first argument must be a string`);
    if (!isInteger(start) || !isInteger(length))
      return fail(`${name}: start and length must be integers`);
    if (start < 0) return '';
    const bytes = Buffer.byteLength(s);
    const count = length < 0 ? Math.max(0, bytes - start) : length;
    return original(obj, [{ $literal: s }, start, count], options);
  };
}

/**
 * `$indexOfCP` (MongoDB 3.4, missing in mingo): the code-point index of the first occurrence of
 * a substring in `string[start:end]`, -1 when there is none; null for a null or missing string.
 */
const indexOfCP: ExpressionOperator = (obj, expr, options) => {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4)
    return fail('$indexOfCP expects 2 to 4 arguments');
  const [s, sub, start = 0, end] = evaluate(obj, expr, options) as unknown[];
  if (s === null || s === undefined) return null;
  if (typeof s !== 'string') return fail('$indexOfCP requires a string as the first argument');
  if (typeof sub !== 'string') return fail('$indexOfCP requires a string as the second argument');
  if (!isInteger(start) || start < 0)
    return fail('$indexOfCP requires a non-negative integer as the starting index');
  if (end !== undefined && (!isInteger(end) || end < 0))
    return fail('$indexOfCP requires a non-negative integer as the ending index');
  const points = Array.from(s);
  const stop = end === undefined ? points.length : Math.min(end as number, points.length);
  if (start > stop) return -1;
  const window = points.slice(start, stop).join('');
  const at = window.indexOf(sub);
  return at < 0 ? -1 : start + Array.from(window.slice(0, at)).length;
};

/**
 * `$week` (MongoDB follows strftime %U): weeks start on Sunday, the days before the year's first
 * Sunday are week 0. mingo counts one more.
 */
function week(dayOfYear: ExpressionOperator, dayOfWeek: ExpressionOperator): ExpressionOperator {
  return (obj, expr, options) => {
    const doy = dayOfYear(obj, expr, options);
    const dow = dayOfWeek(obj, expr, options);
    if (typeof doy !== 'number' || typeof dow !== 'number') return null;
    // doy 1..366, dow 1 (Sunday)..7: %U = floor((yday0 + 7 - wday0) / 7).
    return Math.floor((doy - 1 + 7 - (dow - 1)) / 7);
  };
}

/** `$gt`/`$gte`/`$lt`/`$lte` compare values of different types in BSON order (mingo: false). */
function comparison(cmp: ExpressionOperator, test: (c: number) => boolean): ExpressionOperator {
  return (obj, expr, options) => {
    const c = cmp(obj, expr, options);
    return typeof c === 'number' ? test(c) : c;
  };
}

/** `$arrayElemAt` past either end gives no value, so `$project` leaves the field out. */
function arrayElemAt(original: ExpressionOperator): ExpressionOperator {
  return (obj, expr, options) => {
    const [array, index] = evaluate(obj, expr, options) as [unknown, unknown];
    if (Array.isArray(array) && isInteger(index)) {
      const at = index < 0 ? array.length + index : index;
      if (at < 0 || at >= array.length) return undefined;
    }
    return original(obj, expr, options);
  };
}

/** `$arrayToObject: [ <array> ]` takes its input as the one argument (mingo read the list itself). */
function arrayToObject(original: ExpressionOperator): ExpressionOperator {
  return (obj, expr, options) =>
    Array.isArray(expr) && expr.length === 1
      ? original(obj, expr[0], options)
      : original(obj, expr, options);
}

/** `$indexOfBytes`: a UTF-8 byte index, searching `string[start:end]` in bytes (mingo: code units). */
const indexOfBytes: ExpressionOperator = (obj, expr, options) => {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4)
    return fail('$indexOfBytes expects 2 to 4 arguments');
  const [s, sub, start = 0, end] = evaluate(obj, expr, options) as unknown[];
  if (s === null || s === undefined) return null;
  if (typeof s !== 'string') return fail('$indexOfBytes requires a string as the first argument');
  if (typeof sub !== 'string')
    return fail('$indexOfBytes requires a string as the second argument');
  if (!isInteger(start) || start < 0)
    return fail('$indexOfBytes requires a non-negative integer as the starting index');
  if (end !== undefined && (!isInteger(end) || end < 0))
    return fail('$indexOfBytes requires a non-negative integer as the ending index');
  const bytes = Buffer.from(s);
  const stop = end === undefined ? bytes.length : Math.min(end as number, bytes.length);
  if (start > stop) return -1;
  const at = bytes.subarray(0, stop).indexOf(Buffer.from(sub), start);
  return at;
};

/** `$trunc` also takes a bare number (MongoDB before 4.2's `[number, place]`). */
function trunc(original: ExpressionOperator): ExpressionOperator {
  return (obj, expr, options) => {
    if (Array.isArray(expr) && expr.length === 2) return original(obj, expr, options);
    const n = evaluate(obj, Array.isArray(expr) ? expr[0] : expr, options);
    if (n === null || n === undefined) return null;
    if (typeof n !== 'number') return fail('$trunc only supports numeric types');
    return Math.trunc(n);
  };
}

/** The ISO 8601 week and week-numbering year of a calendar date (the week holding its Thursday). */
function isoWeekOf(year: number, month: number, day: number): { week: number; year: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const isoDay = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - isoDay);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { week, year: weekYear };
}

/** `$isoWeek` / `$isoWeekYear` near New Year (mingo gave 2027 for 2027-01-01, a Friday of 2026's week 53). */
function isoWeekPart(
  part: 'week' | 'year',
  year: ExpressionOperator,
  month: ExpressionOperator,
  day: ExpressionOperator,
): ExpressionOperator {
  return (obj, expr, options) => {
    const y = year(obj, expr, options);
    const m = month(obj, expr, options);
    const d = day(obj, expr, options);
    if (typeof y !== 'number' || typeof m !== 'number' || typeof d !== 'number') return null;
    return isoWeekOf(y, m, d)[part];
  };
}

const unsupported =
  (name: string, why: string): ExpressionOperator =>
  () =>
    fail(`${name} is not supported by local-cloud: ${why}`);

/** Expression operators replacing or adding to mingo's. */
export function expressionCorrections(mingo: Record<string, unknown>): AnyObject {
  const op = (name: string): ExpressionOperator => mingo[name] as ExpressionOperator;
  return {
    $substr: substrBytes(op('$substrBytes'), '$substr'),
    $substrBytes: substrBytes(op('$substrBytes'), '$substrBytes'),
    $indexOfCP: indexOfCP,
    $week: week(op('$dayOfYear'), op('$dayOfWeek')),
    $isoWeek: isoWeekPart('week', op('$year'), op('$month'), op('$dayOfMonth')),
    $isoWeekYear: isoWeekPart('year', op('$year'), op('$month'), op('$dayOfMonth')),
    $gt: comparison(op('$cmp'), (c) => c > 0),
    $gte: comparison(op('$cmp'), (c) => c >= 0),
    $lt: comparison(op('$cmp'), (c) => c < 0),
    $lte: comparison(op('$cmp'), (c) => c <= 0),
    $arrayElemAt: arrayElemAt(op('$arrayElemAt')),
    $arrayToObject: arrayToObject(op('$arrayToObject')),
    $indexOfBytes: indexOfBytes,
    $trunc: trunc(op('$trunc')),
    $meta: unsupported('$meta', 'there is no text index'),
  };
}

const hasFieldKeys = (cond: unknown): boolean =>
  typeof cond === 'object' &&
  cond !== null &&
  !Array.isArray(cond) &&
  Object.keys(cond).some((k) => !k.startsWith('$'));

/** Only an embedded document (not a scalar, not an array) can meet field conditions. */
const IS_DOCUMENT = { $eq: [{ $type: '$$CURRENT' }, 'object'] };

function onlyDocuments(cond: AnyObject): AnyObject {
  return {
    ...cond,
    $expr: cond.$expr === undefined ? IS_DOCUMENT : { $and: [cond.$expr, IS_DOCUMENT] },
  };
}

/**
 * Query rewrites: `$elemMatch` with field conditions matches embedded documents only (MongoDB);
 * mingo also lets a scalar element through (`[1, 2]` matched `{$elemMatch: {x: 1}}`).
 */
export function correctQuery(filter: unknown): unknown {
  if (Array.isArray(filter)) {
    let changed = false;
    const out = filter.map((f) => {
      const c = correctQuery(f);
      if (c !== f) changed = true;
      return c;
    });
    return changed ? out : filter;
  }
  if (
    typeof filter !== 'object' ||
    filter === null ||
    filter instanceof Date ||
    filter instanceof RegExp
  )
    return filter;
  let out: AnyObject | undefined;
  for (const [k, v] of Object.entries(filter)) {
    if (k in REFUSED_TOP_LEVEL) fail(REFUSED_TOP_LEVEL[k]);
    let next = correctQuery(v);
    if (k === '$elemMatch' && hasFieldKeys(next)) {
      next = onlyDocuments(next as AnyObject);
    }
    if (next !== v) (out ??= { ...(filter as AnyObject) })[k] = next;
  }
  return out ?? filter;
}

/** Values at a path, array elements included (one level, as a query operator sees them). */
function valuesAt(doc: unknown, path: string): unknown[] {
  let cur: unknown[] = [doc];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (Array.isArray(v)) {
        for (const el of v) {
          if (typeof el === 'object' && el !== null && part in el)
            next.push((el as AnyObject)[part]);
        }
      } else if (typeof v === 'object' && v !== null && part in v)
        next.push((v as AnyObject)[part]);
    }
    cur = next;
  }
  return cur.flatMap((v) => (Array.isArray(v) ? [v, ...v] : [v]));
}

/** `$mod: [divisor, remainder]` tests numbers only, their decimal part dropped (mingo also matched "3"). */
const mod =
  (selector: string, spec: unknown) =>
  (obj: AnyObject): boolean => {
    if (!Array.isArray(spec) || spec.length !== 2) fail('$mod needs an array [divisor, remainder]');
    const [divisor, remainder] = (spec as number[]).map(Math.trunc);
    if (!divisor) fail('$mod divisor cannot be 0');
    return valuesAt(obj, selector).some(
      (v) => typeof v === 'number' && Number.isFinite(v) && Math.trunc(v) % divisor === remainder,
    );
  };

/** Query operators replacing mingo's, or refused (instead of mingo's partial support). */
export const queryCorrections: AnyObject = {
  $mod: mod,
  $jsonSchema: () => fail('$jsonSchema is not supported by local-cloud'),
};

/** Top-level query operators refused wherever they appear. */
const REFUSED_TOP_LEVEL: Record<string, string> = {
  $text: '$text is not supported by local-cloud: there is no text index',
  $where: '$where is not supported by CloudBase',
};

type Stage = (collection: unknown, expr: unknown, options: Options) => unknown;

/**
 * `$bucket` as MongoDB documents it: a `$group` on the bucket each value falls in, by `[lower,
 * upper)` boundaries, then sorted by bucket (mingo put a value equal to a boundary one bucket low).
 */
function bucket(group: Stage, sort: Stage): Stage {
  return (collection, expr, options) => {
    const spec = expr as {
      groupBy: unknown;
      boundaries: unknown[];
      default?: unknown;
      output?: AnyObject;
    };
    const { groupBy, boundaries } = spec;
    if (!Array.isArray(boundaries) || boundaries.length < 2)
      fail('$bucket needs at least two boundaries');
    const branches = boundaries.slice(0, -1).map((lower, i) => ({
      case: {
        $and: [
          { $gte: [groupBy, { $literal: lower }] },
          { $lt: [groupBy, { $literal: boundaries[i + 1] }] },
        ],
      },
      then: { $literal: lower },
    }));
    const id = {
      $switch: {
        branches,
        default:
          spec.default === undefined
            ? { $literal: { $bucketOutOfRange: true } }
            : { $literal: spec.default },
      },
    };
    const grouped = group(
      collection,
      { _id: id, ...(spec.output ?? { count: { $sum: 1 } }) },
      options,
    ) as Iterable<AnyObject>;
    const out = [...grouped];
    if (out.some((d) => (d._id as AnyObject | null)?.$bucketOutOfRange)) {
      fail('$bucket could not find a matching branch for an input, and no default was specified');
    }
    return sort(Lazy(out), { _id: 1 }, options);
  };
}

/**
 * `$sample` as MongoDB runs it on a small collection (a random sort, then the first `size`):
 * distinct documents; mingo drew with replacement and could return one document twice.
 */
const sample: Stage = (collection, expr) => {
  const size = (expr as { size?: unknown }).size;
  if (!isInteger(size) || size < 0) fail('$sample size must be a non-negative integer');
  const docs = [...(collection as Iterable<unknown>)];
  const n = Math.min(size as number, docs.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(Math.random() * (docs.length - i));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  return Lazy(docs.slice(0, n));
};

/** Pipeline stages replacing mingo's, or refused: they would write or report what it does not keep. */
export function stageCorrections(mingo: Record<string, unknown>): AnyObject {
  const refused = Object.fromEntries(
    ['$out', '$merge', '$collStats', '$indexStats', '$currentOp', '$listSessions'].map((name) => [
      name,
      () => fail(`${name} is not supported by local-cloud`),
    ]),
  );
  return {
    ...refused,
    $bucket: bucket(mingo.$group as Stage, mingo.$sort as Stage),
    $sample: sample,
  };
}
