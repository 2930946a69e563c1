import { largeText } from '../../../behaviors/large-text';
import { formatDateTime, formatDay } from '../../../shared/time';
import { isCancel, shareFile, withBom, writeUserFile } from '../../lib/files';
import { shownError, toast } from '../../../services/form';
import { call } from '../../lib/cloud';

interface SlotRow {
  id: string;
  label: string;
  signedUp: number;
  capacity: number;
  checkedIn: number;
  /** Share of sign-ups who came, for the bar. */
  rate: number;
}

Component({
  behaviors: [largeText],
  data: {
    rootFontSize: 'system',
    fairId: '',
    fairTitle: '',
    fairDay: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    totals: { signedUp: 0, checkedIn: 0, proxy: 0, agreements: 0 },
    slots: [] as SlotRow[],
    inviters: [] as { label: string; count: number }[],
    agreements: [] as { id: string; who: string; what: string; when: string }[],
    exporting: false,
    exported: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.load();
    },

    async onPullDownRefresh() {
      await this.load();
      wx.stopPullDownRefresh();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const fairId = this.data.fairId;
        const [stats, fair] = await Promise.all([
          call('fair.stats', { fairId }),
          call('fair.get', { fairId }),
        ]);
        this.setData({
          state: 'ready',
          fairTitle: fair.title,
          fairDay: formatDay(fair.day),
          totals: stats.totals,
          slots: stats.slots.map((s) => ({
            id: s.slotId,
            label: s.label,
            signedUp: s.signedUp,
            capacity: s.capacity,
            checkedIn: s.checkedIn,
            rate: s.signedUp ? Math.round((s.checkedIn / s.signedUp) * 100) : 0,
          })),
          inviters: [...stats.inviters].sort((a, b) => b.count - a.count),
          agreements: stats.agreements.map((a) => ({
            id: a._id,
            who: a.workerName,
            what: `${a.companyName} · ${a.jobTitle}`,
            when: formatDateTime(a.createdAt),
          })),
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    /** 导出台账: the server's CSV, written to a file and sent to a chat (e.g. to 人社局). */
    async onExport() {
      if (this.data.exporting) return;
      this.setData({ exporting: true });
      try {
        const ledger = await call('fair.exportLedger', { fairId: this.data.fairId });
        const path = await writeUserFile(ledger.fileName, withBom(ledger.csv), 'utf8');
        this.setData({ exported: `已生成台账 ${ledger.fileName}（${ledger.rows}行）` });
        try {
          await shareFile(path, ledger.fileName);
        } catch (err) {
          if (!isCancel(err)) toast('发送没成功，请再点一次');
        }
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ exporting: false });
      }
    },
  },
});
