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
 * Shows a fetched page. A first page replaces the list; a later page is appended by path
 * (`list[20]`, `list[21]`, …) so that setData carries only the new rows.
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
  const patch: Record<string, unknown> = { state: next };
  const base = host.data.list.length;
  views.forEach((v, i) => (patch[`list[${base + i}]`] = v));
  host.setData(patch);
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
