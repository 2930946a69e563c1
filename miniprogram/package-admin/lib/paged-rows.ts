import { appendNextPage, loadFirstRows, refreshOnPull } from '../../services/list-gestures';
import { PagedList, type Paged } from '../../services/list-page';
import { privateState } from '../../services/state';

type Host = WechatMiniprogram.Component.TrivialInstance & {
  fetchRows(cursor: string | undefined): Promise<Paged<unknown>>;
};

const list = privateState(() => new PagedList<unknown>());

/**
 * An admin page of `rows` its `fetchRows(cursor)` reads a page at a time: `load()` (the first
 * page, the rows shown emptied meanwhile), 下拉刷新 and 加载更多.
 */
export const pagedRows = Behavior({
  methods: {
    load(this: Host): Promise<void> {
      return loadFirstRows(this, list(this), (cursor) => this.fetchRows(cursor), { clear: true });
    },
    onPullDownRefresh(this: Host) {
      return refreshOnPull(() => (this as Host & { load(): Promise<void> }).load());
    },
    onReachBottom(this: Host) {
      return appendNextPage(this, 'rows', list(this), (cursor) => this.fetchRows(cursor));
    },
  },
});
