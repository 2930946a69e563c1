import { BTree, type Position } from './btree';
import { CloudError } from './cloud-error';
import { toWire, type Doc } from './ejson';
import type { IndexDeclaration } from './index-declarations';
import { compareValues, equalityKey, getPath, sortKey } from './value-order';

/** One tree entry: the document's values of the index fields, in declaration order. */
export interface IndexEntry {
  values: unknown[];
  docKey: string;
  /** The values' sort keys (see `sortKey`) in index directions, then the document key. */
  sk: string;
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
 * Whether two values of an index field give the same index keys: a Date and its ISO text do not
 * (their JSON texts are the same).
 */
function sameIndexValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const objects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  return objects ? toWire(a) === toWire(b) : equalityKey(a) === equalityKey(b);
}

/** Whether a value sorts and matches in mingo exactly as its index entry orders (a plain scalar). */
const plainScalar = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && !Number.isNaN(v)) ||
  (v instanceof Date && !Number.isNaN(v.getTime()));

/** Whether the path crosses an array (mingo then matches and sorts element-wise). */
function crossesArray(doc: unknown, path: string): boolean {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) return true;
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return Array.isArray(cur);
}

/**
 * Document keys sorted by natural position, each key's position read once (not in every
 * comparison); keys no longer stored (no position) are left out.
 */
export function inPositionOrder(
  keys: Iterable<string>,
  positionOf: (docKey: string) => number,
): string[] {
  const placed: { position: number; key: string }[] = [];
  for (const key of keys) {
    const position = positionOf(key);
    if (position !== Number.MAX_SAFE_INTEGER) placed.push({ position, key });
  }
  return placed.sort((a, b) => a.position - b.position).map((p) => p.key);
}

/**
 * The documents holding one full key, in natural order: appends keep that order; a document
 * that an update moved in from another key may be older than the last one, and then the keys
 * are sorted again at the next lookup.
 */
class Posting {
  keys = new Set<string>();
  private last = -1;
  private ordered = true;

  add(docKey: string, position: number): void {
    if (position < this.last) this.ordered = false;
    else this.last = position;
    this.keys.add(docKey);
  }

  inOrder(positionOf: (docKey: string) => number): ReadonlySet<string> {
    if (!this.ordered) {
      this.keys = new Set(inPositionOrder(this.keys, positionOf));
      this.ordered = true;
    }
    return this.keys;
  }
}

/** What an equality lookup found: the documents' keys, and whether they are in natural order. */
export interface EqualMatches {
  keys: ReadonlySet<string>;
  natural: boolean;
}

/**
 * One declared index: a hash of the full key (unique checks, equality lookups) and a B+tree of
 * entries ordered by the index fields in their declared directions, then the document key (range
 * lookups and ordered walks for sorted queries). A 2dsphere index is only a marker that allows geo
 * queries.
 */
export class CollectionIndex {
  readonly fields: string[];
  readonly directions: (1 | -1)[];
  readonly geo: boolean;
  private readonly hash = new Map<string, Posting>();
  private readonly tree: BTree<IndexEntry>;
  /** Documents with a non-scalar (array, object) value on an index field: no ordered walks then. */
  private readonly irregular = new Set<string>();

  /**
   * `positionOf` gives a document's natural position (its collection's insertion order), which
   * equality lookups keep.
   */
  constructor(
    readonly collection: string,
    readonly decl: IndexDeclaration,
    private readonly positionOf: (docKey: string) => number = () => 0,
  ) {
    this.fields = decl.keys.map((k) => k.name);
    this.directions = decl.keys.map((k) => (k.direction === '-1' ? -1 : 1));
    this.geo = decl.keys.some((k) => k.direction === '2dsphere');
    // One string comparison per step; the same order as comparePrefix, then the document key.
    this.tree = new BTree<IndexEntry>((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
  }

  get unique(): boolean {
    return this.decl.unique === true;
  }

  /** Compares an entry with the first `values.length` index values, in index order. */
  comparePrefix(e: IndexEntry, values: unknown[]): number {
    for (let i = 0; i < values.length; i++) {
      const c = compareValues(e.values[i], values[i]);
      if (c !== 0) return c * this.directions[i];
    }
    return 0;
  }

  /** Whether ordered walks give mingo's order (every indexed value is a plain scalar). */
  get walkable(): boolean {
    return !this.geo && this.irregular.size === 0;
  }

  /** The hash keys of a document: one per combination of its (multikey) values. */
  private fullKeys(doc: Doc): string[] {
    const values = this.fields.map((f) => getPath(doc, f));
    if (!values.some(Array.isArray)) return [this.hashKey(values)];
    let keys = [''];
    for (const field of this.fields) {
      const values = fieldValues(doc, field).map(equalityKey);
      keys = keys.flatMap((prefix) => values.map((v) => `${prefix}\u0000${v}`));
    }
    return [...new Set(keys)];
  }

  /** The tree entries of a document: one per combination of its (multikey) values. */
  private entries(docKey: string, doc: Doc): IndexEntry[] {
    let combos: unknown[][] = [[]];
    for (const field of this.fields) {
      const values = fieldValues(doc, field);
      combos = combos.flatMap((prefix) => values.map((v) => [...prefix, v]));
    }
    return combos.map((values) => ({
      values,
      docKey,
      // One join gives a flat string (a `+` would give a rope that every comparison walks).
      sk: [...values.map((v, i) => sortKey(v, this.directions[i] === -1)), docKey].join(''),
    }));
  }

  private isIrregular(doc: Doc): boolean {
    return this.fields.some((f) => crossesArray(doc, f) || !plainScalar(getPath(doc, f)));
  }

  /** Throws E11000 when `doc` would duplicate another document's key. */
  checkUnique(docKey: string, doc: Doc, ignore?: (otherKey: string) => boolean): void {
    if (!this.unique || this.geo) return;
    for (const key of this.fullKeys(doc)) {
      const holders = this.hash.get(key);
      if (!holders) continue;
      for (const other of holders.keys) {
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

  /**
   * The hash keys and tree entries of a document. The usual case, no array on an index field,
   * takes one pass over the fields: one key, one entry.
   */
  private keysOf(docKey: string, doc: Doc): { keys: string[]; entries: IndexEntry[] } {
    const values = this.fields.map((f) => getPath(doc, f));
    if (values.some(Array.isArray)) {
      return { keys: this.fullKeys(doc), entries: this.entries(docKey, doc) };
    }
    let sk = '';
    for (let i = 0; i < values.length; i++) sk += sortKey(values[i], this.directions[i] === -1);
    // One join gives a flat string (a `+` chain gives a rope that every comparison walks).
    return {
      keys: [this.hashKey(values)],
      entries: [{ values, docKey, sk: [sk, docKey].join('') }],
    };
  }

  /** The hash key of one combination of values (no arrays). */
  private hashKey(values: unknown[]): string {
    let key = '';
    for (const v of values) key += `\u0000${equalityKey(v)}`;
    return key;
  }

  add(docKey: string, doc: Doc): void {
    if (this.geo) return;
    const { keys, entries } = this.keysOf(docKey, doc);
    const position = this.positionOf(docKey);
    for (const key of keys) {
      let posting = this.hash.get(key);
      if (!posting) this.hash.set(key, (posting = new Posting()));
      posting.add(docKey, position);
    }
    for (const e of entries) this.tree.insert(e);
    if (this.isIrregular(doc)) this.irregular.add(docKey);
  }

  remove(docKey: string, doc: Doc): void {
    if (this.geo) return;
    const { keys, entries } = this.keysOf(docKey, doc);
    for (const key of keys) {
      const posting = this.hash.get(key);
      posting?.keys.delete(docKey);
      if (posting && posting.keys.size === 0) this.hash.delete(key);
    }
    for (const e of entries) this.tree.delete(e);
    this.irregular.delete(docKey);
  }

  /** Whether two versions of a document have the same keys in this index. */
  sameKeys(a: Doc, b: Doc): boolean {
    return this.fields.every((f) => sameIndexValue(getPath(a, f), getPath(b, f)));
  }

  /**
   * Documents whose key equals one of the combinations of `valuesPerField`; for a single
   * combination, in natural order (the posting's own set: read it, do not change it).
   */
  lookupEqual(valuesPerField: unknown[][]): EqualMatches {
    let keys = [''];
    for (const values of valuesPerField) {
      keys = keys.flatMap((prefix) => values.map((v) => `${prefix}\u0000${equalityKey(v)}`));
    }
    if (keys.length === 1) {
      const posting = this.hash.get(keys[0]);
      return { keys: posting ? posting.inOrder(this.positionOf) : new Set(), natural: true };
    }
    const out = new Set<string>();
    for (const key of keys) this.hash.get(key)?.keys.forEach((k) => out.add(k));
    return { keys: out, natural: false };
  }

  /** Documents whose first field lies in the bounds (a superset across types; mingo re-checks). */
  lookupRange(bounds: RangeBounds): Set<string> {
    const lower = bounds.gte ?? bounds.gt;
    const upper = bounds.lte ?? bounds.lt;
    const first = (e: IndexEntry): unknown => e.values[0];
    // Walk the first field in ascending value order: forwards, or backwards for a -1 field.
    const reverse = this.directions[0] === -1;
    let from: Position<IndexEntry> | undefined;
    if (lower === undefined) from = this.tree.edge(reverse);
    else if (reverse) from = this.tree.seekLast((e) => compareValues(first(e), lower) >= 0);
    else from = this.tree.seekFirst((e) => compareValues(first(e), lower) >= 0);
    const out = new Set<string>();
    for (const e of this.tree.walk(from, reverse)) {
      if (upper !== undefined && compareValues(first(e), upper) > 0) break;
      out.add(e.docKey);
    }
    return out;
  }

  /**
   * Entries whose first `prefix.length` values equal `prefix`, in index order or, with `reverse`,
   * backwards. Only meaningful when `walkable`.
   */
  *walkPrefix(prefix: unknown[], reverse: boolean): Generator<IndexEntry> {
    const from = reverse
      ? this.tree.seekLast((e) => this.comparePrefix(e, prefix) <= 0)
      : this.tree.seekFirst((e) => this.comparePrefix(e, prefix) >= 0);
    for (const e of this.tree.walk(from, reverse)) {
      if (this.comparePrefix(e, prefix) !== 0) return;
      yield e;
    }
  }
}
