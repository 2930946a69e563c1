import { definePage } from '../../../behaviors/define-page';
import { call } from '../../lib/cloud';
import { shownError } from '../../../services/errors';
import { sendCsv } from '../../../services/files';
import { check, toast } from '../../../services/form';
import { privateState } from '../../../services/state';
import { dashboardInput, type DashboardView, type StatTrend } from '../../../shared/models/stats';
import { addDays, chinaDay } from '../../../shared/time';
import { crumbsOf, placeOf, type Crumb } from '../../lib/place';
import { refreshOnPull } from '../../../services/list-gestures';

type PeriodKind = 'week' | 'month' | 'custom';

/** A key as an element id ('workers.byPlace' → 'workers-byPlace'): a dot would read as a class. */
const domId = (key: string): string => key.replace(/\./g, '-');

interface TableView {
  id: string;
  key: string;
  title: string;
  words: string;
  columns: string[];
  rows: { label: string; values: number[]; drill: boolean }[];
}

interface SourceView {
  key: string;
  title: string;
  figures: { key: string; label: string; value: number; unit: string; words: string }[];
  tables: TableView[];
  trends: (StatTrend & { id: string })[];
}

const PERIODS: { key: PeriodKind; text: string }[] = [
  { key: 'week', text: '本周' },
  { key: 'month', text: '本月' },
  { key: 'custom', text: '自选日期' },
];

const state = privateState(() => ({ path: [] as string[] }));

/** What the page shows of the answer: tables know which rows open a place one level down. */
function sourcesOf(view: DashboardView): SourceView[] {
  const children = new Set(view.children);
  return view.sources.map((s) => ({
    key: s.key,
    title: s.title,
    figures: s.figures,
    trends: s.trends.map((t) => ({ ...t, id: domId(t.key) })),
    tables: s.tables.map((t) => {
      const byPlace = t.key.endsWith('.byPlace') && !!view.childLevel;
      return {
        id: domId(t.key),
        key: t.key,
        title: t.title,
        words: t.words,
        columns: t.columns,
        rows: t.rows.map((r) => ({ ...r, drill: byPlace && children.has(r.label) })),
      };
    }),
  }));
}

/**
 * 数据看板: the figures of the caller's area (admins) or town (cadres) for a period, by place,
 * 工种 and destination, with weekly charts; a row of a by-place table opens that place.
 */
definePage({
  data: {
    periods: PERIODS,
    period: 'week' as PeriodKind,
    from: '',
    to: '',
    today: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    periodError: '',
    periodLabel: '',
    placeName: '',
    crumbs: [] as Crumb[],
    sources: [] as SourceView[],
    exporting: '',
  },
  methods: {
    onLoad() {
      const today = chinaDay(Date.now());
      this.setData({ today, to: today, from: addDays(today, -29) });
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    /** The input of the view shown: period and place. */
    input() {
      const { period, from, to } = this.data;
      return {
        period: period === 'custom' ? { period, from, to } : { period },
        place: placeOf(state(this).path),
      };
    },

    async load() {
      const checked = check(dashboardInput, this.input());
      if (!checked.ok) {
        this.setData({ periodError: checked.message });
        return;
      }
      this.setData({ state: 'loading', loadError: '', periodError: '' });
      try {
        const view = await call('stats.dashboard', checked.data);
        state(this).path = view.place.path;
        this.setData({
          state: 'ready',
          periodLabel: `${view.period.label}（${view.period.from} 至 ${view.period.to}）`,
          placeName: view.place.name,
          crumbs: crumbsOf(view.place.path, view.place.rootDepth),
          sources: sourcesOf(view),
        });
      } catch (err) {
        const shown = shownError(err);
        // A refused custom period keeps the last figures on screen; the words say what to change.
        if (this.data.sources.length && this.data.period === 'custom')
          this.setData({ state: 'ready', periodError: shown.message });
        else this.setData({ state: 'error', loadError: shown.message });
      }
    },

    onPeriod(e: WechatMiniprogram.TouchEvent) {
      const key = e.currentTarget.dataset['key'] as PeriodKind;
      if (key === this.data.period) return;
      this.setData({ period: key });
      void this.load();
    },

    onFrom(e: WechatMiniprogram.PickerChange) {
      this.setData({ from: String(e.detail.value) });
      void this.load();
    },

    onTo(e: WechatMiniprogram.PickerChange) {
      this.setData({ to: String(e.detail.value) });
      void this.load();
    },

    /** A row of a by-place table: that place, one level down. */
    onDrill(e: WechatMiniprogram.TouchEvent) {
      const name = String(e.currentTarget.dataset['name'] ?? '');
      if (!name) return;
      state(this).path = [...state(this).path, name];
      void this.load();
    },

    /** A crumb of the breadcrumb: back up to that place. */
    onCrumb(e: WechatMiniprogram.TouchEvent) {
      const depth = Number(e.currentTarget.dataset['depth']);
      const s = state(this);
      if (!depth || depth >= s.path.length) return;
      s.path = s.path.slice(0, depth);
      void this.load();
    },

    /** 导出: the table as CSV from the server, written to a file and sent to a chat. */
    async onExport(e: WechatMiniprogram.TouchEvent) {
      const table = String(e.currentTarget.dataset['table'] ?? '');
      if (!table || this.data.exporting) return;
      this.setData({ exporting: table });
      try {
        const out = await call('stats.export', { ...this.input(), table });
        await sendCsv(out);
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ exporting: '' });
      }
    },

    onWeekly() {
      const place = encodeURIComponent(state(this).path.join('/'));
      wx.navigateTo({ url: `/package-admin/pages/weekly-report/index?place=${place}` });
    },
  },
});
