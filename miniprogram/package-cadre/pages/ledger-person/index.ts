import { formErrorBehavior } from '../../../behaviors/form-errors';
import { saveForm } from '../../lib/form';
import { definePage } from '../../../behaviors/define-page';
import {
  AGE_BAND_LABELS,
  FOCUS_GROUP_LABELS,
  PLACEMENT_LABELS,
  SITUATION_LABELS,
} from '../../../shared/catalog/workforce';
import { JOB_CATEGORY_LABELS } from '../../../shared/catalog/job-categories';
import type { ActionOutput } from '../../../shared/contracts';
import type { LedgerPerson } from '../../../shared/models/workforce';
import { addDays, chinaDay, formatDateTime, formatDay } from '../../../shared/time';
import { opt, toast } from '../../../services/form';
import { shownError, type FieldErrors } from '../../../services/errors';
import { call, contracts } from '../../lib/cloud';
import { privateState } from '../../../services/state';

const kept = privateState(() => ({ person: null as LedgerPerson | null }));

type Matches = ActionOutput<'ledger.matches'>;

function infoOf(p: LedgerPerson) {
  return {
    name: p.name,
    place: `${p.town} ${p.village}`,
    phone: p.phone,
    age: AGE_BAND_LABELS[p.ageBand],
    situation: SITUATION_LABELS[p.situation],
    trades: p.categories.map((c) => JOB_CATEGORY_LABELS[c]).join('、') || '没说',
    focus: p.focusGroup ? FOCUS_GROUP_LABELS[p.focusGroup] : '',
    placed: p.placed ? `${formatDay(p.placed.day)} ${PLACEMENT_LABELS[p.placed.how]}` : '',
    linked: p.linked,
    deletion: p.deletionRequested,
  };
}

const REMIND = [
  { id: '3', label: '3天后' },
  { id: '7', label: '一周后' },
  { id: '30', label: '一个月后' },
  { id: '', label: '不用提醒' },
];

/** One person of the ledger: what happened, what fits them, and a visit to write down. */
definePage({
  behaviors: [formErrorBehavior],
  data: {
    personId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    info: null as ReturnType<typeof infoOf> | null,
    timeline: [] as { at: string; title: string; detail: string }[],
    visits: [] as { id: string; day: string; kind: string; note: string; next: string }[],
    jobs: [] as { id: string; title: string; company: string; reasons: string }[],
    fairs: [] as { id: string; title: string; day: string; place: string }[],
    visit: { kind: 'visit', note: '', next: '', remind: '7' },
    remindChoices: REMIND,
    errors: {} as FieldErrors,
    bannerError: '',
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ personId: query['personId'] ?? '' });
      void this.load();
    },

    async load() {
      try {
        const personId = this.data.personId;
        const [page, matches] = await Promise.all([
          call('ledger.get', { personId }),
          call('ledger.matches', { personId }).catch((): Matches | null => null),
        ]);
        kept(this).person = page.person;
        this.setData({
          state: 'ready',
          info: infoOf(page.person),
          timeline: page.timeline.map((t) => ({
            at: formatDateTime(t.at),
            title: t.title,
            detail: t.detail ?? '',
          })),
          visits: page.visits.map((v) => ({
            id: v._id,
            day: formatDay(v.day),
            kind: v.kind === 'call' ? '电话' : '上门',
            note: v.visitNote,
            next: v.nextStep,
          })),
          jobs: (matches?.jobs ?? []).slice(0, 5).map((j) => ({
            id: j._id,
            title: j.title,
            company: j.companyName,
            reasons: (j.reasons ?? []).join(' · '),
          })),
          fairs: (matches?.fairs ?? []).map((f) => ({
            id: f._id,
            title: f.title,
            day: formatDay(f.day),
            place: f.village,
          })),
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onCall() {
      const phone = this.data.info?.phone ?? '';
      if (/^1\d{10}$/.test(phone)) wx.makePhoneCall({ phoneNumber: phone, fail: () => undefined });
    },

    onVisitInput(e: WechatMiniprogram.Input) {
      const { field } = e.currentTarget.dataset as { field: 'note' | 'next' };
      this.setData({ [`visit.${field}`]: e.detail.value, 'errors.visitNote': '' });
    },

    onVisitKind(e: WechatMiniprogram.TouchEvent) {
      this.setData({ 'visit.kind': (e.currentTarget.dataset as { id: string }).id });
    },

    onRemind(e: WechatMiniprogram.TouchEvent) {
      this.setData({ 'visit.remind': (e.currentTarget.dataset as { id: string }).id });
    },

    async onSaveVisit() {
      if (this.data.saving) return;
      const v = this.data.visit;
      const today = chinaDay(Date.now());
      const input = {
        personId: this.data.personId,
        kind: v.kind,
        day: today,
        visitNote: opt(v.note),
        nextStep: opt(v.next),
        ...(v.remind ? { remindOn: addDays(today, Number(v.remind)) } : {}),
      };
      await saveForm(this, contracts['ledger.logVisit'].input, input, async (data) => {
        await call('ledger.logVisit', data);
        toast('走访记下了', 'success');
        this.setData({ visit: { kind: 'visit', note: '', next: '', remind: '7' } });
        await this.load();
      });
    },

    /** 代登记 for a fair: the fairs' own page, filled in with the person's name and phone. */
    onFair(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const p = kept(this).person;
      if (!p) return;
      const q = [
        `fairId=${id}`,
        `name=${encodeURIComponent(p.name)}`,
        `village=${encodeURIComponent(p.village)}`,
        ...(p.phone ? [`phone=${p.phone}`] : []),
      ].join('&');
      wx.navigateTo({ url: `/package-cadre/pages/proxy-signup/index?${q}` });
    },

    onJob(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      wx.navigateTo({ url: `/pages/job/index?id=${id}` });
    },

    /** 申请公益岗: the area's open posts, to pick one and apply for this person. */
    onPublicJob() {
      const name = encodeURIComponent(this.data.info?.name ?? '');
      wx.navigateTo({
        url: `/package-cadre/pages/public-jobs/index?personId=${this.data.personId}&name=${name}`,
      });
    },

    onEdit() {
      wx.navigateTo({
        url: `/package-cadre/pages/ledger-form/index?personId=${this.data.personId}`,
      });
    },
  },
});
