import { applyUpdate, upsertBase } from './apply-update';
import { CloudError } from './cloud-error';
import type { Collection } from './collection';
import { clone, idKey, type Doc } from './ejson';
import { newId } from './ids';
import type { JournalWrite } from './journal';
import type { Catalog, Reads } from './reads';
import { checkStorableInsert } from './storable';
import type { Transaction } from './transaction';
import type { Change, Transactions } from './transactions';

export interface UpdateParams {
  collection: string;
  filter: Doc;
  data: Doc;
  multi: boolean;
  merge: boolean;
  upsert: boolean;
  transactionId?: string;
}

/** Journal records for applied changes. */
export type Persist = (records: JournalWrite[]) => Promise<void>;

/**
 * Inserts, updates and removes: a plain write reads and decides synchronously (so filter and
 * update are atomic per document) and waits while an open transaction holds a document it
 * changes; a transaction's write is staged in the transaction.
 */
export class Writes {
  constructor(
    private readonly catalog: Catalog,
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly persist: Persist,
    /** Whether writes go to a journal (an in-memory database needs no records). */
    private readonly journaled: () => boolean,
  ) {}

  /**
   * Applies plain changes: unique checks, snapshot images for open transactions; all or nothing.
   * Returns their journal records (none without a journal).
   */
  apply(changes: Change[]): JournalWrite[] {
    const done: { c: Collection; key: string; old?: Doc }[] = [];
    try {
      for (const ch of changes) {
        const c = this.catalog.collection(ch.collection);
        const old = c.docs.get(ch.key);
        if (ch.doc) c.checkUnique(ch.key, ch.doc);
        this.transactions.remember(c.name, ch.key, old);
        if (ch.doc) c.put(ch.key, ch.doc);
        else c.delete(ch.key);
        done.push({ c, key: ch.key, old });
      }
    } catch (err) {
      for (const { c, key, old } of done.reverse()) {
        if (old) c.put(key, old);
        else c.delete(key);
      }
      throw err;
    }
    if (!this.journaled()) return [];
    return changes.map((ch) =>
      ch.doc
        ? { op: 'put', c: ch.collection, doc: ch.doc }
        : { op: 'delete', c: ch.collection, id: ch.key },
    );
  }

  /** A plain write: `compute` reads and decides synchronously; locked documents make it wait. */
  private async plain<T>(compute: () => { changes: Change[]; result: T }): Promise<T> {
    for (;;) {
      const { changes, result } = compute();
      const locked = this.transactions.lockedSlot(changes);
      if (locked) {
        await this.transactions.waitFor(locked);
        continue;
      }
      await this.persist(this.apply(changes));
      return result;
    }
  }

  /** A write in a transaction (staged) or a plain one. */
  private write<T>(
    c: Collection,
    t: Transaction | undefined,
    compute: () => { changes: Change[]; result: T },
  ): Promise<T> {
    if (!t) return this.plain(compute);
    const { changes, result } = compute();
    changes.forEach((ch) => this.transactions.stage(t, c, ch.key, ch.doc));
    return Promise.resolve(result);
  }

  async insert(collection: string, docs: Doc[], transactionId?: string): Promise<unknown[]> {
    const c = this.catalog.collection(collection);
    const t = this.transactions.use(transactionId);
    const prepared = docs.map((d) => {
      checkStorableInsert(d);
      const doc = clone(d);
      if (doc._id === undefined || doc._id === null) doc._id = newId();
      return { key: idKey(doc._id), doc };
    });
    const seen = new Set<string>();
    for (const { key, doc } of prepared) {
      if (seen.has(key) || this.transactions.view(c, key, t)) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(doc._id)} }`,
        );
      }
      seen.add(key);
    }
    const ids = prepared.map((p) => p.doc._id);
    return this.write(c, t, () => ({
      changes: prepared.map((p) => ({ collection, ...p })),
      result: ids,
    }));
  }

  async update(p: UpdateParams): Promise<{ updated: number; upsertedId: unknown }> {
    const c = this.catalog.collection(p.collection);
    const t = this.transactions.use(p.transactionId);
    return this.write(c, t, () => {
      const targets = this.reads.match(c, p.filter, t, undefined, p.multi ? Infinity : 1);
      const chosen = p.multi ? targets : targets.slice(0, 1);
      const changes: Change[] = [];
      for (const doc of chosen) {
        const next = applyUpdate(doc, p.data, p.merge);
        if (next.changed) changes.push({ collection: c.name, key: idKey(doc._id), doc: next.doc });
      }
      if (chosen.length === 0 && p.upsert) {
        const base = upsertBase(p.filter);
        if (base._id === undefined) base._id = newId();
        const next = applyUpdate(base, p.data, p.merge);
        return {
          changes: [{ collection: c.name, key: idKey(base._id), doc: next.doc }],
          result: { updated: 0, upsertedId: base._id },
        };
      }
      return { changes, result: { updated: changes.length, upsertedId: null } };
    });
  }

  /**
   * findAndModify: updates the first match and returns its new image. `updated` counts the match
   * (1 even when the new values equal the old, as findAndModify's n does).
   */
  async updateAndReturn(
    collection: string,
    filter: Doc,
    data: Doc,
    transactionId?: string,
  ): Promise<{ updated: number; doc: Doc | null }> {
    const c = this.catalog.collection(collection);
    const t = this.transactions.use(transactionId);
    return this.write<{ updated: number; doc: Doc | null }>(c, t, () => {
      const target = this.reads.match(c, filter, t, undefined, 1)[0];
      if (!target) return { changes: [], result: { updated: 0, doc: null } };
      const next = applyUpdate(target, data, true);
      return {
        changes: next.changed ? [{ collection, key: idKey(target._id), doc: next.doc }] : [],
        result: { updated: 1, doc: next.doc },
      };
    });
  }

  async remove(
    collection: string,
    filter: Doc,
    multi: boolean,
    transactionId?: string,
  ): Promise<number> {
    const c = this.catalog.collection(collection);
    const t = this.transactions.use(transactionId);
    return this.write(c, t, () => {
      const targets = this.reads.match(c, filter, t, undefined, multi ? Infinity : 1);
      const chosen = multi ? targets : targets.slice(0, 1);
      return {
        changes: chosen.map((d) => ({ collection, key: idKey(d._id), doc: null })),
        result: chosen.length,
      };
    });
  }
}
