/**
 * What a list page does on opening (the first page), on 下拉刷新 and on reaching the bottom
 * (加载更多), once for every list whose rows are in one `data` array (the employer, cadre and admin
 * lists; the worker lists use `loadListPage`).
 */
import { shownError, type ShownError } from './errors';
import { toast } from './form';
import { appendedRows, type FetchPage, type PagedList } from './list-page';

type Host = WechatMiniprogram.Component.TrivialInstance & { load(): Promise<unknown> };

/** A page as these helpers see it. */
interface ListOwner {
  data: Record<string, unknown>;
  setData(patch: Record<string, unknown>): void;
}

/**
 * The first page of `list` into `data.rows` (each item as `view` shows it): `state` 'loading'
 * (the rows emptied too when `clear`), then 'ready', or 'error' with the reason in `loadError`.
 */
export function loadFirstRows<T, V = T>(
  owner: ListOwner,
  list: PagedList<T>,
  fetch: FetchPage<T>,
  options: { view?: (item: T) => V; clear?: boolean } = {},
): Promise<void> {
  const view = options.view ?? ((item: T) => item as unknown as V);
  owner.setData({ state: 'loading', loadError: '', ...(options.clear ? { rows: [] } : {}) });
  return list.first(fetch).then(
    (items) => {
      if (items) owner.setData({ state: 'ready', rows: items.map(view) });
    },
    (err: unknown) => owner.setData({ state: 'error', loadError: shownError(err).message }),
  );
}

/** Shows the rows the phone kept under `cacheKey` from the last visit, if any, as ready. */
export function showKeptRows(owner: ListOwner, cacheKey: string): void {
  const kept = wx.getStorageSync(cacheKey) as unknown;
  if (Array.isArray(kept) && kept.length) owner.setData({ rows: kept, state: 'ready' });
}

/**
 * The first page of a list the phone keeps (`cacheKey`): 'loading' unless rows are shown, then
 * 'ready' with the rows `first` resolves, kept for the next visit (`first` resolving undefined
 * leaves the page as it is). A failure over rows shown is a toast, unless `blocks` it; else
 * 'error' with `loadError`. Resolves the failure shown as the error state, else undefined.
 */
export function loadKeptRows<V>(
  owner: ListOwner,
  cacheKey: string,
  first: () => Promise<V[] | undefined>,
  blocks: (failure: ShownError) => boolean = () => false,
): Promise<ShownError | undefined> {
  const shown = (): number => (Array.isArray(owner.data.rows) ? owner.data.rows.length : 0);
  if (!shown() && owner.data.state !== 'loading') owner.setData({ state: 'loading' });
  return first().then(
    (rows) => {
      if (!rows) return undefined;
      owner.setData({ state: 'ready', rows, loadError: '' });
      wx.setStorageSync(cacheKey, rows);
      return undefined;
    },
    (err: unknown) => {
      const failure = shownError(err);
      if (shown() && !blocks(failure)) {
        toast(failure.message);
        return undefined;
      }
      owner.setData({ state: 'error', loadError: failure.message });
      return failure;
    },
  );
}

/** 下拉刷新: runs `load`, then folds the pull-down spinner away, also when `load` failed. */
export function refreshOnPull(load: () => Promise<unknown>): Promise<void> {
  const stop = (): void => {
    wx.stopPullDownRefresh();
  };
  return load().then(stop, (err: unknown) => {
    stop();
    throw err;
  });
}

/**
 * 加载更多: the next page of `list`, each item as `view` shows it, appended to the array
 * `data[key]` (only the new rows are sent). A failure is said in a toast; the rows shown stay.
 */
export function appendNextPage<T, V = T>(
  owner: ListOwner,
  key: string,
  list: PagedList<T>,
  fetch: FetchPage<T>,
  view: (item: T) => V = (item) => item as unknown as V,
): Promise<void> {
  return list.next(fetch).then(
    (more) => {
      if (!more) return;
      const shown = owner.data[key];
      const start = Array.isArray(shown) ? shown.length : 0;
      owner.setData(appendedRows(key, start, more.map(view)));
    },
    (err: unknown) => toast(shownError(err).message),
  );
}

let reloading: string | undefined;

/**
 * The behavior of a list page that loads again with its `load()`: when shown again once ready (a
 * row may have changed on the page it comes back from), and on 下拉刷新. Made on first use.
 */
export function reloadingList(): string {
  reloading ??= Behavior({
    methods: {
      onShow(this: Host) {
        if ((this.data as { state?: string }).state === 'ready') void this.load();
      },
      onPullDownRefresh(this: Host) {
        return refreshOnPull(() => this.load());
      },
    },
  });
  return reloading;
}
