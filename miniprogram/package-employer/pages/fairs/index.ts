import { definePage } from '../../../behaviors/define-page';
import { loadPage } from '../../lib/load-page';
import { getSession } from '../../../services/session';
import { formatPay } from '../../../shared/catalog/pay';
import { FAIR_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { FairCard } from '../../../shared/models/fair';
import { chinaDay, formatDay, formatDayWhen } from '../../../shared/time';
import { JOB_CATEGORY_LABELS } from '../../../shared/catalog/job-categories';
import { toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';

interface FairRow {
  id: string;
  title: string;
  day: string;
  place: string;
  employers: number;
  open: boolean;
  /** ✓ 已参加 when the company takes part, else the fair's state (报名中…). */
  tag: string;
  tone: string;
  /** The company already takes part. */
  joined: boolean;
}

interface PostChoice {
  id: string;
  title: string;
  pay: string;
  /** What tells two posts of one title apart: where, the 工种, when it was posted. */
  detail: string;
  on: boolean;
}

function fairRow(f: FairCard): FairRow {
  return {
    id: f._id,
    title: f.title,
    day: formatDayWhen(f.day, Date.now()),
    place: `${f.county} ${f.village} · ${f.address}`,
    employers: f.employerCount,
    open: f.status === 'upcoming',
    tag: f.joined ? '✓ 已参加' : FAIR_STATUS_LABELS[f.status],
    tone: f.joined || f.status === 'upcoming' ? 'tag-green' : 'tag-gray',
    joined: !!f.joined,
  };
}

definePage({
  data: {
    step: 'fairs' as 'fairs' | 'posts' | 'done',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    fairs: [] as FairRow[],
    fair: null as FairRow | null,
    posts: [] as PostChoice[],
    postsState: 'loading' as 'loading' | 'ready' | 'error',
    chosen: 0,
    joining: false,
    employerId: '',
  },
  methods: {
    onLoad() {
      void this.load();
    },

    load() {
      return loadPage(this, async () => {
        const [page, employer] = await Promise.all([
          call('fair.list', {}),
          getSession().then((s) => s.employer),
        ]);
        this.setData({
          state: 'ready',
          fairs: page.items.map(fairRow),
          employerId: employer?._id ?? '',
        });
      });
    },

    async onChoose(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const fair = this.data.fairs.find((f) => f.id === id);
      if (!fair) return;
      this.setData({ step: 'posts', fair, postsState: 'loading', posts: [], chosen: 0 });
      await this.loadPosts();
    },

    async loadPosts() {
      const fair = this.data.fair;
      if (!fair) return;
      this.setData({ postsState: 'loading' });
      try {
        const [mine, detail] = await Promise.all([
          call('job.listMine', { status: 'published' }),
          call('fair.get', { fairId: fair.id }),
        ]);
        // Posts already brought to this fair start ticked.
        const already = new Set(
          detail.employers
            .filter((e) => e.employerId === this.data.employerId)
            .flatMap((e) => e.jobs.map((j) => j._id)),
        );
        const posts = mine.items.map((j) => ({
          id: j._id,
          title: j.title,
          pay: formatPay(j.pay.minYuan, j.pay.maxYuan, j.pay.unit),
          detail: [
            `${j.city}${j.county}`,
            JOB_CATEGORY_LABELS[j.category],
            `${formatDay(chinaDay(j.publishedAt))}发布`,
          ].join(' · '),
          on: already.has(j._id),
        }));
        this.setData({ postsState: 'ready', posts, chosen: posts.filter((p) => p.on).length });
      } catch (err) {
        this.setData({ postsState: 'error', loadError: shownError(err).message });
      }
    },

    onTogglePost(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      const post = this.data.posts[index];
      if (!post) return;
      this.setData({
        [`posts[${index}].on`]: !post.on,
        chosen: this.data.chosen + (post.on ? -1 : 1),
      });
    },

    async onJoin() {
      const fair = this.data.fair;
      if (!fair || this.data.joining) return;
      const jobIds = this.data.posts.filter((p) => p.on).map((p) => p.id);
      if (!jobIds.length) {
        toast('请至少选一个岗位');
        return;
      }
      this.setData({ joining: true });
      try {
        await call('fair.join', { fairId: fair.id, jobIds });
        this.setData({ step: 'done' });
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ joining: false });
      }
    },

    onBack() {
      this.setData({ step: 'fairs', fair: null });
    },

    onAgreement(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-employer/pages/agreement/index?fairId=${id}` });
    },

    onAgreementHere() {
      if (this.data.fair)
        wx.navigateTo({
          url: `/package-employer/pages/agreement/index?fairId=${this.data.fair.id}`,
        });
    },

    onNewPost() {
      wx.navigateTo({ url: '/package-employer/pages/post/index' });
    },
  },
});
