import { CloudError, collectionNotExist } from './cloud-error';
import { Collection } from './collection';
import { clone, type Doc } from './ejson';
import { Durability } from './durability';
import type { AclTag, IndexDeclarations } from './index-declarations';
import type { JournalWrite } from './journal';
import { Reads, type Explain, type FindParams } from './reads';
import { Transactions } from './transactions';
import { Writes, type UpdateParams } from './writes';

export { newId } from './ids';
export type { Explain, FindParams } from './reads';
export type { UpdateParams } from './writes';

export interface DatabaseOptions {
  /** Journal directory; without it the database lives in memory only. */
  dataDir?: string;
  indexes?: IndexDeclarations;
  /**
   * Each collection's security rule for mini-program clients; a collection without one has
   * CloudBase's default for a new collection, PRIVATE (仅创建者可读写).
   */
  rules?: Record<string, AclTag>;
  /** Fail (instead of only logging) a query that scans more than `scanLimit` documents without an index. */
  strictIndexes?: boolean;
  scanLimit?: number;
  /** How long a transaction may stay open (CloudBase: 30 s). */
  transactionTimeoutMs?: number;
  now?: () => number;
  log?: (line: string) => void;
  /** Journal records beyond twice the live data that trigger a compaction (default 100 000). */
  compactSlack?: number;
}

/**
 * The document database, a facade over one module per concern (as mingo's are): `reads.ts`
 * (queries, index plans, aggregation), `writes.ts` (per-document atomic writes),
 * `transactions.ts` (snapshot isolation, locks, expiry) and `durability.ts` (the journal).
 */
/** A new collection's rule until a deployer sets one: CloudBase's 仅创建者可读写. */
export const DEFAULT_RULE: AclTag = 'PRIVATE';

export class Database {
  readonly collections = new Map<string, Collection>();
  readonly now: () => number;
  /** Security rules set by the deployer (ModifyDatabaseACL, or declared at start). */
  readonly rules = new Map<string, AclTag>();
  private readonly transactions: Transactions;
  private readonly reads: Reads;
  private readonly writes: Writes;
  private durability?: Durability;

  private constructor(private readonly opts: DatabaseOptions) {
    this.now = opts.now ?? Date.now;
    this.transactions = new Transactions(opts.transactionTimeoutMs ?? 30_000, this.now);
    this.reads = new Reads(this, this.transactions, opts);
    this.writes = new Writes(
      this,
      this.reads,
      this.transactions,
      (records) => this.persist(records),
      () => this.durability !== undefined,
    );
  }

  static async open(opts: DatabaseOptions = {}): Promise<Database> {
    const db = new Database(opts);
    for (const name of Object.keys(opts.indexes ?? {})) db.ensureCollection(name);
    for (const [name, rule] of Object.entries(opts.rules ?? {})) db.rules.set(name, rule);
    if (opts.dataDir) db.durability = await Durability.open(opts.dataDir, db, opts);
    return db;
  }

  async close(): Promise<void> {
    this.transactions.closeAll();
    await this.durability?.close();
  }

  private persist(records: JournalWrite[]): Promise<void> {
    return this.durability?.persist(records) ?? Promise.resolve();
  }

  /** Rewrites the journal as the current image (what a restart would load). */
  compact(): Promise<void> {
    return this.durability?.compact() ?? Promise.resolve();
  }

  ensureCollection(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) {
      c = new Collection(name, this.opts.indexes?.[name] ?? []);
      this.collections.set(name, c);
    }
    return c;
  }

  /** What a mini-program client may do with a collection. */
  ruleOf(name: string): AclTag {
    return this.rules.get(name) ?? DEFAULT_RULE;
  }

  collection(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw collectionNotExist(name);
    return c;
  }

  async createCollection(name: string): Promise<void> {
    if (!name || !/^[A-Za-z0-9_-]{1,64}$/.test(name))
      throw new CloudError('INVALID_PARAM', `invalid collection name: ${name}`);
    if (this.collections.has(name)) {
      throw new CloudError(
        'DATABASE_COLLECTION_ALREADY_EXIST',
        `[DATABASE_COLLECTION_ALREADY_EXIST] Table exist: ${name}`,
      );
    }
    this.ensureCollection(name);
    await this.persist([{ op: 'collection', c: name }]);
  }

  find(p: FindParams): Doc[] {
    return this.reads.find(p);
  }

  /** Which index a find uses and how many entries it examines (tests of the query planner). */
  explain(p: FindParams): Explain {
    return this.reads.explain(p);
  }

  count(collection: string, filter?: Doc): number {
    return this.reads.count(collection, filter);
  }

  aggregate(collection: string, stages: Doc[]): Doc[] {
    return this.reads.aggregate(collection, stages);
  }

  insert(collection: string, docs: Doc[], transactionId?: string): Promise<unknown[]> {
    return this.writes.insert(collection, docs, transactionId);
  }

  update(p: UpdateParams): Promise<{ updated: number; upsertedId: unknown }> {
    return this.writes.update(p);
  }

  updateAndReturn(
    collection: string,
    filter: Doc,
    data: Doc,
    transactionId?: string,
  ): Promise<{ updated: number; doc: Doc | null }> {
    return this.writes.updateAndReturn(collection, filter, data, transactionId);
  }

  remove(collection: string, filter: Doc, multi: boolean, transactionId?: string): Promise<number> {
    return this.writes.remove(collection, filter, multi, transactionId);
  }

  startTransaction(): string {
    return this.transactions.start();
  }

  /** Applies a transaction's writes at once (one journal record); ends it either way. */
  async commitTransaction(id: string): Promise<void> {
    const t = this.transactions.use(id) as NonNullable<ReturnType<Transactions['use']>>;
    const changes = this.transactions.takeWrites(t);
    let records: JournalWrite[];
    try {
      records = this.writes.apply(changes);
    } finally {
      this.transactions.end(t);
    }
    if (records.length) await this.durability?.persist([{ op: 'batch', ops: records }]);
  }

  abortTransaction(id: string): void {
    this.transactions.end(
      this.transactions.use(id) as NonNullable<ReturnType<Transactions['use']>>,
    );
  }

  /** Every collection's documents, copied. */
  snapshot(): Record<string, Doc[]> {
    const out: Record<string, Doc[]> = {};
    for (const c of this.collections.values()) out[c.name] = [...c.docs.values()].map(clone);
    return out;
  }
}
