import { definePage } from '../../behaviors/define-page';
import { callCloud } from '../../services/call-cloud';
import { readCache, writeCache } from '../../services/cache';
import { getLocation, getLocationIfAllowed } from '../../services/location';
import { peekSession } from '../../services/session';
import { loadListPage, PagedList, type ListState } from '../../services/list-page';
import { privateState } from '../../services/state';
import { fairCardView, type FairCardView } from '../../services/view';
import type { ActionInput, GeoPoint } from '../../shared/index';

const state = privateState(() => ({
  list: new PagedList<FairCardView>(),
  near: undefined as GeoPoint | undefined,
  county: '',
}));

const CACHE_KEY = 'fairs:list';

definePage({
  data: {
    list: [] as FairCardView[],
    state: 'loading' as ListState,
    message: '',
    stale: false,
    /** What the list is about: 离您近的 / 浦北县的 / 全部. */
    whereText: '',
    usingLocation: false,
  },
  methods: {
    onLoad() {
      const cached = readCache<FairCardView[]>(CACHE_KEY);
      if (cached && cached.data.length) this.setData({ list: cached.data });
      void this.start();
    },
    onPullDownRefresh() {
      void this.load(true).then(() => wx.stopPullDownRefresh());
    },
    onReachBottom() {
      void this.load(false);
    },

    async start() {
      const s = state(this);
      s.near = await getLocationIfAllowed();
      // Without a session on the phone, fair.list itself logs in and picks the home county.
      s.county = peekSession()?.profile?.home.county ?? '';
      this.showWhere();
      await this.load(true);
      if (!s.county) {
        s.county = peekSession()?.profile?.home.county ?? '';
        this.showWhere();
      }
    },

    showWhere() {
      const s = state(this);
      this.setData({
        usingLocation: !!s.near,
        whereText: s.near ? '离您近的招聘会' : s.county ? `${s.county}的招聘会` : '近期招聘会',
      });
    },

    async load(reset: boolean): Promise<void> {
      const s = state(this);
      if (
        !reset &&
        (!s.list.hasMore || this.data.state === 'more' || this.data.state === 'loading')
      )
        return;
      this.setData({ state: reset ? 'loading' : 'more', message: '' });
      const input: ActionInput<'fair.list'> = {};
      if (s.near) input.near = s.near;
      else if (s.county) input.county = s.county;
      else input.home = true;
      let fellBack = false;
      const views = await loadListPage(this, s.list, reset, async (cursor) => {
        let out = await callCloud('fair.list', cursor ? { ...input, cursor } : input);
        if (!cursor && input.near && !out.items.length) {
          // Nothing within reach of the phone: show the home county's fairs instead.
          s.county ||= peekSession()?.profile?.home.county ?? '';
          if (s.county) {
            out = await callCloud('fair.list', { county: s.county });
            fellBack = true;
          }
        }
        const now = Date.now();
        return { items: out.items.map((f) => fairCardView(f, now)), nextCursor: out.nextCursor };
      });
      if (!views) return;
      if (fellBack) {
        s.near = undefined;
        this.showWhere();
      }
      if (reset) writeCache(CACHE_KEY, views);
    },

    onRetry() {
      void this.load(this.data.list.length === 0 || this.data.stale);
    },

    async onUseLocation() {
      const near = await getLocation();
      if (!near) {
        const county = state(this).county;
        wx.showToast({
          title: county ? `没拿到位置，先看${county}的` : '没拿到位置',
          icon: 'none',
          duration: 2500,
        });
        return;
      }
      state(this).near = near;
      this.showWhere();
      await this.load(true);
    },
  },
});
