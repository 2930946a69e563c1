import { definePage } from '../../behaviors/define-page';
import type { VoiceSearchChange } from '../../components/voice-search/types';
import { callCloud } from '../../services/call-cloud';
import { readCache, writeCache } from '../../services/cache';
import {
  CATEGORY_CHOICES,
  COUNTY_CHOICES,
  EMPTY_FILTERS,
  PAY_CHOICES,
  SORT_CHOICES,
  searchInput,
  type JobFilters,
  type SortValue,
} from '../../services/filters';
import { getLocation, getLocationIfAllowed } from '../../services/location';
import { getSession, peekSession } from '../../services/session';
import { loadListPage, PagedList, type ListState } from '../../services/list-page';
import { privateState } from '../../services/state';
import { jobCardView, type JobCardView } from '../../services/view';
import type { GeoPoint } from '../../shared/index';

type Mode = 'recommend' | 'search';

const state = privateState(() => ({
  list: new PagedList<JobCardView>(),
  near: undefined as GeoPoint | undefined,
  /** What is typed in the search box, applied on 搜索 (no re-render per key). */
  keyword: '',
}));

const CACHE_RECOMMEND = 'jobs:recommend';
const CACHE_SEARCH = 'jobs:search';

function labelsOf(f: JobFilters) {
  return {
    countyText: f.county || f.city || f.province || '地区',
    categoryText:
      CATEGORY_CHOICES.find((c) => c.value === f.category && f.category)?.label ?? '工种',
    payText:
      PAY_CHOICES.find((p) => p.value === f.minPay && f.minPay)?.label ??
      (f.minPay ? `${f.minPay}元以上` : '工资'),
  };
}

definePage({
  data: {
    mode: 'recommend' as Mode,
    list: [] as JobCardView[],
    state: 'loading' as ListState,
    message: '',
    /** The list on screen is the cached one; the network failed. */
    stale: false,
    needProfile: false,
    filters: { ...EMPTY_FILTERS },
    ...labelsOf(EMPTY_FILTERS),
    countyRange: COUNTY_CHOICES.map((c) => c.label),
    categoryRange: CATEGORY_CHOICES.map((c) => c.label),
    payRange: PAY_CHOICES.map((p) => p.label),
    sorts: SORT_CHOICES,
  },
  methods: {
    onLoad() {
      this.showCached();
      // The list's call carries the login on a fresh phone; the session is asked after it.
      void this.load(true)
        .then(() => getSession())
        .then((s) => this.setData({ needProfile: !s.profile }))
        .catch(() => undefined);
    },
    onShow() {
      // Back from the 求职意向 form: recommendations can now use it.
      if (this.data.needProfile && peekSession()?.profile) {
        this.setData({ needProfile: false });
        if (this.data.mode === 'recommend') void this.load(true);
      }
    },
    onPullDownRefresh() {
      void this.load(true).then(() => wx.stopPullDownRefresh());
    },
    onReachBottom() {
      void this.load(false);
    },
    onShareAppMessage() {
      return { title: '乡聘：家门口找工作，求职不收费', path: '/pages/jobs/index' };
    },

    showCached() {
      if (this.data.mode === 'recommend') {
        const cached = readCache<JobCardView[]>(CACHE_RECOMMEND);
        if (cached && cached.data.length) this.setData({ list: cached.data, state: 'loading' });
      } else {
        const cached = readCache<{ key: string; list: JobCardView[] }>(CACHE_SEARCH);
        if (
          cached &&
          cached.data.key === JSON.stringify(this.data.filters) &&
          cached.data.list.length
        ) {
          this.setData({ list: cached.data.list, state: 'loading' });
        }
      }
    },

    async load(reset: boolean): Promise<void> {
      const s = state(this);
      if (
        !reset &&
        (!s.list.hasMore || this.data.state === 'more' || this.data.state === 'loading')
      )
        return;
      const mode = this.data.mode;
      const filters = this.data.filters;
      if (reset) {
        if (this.data.state !== 'loading' || this.data.message)
          this.setData({ state: 'loading', message: '' });
      } else {
        this.setData({ state: 'more' });
      }
      const views = await loadListPage(this, s.list, reset, async (cursor) => {
        let near = s.near;
        if (mode === 'recommend' && !near) near = s.near = await getLocationIfAllowed();
        const out =
          mode === 'recommend'
            ? await callCloud('job.recommend', {
                ...(near ? { near } : {}),
                ...(cursor ? { cursor } : {}),
                limit: 20,
              })
            : await callCloud(
                'job.search',
                searchInput(filters, filters.sort === 'distance' ? near : undefined, cursor),
              );
        return { items: out.items.map(jobCardView), nextCursor: out.nextCursor };
      });
      if (views && reset && mode === 'recommend') writeCache(CACHE_RECOMMEND, views);
      else if (views && reset)
        writeCache(CACHE_SEARCH, { key: JSON.stringify(filters), list: views });
    },

    onRetry() {
      void this.load(this.data.list.length === 0 || this.data.stale);
    },

    onMode(e: WechatMiniprogram.TouchEvent) {
      const mode = e.currentTarget.dataset['mode'] as Mode;
      if (mode === this.data.mode) return;
      this.setData({ mode, list: [], stale: false });
      this.showCached();
      void this.load(true);
    },

    applyFilters(patch: Partial<JobFilters>) {
      const filters = { ...this.data.filters, ...patch };
      this.setData({ filters, ...labelsOf(filters), list: [], stale: false });
      this.showCached();
      void this.load(true);
    },

    onCountyPick(e: WechatMiniprogram.PickerChange) {
      const choice = COUNTY_CHOICES[Number(e.detail.value)];
      if (choice) this.applyFilters({ county: choice.county, province: '', city: '' });
    },
    onCategoryPick(e: WechatMiniprogram.PickerChange) {
      const choice = CATEGORY_CHOICES[Number(e.detail.value)];
      if (choice) this.applyFilters({ category: choice.value });
    },
    onPayPick(e: WechatMiniprogram.PickerChange) {
      const choice = PAY_CHOICES[Number(e.detail.value)];
      if (choice) this.applyFilters({ minPay: choice.value });
    },
    onToggleMealsHousing() {
      this.applyFilters({ mealsHousing: !this.data.filters.mealsHousing });
    },
    onToggleDaily() {
      this.applyFilters({ daily: !this.data.filters.daily });
    },
    onKeywordInput(e: WechatMiniprogram.Input) {
      state(this).keyword = e.detail.value;
    },
    onKeywordConfirm() {
      this.applyFilters({ keyword: state(this).keyword });
    },
    onClearFilters() {
      state(this).keyword = '';
      this.applyFilters({ ...EMPTY_FILTERS });
    },

    async onSort(e: WechatMiniprogram.TouchEvent) {
      const sort = e.currentTarget.dataset['sort'] as SortValue;
      if (sort === this.data.filters.sort) return;
      if (sort !== 'distance') {
        this.applyFilters({ sort });
        return;
      }
      const near = await getLocation();
      if (near) {
        state(this).near = near;
        this.applyFilters({ sort });
        return;
      }
      // Location refused or unavailable: search the worker's own county instead.
      const county = peekSession()?.profile?.home.county;
      wx.showToast({
        title: county ? `没拿到位置，先找${county}的工作` : '没拿到位置，请选地区',
        icon: 'none',
        duration: 2500,
      });
      if (county) this.applyFilters({ sort: 'newest', county });
    },

    /** 按住说话: the filters the worker said (or what a removed chip changes). */
    onVoiceSearch(e: WechatMiniprogram.CustomEvent<VoiceSearchChange>) {
      if (e.detail.near) state(this).near = e.detail.near;
      if (this.data.mode !== 'search') this.setData({ mode: 'search' });
      this.applyFilters(e.detail.filters);
    },

    onFillProfile() {
      wx.navigateTo({ url: '/pages/profile/index' });
    },
  },
});
