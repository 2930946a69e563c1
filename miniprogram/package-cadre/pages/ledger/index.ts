import { definePage } from '../../../behaviors/define-page';
import { choseFilter } from '../../lib/filter';
import {
  FOCUS_GROUP_LABELS,
  PLACEMENT_LABELS,
  SITUATION_LABELS,
} from '../../../shared/catalog/workforce';
import type { LedgerRow } from '../../../shared/models/workforce';
import { formatDay } from '../../../shared/time';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { appendNextPage, reloadingList } from '../../../services/list-gestures';
import { PagedList, withCursor } from '../../../services/list-page';
import { privateState } from '../../../services/state';

type Filter = 'all' | 'looking' | 'placed' | 'focus' | 'deletion';

interface Row {
  id: string;
  name: string;
  village: string;
  phone: string;
  status: string;
  focus: string;
  visit: string;
  deletion: boolean;
}

function rowOf(p: LedgerRow): Row {
  return {
    id: p._id,
    name: p.name,
    village: p.village,
    phone: p.phone,
    status: p.placed ? `已就业 · ${PLACEMENT_LABELS[p.placed.how]}` : SITUATION_LABELS[p.situation],
    focus: p.focusGroup ? FOCUS_GROUP_LABELS[p.focusGroup] : '',
    visit: p.nextVisitDay ? `${formatDay(p.nextVisitDay)} 走访` : '',
    deletion: p.deletionRequested,
  };
}

const FILTER_INPUT: Record<Filter, Record<string, boolean>> = {
  all: {},
  looking: { looking: true },
  placed: { looking: false },
  focus: { focusOnly: true },
  deletion: { deletionRequested: true },
};

const list = privateState(() => new PagedList<LedgerRow>());

/** 劳动力台账: the town's people by village, who is due a visit, and the village counts. */
definePage({
  behaviors: [reloadingList()],
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    villages: [] as { village: string; total: number; placed: number; looking: number }[],
    village: '',
    filter: 'all' as Filter,
    filters: [
      { id: 'all', label: '全部' },
      { id: 'looking', label: '还在找活' },
      { id: 'placed', label: '已就业' },
      { id: 'focus', label: '重点人群' },
      { id: 'deletion', label: '要求删除' },
    ],
    due: [] as Row[],
    people: [] as Row[],
    listState: 'loading' as 'loading' | 'ready' | 'error',
  },
  methods: {
    onLoad() {
      void this.load();
    },

    async load() {
      try {
        const [counts, due] = await Promise.all([
          call('ledger.villageCounts', {}),
          call('ledger.dueVisits', {}),
        ]);
        this.setData({
          state: 'ready',
          villages: counts.villages.map((v) => ({
            village: v.village,
            total: v.total,
            placed: v.placedThisMonth,
            looking: v.stillLooking,
          })),
          due: due.items.map(rowOf),
        });
        await this.loadPeople();
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    fetchPeople(cursor: string | undefined) {
      const { village, filter } = this.data;
      return call(
        'ledger.list',
        withCursor({ ...(village ? { village } : {}), ...FILTER_INPUT[filter] }, cursor),
      );
    },

    async loadPeople() {
      this.setData({ listState: 'loading' });
      try {
        const rows = await list(this).first((cursor) => this.fetchPeople(cursor));
        if (rows) this.setData({ listState: 'ready', people: rows.map(rowOf) });
      } catch (err) {
        this.setData({ listState: 'error', loadError: shownError(err).message });
      }
    },

    onReachBottom() {
      return appendNextPage(
        this,
        'people',
        list(this),
        (cursor) => this.fetchPeople(cursor),
        rowOf,
      );
    },

    onVillage(e: WechatMiniprogram.TouchEvent) {
      const { village } = e.currentTarget.dataset as { village: string };
      this.setData({ village: village === this.data.village ? '' : village });
      void this.loadPeople();
    },

    onFilter(e: WechatMiniprogram.TouchEvent) {
      if (choseFilter(this, e)) void this.loadPeople();
    },

    onPerson(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-cadre/pages/ledger-person/index?personId=${id}` });
    },

    onPublicJobs() {
      wx.navigateTo({ url: '/package-cadre/pages/public-jobs/index' });
    },

    onAdd() {
      wx.navigateTo({ url: '/package-cadre/pages/ledger-form/index' });
    },
  },
});
