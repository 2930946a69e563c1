import { definePage } from '../../../behaviors/define-page';
import { formatDateTime, formatDay } from '../../../shared/time';
import { sendCsv } from '../../../services/files';
import { toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { privateState } from '../../../services/state';
import { call } from '../../../services/call-cloud';
import { appendedRows } from '../../../services/list-page';
import { refreshOnPull } from '../../../services/list-gestures';

interface SlotRow {
  id: string;
  label: string;
  signedUp: number;
  capacity: number;
  checkedIn: number;
  /** Share of sign-ups who came, for the bar. */
  rate: number;
}

/** An agreement as the ledger shows it: who, and what with when on the line under. */
interface AgreementRow {
  /** Its place in the list, the wx:key (shorter than the 32-character id). */
  k: number;
  who: string;
  line: string;
}

/** Agreements shown at first and added per 「再看20条」. */
const PAGE = 20;

const state = privateState(() => ({
  fairId: '',
  /** Every agreement, newest first; `data.agreements` holds the first of them. */
  agreements: [] as AgreementRow[],
}));

definePage({
  data: {
    fairTitle: '',
    fairDay: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    totals: { signedUp: 0, checkedIn: 0, proxy: 0, agreements: 0 },
    slots: [] as SlotRow[],
    inviters: [] as { label: string; count: number }[],
    agreements: [] as AgreementRow[],
    /** All agreements, for the heading and the 「查看全部」 button. */
    agreementCount: 0,
    exporting: false,
    exported: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      state(this).fairId = query['fairId'] ?? '';
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    async load() {
      if (this.data.state !== 'loading') this.setData({ state: 'loading', loadError: '' });
      const s = state(this);
      try {
        const [stats, fair] = await Promise.all([
          call('fair.stats', { fairId: s.fairId }),
          call('fair.get', { fairId: s.fairId }),
        ]);
        s.agreements = [...stats.agreements]
          .sort((a, b) => b.createdAt - a.createdAt)
          .map((a, k) => ({
            k,
            who: a.workerName,
            line: `${a.companyName} · ${a.jobTitle} · ${formatDateTime(a.createdAt)}`,
          }));
        this.setData({
          state: 'ready',
          fairTitle: fair.title,
          fairDay: formatDay(fair.day),
          totals: stats.totals,
          slots: stats.slots.map((x) => ({
            id: x.slotId,
            label: x.label,
            signedUp: x.signedUp,
            capacity: x.capacity,
            checkedIn: x.checkedIn,
            rate: x.signedUp ? Math.round((x.checkedIn / x.signedUp) * 100) : 0,
          })),
          inviters: [...stats.inviters].sort((a, b) => b.count - a.count),
          // A reload keeps as many rows open as were shown.
          agreements: s.agreements.slice(0, Math.max(PAGE, this.data.agreements.length)),
          agreementCount: s.agreements.length,
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    /** 「再看20条」: the next rows, appended by path so that only they are sent. */
    onMore() {
      this.showUpTo(this.data.agreements.length + PAGE);
    },

    /** 「查看全部」: every row not shown yet, appended by path. */
    onAll() {
      this.showUpTo(state(this).agreements.length);
    },

    showUpTo(count: number) {
      const from = this.data.agreements.length;
      const rows = state(this).agreements.slice(from, count);
      if (rows.length) this.setData(appendedRows('agreements', from, rows));
    },

    /** 导出台账: the server's CSV, written to a file and sent to a chat (e.g. to 人社局). */
    async onExport() {
      if (this.data.exporting) return;
      this.setData({ exporting: true });
      try {
        const ledger = await call('fair.exportLedger', { fairId: state(this).fairId });
        await sendCsv(ledger, () =>
          this.setData({ exported: `已生成台账 ${ledger.fileName}（${ledger.rows}行）` }),
        );
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ exporting: false });
      }
    },
  },
});
