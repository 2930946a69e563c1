import { definePage } from '../../../behaviors/define-page';
import {
  FOCUS_GROUP_LABELS,
  PUBLIC_JOB_STEP_LABELS,
  RESIDENCE_LABELS,
} from '../../../shared/catalog/workforce';
import type { PublicJobCard } from '../../../shared/models/workforce';
import { formatDay } from '../../../shared/time';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { appendNextPage } from '../../../services/list-gestures';
import { PagedList, withCursor } from '../../../services/list-page';
import { privateState } from '../../../services/state';

function rowOf(j: PublicJobCard) {
  const e = j.eligibility;
  return {
    id: j._id,
    position: j.position,
    place: j.village ? `${j.town} ${j.village}` : j.town,
    subsidy: `每月${j.subsidyYuan}元`,
    duties: j.duties,
    who: e.groups.length ? e.groups.map((g) => FOCUS_GROUP_LABELS[g]).join('、') : '都可以报',
    residence: `${RESIDENCE_LABELS[e.residence]}户籍`,
    left: `还招${Math.max(j.headcount - j.onDuty, 0)}人`,
    until: `${formatDay(j.applyUntil)}截止`,
  };
}

const list = privateState(() => new PagedList<PublicJobCard>());

/** 公益性岗位 open in the worker's home county, to apply for themselves (with their ledger record). */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    jobs: [] as ReturnType<typeof rowOf>[],
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

    async load() {
      try {
        const [rows, mine] = await Promise.all([
          list(this).first((cursor) => this.fetch(cursor)),
          // Without it the posts still show, only not which I applied for.
          call('publicJob.mine', {}).catch(() => ({ items: [] })),
        ]);
        const applied = Object.fromEntries(
          mine.items.map((a) => [a.publicJobId, PUBLIC_JOB_STEP_LABELS[a.step]]),
        );
        if (rows) this.setData({ state: 'ready', jobs: rows.map(rowOf), applied });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onReachBottom() {
      return appendNextPage(this, 'jobs', list(this), (cursor) => this.fetch(cursor), rowOf);
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

    onMine() {
      wx.navigateTo({ url: '/package-ledger/pages/my-public-jobs/index' });
    },

    onNotice(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-ledger/pages/notice/index?publicJobId=${id}` });
    },
  },
});
