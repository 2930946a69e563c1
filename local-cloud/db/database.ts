import { randomBytes } from 'node:crypto';
import { applyUpdate, upsertBase } from './apply-update';
import { CloudError, collectionNotExist } from './cloud-error';
import { Collection } from './collection';
import { clone, idKey, parseWire, toWire, type Doc } from './ejson';
import { asPoint, distanceMetres, extractNear, geoFields } from './geo';
import type { IndexDeclarations } from './index-declarations';
import { Journal, type JournalRecord } from './journal';
import { newAggregator, newQuery } from './mingo-engine';
import { plan, planOrdered } from './query-planner';
import { select, type SelectOptions } from './select';
import { slot, splitSlot, Transaction } from './transaction';
import { getPath } from './value-order';

export interface DatabaseOptions {
  /** Journal directory; without it the database lives in memory only. */
  dataDir?: string;
  indexes?: IndexDeclarations;
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

export interface FindParams extends SelectOptions {
  collection: string;
  filter?: Doc;
  transactionId?: string;
}

export interface UpdateParams {
  collection: string;
  filter: Doc;
  data: Doc;
  multi: boolean;
  merge: boolean;
  upsert: boolean;
  transactionId?: string;
}

interface Change {
  collection: string;
  key: string;
  doc: Doc | null;
}

/** CloudBase-style document ids: 32 hex characters. */
let idPool = Buffer.alloc(0);
let idPos = 0;
export function newId(): string {
  if (idPos + 16 > idPool.length) {
    idPool = randomBytes(16 * 4096);
    idPos = 0;
  }
  idPos += 16;
  return idPool.toString('hex', idPos - 16, idPos);
}

/**
 * The document database: collections with declared indexes, mingo for matching, updates and
 * aggregation, per-document atomic writes, snapshot-isolated transactions and a journal.
 */
export class Database {
  readonly collections = new Map<string, Collection>();
  private readonly transactions = new Map<string, Transaction>();
  private readonly finished = new Map<string, string>();
  private readonly locks = new Map<string, string>();
  private readonly waiters = new Map<string, (() => void)[]>();
  private readonly reportedScans = new Set<string>();
  private journal?: Journal;
  private compacting?: Promise<void>;
  readonly now: () => number;

  private constructor(private readonly opts: DatabaseOptions) {
    this.now = opts.now ?? Date.now;
  }

  static async open(opts: DatabaseOptions = {}): Promise<Database> {
    const db = new Database(opts);
    for (const name of Object.keys(opts.indexes ?? {})) db.ensureCollection(name);
    if (opts.dataDir) {
      const { journal, records, torn } = await Journal.open(opts.dataDir);
      for (const r of records) db.replay(r);
      if (torn)
        opts.log?.(
          `local-cloud: dropped a torn record at the end of the journal in ${opts.dataDir}`,
        );
      db.journal = journal;
      if (journal.size > 2 * db.liveRecords() + 1000) await journal.rewrite(db.image());
    }
    return db;
  }

  async close(): Promise<void> {
    for (const t of this.transactions.values()) clearTimeout(t.timer);
    this.transactions.clear();
    await this.compacting;
    await this.journal?.close();
  }

  private liveRecords(): number {
    return [...this.collections.values()].reduce((n, c) => n + c.size + 1, 0);
  }

  /** Rewrites the journal as the current image (what a restart would load). */
  compact(): Promise<void> {
    if (!this.journal) return Promise.resolve();
    // The image is taken now, synchronously; see Journal.rewrite.
    this.compacting ??= this.journal
      .rewrite(this.image())
      .finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  private image(): JournalRecord[] {
    const out: JournalRecord[] = [];
    for (const c of this.collections.values()) {
      out.push({ op: 'collection', c: c.name });
      for (const d of c.docs.values()) out.push({ op: 'put', c: c.name, d: toWire(d) });
    }
    return out;
  }

  private replay(r: JournalRecord): void {
    if (r.op === 'batch') r.ops.forEach((op) => this.replay(op));
    else if (r.op === 'collection') this.ensureCollection(r.c);
    else if (r.op === 'put') {
      const doc = parseWire(r.d, this.now) as Doc;
      this.ensureCollection(r.c).put(idKey(doc._id), doc);
    } else if (r.op === 'delete') this.collections.get(r.c)?.delete(r.id);
  }

  private ensureCollection(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) {
      c = new Collection(name, this.opts.indexes?.[name] ?? []);
      this.collections.set(name, c);
    }
    return c;
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
    await this.journal?.append({ op: 'collection', c: name });
  }

  // ---------------------------------------------------------------- reads

  private transaction(id: string | undefined): Transaction | undefined {
    if (!id) return undefined;
    const t = this.transactions.get(id);
    if (!t) {
      const why = this.finished.get(id) ?? 'not found';
      throw new CloudError(
        'DATABASE_TRANSACTION_FAIL',
        `[DATABASE_TRANSACTION_FAIL] transaction ${id} is ${why}`,
      );
    }
    return t;
  }

  /** A document as a transaction sees it (its own writes, else its snapshot). */
  private viewDoc(c: Collection, key: string, t?: Transaction): Doc | undefined {
    if (!t) return c.docs.get(key);
    const s = slot(c.name, key);
    if (t.writes.has(s)) return t.writes.get(s) ?? undefined;
    if (t.before.has(s)) return t.before.get(s) ?? undefined;
    return c.docs.get(key);
  }

  private viewAll(c: Collection, t?: Transaction): Doc[] {
    if (!t) return [...c.docs.values()];
    const out: Doc[] = [];
    const seen = new Set<string>();
    for (const key of c.docs.keys()) {
      seen.add(key);
      const d = this.viewDoc(c, key, t);
      if (d) out.push(d);
    }
    for (const map of [t.before, t.writes]) {
      for (const [s] of map) {
        const [coll, key] = splitSlot(s);
        if (coll !== c.name || seen.has(key)) continue;
        seen.add(key);
        const d = this.viewDoc(c, key, t);
        if (d) out.push(d);
      }
    }
    return out;
  }

  /** Documents matching a filter in natural order (or by distance for `$nearSphere`). */
  private match(
    c: Collection,
    filter: Doc = {},
    t?: Transaction,
    order?: Record<string, unknown>,
  ): Doc[] {
    for (const field of geoFields(filter)) {
      if (!c.geoIndexed(field)) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `unable to find index for $geoNear query: no 2dsphere index on ${c.name}.${field} (declare it in database/indexes.json)`,
        );
      }
    }
    const { filter: engineFilter, near } = extractNear(filter);
    const query = newQuery(engineFilter);
    let docs: Doc[];
    if (t) {
      docs = this.viewAll(c, t);
    } else {
      const { candidates } = plan(engineFilter, c.indexes);
      if (candidates) {
        docs = [...candidates]
          .sort((a, b) => c.seqOf(a) - c.seqOf(b))
          .map((k) => c.docs.get(k))
          .filter((d): d is Doc => d !== undefined);
      } else {
        this.checkScan(c, engineFilter, near !== undefined || geoFields(filter).length > 0, order);
        docs = [...c.docs.values()];
      }
    }
    const matched = Object.keys(engineFilter).length ? docs.filter((d) => query.test(d)) : docs;
    if (near) {
      const dist = (d: Doc): number => {
        const p = asPoint(getPath(d, near.field));
        return p ? distanceMetres(p, near.center) : Infinity;
      };
      return matched
        .map((d, i) => ({ d, i, m: dist(d) }))
        .sort((a, b) => a.m - b.m || a.i - b.i)
        .map((x) => x.d);
    }
    return matched;
  }

  private checkScan(
    c: Collection,
    filter: Doc,
    geo: boolean,
    order?: Record<string, unknown>,
  ): void {
    const limit = this.opts.scanLimit ?? 1000;
    if (geo || c.size <= limit) return;
    const orderFields = Object.keys(order ?? {});
    const hasFilter = Object.keys(filter).length > 0;
    const orderIndexed =
      orderFields.length > 0 && c.indexes.some((ix) => ix.fields[0] === orderFields[0]);
    if (!hasFilter && (orderFields.length === 0 || orderIndexed)) return;
    const text = `local-cloud: a query on "${c.name}" scans ${c.size} documents without a usable index: ${JSON.stringify(filter)}${orderFields.length ? ` orderBy ${JSON.stringify(order)}` : ''}. Declare an index in database/indexes.json.`;
    if (this.opts.strictIndexes) throw new CloudError('DATABASE_REQUEST_FAILED', text);
    const shape = `${c.name}:${JSON.stringify(Object.keys(filter))}:${orderFields.join(',')}`;
    if (!this.reportedScans.has(shape)) {
      this.reportedScans.add(shape);
      this.opts.log?.(text);
    }
  }

  find(p: FindParams): Doc[] {
    const c = this.collection(p.collection);
    const t = this.transaction(p.transactionId);
    const ordered = t ? undefined : this.matchOrdered(c, p);
    return select(ordered ?? this.match(c, p.filter, t, p.order), p);
  }

  /**
   * For a sorted, limited query an index already holds in the requested order: walks the index,
   * tests the filter, and stops after `offset + limit` matches plus the rest of the last match's
   * sort-key tie. Returns those documents in natural order, so `select` (mingo's stable sort, then
   * skip and limit) gives exactly what sorting every match would. Undefined when no index fits.
   */
  private matchOrdered(c: Collection, p: FindParams): Doc[] | undefined {
    const filter = p.filter ?? {};
    if (!p.order || !p.limit || p.limit < 0 || geoFields(filter).length) return undefined;
    const planned = planOrdered(filter, p.order, c.indexes);
    if (!planned) return undefined;
    const { index, prefix, reverse, sortWidth } = planned;
    const need = (p.offset ?? 0) + p.limit;
    const sortTo = prefix.length + sortWidth;
    const query = Object.keys(filter).length ? newQuery(filter) : undefined;
    const out: { seq: number; doc: Doc }[] = [];
    let tie: unknown[] | undefined;
    for (const e of index.walkPrefix(prefix, reverse)) {
      // Past the last needed match's sort values (prefix and sort fields): done.
      if (tie && index.comparePrefix(e, tie) !== 0) break;
      const doc = c.docs.get(e.docKey);
      if (!doc || (query && !query.test(doc))) continue;
      out.push({ seq: c.seqOf(e.docKey), doc });
      if (!tie && out.length >= need) tie = e.values.slice(0, sortTo);
    }
    return out.sort((a, b) => a.seq - b.seq).map((x) => x.doc);
  }

  count(collection: string, filter?: Doc): number {
    return this.match(this.collection(collection), filter).length;
  }

  aggregate(collection: string, stages: Doc[]): Doc[] {
    const c = this.collection(collection);
    let pipeline = stages;
    let docs: Doc[];
    const first = stages[0] ?? {};
    if ('$geoNear' in first) {
      docs = this.geoNearStage(c, first.$geoNear as Doc);
      pipeline = stages.slice(1);
    } else if ('$match' in first) {
      docs = this.match(c, first.$match as Doc);
      pipeline = stages.slice(1);
    } else {
      docs = [...c.docs.values()];
    }
    const resolver = (name: string): Doc[] => {
      const other = this.collections.get(name);
      return other ? [...other.docs.values()].map(clone) : [];
    };
    try {
      return newAggregator(pipeline, resolver).run(docs.map(clone)) as Doc[];
    } catch (err) {
      if (err instanceof CloudError) throw err;
      throw new CloudError('DATABASE_REQUEST_FAILED', `aggregate: ${(err as Error).message}`);
    }
  }

  private geoNearStage(c: Collection, spec: Doc): Doc[] {
    const key = (spec.key as string | undefined) ?? c.geoFields()[0];
    if (!key || !c.geoIndexed(key)) {
      throw new CloudError(
        'DATABASE_REQUEST_FAILED',
        `$geoNear requires a 2dsphere index on ${c.name}${key ? `.${key}` : ''}`,
      );
    }
    const center = asPoint(spec.near);
    if (!center) throw new CloudError('DATABASE_REQUEST_FAILED', '$geoNear: near must be a Point');
    const filter: Doc = { ...((spec.query as Doc) ?? {}) };
    filter[key] = {
      $nearSphere: {
        $geometry: spec.near,
        $maxDistance: spec.maxDistance,
        $minDistance: spec.minDistance,
      },
    };
    const multiplier = typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1;
    return this.match(c, filter).map((d) => {
      const out = clone(d);
      const p = asPoint(getPath(d, key));
      if (typeof spec.distanceField === 'string' && p) {
        out[spec.distanceField] = distanceMetres(p, center) * multiplier;
      }
      if (typeof spec.includeLocs === 'string') out[spec.includeLocs] = clone(getPath(d, key));
      return out;
    });
  }

  // ---------------------------------------------------------------- writes

  /** Applies plain changes: unique checks, snapshot images for open transactions; all or nothing. */
  private applyChanges(changes: Change[]): JournalRecord[] {
    const done: { c: Collection; key: string; old?: Doc }[] = [];
    try {
      for (const ch of changes) {
        const c = this.collection(ch.collection);
        const old = c.docs.get(ch.key);
        if (ch.doc) c.checkUnique(ch.key, ch.doc);
        this.captureSnapshots(c.name, ch.key, old);
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
    return changes.map((ch) =>
      ch.doc
        ? { op: 'put', c: ch.collection, d: toWire(ch.doc) }
        : { op: 'delete', c: ch.collection, id: ch.key },
    );
  }

  private captureSnapshots(collection: string, key: string, old: Doc | undefined): void {
    if (this.transactions.size === 0) return;
    const s = slot(collection, key);
    for (const t of this.transactions.values()) {
      if (!t.before.has(s) && !t.writes.has(s)) t.before.set(s, old ?? null);
    }
  }

  private async persist(records: JournalRecord[]): Promise<void> {
    if (!this.journal || records.length === 0) return;
    await this.journal.append(records.length === 1 ? records[0] : { op: 'batch', ops: records });
    // Periodic compaction: once the journal holds far more records than there are live documents.
    if (
      !this.compacting &&
      this.journal.size > 2 * this.liveRecords() + (this.opts.compactSlack ?? 100_000)
    ) {
      this.compact().catch((err: unknown) =>
        this.opts.log?.(`local-cloud: journal compaction failed: ${String(err)}`),
      );
    }
  }

  private waitFor(s: string): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(s) ?? [];
      list.push(resolve);
      this.waiters.set(s, list);
    });
  }

  /**
   * A plain (non-transaction) write: `compute` reads and decides synchronously, so filter and
   * update are atomic per document; a document locked by an open transaction makes it wait.
   */
  private async plainWrite<T>(compute: () => { changes: Change[]; result: T }): Promise<T> {
    for (;;) {
      const { changes, result } = compute();
      const locked = changes
        .map((ch) => slot(ch.collection, ch.key))
        .find((s) => this.locks.has(s));
      if (locked) {
        await this.waitFor(locked);
        continue;
      }
      await this.persist(this.applyChanges(changes));
      return result;
    }
  }

  private txnWrite(t: Transaction, c: Collection, key: string, doc: Doc | null): void {
    const s = slot(c.name, key);
    const holder = this.locks.get(s);
    if ((holder && holder !== t.id) || t.before.has(s)) {
      throw new CloudError(
        'DATABASE_TRANSACTION_CONFLICT',
        `[DATABASE_TRANSACTION_CONFLICT] Transaction is conflicting with other requests on ${c.name} ${key}`,
      );
    }
    if (doc) c.checkUnique(key, doc, (other) => t.writes.has(slot(c.name, other)));
    t.writes.set(s, doc);
    this.locks.set(s, t.id);
  }

  async insert(collection: string, docs: Doc[], transactionId?: string): Promise<unknown[]> {
    const c = this.collection(collection);
    const t = this.transaction(transactionId);
    const prepared = docs.map((d) => {
      const doc = clone(d);
      if (doc._id === undefined || doc._id === null) doc._id = newId();
      return { key: idKey(doc._id), doc };
    });
    const seen = new Set<string>();
    for (const { key, doc } of prepared) {
      if (seen.has(key) || this.viewDoc(c, key, t)) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(doc._id)} }`,
        );
      }
      seen.add(key);
    }
    const ids = prepared.map((p) => p.doc._id);
    if (t) {
      prepared.forEach(({ key, doc }) => this.txnWrite(t, c, key, doc));
      return ids;
    }
    return this.plainWrite(() => ({
      changes: prepared.map((p) => ({ collection, ...p })),
      result: ids,
    }));
  }

  async update(p: UpdateParams): Promise<{ updated: number; upsertedId: unknown }> {
    const c = this.collection(p.collection);
    const t = this.transaction(p.transactionId);
    const compute = (): { changes: Change[]; result: { updated: number; upsertedId: unknown } } => {
      const targets = this.match(c, p.filter, t);
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
    };
    if (t) {
      const { changes, result } = compute();
      changes.forEach((ch) => this.txnWrite(t, c, ch.key, ch.doc));
      return result;
    }
    return this.plainWrite(compute);
  }

  async updateAndReturn(
    collection: string,
    filter: Doc,
    data: Doc,
  ): Promise<{ updated: number; doc: Doc | null }> {
    const c = this.collection(collection);
    return this.plainWrite<{ updated: number; doc: Doc | null }>(() => {
      const target = this.match(c, filter)[0];
      if (!target) return { changes: [], result: { updated: 0, doc: null } };
      const next = applyUpdate(target, data, true);
      return {
        changes: next.changed ? [{ collection, key: idKey(target._id), doc: next.doc }] : [],
        result: { updated: next.changed ? 1 : 0, doc: next.doc },
      };
    });
  }

  async remove(
    collection: string,
    filter: Doc,
    multi: boolean,
    transactionId?: string,
  ): Promise<number> {
    const c = this.collection(collection);
    const t = this.transaction(transactionId);
    const compute = (): { changes: Change[]; result: number } => {
      const targets = this.match(c, filter, t);
      const chosen = multi ? targets : targets.slice(0, 1);
      return {
        changes: chosen.map((d) => ({ collection, key: idKey(d._id), doc: null })),
        result: chosen.length,
      };
    };
    if (t) {
      const { changes, result } = compute();
      changes.forEach((ch) => this.txnWrite(t, c, ch.key, null));
      return result;
    }
    return this.plainWrite(compute);
  }

  // ---------------------------------------------------------------- transactions

  startTransaction(): string {
    const t = new Transaction(newId(), this.now());
    t.timer = setTimeout(
      () => this.endTransaction(t, 'expired'),
      this.opts.transactionTimeoutMs ?? 30_000,
    );
    t.timer.unref();
    this.transactions.set(t.id, t);
    return t.id;
  }

  private endTransaction(t: Transaction, why: string): void {
    clearTimeout(t.timer);
    this.transactions.delete(t.id);
    this.finished.set(t.id, why);
    for (const s of t.writes.keys()) {
      if (this.locks.get(s) === t.id) this.locks.delete(s);
      const list = this.waiters.get(s);
      this.waiters.delete(s);
      list?.forEach((wake) => wake());
    }
  }

  async commitTransaction(id: string): Promise<void> {
    const t = this.transaction(id) as Transaction;
    const changes: Change[] = [...t.writes].map(([s, doc]) => {
      const [collection, key] = splitSlot(s);
      return { collection, key, doc };
    });
    let records: JournalRecord[];
    // Locks are ours until the end, so no plain write can interleave.
    const held = new Set(t.writes.keys());
    held.forEach((s) => this.locks.delete(s));
    try {
      records = this.applyChanges(changes);
    } catch (err) {
      this.endTransaction(t, 'aborted');
      throw err;
    }
    this.endTransaction(t, 'committed');
    if (records.length) await this.journal?.append({ op: 'batch', ops: records });
  }

  abortTransaction(id: string): void {
    this.endTransaction(this.transaction(id) as Transaction, 'aborted');
  }

  /** Every collection's documents, copied. */
  snapshot(): Record<string, Doc[]> {
    const out: Record<string, Doc[]> = {};
    for (const c of this.collections.values()) out[c.name] = [...c.docs.values()].map(clone);
    return out;
  }
}
