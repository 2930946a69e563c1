import { definePage } from '../../../behaviors/define-page';
import type { PublicJobStep } from '../../../shared/catalog/workforce';
import type { MyPublicJobApplication } from '../../contracts';
import { chinaDay, formatDay } from '../../../shared/time';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';

/**
 * The way an application goes, as the applicant reads it: five stages (镇审核 and 县审批 are one
 * for them), each done once the step `done` is taken; the day shown is that step's, or for 公示
 * the day it went up.
 */
const STAGES: { name: string; done: PublicJobStep; dated?: PublicJobStep }[] = [
  { name: '报名', done: 'applied' },
  { name: '村里评议', done: 'villageReviewed' },
  { name: '公示', done: 'townApproved', dated: 'noticed' },
  { name: '镇、县审批', done: 'countyApproved' },
  { name: '上岗', done: 'onDuty' },
];
const ORDER: PublicJobStep[] = [
  'applied',
  'villageReviewed',
  'noticed',
  'townApproved',
  'countyApproved',
  'onDuty',
];

export interface StageView {
  name: string;
  /** done ✓, now (the one being worked on), todo, or stopped (where it ended, 未通过). */
  state: 'done' | 'now' | 'todo' | 'stopped';
  /** ✓ ● ○ ✕ */
  mark: string;
  /** '11月22日 周日' when it was done, or '' */
  when: string;
}

const MARKS: Record<StageView['state'], string> = { done: '✓', now: '●', todo: '○', stopped: '✕' };

export interface MyPublicJobView {
  id: string;
  publicJobId: string;
  position: string;
  place: string;
  subsidy: string;
  /** What is happening now and what comes next, in one sentence. */
  now: string;
  stopped: boolean;
  stages: StageView[];
}

/** The sentence under the post: where the application is and what the applicant waits for. */
function nowWords(a: MyPublicJobApplication, stoppedAt: string): string {
  switch (a.step) {
    case 'applied':
      return '已报名，等村里评议';
    case 'villageReviewed':
      return '村里评议通过了，等公示';
    case 'noticed':
      return a.noticeUntil
        ? `正在公示，到${formatDay(a.noticeUntil)}为止；公示完了镇上审核`
        : '正在公示；公示完了镇上审核';
    case 'townApproved':
      return '镇上审核通过了，等县人社局审批';
    case 'countyApproved':
      return '县里批准了，等村干部通知上岗';
    case 'onDuty':
      return a.onDutyFrom
        ? `已上岗（${formatDay(a.onDutyFrom)}起），每月村干部确认出勤后发补贴`
        : '已上岗，每月村干部确认出勤后发补贴';
    case 'rejected':
      return `没有通过（在“${stoppedAt}”这一步）。有疑问请问村干部`;
  }
}

export function myPublicJobView(a: MyPublicJobApplication): MyPublicJobView {
  const at = new Map(a.history.map((h) => [h.step, h.at]));
  // The furthest step reached (a rejection keeps the steps it passed).
  const reached = Math.max(...a.history.map((h) => ORDER.indexOf(h.step)), 0);
  const stopped = a.step === 'rejected';
  const stages = STAGES.map((s): StageView => {
    const day = at.get(s.dated ?? s.done);
    return {
      name: s.name,
      state: ORDER.indexOf(s.done) <= reached ? 'done' : 'todo',
      mark: '',
      when: day ? formatDay(chinaDay(day)) : '',
    };
  });
  const next = stages.find((s) => s.state === 'todo');
  if (next) next.state = stopped ? 'stopped' : 'now';
  for (const s of stages) s.mark = MARKS[s.state];
  return {
    id: a._id,
    publicJobId: a.publicJobId,
    position: a.position,
    place: a.village ? `${a.town} ${a.village}` : a.town,
    subsidy: `每月${a.subsidyYuan}元`,
    now: nowWords(a, next?.name ?? ''),
    stopped,
    stages,
  };
}

/** 我的公益岗申请: each application with the step it is at, in plain words. */
definePage({
  data: {
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    items: [] as MyPublicJobView[],
  },
  methods: {
    onLoad() {
      void this.load();
    },

    onShow() {
      // Back from the list after applying: show the new one.
      if (this.data.state === 'ready') void this.load();
    },

    async load() {
      try {
        const out = await call('publicJob.mine', {});
        this.setData({ state: 'ready', items: out.items.map(myPublicJobView) });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onPublicJobs() {
      wx.navigateTo({ url: '/package-ledger/pages/public-jobs/index' });
    },

    onNotice(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-ledger/pages/notice/index?publicJobId=${id}` });
    },
  },
});
