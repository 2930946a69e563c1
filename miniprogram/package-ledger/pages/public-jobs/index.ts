import { definePage } from '../../../behaviors/define-page';
import {
  FOCUS_GROUP_LABELS,
  PUBLIC_JOB_STEP_LABELS,
  RESIDENCE_LABELS,
} from '../../../shared/catalog/workforce';
import { publicJobLine, type PublicJobCard } from '../../../shared/models/workforce';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { appendNextPage, loadFirstRows } from '../../../services/list-gestures';
import { PagedList, withCursor } from '../../../services/list-page';
import { privateState } from '../../../services/state';

function rowOf(j: PublicJobCard) {
  const e = j.eligibility;
  return {
    ...publicJobLine(j),
    duties: j.duties,
    who: e.groups.length ? e.groups.map((g) => FOCUS_GROUP_LABELS[g]).join('、') : '都可以报',
    residence: `${RESIDENCE_LABELS[e.residence]}户籍`,
    left: `还招${Math.max(j.headcount - j.onDuty, 0)}人`,
  };
}

const list = privateState(() => new PagedList<PublicJobCard>());

/** 公益性岗位 open in the worker's home county, to apply for themselves (with their ledger record). */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    rows: [] as ReturnType<typeof rowOf>[],
    /** publicJobId → the step of my application to it ('已申请', '公示中' …) */
    applied: {} as Record<string, string>,
    busy: '',
  },
  methods: {
    onLoad() {
      void this.load();
    },

    fetch(cursor: string | undefined) {
      return call('publicJob.list', withCursor({}, cursor));
    },

    load() {
      return Promise.all([
        loadFirstRows(this, list(this), (cursor) => this.fetch(cursor), { view: rowOf }),
        this.loadApplied(),
      ]);
    },

    /** Which posts I applied for, and at which step; without it the posts still show. */
    async loadApplied() {
      try {
        const mine = await call('publicJob.mine', {});
        const applied = Object.fromEntries(
          mine.items.map((a) => [a.publicJobId, PUBLIC_JOB_STEP_LABELS[a.step]]),
        );
        this.setData({ applied });
      } catch {
        // the list is what matters here
      }
    },

    onReachBottom() {
      return appendNextPage(this, 'rows', list(this), (cursor) => this.fetch(cursor), rowOf);
    },

    async onApply(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (this.data.busy) return;
      const ok = await confirm(
        '申请这个岗位？',
        '村里评议、公示以后，镇上和县里审批，通过了就能上岗',
        '我要申请',
        '再想想',
      );
      if (!ok) return;
      this.setData({ busy: id });
      try {
        await call('publicJob.apply', { publicJobId: id, consent: true });
        this.setData({ [`applied.${id}`]: PUBLIC_JOB_STEP_LABELS.applied });
        toast('申请好了，等村里评议', 'success');
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onNotice(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-ledger/pages/notice/index?publicJobId=${id}` });
    },

    onMine() {
      wx.navigateTo({ url: '/package-ledger/pages/my-public-jobs/index' });
    },
  },
});
