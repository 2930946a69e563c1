import { definePage } from '../../../behaviors/define-page';
import {
  FOCUS_GROUP_LABELS,
  NEXT_PUBLIC_JOB_STEP,
  PUBLIC_JOB_STATUS_LABELS,
  PUBLIC_JOB_STEPS,
  PUBLIC_JOB_STEP_LABELS,
  RESIDENCE_LABELS,
  type PublicJobStep,
} from '../../../shared/catalog/workforce';
import type { PublicJobApplicant, PublicJobCard } from '../../../shared/models/workforce';
import { addDays, chinaDay, formatDay } from '../../../shared/time';
import { confirm, toast, toNumber } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';
import { sendCsv } from '../../../services/files';
import { getSession } from '../../../services/session';
import { refreshOnPull } from '../../../services/list-gestures';

type ReviewTo = Exclude<PublicJobStep, 'applied' | 'rejected'>;

/** The button that takes an application to its next step, in the words of the office doing it. */
const NEXT_BUTTON: Record<ReviewTo, string> = {
  villageReviewed: '村评议通过',
  noticed: '开始公示',
  townApproved: '镇审核通过',
  countyApproved: '县审批通过',
  onDuty: '确认上岗',
};

function infoOf(j: PublicJobCard) {
  const e = j.eligibility;
  const ages =
    e.minAge !== undefined || e.maxAge !== undefined
      ? `${e.minAge ?? 16}到${e.maxAge ?? 75}岁`
      : '年龄不限';
  return {
    position: j.position,
    place: j.village ? `${j.town} ${j.village}` : j.town,
    duties: j.duties,
    subsidy: `每月${j.subsidyYuan}元`,
    filled: `已上岗${j.onDuty}/${j.headcount}人`,
    who: e.groups.length ? e.groups.map((g) => FOCUS_GROUP_LABELS[g]).join('、') : '不限人群',
    rule: `${RESIDENCE_LABELS[e.residence]}户籍 · ${ages}`,
    until: formatDay(j.applyUntil),
    status: PUBLIC_JOB_STATUS_LABELS[j.status],
    open: j.status === 'open',
    reviewNote: j.reviewNote ?? '',
  };
}

function monthsOf(today: string): { id: string; label: string }[] {
  const thisMonth = today.slice(0, 7);
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  return [
    { id: thisMonth, label: `本月（${Number(thisMonth.slice(5))}月）` },
    { id: lastMonth, label: `上月（${Number(lastMonth.slice(5))}月）` },
  ];
}

function applicantOf(a: PublicJobApplicant, isAdmin: boolean, today: string, month: string) {
  const next = NEXT_PUBLIC_JOB_STEP[a.step] as ReviewTo | undefined;
  // 镇审核 waits for the 公示 to end; 县审批 is the county admin's.
  const waitNotice = next === 'townApproved' && !!a.noticeUntil && today <= a.noticeUntil;
  const adminOnly = next === 'countyApproved' && !isAdmin;
  const days = a.attendance.find((m) => m.month === month)?.days;
  return {
    id: a._id,
    personId: a.personId,
    name: a.name,
    village: a.village,
    focus: a.focusGroup ? FOCUS_GROUP_LABELS[a.focusGroup] : '',
    step: PUBLIC_JOB_STEP_LABELS[a.step],
    stepDone: a.step === 'onDuty',
    stepOut: a.step === 'rejected',
    next: next ?? '',
    nextLabel: next && !waitNotice && !adminOnly ? NEXT_BUTTON[next] : '',
    // Turning down is open during the 公示 too (that is what it is for), not at 县审批 for a cadre.
    canReject: !!next && !adminOnly,
    wait: waitNotice
      ? `公示到${formatDay(a.noticeUntil ?? '')}，满了才能镇审核`
      : adminOnly
        ? '等县人社局审批'
        : '',
    onDuty: a.step === 'onDuty',
    onDutyFrom: a.onDutyFrom ? `${formatDay(a.onDutyFrom)}上岗` : '',
    days: days === undefined ? '' : String(days),
    confirmed: days === undefined ? '' : `${Number(month.slice(5))}月已确认出勤${days}天`,
  };
}

type Row = ReturnType<typeof applicantOf>;

/**
 * One 公益性岗位 for its cadres and admins: the applicants at each step (申请 → 村评议 → 公示 →
 * 镇审核 → 县审批 → 上岗) with the next step for who may take it, 申请 for a person of the ledger
 * (opened with personId), monthly attendance, 导出花名册 and the 公示.
 */
definePage({
  data: {
    publicJobId: '',
    personId: '',
    personName: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    isAdmin: false,
    today: '',
    info: null as ReturnType<typeof infoOf> | null,
    steps: [] as { id: string; label: string; count: number }[],
    applicants: [] as Row[],
    months: [] as { id: string; label: string }[],
    month: '',
    consent: false,
    applied: false,
    busy: '',
    exported: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const today = chinaDay(Date.now());
      const months = monthsOf(today);
      this.setData({
        publicJobId: query['publicJobId'] ?? '',
        personId: query['personId'] ?? '',
        personName: decodeURIComponent(query['name'] ?? ''),
        today,
        months,
        month: months[0]?.id ?? '',
      });
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    async load() {
      try {
        const [session, page] = await Promise.all([
          getSession(),
          call('publicJob.get', { publicJobId: this.data.publicJobId }),
        ]);
        const isAdmin = !!session.admin;
        const { today, month, personId } = this.data;
        const applicants = page.applicants.map((a) => applicantOf(a, isAdmin, today, month));
        this.setData({
          state: 'ready',
          isAdmin,
          info: infoOf(page.job),
          steps: PUBLIC_JOB_STEPS.filter((s) => s.value !== 'rejected').map((s) => ({
            id: s.value,
            label: s.label,
            count: page.applicants.filter((a) => a.step === s.value).length,
          })),
          applicants,
          applied: !!personId && page.applicants.some((a) => a.personId === personId),
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    async onNext(e: WechatMiniprogram.TouchEvent) {
      const { id, next, approve } = e.currentTarget.dataset as {
        id: string;
        next: ReviewTo;
        approve: boolean;
      };
      if (this.data.busy) return;
      const row = this.data.applicants.find((a) => a.id === id);
      if (
        !approve &&
        !(await confirm(`${row?.name ?? ''}不通过？`, '这份申请就结束了，不能再改'))
      ) {
        return;
      }
      this.setData({ busy: id });
      try {
        const out = await call('publicJob.review', { applicationId: id, to: next, approve });
        toast(
          out.noticeUntil
            ? `公示到${formatDay(out.noticeUntil)}`
            : `已办：${PUBLIC_JOB_STEP_LABELS[out.step]}`,
          'success',
        );
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onConsent() {
      this.setData({ consent: !this.data.consent });
    },

    /** 申请 for the person of the ledger this page was opened for, with their consent. */
    async onApply() {
      if (this.data.busy) return;
      if (!this.data.consent) {
        toast('请先征得本人同意再申请');
        return;
      }
      this.setData({ busy: 'apply' });
      try {
        await call('publicJob.apply', {
          publicJobId: this.data.publicJobId,
          personId: this.data.personId,
          consent: true,
        });
        toast('申请好了', 'success');
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onMonth(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (id === this.data.month) return;
      this.setData({ month: id });
      void this.load();
    },

    onDays(e: WechatMiniprogram.Input) {
      const { index } = e.currentTarget.dataset as { index: number };
      this.setData({ [`applicants[${index}].days`]: e.detail.value });
    },

    /** The cadre confirms the days the person really worked in the month. */
    async onAttendance(e: WechatMiniprogram.TouchEvent) {
      const { index } = e.currentTarget.dataset as { index: number };
      const row = this.data.applicants[index];
      if (!row || this.data.busy) return;
      const days = toNumber(row.days);
      if (days === undefined || !Number.isInteger(days)) {
        toast('请填写出勤天数');
        return;
      }
      this.setData({ busy: row.id });
      try {
        const out = await call('publicJob.confirmAttendance', {
          applicationId: row.id,
          month: this.data.month,
          days,
        });
        toast(`已确认${out.days}天`, 'success');
        await this.load();
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    /** 导出花名册: the roster with the month's attendance, as CSV sent to a chat. */
    async onExport() {
      if (this.data.busy) return;
      this.setData({ busy: 'export' });
      try {
        const out = await call('publicJob.export', {
          publicJobId: this.data.publicJobId,
          month: this.data.month,
        });
        await sendCsv(out, () =>
          this.setData({ exported: `已生成花名册 ${out.fileName}（${out.rows}人）` }),
        );
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busy: '' });
      }
    },

    onNotice() {
      wx.navigateTo({
        url: `/package-ledger/pages/notice/index?publicJobId=${this.data.publicJobId}`,
      });
    },

    onPerson(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/package-cadre/pages/ledger-person/index?personId=${id}` });
    },
  },
});
