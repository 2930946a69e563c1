import type { CollectionIndex, RangeBounds } from './collection-index';
import { idKey } from './ejson';

type AnyObject = Record<string, unknown>;

interface FieldCondition {
  equal?: unknown[];
  range?: RangeBounds;
}

export interface Plan {
  /** Candidate document keys, or undefined for a full scan. */
  candidates?: ReadonlySet<string>;
  /** Whether the candidates are already in natural order (one equality lookup). */
  natural?: boolean;
  index?: string;
}

const isScalar = (v: unknown): boolean =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date;

/** Top-level conditions an index can answer: equality, `$in` of scalars, and ranges. */
function conditions(
  filter: AnyObject,
  out = new Map<string, FieldCondition>(),
): Map<string, FieldCondition> {
  for (const [field, cond] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(cond)) {
      cond.forEach((c) => conditions(c as AnyObject, out));
      continue;
    }
    if (field.startsWith('$')) continue;
    const entry = out.get(field) ?? {};
    if (isScalar(cond)) {
      entry.equal = [cond];
    } else if (
      typeof cond === 'object' &&
      cond !== null &&
      !Array.isArray(cond) &&
      !(cond instanceof RegExp)
    ) {
      const c = cond as AnyObject;
      if ('$eq' in c && isScalar(c.$eq)) entry.equal = [c.$eq];
      if (Array.isArray(c.$in) && c.$in.length <= 1000 && c.$in.every(isScalar))
        entry.equal = c.$in;
      const range: RangeBounds = {};
      for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
        if (`$${op}` in c && isScalar(c[`$${op}`])) range[op] = c[`$${op}`];
      }
      if (Object.keys(range).length) entry.range = range;
    }
    if (entry.equal || entry.range) out.set(field, entry);
  }
  return out;
}

/** Picks the most selective usable index for a filter: full-key equality, then first-key equality, then range. */
export function plan(filter: AnyObject, indexes: CollectionIndex[]): Plan {
  const direct = planConditions(filter, indexes);
  if (direct.candidates) return direct;
  // `$or`: usable when every branch is (the union of the branches' candidates).
  if (Array.isArray(filter.$or) && filter.$or.length) {
    const branches = (filter.$or as AnyObject[]).map((b) => plan(b, indexes));
    if (branches.every((b) => b.candidates)) {
      const out = new Set<string>();
      branches.forEach((b) => b.candidates?.forEach((k) => out.add(k)));
      return { candidates: out, index: branches.map((b) => b.index).join(' | ') };
    }
  }
  return {};
}

/**
 * Candidates only when they are few by construction: `_id` equality, or every field of a unique
 * index fixed by equality (hash lookups, no range walks). A near search asks this first: a
 * broad equality (`status: 'published'`) would cost more to collect than the rings it replaces.
 */
export function planPointLookup(filter: AnyObject, indexes: CollectionIndex[]): Plan {
  const conds = conditions(filter);
  const ids = conds.get('_id')?.equal;
  if (ids) return { candidates: new Set(ids.map(idKey)), natural: ids.length === 1, index: '_id_' };
  const unique = indexes.find(
    (ix) => ix.unique && !ix.geo && ix.fields.every((f) => conds.get(f)?.equal),
  );
  if (!unique) return {};
  const values = unique.fields.map((f) => conds.get(f)?.equal ?? []);
  if (values.reduce((n, v) => n * v.length, 1) > 1000) return {};
  const { keys, natural } = unique.lookupEqual(values);
  return { candidates: keys, natural, index: unique.decl.name };
}

function planConditions(filter: AnyObject, indexes: CollectionIndex[]): Plan {
  const conds = conditions(filter);
  if (conds.size === 0) return {};
  const ids = conds.get('_id')?.equal;
  if (ids) return { candidates: new Set(ids.map(idKey)), natural: ids.length === 1, index: '_id_' };
  const usable = indexes.filter((ix) => !ix.geo);
  const full = usable
    .filter((ix) => ix.fields.every((f) => conds.get(f)?.equal))
    .sort((a, b) => Number(b.unique) - Number(a.unique) || b.fields.length - a.fields.length)[0];
  if (full) {
    const values = full.fields.map((f) => conds.get(f)?.equal ?? []);
    const combos = values.reduce((n, v) => n * v.length, 1);
    if (combos <= 1000) {
      const { keys, natural } = full.lookupEqual(values);
      return { candidates: keys, natural, index: full.decl.name };
    }
  }
  const firstEqual = usable.find((ix) => conds.get(ix.fields[0])?.equal);
  if (firstEqual) {
    const out = new Set<string>();
    for (const v of conds.get(firstEqual.fields[0])?.equal ?? []) {
      firstEqual.lookupRange({ gte: v, lte: v }).forEach((k) => out.add(k));
    }
    return { candidates: out, index: firstEqual.decl.name };
  }
  const ranged = usable.find((ix) => conds.get(ix.fields[0])?.range);
  if (ranged) {
    return {
      candidates: ranged.lookupRange(conds.get(ranged.fields[0])?.range ?? {}),
      index: ranged.decl.name,
    };
  }
  return {};
}

export interface OrderedPlan {
  index: CollectionIndex;
  /** Values of the leading index fields the filter fixes by equality. */
  prefix: unknown[];
  /** Walk the index backwards (the sort is the index order exactly reversed). */
  reverse: boolean;
  /** How many sort fields the index orders (a trailing `_id` tie-break is left to the sort). */
  sortWidth: number;
}

/**
 * An index that yields documents already in the requested order: its leading fields fixed by
 * single-value equality conditions of the filter, then the sort fields in index order (or exactly
 * reversed). Chosen only when the prefix covers every equality condition of the filter (otherwise
 * a hash lookup on those fields is likely narrower); the longest such prefix wins, then the index
 * that orders more of the sort.
 *
 * A trailing `_id` in the sort (the usual tie-break of keyset paging) is best in the index too
 * (`{status: 1, pay: -1, _id: -1}`, as MongoDB needs to stop at the limit without a blocking
 * sort): then the walk stops right after the last document needed. An index without it still
 * serves: the walk collects every document tied with the last one needed on the other sort
 * fields, and the final sort orders those ties by `_id`.
 */
export function planOrdered(
  filter: AnyObject,
  order: Record<string, unknown>,
  indexes: CollectionIndex[],
): OrderedPlan | undefined {
  const requested = Object.keys(order);
  const trailingId = requested.length > 1 && requested[requested.length - 1] === '_id';
  const sortLists = trailingId ? [requested, requested.slice(0, -1)] : [requested];
  if (requested.length === 0) return undefined;
  const conds = conditions(filter);
  if (conds.get('_id')?.equal) return undefined;
  const single = (f: string): boolean => conds.get(f)?.equal?.length === 1;
  const equalFields = [...conds].filter(([, c]) => c.equal).map(([f]) => f);
  let best: OrderedPlan | undefined;
  for (const sortFields of sortLists) {
    const sortDirs = sortFields.map((f) => (order[f] === -1 ? -1 : order[f] === 1 ? 1 : 0));
    if (sortDirs.includes(0)) continue;
    for (const ix of indexes) {
      if (!ix.walkable) continue;
      // Without an equality prefix a filter may match few documents far apart: only for no
      // filter (otherwise the usual plan, and its scan check, applies).
      for (
        let k = Object.keys(filter).length ? 1 : 0;
        k + sortFields.length <= ix.fields.length;
        k++
      ) {
        if (k > 0 && !single(ix.fields[k - 1])) break;
        const prefixFields = ix.fields.slice(0, k);
        if (!equalFields.every((f) => prefixFields.includes(f) || sortFields.includes(f))) continue;
        if (!sortFields.every((f, j) => ix.fields[k + j] === f)) continue;
        const same = sortDirs.every((d, j) => d === ix.directions[k + j]);
        const opposite = sortDirs.every((d, j) => d === -ix.directions[k + j]);
        if (!same && !opposite) continue;
        const better =
          !best ||
          k > best.prefix.length ||
          (k === best.prefix.length && sortFields.length > best.sortWidth);
        if (better) {
          best = {
            index: ix,
            prefix: prefixFields.map((f) => conds.get(f)?.equal?.[0]),
            reverse: !same,
            sortWidth: sortFields.length,
          };
        }
      }
    }
  }
  return best;
}
