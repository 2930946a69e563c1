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

/** One page of a paged action's output (`job.search`, `fair.list`, `admin.listPending`, …). */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/** Asks for the page after `cursor` (the first page when `cursor` is undefined). */
export type FetchPage<T> = (cursor: string | undefined) => Promise<Paged<T>>;

/** `input` with `cursor` when there is one (a first page sends none). */
export function withCursor<I extends object>(input: I, cursor: string | undefined): I {
  return cursor ? { ...input, cursor } : input;
}

/**
 * The one list controller: a paged list's cursor and request counter, kept out of `data` (one per
 * page instance, e.g. `privateState(() => new PagedList<Item>())`). A page shows only the answer
 * to its latest request: a first page asked again (pull-down refresh, another tab) drops the
 * answers of earlier requests, and the next page is asked for once at a time. Both methods resolve
 * `undefined` when there is nothing to show, and throw the latest request's error.
 */
export class PagedList<T> {
  private seq = 0;
  private cursor: string | null = null;
  private fetchingMore = false;

  get hasMore(): boolean {
    return this.cursor !== null;
  }

  /** The first page; until it comes there is no next page to ask for. */
  first(fetch: FetchPage<T>): Promise<T[] | undefined> {
    this.fetchingMore = false;
    this.cursor = null;
    return this.run(fetch, undefined, ++this.seq);
  }

  next(fetch: FetchPage<T>): Promise<T[] | undefined> {
    if (this.cursor === null || this.fetchingMore) return Promise.resolve(undefined);
    this.fetchingMore = true;
    const seq = this.seq;
    const done = () => {
      if (seq === this.seq) this.fetchingMore = false;
    };
    return this.run(fetch, this.cursor, seq).then(
      (items) => {
        done();
        return items;
      },
      (err: unknown) => {
        done();
        throw err;
      },
    );
  }

  // Promise chains rather than async/await: the compiled main package stays small (no regenerator).
  private run(
    fetch: FetchPage<T>,
    cursor: string | undefined,
    seq: number,
  ): Promise<T[] | undefined> {
    return fetch(cursor).then(
      (page) => {
        if (seq !== this.seq) return undefined;
        this.cursor = page.nextCursor;
        return page.items;
      },
      (err: unknown) => {
        if (seq !== this.seq) return undefined;
        throw err;
      },
    );
  }
}

/**
 * A worker list's load: the first page (`reset`) or the next through `list`, shown with
 * `showListPage` / `showListError`. Resolves the views shown (to cache), or undefined.
 */
export function loadListPage<V>(
  host: ListHost<V>,
  list: PagedList<V>,
  reset: boolean,
  fetch: FetchPage<V>,
): Promise<V[] | undefined> {
  return (reset ? list.first(fetch) : list.next(fetch)).then(
    (views) => {
      if (views) showListPage(host, views, list.hasMore, reset);
      return views;
    },
    (err: unknown) => {
      showListError(host, err, reset);
      return undefined;
    },
  );
}
