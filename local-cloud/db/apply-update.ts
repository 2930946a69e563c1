import { CloudError } from './cloud-error';
import { clone, type Doc } from './ejson';
import { updateInPlace } from './mingo-engine';
import { checkStorableUpdate } from './storable';

const isOperatorUpdate = (data: Doc): boolean => Object.keys(data).some((k) => k.startsWith('$'));

/**
 * The SDK sends `_.addToSet({ each: [...] })` as `{ $addToSet: { f: { each: [...] } } }`; the
 * service reads it as `$each`.
 */
function withAddToSetEach(data: Doc): Doc {
  const add = data.$addToSet as Doc | undefined;
  if (!add || typeof add !== 'object') return data;
  let fixed: Doc | undefined;
  for (const [field, v] of Object.entries(add)) {
    const keys = v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
    if (keys.length === 1 && keys[0] === 'each' && Array.isArray((v as Doc).each)) {
      (fixed ??= { ...add })[field] = { $each: (v as Doc).each };
    }
  }
  return fixed ? { ...data, $addToSet: fixed } : data;
}

/** A top-level field name that reads as itself (no path, operator or `_id`). */
const TOP_LEVEL_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `{ $inc: { field: n, … } }` on top-level fields that hold numbers or are missing (a counter, the
 * commonest update) exactly as mingo's `$inc` does it — `o[k] ||= 0; o[k] += n`, changed when the
 * value differs — without building mingo's options and update paths per call. Undefined for
 * anything else (mingo decides, and refuses what it refuses).
 */
function incTopLevel(doc: Doc, data: Doc): { doc: Doc; changed: boolean } | undefined {
  const keys = Object.keys(data);
  if (keys.length !== 1 || keys[0] !== '$inc') return undefined;
  const inc = data.$inc;
  if (typeof inc !== 'object' || inc === null || Object.getPrototypeOf(inc) !== Object.prototype)
    return undefined;
  const fields = Object.keys(inc);
  if (fields.length === 0) return undefined;
  for (const f of fields) {
    const by = (inc as Doc)[f];
    const v = doc[f];
    if (f === '_id' || !TOP_LEVEL_FIELD.test(f)) return undefined;
    if (typeof by !== 'number' || Number.isNaN(by)) return undefined;
    if (v !== undefined && (typeof v !== 'number' || Number.isNaN(v))) return undefined;
  }
  const next = clone(doc);
  let changed = false;
  for (const f of fields) {
    const previous = next[f] as number | undefined;
    const value = (previous || 0) + ((inc as Doc)[f] as number);
    next[f] = value;
    if (value !== previous) changed = true;
  }
  checkStorableUpdate(next);
  return { doc: next, changed };
}

/**
 * Applies an update to a copy of `doc`: operators (`$set`, `$inc`, `$push`, ...) through mingo when
 * `merge`, otherwise a replacement that keeps `_id`. Returns the new document and whether it changed.
 */
export function applyUpdate(doc: Doc, data: Doc, merge: boolean): { doc: Doc; changed: boolean } {
  const counted = merge ? incTopLevel(doc, data) : undefined;
  if (counted) return counted;
  if (!merge || !isOperatorUpdate(data)) {
    if (!merge) {
      const next: Doc = { _id: doc._id, ...clone(data) };
      next._id = doc._id;
      checkStorableUpdate(next);
      return { doc: next, changed: JSON.stringify(next) !== JSON.stringify(doc) };
    }
    data = { $set: data };
  }
  const next = clone(doc);
  let changed: string[];
  try {
    changed = updateInPlace(next, withAddToSetEach(data));
  } catch (err) {
    throw new CloudError('DATABASE_REQUEST_FAILED', `invalid update: ${(err as Error).message}`);
  }
  if (next._id !== doc._id && JSON.stringify(next._id) !== JSON.stringify(doc._id)) {
    throw new CloudError(
      'DATABASE_REQUEST_FAILED',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  checkStorableUpdate(next);
  return { doc: next, changed: changed.length > 0 };
}

/** The document an upsert starts from: the filter's plain equality fields. */
export function upsertBase(filter: Doc): Doc {
  const base: Doc = {};
  for (const [k, v] of Object.entries(filter)) {
    if (k.startsWith('$') || k.includes('.')) continue;
    if (
      typeof v === 'object' &&
      v !== null &&
      !(v instanceof Date) &&
      Object.keys(v).some((x) => x.startsWith('$'))
    ) {
      continue;
    }
    base[k] = clone(v);
  }
  return base;
}
