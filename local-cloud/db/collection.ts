import { CollectionIndex } from './collection-index';
import type { Doc } from './ejson';
import type { IndexDeclaration } from './index-declarations';

/** The documents of one collection in insertion (natural) order, with its indexes. */
export class Collection {
  readonly docs = new Map<string, Doc>();
  private readonly order = new Map<string, number>();
  private nextSeq = 0;
  readonly indexes: CollectionIndex[];

  constructor(
    readonly name: string,
    declarations: IndexDeclaration[] = [],
  ) {
    this.indexes = declarations.map((d) => new CollectionIndex(name, d));
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
    this.docs.set(key, doc);
  }

  delete(key: string): void {
    const old = this.docs.get(key);
    if (!old) return;
    this.indexes.forEach((ix) => ix.remove(key, old));
    this.docs.delete(key);
    this.order.delete(key);
  }

  geoIndexed(field: string): boolean {
    return this.indexes.some(
      (ix) => ix.geo && ix.decl.keys.some((k) => k.name === field && k.direction === '2dsphere'),
    );
  }

  geoFields(): string[] {
    return this.indexes.flatMap((ix) =>
      ix.decl.keys.filter((k) => k.direction === '2dsphere').map((k) => k.name),
    );
  }
}
