import { CloudError } from './cloud-error';
import type { Collection } from './collection';
import { inPositionOrder } from './collection-index';
import { clone, type Doc } from './ejson';
import {
  asPoint,
  distanceMetres,
  EARTH_RADIUS_M,
  extractNear,
  geoFields,
  geometryPositions,
  type Position,
} from './geo';
import { compileFilter } from './fast-filter';
import { newAggregator, newQuery } from './mingo-engine';
import { plan, planOrdered, planPointLookup } from './query-planner';
import { select, type SelectOptions } from './select';
import type { Transaction } from './transaction';
import type { Transactions } from './transactions';
import { compareValues, getPath } from './value-order';

/** The collections a read may reach. */
export interface Catalog {
  collection(name: string): Collection;
  readonly collections: Map<string, Collection>;
}

export interface ReadOptions {
  /** Fail (instead of only logging) a query that scans more than `scanLimit` documents without an index. */
  strictIndexes?: boolean;
  scanLimit?: number;
  log?: (line: string) => void;
}

export interface FindParams extends SelectOptions {
  collection: string;
  filter?: Doc;
  transactionId?: string;
}

/** How a find was answered (MongoDB's explain, in short). */
export interface Explain {
  /** The index read (`a | b` for an `$or` of branches), or undefined for a collection scan. */
  index?: string;
  /** Whether the index gave the requested order, so the read stopped near the limit. */
  ordered: boolean;
  /** Index entries or documents examined. */
  examined: number;
}

/** Sorts matches by distance from `center`, ties in the given (natural) order. */
function byDistance(docs: Doc[], field: string, center: Position): Doc[] {
  const metres = (d: Doc): number => {
    const p = asPoint(getPath(d, field));
    return p ? distanceMetres(p, center) : Infinity;
  };
  return docs
    .map((d, i) => ({ d, i, m: metres(d) }))
    .sort((a, b) => a.m - b.m || a.i - b.i)
    .map((x) => x.d);
}

/**
 * How many documents a pipeline uses from its first stage: the `$limit` (plus `$skip`s) reached
 * through stages that neither drop nor reorder documents; otherwise all.
 */
function limitAfter(pipeline: Doc[]): number {
  let skipped = 0;
  for (const stage of pipeline) {
    const [op] = Object.keys(stage);
    if (op === '$limit') return skipped + Number(stage.$limit);
    if (op === '$skip') skipped += Number(stage.$skip);
    else if (!['$project', '$addFields', '$set', '$unset'].includes(op)) return Infinity;
  }
  return Infinity;
}

/** Candidate documents for top-level `$geoWithin`/`$geoIntersects` conditions, from the 2dsphere index. */
function geoCandidates(c: Collection, filter: Doc): ReadonlySet<string> | undefined {
  for (const [field, cond] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(cond)) {
      for (const branch of cond) {
        const found = geoCandidates(c, branch as Doc);
        if (found) return found;
      }
      continue;
    }
    const index = c.geoIndex(field);
    if (!index || typeof cond !== 'object' || cond === null) continue;
    const spec = ((cond as Doc).$geoWithin ?? (cond as Doc).$geoIntersects) as Doc | undefined;
    if (!spec) continue;
    const sphere = spec.$centerSphere as [Position, number] | undefined;
    if (Array.isArray(sphere) && asPoint(sphere[0]) && typeof sphere[1] === 'number') {
      return index.withinCircle(asPoint(sphere[0]) as Position, sphere[1] * EARTH_RADIUS_M);
    }
    const points = geometryPositions(spec.$geometry);
    if (points.length) return index.withinBox(points);
  }
  return undefined;
}

/**
 * An aggregation result as MongoDB returns it: an expression that gives no value (e.g.
 * `$arrayElemAt` past the end) leaves its field out, rather than null on the wire.
 */
function withoutMissing(doc: Doc): Doc {
  for (const [k, v] of Object.entries(doc)) {
    if (v === undefined) delete doc[k];
    else if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      withoutMissing(v as Doc);
  }
  return doc;
}

/**
 * The documents under `keys` that pass `test`, in natural order, at most `need` of them; keys
 * not `natural` yet are put in natural order first.
 */
function inNaturalOrder(
  c: Collection,
  keys: ReadonlySet<string>,
  natural: boolean,
  test: (d: Doc) => boolean,
  need: number,
): Doc[] {
  const out: Doc[] = [];
  for (const key of natural ? keys : inPositionOrder(keys, (k) => c.seqOf(k))) {
    if (out.length >= need) break;
    const d = c.docs.get(key);
    if (d !== undefined && test(d)) out.push(d);
  }
  return out;
}

/** Queries, counts and aggregation: index plans, ordered index walks, geo order, snapshot views. */
export class Reads {
  private readonly reportedScans = new Set<string>();

  constructor(
    private readonly catalog: Catalog,
    private readonly transactions: Transactions,
    private readonly opts: ReadOptions,
  ) {}

  find(p: FindParams): Doc[] {
    return this.findExplained(p).docs;
  }

  /** The plan a find takes and what it examined (tests prove index use with it). */
  explain(p: FindParams): Explain {
    return this.findExplained(p).explain;
  }

  private findExplained(p: FindParams): { docs: Doc[]; explain: Explain } {
    const c = this.catalog.collection(p.collection);
    const t = this.transactions.use(p.transactionId);
    const explain: Explain = { ordered: false, examined: 0 };
    const ordered = t ? undefined : this.matchOrdered(c, p, explain);
    if (ordered) {
      return {
        docs: select(ordered.docs, ordered.sorted ? { ...p, order: undefined } : p),
        explain,
      };
    }
    const sorted = p.order && Object.keys(p.order).length > 0;
    const need = sorted || p.limit === undefined ? Infinity : (p.offset ?? 0) + p.limit;
    const docs = select(this.match(c, p.filter, t, p.order, need, explain), p);
    return { docs, explain };
  }

  count(collection: string, filter?: Doc): number {
    return this.match(this.catalog.collection(collection), filter).length;
  }

  /**
   * Documents matching a filter in natural order, or nearest first for `$nearSphere`. `need`
   * (how many the caller will use) lets a near search stop once it has that many.
   */
  match(
    c: Collection,
    filter: Doc = {},
    t?: Transaction,
    order?: Record<string, unknown>,
    need = Infinity,
    explain?: Explain,
  ): Doc[] {
    const geo = geoFields(filter);
    for (const field of geo) {
      if (!c.geoIndexed(field)) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `unable to find index for $geoNear query: no 2dsphere index on ${c.name}.${field} (declare it in database/collections.json)`,
        );
      }
    }
    const { filter: engineFilter, near } = extractNear(filter);
    const filtered = Object.keys(engineFilter).length > 0;
    const test = filtered ? this.testOf(engineFilter) : (): boolean => true;
    if (t) {
      const view = this.transactions.viewAll(c, t);
      if (explain) explain.examined = view.length;
      const matched = view.filter(test);
      return near ? byDistance(matched, near.field, near.center) : matched;
    }
    const geoIndex = near ? c.geoIndex(near.field) : undefined;
    if (near && geoIndex && !planPointLookup(engineFilter, c.indexes).candidates) {
      const out: Doc[] = [];
      const bySeq = (a: string, b: string): number => c.seqOf(a) - c.seqOf(b);
      // The index yields only points within the distance band, so the rest of the filter decides.
      const { [near.field]: _near, ...rest } = engineFilter;
      const fast = near.field in engineFilter ? compileFilter(rest) : undefined;
      const accept = (key: string): boolean => {
        if (explain) explain.examined++;
        const doc = c.docs.get(key);
        return doc !== undefined && (fast ? fast(doc) : test(doc));
      };
      if (explain) explain.index = `${near.field} (2dsphere)`;
      for (const hit of geoIndex.nearest(near.center, near, bySeq, accept)) {
        out.push(c.docs.get(hit.docKey) as Doc);
        if (out.length >= need) break;
      }
      return out;
    }
    const { candidates, natural = false, index } = plan(engineFilter, c.indexes);
    const keys = candidates ?? (geo.length ? geoCandidates(c, engineFilter) : undefined);
    // Every candidate key's position is read (keysExamined); a scan counts the documents it reads.
    if (explain) {
      explain.index = candidates ? index : keys ? '2dsphere' : undefined;
      explain.examined = keys ? keys.size : 0;
    }
    // Natural order is the order a caller may cut at `need` (a near search orders by distance).
    const upTo = near ? Infinity : need;
    let matched: Doc[];
    if (keys) matched = inNaturalOrder(c, keys, natural, test, upTo);
    else {
      this.checkScan(c, engineFilter, geo.length > 0, order);
      matched = [];
      for (const d of c.docs.values()) {
        if (matched.length >= upTo) break;
        if (explain) explain.examined++;
        if (test(d)) matched.push(d);
      }
    }
    return near ? byDistance(matched, near.field, near.center) : matched;
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
    const text = `local-cloud: a query on "${c.name}" scans ${c.size} documents without a usable index: ${JSON.stringify(filter)}${orderFields.length ? ` orderBy ${JSON.stringify(order)}` : ''}. Declare an index in database/collections.json.`;
    if (this.opts.strictIndexes) throw new CloudError('DATABASE_REQUEST_FAILED', text);
    const shape = `${c.name}:${JSON.stringify(Object.keys(filter))}:${orderFields.join(',')}`;
    if (!this.reportedScans.has(shape)) {
      this.reportedScans.add(shape);
      this.opts.log?.(text);
    }
  }

  /**
   * For a sorted, limited query an index already holds in the requested order: walks the index,
   * tests the filter, and stops after `offset + limit` matches plus the rest of the last match's
   * sort-key tie. The documents come `sorted` as mingo's stable sort gives them (index order,
   * ties by a trailing `_id` the index lacks, then natural order), so `select` only skips,
   * limits and projects: mingo's sort, whose garbage made the server's young-generation
   * collections 10–40 ms instead of 1 ms, stays off the path of list pages. With ids that are
   * not strings or numbers they come in natural order for `select` to sort. Undefined when no
   * index fits.
   */
  private matchOrdered(
    c: Collection,
    p: FindParams,
    explain: Explain,
  ): { docs: Doc[]; sorted: boolean } | undefined {
    const filter = p.filter ?? {};
    if (!p.order || !p.limit || p.limit < 0 || geoFields(filter).length) return undefined;
    const planned = planOrdered(filter, p.order, c.indexes);
    if (!planned) return undefined;
    const { index, prefix, reverse, sortWidth } = planned;
    const need = (p.offset ?? 0) + p.limit;
    const sortTo = prefix.length + sortWidth;
    const test = Object.keys(filter).length ? this.testOf(filter) : undefined;
    const out: { seq: number; doc: Doc; values: unknown[] }[] = [];
    let tie: unknown[] | undefined;
    let examined = 0;
    for (const e of index.walkPrefix(prefix, reverse)) {
      // Past the last needed match's sort values (prefix and sort fields): done.
      if (tie && index.comparePrefix(e, tie) !== 0) break;
      examined++;
      const doc = c.docs.get(e.docKey);
      if (!doc || (test && !test(doc))) continue;
      out.push({ seq: c.seqOf(e.docKey), doc, values: e.values });
      if (!tie && out.length >= need) tie = e.values.slice(0, sortTo);
    }
    Object.assign(explain, { index: index.decl.name, ordered: true, examined });
    // A trailing `_id` the index does not hold orders each run of ties (string or number ids;
    // others are left to mingo's sort).
    const byId = sortWidth < Object.keys(p.order).length ? (p.order._id === -1 ? -1 : 1) : 0;
    const plainId = (x: { doc: Doc }): boolean =>
      typeof x.doc._id === 'string' || typeof x.doc._id === 'number';
    if (byId && !out.every(plainId)) {
      return { docs: out.sort((a, b) => a.seq - b.seq).map((x) => x.doc), sorted: false };
    }
    const inRun = (a: (typeof out)[number], b: (typeof out)[number]): number =>
      (byId && byId * compareValues(a.doc._id, b.doc._id)) || a.seq - b.seq;
    // Index order; within a run of equal sort values, by `_id` when asked, then natural order
    // (mingo's sort is stable).
    const tied = (a: unknown[], b: unknown[]): boolean => {
      for (let i = prefix.length; i < sortTo; i++)
        if (compareValues(a[i], b[i]) !== 0) return false;
      return true;
    };
    const docs: Doc[] = [];
    for (let from = 0; from < out.length;) {
      let to = from + 1;
      while (to < out.length && tied(out[from].values, out[to].values)) to++;
      const run = to - from > 1 ? out.slice(from, to).sort(inRun) : [out[from]];
      for (const x of run) docs.push(x.doc);
      from = to;
    }
    return { docs, sorted: true };
  }

  /** A filter's test: the plain JavaScript one when it can decide, else mingo's (built once). */
  private testOf(filter: Doc): (doc: Doc) => boolean {
    const fast = compileFilter(filter);
    if (fast) return fast;
    const query = newQuery(filter);
    return (d) => query.test(d);
  }

  aggregate(collection: string, stages: Doc[]): Doc[] {
    const c = this.catalog.collection(collection);
    let pipeline = stages;
    let docs: Doc[];
    const first = stages[0] ?? {};
    if ('$geoNear' in first) {
      pipeline = stages.slice(1);
      docs = this.geoNearStage(c, first.$geoNear as Doc, limitAfter(pipeline));
    } else if ('$match' in first) {
      docs = this.match(c, first.$match as Doc);
      pipeline = stages.slice(1);
    } else {
      docs = [...c.docs.values()];
    }
    const resolver = (name: string): Doc[] => {
      const other = this.catalog.collections.get(name);
      return other ? [...other.docs.values()].map(clone) : [];
    };
    try {
      return (newAggregator(pipeline, resolver).run(docs.map(clone)) as Doc[]).map(withoutMissing);
    } catch (err) {
      if (err instanceof CloudError) throw err;
      throw new CloudError('DATABASE_REQUEST_FAILED', `aggregate: ${(err as Error).message}`);
    }
  }

  private geoNearStage(c: Collection, spec: Doc, need: number): Doc[] {
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
    return this.match(c, filter, undefined, undefined, need).map((d) => {
      const out = clone(d);
      const p = asPoint(getPath(d, key));
      if (typeof spec.distanceField === 'string' && p) {
        out[spec.distanceField] = distanceMetres(p, center) * multiplier;
      }
      if (typeof spec.includeLocs === 'string') out[spec.includeLocs] = clone(getPath(d, key));
      return out;
    });
  }
}
