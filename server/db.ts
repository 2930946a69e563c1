import type * as Cloud from 'wx-server-sdk';
import { DomainError, hasJunk } from '../miniprogram/shared/index';
import type { CollectionName } from './collections';

export type Database = ReturnType<typeof Cloud.database>;
type Collection = ReturnType<Database['collection']>;
type Aggregate = ReturnType<Collection['aggregate']>;
export type Command = Database['command'];

export interface FindOptions {
  orderBy?: [field: string, order: 'asc' | 'desc'][];
  skip?: number;
  limit?: number;
  fields?: Record<string, boolean>;
}

/** User text inside a regular expression matches itself only. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a write failed on a unique index (CloudBase reports MongoDB's E11000). */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: string; message?: string } | null;
  return /E11000|duplicate key/i.test(`${e?.errMsg ?? ''} ${e?.message ?? ''}`);
}

/**
 * The typed face of the CloudBase database the handlers use. wx-server-sdk types results
 * loosely (`Promise<X> | void | string`); they are narrowed here, once.
 */
export class Store {
  /** Documents this store inserted, changed or removed: zero after a write that did nothing. */
  changes = 0;

  constructor(readonly db: Database) {}

  get command(): Command {
    return this.db.command;
  }

  collection(name: CollectionName): Collection {
    return this.db.collection(name);
  }

  /** A geo point as the database stores it. */
  point(lat: number, lng: number): unknown {
    return new this.db.Geo.Point(lng, lat);
  }

  /**
   * A geo point as a plain GeoJSON object, for `_.set(...)` in updates: the SDK serialises a
   * `Geo.Point` inside `_.set` as `{longitude, latitude}`, which no 2dsphere index reads.
   */
  geoJson(lat: number, lng: number): { type: 'Point'; coordinates: [number, number] } {
    return { type: 'Point', coordinates: [lng, lat] };
  }

  /**
   * The only way user text becomes a database pattern: escaped (it matches itself only),
   * anchored at the start with `prefix`. Text a pattern cannot hold (NUL, other controls …) is
   * refused as bad input naming the field; the contracts refuse it first.
   */
  pattern(
    text: string,
    field: string,
    options: { prefix?: boolean; ignoreCase?: boolean } = {},
  ): unknown {
    if (hasJunk(text)) {
      throw new DomainError('INVALID_INPUT', '搜索的字里有看不见的特殊字符，请删掉后重新输入', {
        [field]: '请删掉特殊字符后重新输入',
      });
    }
    return this.db.RegExp({
      regexp: `${options.prefix ? '^' : ''}${escapeRegExp(text)}`,
      ...(options.ignoreCase ? { options: 'i' } : {}),
    });
  }

  async getById<T>(name: CollectionName, id: string): Promise<T | null> {
    const res = (await this.collection(name).where({ _id: id }).limit(1).get()) as unknown as {
      data: T[];
    };
    return res.data[0] ?? null;
  }

  async find<T>(name: CollectionName, where: object, options: FindOptions = {}): Promise<T[]> {
    let q = this.collection(name).where(where);
    for (const [field, order] of options.orderBy ?? []) q = q.orderBy(field, order);
    if (options.skip) q = q.skip(options.skip);
    q = q.limit(options.limit ?? 100);
    if (options.fields) q = q.field(options.fields);
    const res = (await q.get()) as unknown as { data: T[] };
    return res.data;
  }

  /** The documents with these ids (any order); none asked, none fetched. */
  async byIds<T>(
    name: CollectionName,
    ids: string[],
    fields?: Record<string, boolean>,
  ): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.find<T>(
      name,
      { _id: this.command.in(ids) },
      { limit: ids.length, ...(fields ? { fields } : {}) },
    );
  }

  async findOne<T>(name: CollectionName, where: object): Promise<T | null> {
    return (await this.find<T>(name, where, { limit: 1 }))[0] ?? null;
  }

  async count(name: CollectionName, where: object): Promise<number> {
    const res = (await this.collection(name).where(where).count()) as { total: number };
    return res.total;
  }

  /** Inserts one document and returns its _id. Throws on a unique-index violation. */
  async insert(name: CollectionName, doc: object): Promise<string> {
    const res = (await this.collection(name).add({ data: doc })) as { _id: string };
    this.changes += 1;
    return res._id;
  }

  /**
   * Inserts one document, or, when a unique index already holds its twin (a repeated or retried
   * write), finds the first one by `same` (the unique key). `earlier` is that document; `_id` is
   * the id of the document that stands.
   */
  async insertOnce<T extends { _id: string }>(
    name: CollectionName,
    doc: object,
    same: object,
  ): Promise<{ _id: string; earlier?: T }> {
    try {
      return { _id: await this.insert(name, doc) };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const earlier = await this.findOne<T>(name, same);
      if (!earlier) throw err;
      return { _id: earlier._id, earlier };
    }
  }

  /** Inserts many documents in one request (seeding, imports); returns their ids. */
  async insertMany(name: CollectionName, docs: object[]): Promise<string[]> {
    const res = (await this.collection(name).add({ data: docs as never })) as unknown as {
      _ids: string[];
    };
    this.changes += res._ids.length;
    return res._ids;
  }

  /** Updates every matching document atomically per document; returns how many changed. */
  async update(name: CollectionName, where: object, data: object): Promise<number> {
    const res = (await this.collection(name).where(where).update({ data })) as {
      stats: { updated: number };
    };
    this.changes += res.stats.updated;
    return res.stats.updated;
  }

  async remove(name: CollectionName, where: object): Promise<number> {
    const res = (await this.collection(name).where(where).remove()) as {
      stats: { removed: number };
    };
    this.changes += res.stats.removed;
    return res.stats.removed;
  }

  async aggregate<T>(name: CollectionName, build: (agg: Aggregate) => Aggregate): Promise<T[]> {
    const res = (await build(this.collection(name).aggregate()).end()) as { list: T[] };
    return res.list;
  }
}
