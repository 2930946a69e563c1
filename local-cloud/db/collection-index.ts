import { CloudError } from './cloud-error';
import type { Doc } from './ejson';
import type { IndexDeclaration } from './index-declarations';
import { compareValues, equalityKey, getPath } from './value-order';

interface SortedEntry {
  value: unknown;
  docKey: string;
}

const entryKey = (e: SortedEntry): string => `${equalityKey(e.value)}\u0000${e.docKey}`;
const SETTLE_AT = 1024;

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
  /** Entries sorted by (first field value, document key). */
  private sorted: SortedEntry[] = [];
  /** Recent additions not yet merged into `sorted`. */
  private pending: SortedEntry[] = [];
  /** Entries of `sorted` that were removed (tombstones until the next settle). */
  private readonly dead = new Set<string>();

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

  private static compare(a: SortedEntry, b: SortedEntry): number {
    const c = compareValues(a.value, b.value);
    if (c !== 0) return c;
    return a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0;
  }

  private bound(value: unknown, docKey: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    const probe = { value, docKey };
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (CollectionIndex.compare(this.sorted[mid], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Folds pending additions into the sorted array and drops removed entries (amortised O(n)). */
  private settle(): void {
    if (this.dead.size) {
      this.sorted = this.sorted.filter((e) => !this.dead.has(entryKey(e)));
      this.dead.clear();
    }
    if (this.pending.length) {
      const add = this.pending.sort(CollectionIndex.compare);
      this.pending = [];
      const merged: SortedEntry[] = new Array(this.sorted.length + add.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < this.sorted.length && j < add.length) {
        merged[k++] =
          CollectionIndex.compare(this.sorted[i], add[j]) <= 0 ? this.sorted[i++] : add[j++];
      }
      while (i < this.sorted.length) merged[k++] = this.sorted[i++];
      while (j < add.length) merged[k++] = add[j++];
      this.sorted = merged;
    }
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
      const entry = { value, docKey };
      // Re-adding an entry that is still in `sorted` only revives it.
      if (!this.dead.delete(entryKey(entry))) this.pending.push(entry);
    }
    if (this.pending.length > SETTLE_AT || this.dead.size > SETTLE_AT) this.settle();
  }

  remove(docKey: string, doc: Doc): void {
    if (this.geo) return;
    for (const key of this.fullKeys(doc)) {
      const set = this.hash.get(key);
      set?.delete(docKey);
      if (set && set.size === 0) this.hash.delete(key);
    }
    for (const value of this.firstValues(doc)) {
      const at = this.pending.findIndex(
        (e) => e.docKey === docKey && compareValues(e.value, value) === 0,
      );
      if (at >= 0) this.pending.splice(at, 1);
      else this.dead.add(entryKey({ value, docKey }));
    }
    if (this.dead.size > SETTLE_AT) this.settle();
  }

  /** Whether two versions of a document have the same keys in this index. */
  sameKeys(a: Doc, b: Doc): boolean {
    return this.fields.every(
      (f) => JSON.stringify(getPath(a, f)) === JSON.stringify(getPath(b, f)),
    );
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
    if (this.pending.length || this.dead.size) this.settle();
    const lower = bounds.gte ?? bounds.gt;
    const upper = bounds.lte ?? bounds.lt;
    let i = lower === undefined ? 0 : this.bound(lower, '');
    const out = new Set<string>();
    for (; i < this.sorted.length; i++) {
      const e = this.sorted[i];
      if (upper !== undefined && compareValues(e.value, upper) > 0) break;
      out.add(e.docKey);
    }
    return out;
  }
}
