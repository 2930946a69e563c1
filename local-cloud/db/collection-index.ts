import { CloudError } from './cloud-error';
import type { Doc } from './ejson';
import type { IndexDeclaration } from './index-declarations';
import { compareValues, equalityKey, getPath } from './value-order';

interface SortedEntry {
  value: unknown;
  docKey: string;
}

export interface RangeBounds {
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
}

const fieldValues = (doc: Doc, path: string): unknown[] => {
  const v = getPath(doc, path);
  if (Array.isArray(v)) return v.length ? v : [undefined];
  return [v];
};

/**
 * One declared index: a hash of the full key (unique checks, equality lookups) and an array sorted
 * by the first field (range lookups). A 2dsphere index is only a marker that allows geo queries.
 */
export class CollectionIndex {
  readonly fields: string[];
  readonly geo: boolean;
  private readonly hash = new Map<string, Set<string>>();
  private readonly sorted: SortedEntry[] = [];

  constructor(
    readonly collection: string,
    readonly decl: IndexDeclaration,
  ) {
    this.fields = decl.keys.map((k) => k.name);
    this.geo = decl.keys.some((k) => k.direction === '2dsphere');
  }

  get unique(): boolean {
    return this.decl.unique === true;
  }

  private fullKeys(doc: Doc): string[] {
    let keys = [''];
    for (const field of this.fields) {
      const values = fieldValues(doc, field).map(equalityKey);
      keys = keys.flatMap((prefix) => values.map((v) => `${prefix}\u0000${v}`));
    }
    return [...new Set(keys)];
  }

  private firstValues(doc: Doc): unknown[] {
    return [...new Set(fieldValues(doc, this.fields[0]))];
  }

  private bound(value: unknown, docKey: string, upper: boolean): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const e = this.sorted[mid];
      let c = compareValues(e.value, value);
      if (c === 0) c = e.docKey < docKey ? -1 : e.docKey > docKey ? 1 : 0;
      if (c < 0 || (upper && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Throws E11000 when `doc` would duplicate another document's key. */
  checkUnique(docKey: string, doc: Doc, ignore?: (otherKey: string) => boolean): void {
    if (!this.unique || this.geo) return;
    for (const key of this.fullKeys(doc)) {
      const holders = this.hash.get(key);
      if (!holders) continue;
      for (const other of holders) {
        if (other !== docKey && !(ignore && ignore(other))) {
          const dup = this.fields.map((f) => `${f}: ${JSON.stringify(getPath(doc, f) ?? null)}`);
          throw new CloudError(
            'DATABASE_REQUEST_FAILED',
            `E11000 duplicate key error collection: ${this.collection} index: ${this.decl.name} dup key: { ${dup.join(', ')} }`,
          );
        }
      }
    }
  }

  add(docKey: string, doc: Doc): void {
    if (this.geo) return;
    for (const key of this.fullKeys(doc)) {
      let set = this.hash.get(key);
      if (!set) this.hash.set(key, (set = new Set()));
      set.add(docKey);
    }
    for (const value of this.firstValues(doc)) {
      this.sorted.splice(this.bound(value, docKey, false), 0, { value, docKey });
    }
  }

  remove(docKey: string, doc: Doc): void {
    if (this.geo) return;
    for (const key of this.fullKeys(doc)) {
      const set = this.hash.get(key);
      set?.delete(docKey);
      if (set && set.size === 0) this.hash.delete(key);
    }
    for (const value of this.firstValues(doc)) {
      const i = this.bound(value, docKey, false);
      if (this.sorted[i]?.docKey === docKey) this.sorted.splice(i, 1);
    }
  }

  /** Documents whose key equals one of the combinations of `valuesPerField`. */
  lookupEqual(valuesPerField: unknown[][]): Set<string> {
    let keys = [''];
    for (const values of valuesPerField) {
      keys = keys.flatMap((prefix) => values.map((v) => `${prefix}\u0000${equalityKey(v)}`));
    }
    const out = new Set<string>();
    for (const key of keys) this.hash.get(key)?.forEach((k) => out.add(k));
    return out;
  }

  /** Documents whose first field lies in the bounds (a superset across types; mingo re-checks). */
  lookupRange(bounds: RangeBounds): Set<string> {
    const lower = bounds.gte ?? bounds.gt;
    const upper = bounds.lte ?? bounds.lt;
    let i = lower === undefined ? 0 : this.bound(lower, '', false);
    const out = new Set<string>();
    for (; i < this.sorted.length; i++) {
      const e = this.sorted[i];
      if (upper !== undefined && compareValues(e.value, upper) > 0) break;
      out.add(e.docKey);
    }
    return out;
  }
}
