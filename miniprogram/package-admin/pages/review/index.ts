import { definePage } from '../../../behaviors/define-page';
import type { RowAction } from '../../../components/action-row/types';
import { JOB_CATEGORY_LABELS } from '../../../shared/catalog/job-categories';
import { formatPay } from '../../../shared/catalog/pay';
import {
  JOB_STATUS_LABELS,
  REPORT_REASON_LABELS,
  type ReportDecision,
} from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/time';
import { askText, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { flagViews, type FlagView } from '../../components/flagged-text/index';
import { call } from '../../../services/call-cloud';
import { withCursor, type Paged } from '../../../services/list-page';
import { pagedRows } from '../../lib/paged-rows';

type Item = ActionOutput<'admin.listPending'>['items'][number];
type Tab = 'jobs' | 'reports';

/**
 * What the buttons of a card do, in words on the buttons: a held post is published or not; a post
 * already live is kept (保留岗位) or taken down (下架); a report gets an outcome.
 */
type Kind = 'held' | 'live' | 'report';

interface Row {
  /** The post the decision is about. */
  jobId: string;
  reportId: string;
  key: string;
  kind: Kind;
  title: string;
  company: string;
  /** The company's id, to open its 单位档案 (reports only). */
  employerId: string;
  /** A report that starts its company's group: the company's name heads it. */
  groupHead: boolean;
  lines: string[];
  flags: FlagView[];
  /** For a report: the reason, and whether the post is still up. */
  reason: string;
  jobState: string;
}

function rowOf(item: Item): Row | undefined {
  if (item.kind === 'job') {
    const j = item.job;
    return {
      jobId: j._id,
      reportId: '',
      key: `job-${j._id}`,
      kind: j.status === 'reviewing' ? 'held' : 'live',
      title: j.title,
      company: j.companyName,
      employerId: '',
      groupHead: false,
      lines: [
        `${JOB_CATEGORY_LABELS[j.category]} · ${formatPay(j.pay.minYuan, j.pay.maxYuan, j.pay.unit)}`,
        `${j.city} ${j.county}`,
      ],
      flags: flagViews(j.flags),
      reason: '',
      jobState:
        j.status === 'reviewing'
          ? '审核中，求职的人还看不到'
          : `${JOB_STATUS_LABELS[j.status]}，求职的人看得到`,
    };
  }
  if (item.kind === 'report') {
    const r = item.report;
    return {
      jobId: r.jobId,
      reportId: r._id,
      key: `report-${r._id}`,
      kind: 'report',
      title: r.jobTitle,
      company: r.companyName,
      employerId: r.employerId ?? '',
      groupHead: false,
      lines: [
        r.details ? `举报人说：${r.details}` : '',
        `${formatDateTime(r.createdAt)} 举报`,
      ].filter(Boolean),
      flags: [],
      reason: `举报：${REPORT_REASON_LABELS[r.reason]}`,
      jobState: r.jobStatus ? `岗位现在：${JOB_STATUS_LABELS[r.jobStatus]}` : '',
    };
  }
  return undefined;
}

/**
 * Reports read by company: a page's reports of one company together (oldest company first), the
 * company's name heading its group, so repeated complaints against one company are seen at once.
 */
function groupedByCompany(rows: Row[]): Row[] {
  const order = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!order.has(r.company)) order.set(r.company, i);
  });
  const sorted = [...rows].sort((a, b) => order.get(a.company)! - order.get(b.company)!);
  return sorted.map((r, i) => ({
    ...r,
    groupHead: i === 0 || sorted[i - 1]!.company !== r.company,
  }));
}

/** The outcome buttons of a report, and what the explanation box asks for. */
const OUTCOMES: Record<ReportDecision, { ask: string; hint: string; done: string }> = {
  takeDown: { ask: '下架岗位', hint: '写给举报人看，如：核实要交押金，已下架', done: '已下架' },
  warn: { ask: '警告单位', hint: '写给举报人看，如：已约谈单位，不许再收费', done: '已警告' },
  noIssue: { ask: '查无问题', hint: '写给举报人看，如：电话核实，岗位还在招', done: '已处理' },
};

const REPORT_ACTIONS: RowAction[] = [
  { key: 'takeDown', label: '✕ 下架岗位', tone: 'danger' },
  { key: 'warn', label: '⚠ 警告单位' },
  { key: 'noIssue', label: '✓ 查无问题' },
];
/** A held post: it goes out only when approved. */
const HELD_ACTIONS: RowAction[] = [
  { key: 'keep', label: '✓ 通过，发布', tone: 'main' },
  { key: 'down', label: '✕ 不通过', tone: 'danger' },
];
/** A live post flagged after publishing: it stays unless taken down. */
const LIVE_ACTIONS: RowAction[] = [
  { key: 'keep', label: '✓ 保留岗位', tone: 'main' },
  { key: 'down', label: '✕ 下架', tone: 'danger' },
];

definePage({
  behaviors: [pagedRows],
  data: {
    tab: 'jobs' as Tab,
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as Row[],
    busyKey: '',
    busyAction: '',
    reportActions: REPORT_ACTIONS,
    heldActions: HELD_ACTIONS,
    liveActions: LIVE_ACTIONS,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      if (query['tab'] === 'reports') this.setData({ tab: 'reports' });
      void this.load();
    },

    async fetchRows(cursor: string | undefined): Promise<Paged<Row>> {
      const page = await call('admin.listPending', withCursor({ kind: this.data.tab }, cursor));
      const rows = page.items.map(rowOf).filter((r): r is Row => !!r);
      return {
        items: this.data.tab === 'reports' ? groupedByCompany(rows) : rows,
        nextCursor: page.nextCursor,
      };
    },

    onTab(e: WechatMiniprogram.TouchEvent) {
      const { tab } = e.currentTarget.dataset as { tab: Tab };
      if (tab === this.data.tab) return;
      this.setData({ tab });
      void this.load();
    },

    /** The whole post, as its page shows it (admins of the area see held posts too). */
    onOpenJob(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/pages/job/index?id=${id}` });
    },

    /** 单位档案: the company's posts, reports and the 暂停招聘 button. */
    onOpenCompany(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (id) wx.navigateTo({ url: `/package-admin/pages/company/index?employerId=${id}` });
    },

    onAct(e: WechatMiniprogram.CustomEvent<{ key: string }>) {
      const { key } = e.currentTarget.dataset as { key: string };
      const action = e.detail.key;
      if (action === 'keep') void this.decide(key, true);
      else if (action === 'down') void this.takeDown(key);
      else void this.outcome(key, action as ReportDecision);
    },

    async takeDown(key: string) {
      const row = this.data.rows.find((r) => r.key === key);
      const reason = await askText(
        row?.kind === 'held' ? '不通过的原因' : '下架原因',
        '单位会看到，如：要求交押金，违反求职不收费规定',
      );
      if (reason === undefined) return;
      await this.decide(key, false, reason);
    },

    async decide(key: string, approve: boolean, reason?: string) {
      const row = this.data.rows.find((r) => r.key === key);
      if (!row || this.data.busyKey) return;
      this.setData({ busyKey: key, busyAction: approve ? 'keep' : 'down' });
      try {
        await call('admin.reviewJob', {
          jobId: row.jobId,
          approve,
          ...(reason ? { reason } : {}),
        });
        this.setData({ rows: this.data.rows.filter((r) => r.jobId !== row.jobId) });
        const held = row.kind === 'held';
        toast(approve ? (held ? '已发布' : '已保留') : held ? '已退回' : '已下架', 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyKey: '', busyAction: '' });
      }
    },

    /** 下架岗位 / 警告单位 / 查无问题, each with a word the reporter reads in 我的举报. */
    async outcome(key: string, outcome: ReportDecision) {
      const row = this.data.rows.find((r) => r.key === key);
      if (!row || this.data.busyKey) return;
      const words = OUTCOMES[outcome];
      const explanation = await askText(words.ask, words.hint);
      if (explanation === undefined) return;
      this.setData({ busyKey: key, busyAction: outcome });
      try {
        await call('admin.resolveReport', { reportId: row.reportId, outcome, explanation });
        // A post taken down settles every report of it.
        this.setData({
          rows: this.data.rows.filter((r) =>
            outcome === 'takeDown' ? r.jobId !== row.jobId : r.key !== key,
          ),
        });
        toast(words.done, 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyKey: '', busyAction: '' });
      }
    },
  },
});
