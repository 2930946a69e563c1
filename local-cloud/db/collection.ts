import { CollectionIndex } from './collection-index';
import { keepWire, type Doc } from './ejson';
import { GeoCellIndex } from './geo-index';
import type { IndexDeclaration } from './index-declarations';

/** The documents of one collection in insertion (natural) order, with its indexes. */
export class Collection {
  readonly docs = new Map<string, Doc>();
  private readonly order = new Map<string, number>();
  private nextSeq = 0;
  readonly indexes: CollectionIndex[];
  /** The 2dsphere indexes, by field. */
  private readonly geo = new Map<string, GeoCellIndex>();

  constructor(
    readonly name: string,
    declarations: IndexDeclaration[] = [],
  ) {
    this.indexes = [];
    for (const d of declarations) this.addIndex(d);
  }

  /**
   * Adds an index over the documents already here (what the management API's UpdateTable
   * CreateIndexes does); a unique index the documents break is refused (E11000) and not added.
   */
  addIndex(decl: IndexDeclaration): void {
    if (this.indexes.some((ix) => ix.decl.name === decl.name)) return;
    const index = new CollectionIndex(this.name, decl, (key) => this.seqOf(key));
    for (const [key, doc] of this.docs) {
      index.checkUnique(key, doc);
      index.add(key, doc);
    }
    this.indexes.push(index);
    for (const k of decl.keys) {
      if (k.direction === '2dsphere' && !this.geo.has(k.name)) {
        const geo = new GeoCellIndex(k.name);
        for (const [key, doc] of this.docs) geo.add(key, doc);
        this.geo.set(k.name, geo);
      }
    }
  }

  /** Drops an index by name (its 2dsphere field stays indexed while another index names it). */
  dropIndex(name: string): boolean {
    const at = this.indexes.findIndex((ix) => ix.decl.name === name);
    if (at < 0) return false;
    const [dropped] = this.indexes.splice(at, 1);
    for (const k of dropped!.decl.keys) {
      const still = this.indexes.some((ix) =>
        ix.decl.keys.some((o) => o.name === k.name && o.direction === '2dsphere'),
      );
      if (k.direction === '2dsphere' && !still) this.geo.delete(k.name);
    }
    return true;
  }

  get size(): number {
    return this.docs.size;
  }

  seqOf(key: string): number {
    return this.order.get(key) ?? Number.MAX_SAFE_INTEGER;
  }

  /** Throws E11000 if `doc` under `key` would break a unique index. */
  checkUnique(key: string, doc: Doc, ignore?: (otherKey: string) => boolean): void {
    for (const ix of this.indexes) ix.checkUnique(key, doc, ignore);
  }

  /** Inserts or replaces (a replaced document keeps its natural position). */
  put(key: string, doc: Doc): void {
    const old = this.docs.get(key);
    if (!old) this.order.set(key, this.nextSeq++);
    for (const ix of this.indexes) {
      if (old && ix.sameKeys(old, doc)) continue;
      if (old) ix.remove(key, old);
      ix.add(key, doc);
    }
    for (const ix of this.geo.values()) {
      if (old && ix.sameKeys(old, doc)) continue;
      if (old) ix.remove(key, old);
      ix.add(key, doc);
    }
    this.docs.set(key, doc);
    keepWire(doc);
  }

  delete(key: string): void {
    const old = this.docs.get(key);
    if (!old) return;
    this.indexes.forEach((ix) => ix.remove(key, old));
    this.geo.forEach((ix) => ix.remove(key, old));
    this.docs.delete(key);
    this.order.delete(key);
  }

  geoIndexed(field: string): boolean {
    return this.geo.has(field);
  }

  /** The 2dsphere index of a field. */
  geoIndex(field: string): GeoCellIndex | undefined {
    return this.geo.get(field);
  }

  geoFields(): string[] {
    return [...this.geo.keys()];
  }
}
