import { definePage } from '../../../behaviors/define-page';
import {
  EMPLOYER_STATUS_LABELS,
  JOB_STATUS_LABELS,
  REPORT_OUTCOME_LABELS,
  REPORT_REASON_LABELS,
} from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/time';
import { askText, check, confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call, contracts } from '../../lib/cloud';
import { refreshOnPull } from '../../../services/list-gestures';

type Profile = ActionOutput<'admin.companyProfile'>;

interface Post {
  id: string;
  title: string;
  status: string;
  live: boolean;
  line: string;
}

interface ReportGroup {
  jobId: string;
  title: string;
  count: string;
  reasons: string;
  /** 还有 2 件没处理, or ''. */
  pending: string;
  /** The latest outcome with its explanation, or ''. */
  decided: string;
  when: string;
}

interface Company {
  name: string;
  status: string;
  suspended: boolean;
  verified: boolean;
  uscc: string;
  place: string;
  contact: string;
  phone: string;
  /** Why and since when it is suspended. */
  suspension: string;
  figures: { key: string; value: number; label: string }[];
  warnings: string[];
}

function companyOf(p: Profile): Company {
  const e = p.employer;
  const t = p.totals;
  return {
    name: e.companyName,
    status: EMPLOYER_STATUS_LABELS[e.status],
    suspended: e.status === 'suspended',
    verified: e.status === 'verified',
    uscc: e.uscc,
    place: `${e.region.city} ${e.region.county} ${e.address}`,
    contact: e.contactName,
    phone: e.contactPhone,
    suspension: p.suspension
      ? `${formatDateTime(p.suspension.at)} 暂停：${p.suspension.reason}`
      : '',
    figures: [
      { key: 'posts', value: t.posts, label: '发过岗位' },
      { key: 'live', value: t.livePosts, label: '在招' },
      { key: 'applications', value: t.applications, label: '人报名' },
      { key: 'hires', value: t.hires, label: '人录用' },
      { key: 'agreements', value: t.agreements, label: '份意向' },
      { key: 'reports', value: t.reports, label: '次被举报' },
    ],
    warnings: p.warnings.map((w) => `${formatDateTime(w.at)} 警告：${w.explanation}`),
  };
}

function postOf(j: Profile['posts'][number]): Post {
  return {
    id: j._id,
    title: j.title,
    status: JOB_STATUS_LABELS[j.status],
    live: j.status === 'published',
    line: `${j.applicantCount} 人报名 · 录用 ${j.hires} 人 · ${formatDateTime(j.createdAt)} 发布`,
  };
}

function groupOf(g: Profile['reportGroups'][number]): ReportGroup {
  return {
    jobId: g.jobId,
    title: g.jobTitle || '（岗位已删除）',
    count: `被举报 ${g.count} 次`,
    reasons: g.reasons.map((r) => REPORT_REASON_LABELS[r]).join('、'),
    pending: g.open ? `还有 ${g.open} 件没处理` : '',
    decided: g.outcome
      ? `${REPORT_OUTCOME_LABELS[g.outcome]}${g.explanation ? `：${g.explanation}` : ''}`
      : '',
    when: `最近一次 ${formatDateTime(g.latestAt)}`,
  };
}

/** What a suspension does, said before the admin confirms it. */
const SUSPEND_WORDS =
  '暂停后：这家单位的岗位马上从找工作里消失；报了名的人会收到通知；它参加的招聘会会显示“已退出”；还没处理的举报会告诉举报人“单位已被暂停招聘”。以后可以恢复。';

/**
 * 单位档案: everything the county's 人社局 knows of one company, and the two buttons that keep the
 * market clean: 暂停招聘 (with a reason) and 恢复招聘.
 */
definePage({
  data: {
    employerId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    company: null as Company | null,
    posts: [] as Post[],
    reports: [] as ReportGroup[],
    busy: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ employerId: query['employerId'] ?? '' });
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    async load() {
      try {
        const p = await call('admin.companyProfile', { employerId: this.data.employerId });
        this.setData({
          state: 'ready',
          company: companyOf(p),
          posts: p.posts.map(postOf),
          reports: p.reportGroups.map(groupOf),
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onCall() {
      const phone = this.data.company?.phone;
      if (phone) wx.makePhoneCall({ phoneNumber: phone, fail: () => undefined });
    },

    onOpenJob(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/pages/job/index?id=${id}` });
    },

    /** The open reports are answered (下架 / 警告 / 查无问题) in 审核 → 举报. */
    onOpenReports() {
      wx.navigateTo({ url: '/package-admin/pages/review/index?tab=reports' });
    },

    async onSuspend() {
      if (this.data.busy) return;
      const reason = await askText('暂停的原因', '单位会看到，如：多次被举报向求职者收押金', {
        confirmText: '下一步',
      });
      if (reason === undefined) return;
      const checked = check(contracts['admin.suspendEmployer'].input, {
        employerId: this.data.employerId,
        reason,
      });
      if (!checked.ok) {
        toast(checked.message);
        return;
      }
      const ok = await confirm(
        `暂停“${this.data.company?.name ?? ''}”招聘？`,
        SUSPEND_WORDS,
        '暂停招聘',
        '不暂停',
      );
      if (!ok) return;
      this.setData({ busy: 'suspend' });
      try {
        const out = await call('admin.suspendEmployer', checked.data);
        toast(`已暂停，${out.postsHidden} 个岗位已下线`, 'success');
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    async onLift() {
      if (this.data.busy) return;
      const ok = await confirm(
        '恢复招聘？',
        '恢复后，这家单位暂停前的岗位会回到原来的样子，求职的人又能看到。',
        '恢复招聘',
        '不恢复',
      );
      if (!ok) return;
      this.setData({ busy: 'lift' });
      try {
        const out = await call('admin.liftSuspension', { employerId: this.data.employerId });
        toast(`已恢复，${out.postsRestored} 个岗位回来了`, 'success');
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },
  },
});
