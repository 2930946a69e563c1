import { definePage } from '../../../behaviors/define-page';
import type { RowAction } from '../../../components/action-row/types';
import { JOB_CATEGORY_LABELS, type JobCategory } from '../../../shared/catalog/job-categories';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  type ApplicationStatus,
} from '../../../shared/catalog/statuses';
import type { Applicant } from '../../../shared/models/application';
import { formatDateTime } from '../../../shared/time';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { privateState } from '../../../services/state';
import { interviewItem, type InterviewItem } from '../../../services/view';
import { call } from '../../../services/call-cloud';
import { PagedList, withCursor, type Paged } from '../../../services/list-page';
import { appendNextPage, loadFirstRows, refreshOnPull } from '../../../services/list-gestures';

type Target = 'viewed' | 'interview' | 'hired' | 'rejected';

/** The first show follows onLoad, which already loads; later shows are returns from a form. */
const shows = privateState(() => ({ count: 0 }));

const ACTION_LABELS: Record<Target, string> = {
  viewed: '标为已查看',
  interview: '邀约面试',
  hired: '录用',
  rejected: '不合适',
};

const TONES: Record<ApplicationStatus, string> = {
  applied: 'tag-orange',
  viewed: 'tag-blue',
  interview: 'tag-blue',
  hired: 'tag-green',
  rejected: 'tag-gray',
  withdrawn: 'tag-gray',
};

/** What an employer may list by: every status but 已撤回 (a withdrawn application is not theirs). */
type Listed = Exclude<ApplicationStatus, 'withdrawn'>;

const FILTERS: { value: Listed | ''; label: string }[] = [
  { value: '', label: '全部' },
  { value: 'applied', label: '新报名' },
  { value: 'interview', label: '邀约面试' },
  { value: 'hired', label: '已录用' },
];

interface Row {
  id: string;
  name: string;
  phone: string;
  from: string;
  categories: string;
  expected: string;
  when: string;
  status: ApplicationStatus;
  statusLabel: string;
  tone: string;
  actions: RowAction[];
  /** The interview set, and the worker's answer (我会去 / 想换个时间). */
  interview: InterviewItem | null;
}

function actionsFor(status: ApplicationStatus): RowAction[] {
  const next = APPLICATION_TRANSITIONS[status].filter((s): s is Target => s in ACTION_LABELS);
  // While invited, a new time can be set (the worker may have asked for one).
  if (status === 'interview') next.unshift('interview');
  return next.map((s) => ({
    key: s,
    label: s === 'interview' && status === 'interview' ? '改面试时间' : ACTION_LABELS[s],
    tone: s === 'rejected' ? 'danger' : 'plain',
  }));
}

function withStatus(row: Row, status: ApplicationStatus): Row {
  return {
    ...row,
    status,
    statusLabel: APPLICATION_STATUS_LABELS[status],
    tone: TONES[status],
    actions: actionsFor(status),
  };
}

function rowOf(a: Applicant): Row {
  return withStatus(
    {
      id: a._id,
      name: a.name,
      phone: a.phone,
      from: [a.homeCounty, a.village].filter(Boolean).join(' '),
      categories: a.categories.map((c) => JOB_CATEGORY_LABELS[c as JobCategory] ?? c).join('、'),
      expected: a.expectedPayYuan ? `期望 ${a.expectedPayYuan}元/月` : '',
      when: formatDateTime(a.createdAt),
      status: a.status,
      statusLabel: '',
      tone: '',
      actions: [],
      interview: a.interview ? interviewItem(a.interview, Date.now()) : null,
    },
    a.status,
  );
}

const list = privateState(() => new PagedList<Row>());

definePage({
  data: {
    jobId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as Row[],
    filters: FILTERS,
    filter: '' as Listed | '',
    busyId: '',
    busyAction: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ jobId: query['jobId'] ?? '' });
      const title = decodeURIComponent(query['title'] ?? '');
      if (title) wx.setNavigationBarTitle({ title: `报名的人 · ${title}` });
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    /** Back from the interview form: show the invitation just made. */
    onShow() {
      if (shows(this).count++ > 0) void this.load();
    },

    load() {
      return loadFirstRows(this, list(this), (cursor) => this.fetchRows(cursor));
    },

    async fetchRows(cursor: string | undefined): Promise<Paged<Row>> {
      const { jobId, filter } = this.data;
      const input = filter ? { jobId, status: filter } : { jobId };
      const page = await call('application.listForJob', withCursor(input, cursor));
      return { items: page.items.map(rowOf), nextCursor: page.nextCursor };
    },

    onReachBottom() {
      return appendNextPage(this, 'rows', list(this), (cursor) => this.fetchRows(cursor));
    },

    onFilter(e: WechatMiniprogram.TouchEvent) {
      const { value } = e.currentTarget.dataset as { value: Listed | '' };
      if (value === this.data.filter) return;
      this.setData({ filter: value });
      void this.load();
    },

    /** One tap calls; a new application is then marked 已查看 so the worker sees it was read. */
    onCall(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const row = this.data.rows.find((r) => r.id === id);
      if (!row) return;
      wx.makePhoneCall({ phoneNumber: row.phone, fail: () => undefined });
      if (row.status === 'applied') void this.change(id, 'viewed', true);
    },

    async onAction(e: WechatMiniprogram.CustomEvent<{ key: Target }>) {
      const { id } = e.currentTarget.dataset as { id: string };
      const status = e.detail.key;
      const row = this.data.rows.find((r) => r.id === id);
      if (!row) return;
      if (status === 'interview') {
        // An interview carries a time, a place and a note: its own form.
        wx.navigateTo({
          url: `/package-employer/pages/interview/index?applicationId=${id}&name=${encodeURIComponent(row.name)}`,
        });
        return;
      }
      if (status === 'hired' || status === 'rejected') {
        const ok = await confirm(
          ACTION_LABELS[status],
          `确定把 ${row.name} 标为“${APPLICATION_STATUS_LABELS[status]}”吗？改了以后不能再改。`,
        );
        if (!ok) return;
      }
      await this.change(id, status, false);
    },

    async change(id: string, status: Target, quiet: boolean) {
      const index = this.data.rows.findIndex((r) => r.id === id);
      const row = this.data.rows[index];
      if (!row || this.data.busyId) return;
      this.setData({ busyId: id, busyAction: status });
      try {
        const out = await call('application.setStatus', {
          applicationId: id,
          status: status as Exclude<Target, 'interview'>,
        });
        this.setData({ [`rows[${index}]`]: withStatus(row, out.status) });
        if (!quiet) {
          toast(
            out.notified
              ? `已改为${APPLICATION_STATUS_LABELS[out.status]}，已通知本人`
              : `已改为${APPLICATION_STATUS_LABELS[out.status]}`,
            'success',
          );
        }
      } catch (err) {
        if (!quiet) toast(shownError(err).message);
      } finally {
        this.setData({ busyId: '', busyAction: '' });
      }
    },
  },
});
