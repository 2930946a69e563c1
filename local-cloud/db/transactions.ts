import { CloudError } from './cloud-error';
import type { Collection } from './collection';
import type { Doc } from './ejson';
import { newId } from './ids';
import { slot, splitSlot, Transaction } from './transaction';

/** The service's texts (wx-server-sdk users match on the bracketed names). */
export const TRANSACTION_NOT_EXIST =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';
export const TRANSACTION_CONFLICT =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';

/** A change to one document: its new image, or null for a delete. */
export interface Change {
  collection: string;
  key: string;
  doc: Doc | null;
}

/**
 * Open transactions: snapshot isolation with the snapshot fixed at a transaction's first
 * operation (as MongoDB does, not at startTransaction), first-writer-wins conflicts, document
 * locks that make plain writes wait, and expiry.
 */
export class Transactions {
  private readonly open = new Map<string, Transaction>();
  private readonly locks = new Map<string, string>();
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.open.size;
  }

  start(): string {
    const t = new Transaction(newId(), this.now());
    t.timer = setTimeout(() => this.end(t), this.timeoutMs);
    t.timer.unref();
    this.open.set(t.id, t);
    return t.id;
  }

  /**
   * The open transaction `id` (undefined without an id), its snapshot taken now if this is its
   * first operation. A finished, expired or unknown one is DATABASE_TRANSACTION_FAIL.
   */
  use(id: string | undefined): Transaction | undefined {
    if (!id) return undefined;
    const t = this.open.get(id);
    if (!t) throw new CloudError('DATABASE_TRANSACTION_FAIL', TRANSACTION_NOT_EXIST);
    t.snapshotTaken = true;
    return t;
  }

  /** Ends a transaction (commit, abort or expiry): releases its locks and wakes waiting writes. */
  end(t: Transaction): void {
    clearTimeout(t.timer);
    this.open.delete(t.id);
    for (const s of t.writes.keys()) {
      if (this.locks.get(s) === t.id) this.locks.delete(s);
      const list = this.waiters.get(s);
      this.waiters.delete(s);
      list?.forEach((wake) => wake());
    }
  }

  closeAll(): void {
    for (const t of this.open.values()) clearTimeout(t.timer);
    this.open.clear();
  }

  /** Before a committed change: transactions whose snapshot is older keep the old image. */
  remember(collection: string, key: string, old: Doc | undefined): void {
    if (this.open.size === 0) return;
    const s = slot(collection, key);
    for (const t of this.open.values()) {
      if (t.snapshotTaken && !t.before.has(s) && !t.writes.has(s)) t.before.set(s, old ?? null);
    }
  }

  /** A document as a transaction sees it (its own writes, else its snapshot). */
  view(c: Collection, key: string, t?: Transaction): Doc | undefined {
    if (!t) return c.docs.get(key);
    const s = slot(c.name, key);
    if (t.writes.has(s)) return t.writes.get(s) ?? undefined;
    if (t.before.has(s)) return t.before.get(s) ?? undefined;
    return c.docs.get(key);
  }

  /** Every document of a collection as a transaction sees it, in natural order. */
  viewAll(c: Collection, t: Transaction): Doc[] {
    const out: Doc[] = [];
    const seen = new Set<string>();
    for (const key of c.docs.keys()) {
      seen.add(key);
      const d = this.view(c, key, t);
      if (d) out.push(d);
    }
    for (const map of [t.before, t.writes]) {
      for (const [s] of map) {
        const [coll, key] = splitSlot(s);
        if (coll !== c.name || seen.has(key)) continue;
        seen.add(key);
        const d = this.view(c, key, t);
        if (d) out.push(d);
      }
    }
    return out;
  }

  /** Stages a transaction's write: a conflict if another transaction holds the document or it changed since the snapshot. */
  stage(t: Transaction, c: Collection, key: string, doc: Doc | null): void {
    const s = slot(c.name, key);
    const holder = this.locks.get(s);
    if ((holder && holder !== t.id) || t.before.has(s)) {
      throw new CloudError('DATABASE_TRANSACTION_CONFLICT', TRANSACTION_CONFLICT);
    }
    if (doc) c.checkUnique(key, doc, (other) => t.writes.has(slot(c.name, other)));
    t.writes.set(s, doc);
    this.locks.set(s, t.id);
  }

  /** The first document of `changes` an open transaction holds. */
  lockedSlot(changes: Change[]): string | undefined {
    if (this.locks.size === 0) return undefined;
    return changes.map((ch) => slot(ch.collection, ch.key)).find((s) => this.locks.has(s));
  }

  /** Resolves when the transaction holding the document ends. */
  waitFor(s: string): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(s) ?? [];
      list.push(resolve);
      this.waiters.set(s, list);
    });
  }

  /** A transaction's writes as changes, its locks released (the caller applies them at once). */
  takeWrites(t: Transaction): Change[] {
    const changes = [...t.writes].map(([s, doc]) => {
      const [collection, key] = splitSlot(s);
      return { collection, key, doc };
    });
    for (const s of t.writes.keys()) this.locks.delete(s);
    return changes;
  }
}
