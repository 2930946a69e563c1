import { definePage } from '../../behaviors/define-page';
import { callCloud } from '../../services/call-cloud';
import { loadListPage, PagedList, withCursor, type ListState } from '../../services/list-page';
import { privateState } from '../../services/state';
import { pastDay } from '../../services/view';
import {
  chinaDay,
  REPORT_OUTCOME_LABELS,
  REPORT_REASON_LABELS,
  type MyReport,
} from '../../shared/index';

/** A report as its reporter reads it: which post, why, and what the 人社局 decided. */
interface ReportItem {
  id: string;
  title: string;
  company: string;
  reason: string;
  when: string;
  /** 处理中, or the outcome (岗位已下架 / 已警告单位 / 查无问题). */
  state: string;
  done: boolean;
  /** The 人社局's word, once decided. */
  explanation: string;
}

function reportItem(r: MyReport, now: number): ReportItem {
  return {
    id: r._id,
    title: r.jobTitle,
    company: r.companyName,
    reason: REPORT_REASON_LABELS[r.reason],
    when: `${pastDay(chinaDay(r.createdAt), now)}举报`,
    state: r.outcome ? REPORT_OUTCOME_LABELS[r.outcome] : '人社局处理中',
    done: r.status === 'resolved',
    explanation: r.explanation ?? '',
  };
}

const list = privateState(() => new PagedList<ReportItem>());

/** 我的举报: what I reported and the outcome of each (reachable from 我的, and after a report). */
definePage({
  data: {
    list: [] as ReportItem[],
    state: 'loading' as ListState,
    message: '',
    stale: false,
  },
  methods: {
    onLoad() {
      void this.load(true);
    },
    onPullDownRefresh() {
      void this.load(true).then(() => wx.stopPullDownRefresh());
    },
    onReachBottom() {
      void this.load(false);
    },
    onRetry() {
      void this.load(true);
    },

    async load(reset: boolean): Promise<void> {
      const l = list(this);
      if (!reset && (!l.hasMore || this.data.state === 'more' || this.data.state === 'loading'))
        return;
      this.setData({ state: reset ? 'loading' : 'more' });
      await loadListPage(this, l, reset, async (cursor) => {
        const out = await callCloud('report.mine', withCursor({}, cursor));
        const now = Date.now();
        return { items: out.items.map((r) => reportItem(r, now)), nextCursor: out.nextCursor };
      });
    },
  },
});
