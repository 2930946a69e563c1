import { DomainError } from '../miniprogram/shared/index';
import type { CollectionName } from './collections';
import type { Command, Store } from './db';

/** The page size of every list (posts, applications, fairs, sign-ups, reviews). */
export const PAGE_SIZE = 20;

/**
 * Opaque page cursors: base64url JSON of the last item's sort key. Keyset pagination (not skip)
 * keeps pages stable while posts are added, and costs the same on page 50 as on page 1.
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The cursor's value, or a refusal when it was not made by us (or by this action). */
export function decodeCursor<T>(
  cursor: string | undefined,
  check: (v: unknown) => v is T,
): T | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!check(value)) {
    throw new DomainError('INVALID_INPUT', '列表已过期，请下拉刷新', { cursor: '翻页参数不对' });
  }
  return value;
}

/** A sort key: one field value plus the `_id` tie-breaker. */
export type SortKey = [value: string | number, id: string];

export function isSortKey(v: unknown): v is SortKey {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    (typeof v[0] === 'string' || typeof v[0] === 'number') &&
    typeof v[1] === 'string' &&
    /^[A-Za-z0-9_-]{1,64}$/.test(v[1])
  );
}

/** The condition "after this key" for a listing ordered by (field, _id), both in `order`. */
export function after(_: Command, field: string, key: SortKey, order: 'asc' | 'desc'): object {
  const [value, id] = key;
  const beyond = (v: string | number): unknown => (order === 'desc' ? _.lt(v) : _.gt(v));
  return _.or([{ [field]: beyond(value) }, { [field]: value, _id: beyond(id) }]);
}

/** Splits `limit + 1` fetched rows into the page and the next cursor. */
export function pageOf<D, T>(
  rows: D[],
  limit: number,
  keyOf: (row: D) => unknown,
  view: (row: D) => T,
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return {
    items: kept.map(view),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/**
 * One page of a listing ordered by (createdAt, _id) in `order`, from the cursor on: `limit + 1`
 * rows, for pageOf (the extra row says whether there is a next page).
 */
export function byCreatedAt<T>(
  store: Store,
  collection: CollectionName,
  filter: object,
  cursor: string | undefined,
  order: 'asc' | 'desc',
  limit: number,
  fields?: Record<string, boolean>,
): Promise<T[]> {
  const key = decodeCursor(cursor, isSortKey);
  const _ = store.command;
  return store.find<T>(
    collection,
    key ? _.and([filter, after(_, 'createdAt', key, order)]) : filter,
    {
      orderBy: [
        ['createdAt', order],
        ['_id', order],
      ],
      limit: limit + 1,
      ...(fields ? { fields } : {}),
    },
  );
}

/** A page (PAGE_SIZE, plus the row that tells of a next page) of a listing, newest first. */
export function newestFirst<T>(
  store: Store,
  collection: CollectionName,
  filter: object,
  cursor: string | undefined,
): Promise<T[]> {
  return byCreatedAt<T>(store, collection, filter, cursor, 'desc', PAGE_SIZE);
}

/** pageOf for the rows of byCreatedAt (or newestFirst) read PAGE_SIZE at a time. */
export function createdPageOf<D extends { createdAt: number; _id: string }, T>(
  rows: D[],
  view: (row: D) => T,
): { items: T[]; nextCursor: string | null } {
  return pageOf(rows, PAGE_SIZE, (r) => [r.createdAt, r._id], view);
}

/** An offset cursor, for lists ranked in memory or ordered by more than one key. */
type OffsetKey = { o: number };

/** The offset a cursor made by offsetPageOf stands for (0 without one); `max` bounds it. */
export function offsetOf(cursor: string | undefined, max = 100_000): number {
  const isOffset = (v: unknown): v is OffsetKey =>
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger((v as OffsetKey).o) &&
    (v as OffsetKey).o > 0 &&
    (v as OffsetKey).o < max;
  return decodeCursor(cursor, isOffset)?.o ?? 0;
}

/** Cuts `limit + 1` rows fetched from `offset` to a page and the offset cursor of the next one. */
export function offsetPageOf<T>(
  rows: T[],
  offset: number,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  return {
    items: rows.slice(0, limit),
    nextCursor:
      rows.length > limit ? encodeCursor({ o: offset + limit } satisfies OffsetKey) : null,
  };
}

/** Reads every matching row, 1000 at a time (the SDK's most per request). */
export async function readAll<T>(
  fetch: (skip: number, limit: number) => Promise<T[]>,
  max = 50_000,
): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; skip < max; skip += 1000) {
    const rows = await fetch(skip, 1000);
    out.push(...rows);
    if (rows.length < 1000) break;
  }
  return out;
}
