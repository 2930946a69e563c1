/**
 * The states of a worker's paged list (jobs, fairs, applications) and how a fetched page or a
 * failure is shown, the same way on every list.
 */
import { messageOf } from './errors';

export type ListState = 'loading' | 'error' | 'empty' | 'more' | 'end' | 'idle';

interface ListHost<T> {
  data: { list: T[] };
  setData(patch: Record<string, unknown>): void;
}

/**
 * The setData patch that appends `rows` to the array `key` now `start` long, by path
 * (`list[20]`, `list[21]`, …), so that only the new rows are sent.
 */
export function appendedRows(key: string, start: number, rows: unknown[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  rows.forEach((row, i) => (patch[`${key}[${start + i}]`] = row));
  return patch;
}

/**
 * Shows a fetched page. A first page replaces the list; a later page is appended by path.
 */
export function showListPage<T>(
  host: ListHost<T>,
  views: T[],
  hasMore: boolean,
  reset: boolean,
): void {
  const next: ListState = hasMore ? 'idle' : 'end';
  if (reset) {
    host.setData({ list: views, state: views.length ? next : 'empty', stale: false });
    return;
  }
  host.setData({ state: next, ...appendedRows('list', host.data.list.length, views) });
}

/**
 * A failed load. A list already on screen (from the cache) stays, marked as not fresh, with the
 * reason; otherwise the error state and its 重试.
 */
export function showListError<T>(host: ListHost<T>, err: unknown, reset: boolean): void {
  const message = messageOf(err);
  if (reset && host.data.list.length) host.setData({ state: 'idle', stale: true, message });
  else host.setData({ state: 'error', message });
}
