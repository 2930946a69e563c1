import { definePage } from '../../../behaviors/define-page';
import { FAIR_STATUS_LABELS, type FairStatus } from '../../../shared/catalog/statuses';
import type { FairCard } from '../../../shared/models/fair';
import { chinaDay, formatDayWhen } from '../../../shared/time';
import type { ShownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';
import { PagedList, withCursor, type Paged } from '../../../services/list-page';
import {
  appendNextPage,
  loadKeptRows,
  reloadingList,
  showKeptRows,
} from '../../../services/list-gestures';
import { privateState } from '../../../services/state';

const CACHE_KEY = 'xp:cadre:fairs';

const TONES: Record<FairStatus, string> = {
  upcoming: 'tag-green',
  cancelled: 'tag-gray',
  finished: 'tag-gray',
};

interface Row {
  id: string;
  title: string;
  day: string;
  place: string;
  statusLabel: string;
  tone: string;
  open: boolean;
  today: boolean;
  seatsLeft: number;
  employers: number;
}

function rowOf(f: FairCard): Row {
  const now = Date.now();
  return {
    id: f._id,
    title: f.title,
    day: formatDayWhen(f.day, now),
    place: `${f.village} · ${f.address}`,
    statusLabel: FAIR_STATUS_LABELS[f.status],
    tone: TONES[f.status],
    open: f.status === 'upcoming',
    today: f.day === chinaDay(now),
    seatsLeft: f.seatsLeft,
    employers: f.employerCount,
  };
}

const list = privateState(() => new PagedList<Row>());

definePage({
  behaviors: [reloadingList()],
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    notCadre: false,
    rows: [] as Row[],
  },
  methods: {
    onLoad() {
      showKeptRows(this, CACHE_KEY);
      void this.load();
    },

    async load() {
      const first = () => list(this).first((cursor) => this.fetchRows(cursor));
      const forbidden = (failure: ShownError) => failure.code === 'FORBIDDEN';
      const failure = await loadKeptRows(this, CACHE_KEY, first, forbidden);
      if (failure) this.setData({ notCadre: forbidden(failure) });
    },

    async fetchRows(cursor: string | undefined): Promise<Paged<Row>> {
      const page = await call('fair.list', withCursor({ mine: true }, cursor));
      return { items: page.items.map(rowOf), nextCursor: page.nextCursor };
    },

    onReachBottom() {
      return appendNextPage(this, 'rows', list(this), (cursor) => this.fetchRows(cursor));
    },

    onGo(e: WechatMiniprogram.TouchEvent) {
      const { id, to } = e.currentTarget.dataset as { id: string; to: string };
      const param = to === 'fair-edit' ? `id=${id}` : `fairId=${id}`;
      wx.navigateTo({ url: `/package-cadre/pages/${to}/index?${param}` });
    },

    onNew() {
      wx.navigateTo({ url: '/package-cadre/pages/fair-edit/index' });
    },

    onRedeem() {
      wx.navigateTo({ url: '/package-cadre/pages/redeem/index' });
    },
  },
});
