import type { Collection } from './collection';
import { idKey, parseWire, type Doc } from './ejson';
import { Journal, type JournalRecord, type JournalWrite } from './journal';

/** What durability needs of the database: its collections, created on demand. */
export interface Store {
  readonly collections: Map<string, Collection>;
  ensureCollection(name: string): Collection;
  readonly now: () => number;
}

export interface DurabilityOptions {
  log?: (line: string) => void;
  /** Journal records beyond twice the live data that trigger a compaction (default 100 000). */
  compactSlack?: number;
}

/**
 * The journal behind a database: replay at start (a torn tail cut), appends acknowledged after
 * fdatasync, and compaction into an image of the live data — at start when the journal has grown
 * to more than twice the live data, and while running once it holds `compactSlack` more.
 */
export class Durability {
  private compacting?: Promise<void>;

  private constructor(
    private readonly journal: Journal,
    private readonly store: Store,
    private readonly opts: DurabilityOptions,
  ) {}

  /** Opens the journal in `dataDir` and replays it into `store`. */
  static async open(
    dataDir: string,
    store: Store,
    opts: DurabilityOptions = {},
  ): Promise<Durability> {
    const { journal, records, torn } = await Journal.open(dataDir);
    const durability = new Durability(journal, store, opts);
    for (const r of records) durability.replay(r);
    if (torn)
      opts.log?.(`local-cloud: dropped a torn record at the end of the journal in ${dataDir}`);
    if (journal.size > 2 * durability.liveRecords() + 1000)
      await journal.rewrite(durability.image());
    return durability;
  }

  private replay(r: JournalRecord): void {
    if (r.op === 'batch') r.ops.forEach((op) => this.replay(op));
    else if (r.op === 'collection') this.store.ensureCollection(r.c);
    else if (r.op === 'put') {
      const doc = parseWire(r.d, this.store.now) as Doc;
      this.store.ensureCollection(r.c).put(idKey(doc._id), doc);
    } else if (r.op === 'delete') this.store.collections.get(r.c)?.delete(r.id);
  }

  private liveRecords(): number {
    return [...this.store.collections.values()].reduce((n, c) => n + c.size + 1, 0);
  }

  private image(): JournalWrite[] {
    const out: JournalWrite[] = [];
    for (const c of this.store.collections.values()) {
      out.push({ op: 'collection', c: c.name });
      for (const doc of c.docs.values()) out.push({ op: 'put', c: c.name, doc });
    }
    return out;
  }

  /** Appends records (several as one batch: all or none after a crash); resolves once on disk. */
  async persist(records: JournalWrite[]): Promise<void> {
    if (records.length === 0) return;
    await this.journal.append(records.length === 1 ? records[0] : { op: 'batch', ops: records });
    if (
      !this.compacting &&
      this.journal.size > 2 * this.liveRecords() + (this.opts.compactSlack ?? 100_000)
    ) {
      this.compact().catch((err: unknown) =>
        this.opts.log?.(`local-cloud: journal compaction failed: ${String(err)}`),
      );
    }
  }

  /** Rewrites the journal as the current image (what a restart would load). */
  compact(): Promise<void> {
    // The image is taken now, synchronously; see Journal.rewrite.
    this.compacting ??= this.journal
      .rewrite(this.image())
      .finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  async close(): Promise<void> {
    await this.compacting;
    await this.journal.close();
  }
}
