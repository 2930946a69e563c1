import { definePage } from '../../../behaviors/define-page';
import type { RowAction } from '../../../components/action-row/types';
import { JOB_CATEGORY_LABELS } from '../../../shared/catalog/job-categories';
import { formatPay } from '../../../shared/catalog/pay';
import {
  JOB_STATUS_LABELS,
  JOB_STATUS_TRANSITIONS,
  type JobStatus,
} from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import { formatDay } from '../../../shared/time';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';
import { getSession } from '../../../services/session';
import { privateState } from '../../../services/state';
import { PagedList } from '../../../services/list-page';
import {
  appendNextPage,
  loadKeptRows,
  reloadingList,
  showKeptRows,
} from '../../../services/list-gestures';

type MyJob = ActionOutput<'job.listMine'>['items'][number];
type Target = 'published' | 'paused' | 'filled' | 'closed';

const CACHE_KEY = 'xp:employer:posts';

const list = privateState(() => new PagedList<MyJob>());
const fetchPosts = (cursor: string | undefined) => call('job.listMine', cursor ? { cursor } : {});

const ACTION_LABELS: Record<Target, string> = {
  published: '恢复招聘',
  paused: '暂停',
  filled: '已招满',
  closed: '关闭',
};

const TONES: Record<JobStatus, string> = {
  reviewing: 'tag-orange',
  published: 'tag-green',
  paused: 'tag-gray',
  filled: 'tag-blue',
  closed: 'tag-gray',
  expired: 'tag-gray',
  rejected: 'tag-red',
  suspended: 'tag-red',
};

/** What a status shows and allows, sent once: each row's card reads it by the row's status. */
interface StatusView {
  label: string;
  tone: string;
  editable: boolean;
  /** 修改 (when editable), then the changes it allows, in button order. */
  actions: RowAction[];
}

const STATUS_VIEWS = Object.fromEntries(
  (Object.keys(JOB_STATUS_TRANSITIONS) as JobStatus[]).map((status) => [
    status,
    {
      label: JOB_STATUS_LABELS[status],
      tone: TONES[status],
      editable: status !== 'closed' && status !== 'expired',
      actions: [
        ...(status !== 'closed' && status !== 'expired' ? [{ key: 'edit', label: '✎ 修改' }] : []),
        ...JOB_STATUS_TRANSITIONS[status]
          .filter((s): s is Target => s in ACTION_LABELS)
          .map((s) => ({
            key: s,
            label: ACTION_LABELS[s],
            tone: s === 'closed' ? ('danger' as const) : ('plain' as const),
          })),
      ],
    },
  ]),
) as Record<JobStatus, StatusView>;

/** A post as its card shows it; label, tone and buttons come from `STATUS_VIEWS`. */
interface PostRow {
  id: string;
  title: string;
  category: string;
  pay: string;
  status: JobStatus;
  validUntil: string;
  applicants: number;
  fresh: number;
}

function rowOf(job: MyJob): PostRow {
  return {
    id: job._id,
    title: job.title,
    category: JOB_CATEGORY_LABELS[job.category],
    pay: formatPay(job.pay.minYuan, job.pay.maxYuan, job.pay.unit),
    status: job.status,
    validUntil: formatDay(job.validUntil),
    applicants: job.applicantCount,
    fresh: job.newApplicantCount,
  };
}

definePage({
  behaviors: [reloadingList()],
  data: {
    statusViews: STATUS_VIEWS,
    state: 'loading' as 'loading' | 'ready' | 'error' | 'noEmployer',
    loadError: '',
    rows: [] as PostRow[],
    loadingMore: false,
    busyId: '',
    busyAction: '',
  },
  methods: {
    onLoad() {
      showKeptRows(this, CACHE_KEY);
      void this.load();
    },

    async load() {
      await loadKeptRows(this, CACHE_KEY, async () => {
        if (!(await getSession()).employer) {
          this.setData({ state: 'noEmployer' });
          return undefined;
        }
        return (await list(this).first(fetchPosts))?.map(rowOf);
      });
    },

    async onReachBottom() {
      if (!list(this).hasMore || this.data.loadingMore) return;
      this.setData({ loadingMore: true });
      try {
        await appendNextPage(this, 'rows', list(this), fetchPosts, rowOf);
      } finally {
        this.setData({ loadingMore: false });
      }
    },

    async onAction(e: WechatMiniprogram.CustomEvent<{ key: Target | 'edit' }>) {
      const { id } = e.currentTarget.dataset as { id: string };
      const status = e.detail.key;
      if (status === 'edit') {
        wx.navigateTo({ url: `/package-employer/pages/post/index?id=${id}` });
        return;
      }
      const index = this.data.rows.findIndex((r) => r.id === id);
      const row = this.data.rows[index];
      if (!row || this.data.busyId) return;
      if (status === 'closed') {
        const ok = await confirm(
          '关闭岗位',
          `关闭后“${row.title}”不再招人，也不能再打开。确定关闭吗？`,
          '关闭',
        );
        if (!ok) return;
      }
      this.setData({ busyId: id, busyAction: status });
      try {
        const out = await call('job.setStatus', { jobId: id, status });
        this.setData({ [`rows[${index}].status`]: out.status });
        wx.setStorageSync(CACHE_KEY, this.data.rows);
        toast(status === 'published' ? '已恢复招聘' : `已${ACTION_LABELS[status]}`, 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyId: '', busyAction: '' });
      }
    },

    onApplicants(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const title = this.data.rows.find((r) => r.id === id)?.title ?? '';
      wx.navigateTo({
        url: `/package-employer/pages/applicants/index?jobId=${id}&title=${encodeURIComponent(title)}`,
      });
    },

    onRegister() {
      wx.navigateTo({ url: '/package-employer/pages/register/index' });
    },

    onNew() {
      wx.navigateTo({ url: '/package-employer/pages/post/index' });
    },

    onFairs() {
      wx.navigateTo({ url: '/package-employer/pages/fairs/index' });
    },
  },
});
