import { definePage } from '../../../behaviors/define-page';
import { call } from '../../lib/cloud';
import { shownError } from '../../../services/errors';
import { isCancel, saveImageToAlbum } from '../../../services/files';
import type { StatTrend, WeeklyReportView } from '../../../shared/models/stats';
import { formatDateTime } from '../../../shared/time';
import { placeOf } from '../../lib/place';
import { composeReport } from '../../lib/report-image';
import { privateState } from '../../../services/state';

/** The place's names from the top, as the dashboard passed them. */
const state = privateState(() => ({ path: [] as string[] }));

/**
 * 本周周报: the week's headline figures and trends of a place on one image, to send to a chat
 * the way county offices report upward (or save to the album where sharing is not possible).
 */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    title: '',
    periodLabel: '',
    figures: [] as WeeklyReportView['figures'],
    trends: [] as StatTrend[],
    imagePath: '',
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      state(this).path = decodeURIComponent(query['place'] ?? '')
        .split('/')
        .filter(Boolean);
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const report = await call('stats.weeklyReport', { place: placeOf(state(this).path) });
        this.setData({
          state: 'ready',
          title: report.title,
          periodLabel: `${report.period.label}（数字算到 ${report.period.to}）`,
          figures: report.figures,
          trends: report.trends,
          imagePath: '',
        });
        const image = await composeReport(report, formatDateTime(report.generatedAt));
        if (image) this.setData({ imagePath: image });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    /** 发到微信: WeChat's share-image sheet; where it is missing, the album instead. */
    onShare() {
      const path = this.data.imagePath;
      if (!path) return;
      if (typeof wx.showShareImageMenu !== 'function') {
        void this.onSave();
        return;
      }
      wx.showShareImageMenu({
        path,
        fail: (err) => {
          if (!isCancel(err)) void this.onSave();
        },
      });
    },

    async onSave() {
      if (this.data.saving || !this.data.imagePath) return;
      this.setData({ saving: true });
      try {
        await saveImageToAlbum(this.data.imagePath, '已保存到相册，可以发到群里');
      } finally {
        this.setData({ saving: false });
      }
    },
  },
});
