import { largeText } from '../../../behaviors/large-text';
import { JOB_CATEGORY_LABELS } from '../../../shared/catalog/job-categories';
import { formatPay } from '../../../shared/catalog/pay';
import { REPORT_REASON_LABELS } from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/time';
import { askText, shownError, toast } from '../../../services/form';
import { call } from '../../lib/cloud';

type Item = ActionOutput<'admin.listPending'>['items'][number];
type Tab = 'jobs' | 'reports';

interface Row {
  /** The job the decision applies to. */
  jobId: string;
  key: string;
  title: string;
  company: string;
  lines: string[];
  flags: string[];
}

function rowOf(item: Item): Row | undefined {
  if (item.kind === 'job') {
    const j = item.job;
    return {
      jobId: j._id,
      key: `job-${j._id}`,
      title: j.title,
      company: j.companyName,
      lines: [
        `${JOB_CATEGORY_LABELS[j.category]} · ${formatPay(j.pay.minYuan, j.pay.maxYuan, j.pay.unit)}`,
        `${j.city} ${j.county}`,
      ],
      flags: j.flagLabels,
    };
  }
  if (item.kind === 'report') {
    const r = item.report;
    return {
      jobId: r.jobId,
      key: `report-${r._id}`,
      title: r.jobTitle,
      company: r.companyName,
      lines: [r.details ? `说明：${r.details}` : '', `${formatDateTime(r.createdAt)} 举报`].filter(
        Boolean,
      ),
      flags: [`举报：${REPORT_REASON_LABELS[r.reason]}`],
    };
  }
  return undefined;
}

Component({
  behaviors: [largeText],
  data: {
    rootFontSize: 'system',
    tab: 'jobs' as Tab,
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as Row[],
    nextCursor: null as string | null,
    busyKey: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      if (query['tab'] === 'reports') this.setData({ tab: 'reports' });
      void this.load();
    },

    async onPullDownRefresh() {
      await this.load();
      wx.stopPullDownRefresh();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '', rows: [] });
      try {
        const page = await call('admin.listPending', { kind: this.data.tab });
        const rows = page.items.map(rowOf).filter((r): r is Row => !!r);
        this.setData({ state: 'ready', rows, nextCursor: page.nextCursor });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    async onReachBottom() {
      if (!this.data.nextCursor) return;
      try {
        const page = await call('admin.listPending', {
          kind: this.data.tab,
          cursor: this.data.nextCursor,
        });
        const more = page.items.map(rowOf).filter((r): r is Row => !!r);
        this.setData({ rows: [...this.data.rows, ...more], nextCursor: page.nextCursor });
      } catch (err) {
        toast(shownError(err).message);
      }
    },

    onTab(e: WechatMiniprogram.TouchEvent) {
      const { tab } = e.currentTarget.dataset as { tab: Tab };
      if (tab === this.data.tab) return;
      this.setData({ tab });
      void this.load();
    },

    async onKeep(e: WechatMiniprogram.TouchEvent) {
      const { key } = e.currentTarget.dataset as { key: string };
      await this.decide(key, true);
    },

    async onTakeDown(e: WechatMiniprogram.TouchEvent) {
      const { key } = e.currentTarget.dataset as { key: string };
      const reason = await askText('下架原因', '如：要求交押金，违反求职不收费规定');
      if (reason === undefined) return;
      await this.decide(key, false, reason);
    },

    async decide(key: string, approve: boolean, reason?: string) {
      const row = this.data.rows.find((r) => r.key === key);
      if (!row || this.data.busyKey) return;
      this.setData({ busyKey: key });
      try {
        await call('admin.reviewJob', {
          jobId: row.jobId,
          approve,
          ...(reason ? { reason } : {}),
        });
        // A decision is about the job: every report of it is settled too.
        this.setData({ rows: this.data.rows.filter((r) => r.jobId !== row.jobId) });
        toast(approve ? '已通过' : '已下架', 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyKey: '' });
      }
    },
  },
});
