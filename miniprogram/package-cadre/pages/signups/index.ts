import { definePage } from '../../../behaviors/define-page';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import type { SignupRow } from '../../../shared/models/fair';
import { chinaClock, chinaDay } from '../../../shared/time';
import { toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';
import { PagedList, withCursor } from '../../../services/list-page';
import { appendNextPage, refreshOnPull } from '../../../services/list-gestures';
import { privateState } from '../../../services/state';

type Stats = ActionOutput<'fair.stats'>;

interface SlotTab {
  id: string;
  label: string;
  count: string;
}

interface Person {
  id: string;
  name: string;
  /** '' when the villager has no phone (the cadre is their contact). */
  phone: string;
  village: string;
  slot: string;
  status: string;
  checked: boolean;
  /** Still to check in (signed): 签到 shows on the fair day. */
  waiting: boolean;
}

function personOf(s: SignupRow): Person {
  return {
    id: s._id,
    name: s.name,
    phone: s.phone,
    village: s.village ?? '',
    slot: s.slotLabel,
    status:
      s.status === 'checkedIn' && s.checkedInAt
        ? `${chinaClock(s.checkedInAt)} 已签到`
        : SIGNUP_STATUS_LABELS[s.status],
    checked: s.status === 'checkedIn',
    waiting: s.status === 'signed',
  };
}

function slotTabs(stats: Stats): SlotTab[] {
  return [
    { id: '', label: '全部', count: `${stats.totals.signedUp}人` },
    ...stats.slots.map((s) => ({
      id: s.slotId,
      label: s.label,
      count: `${s.signedUp}/${s.capacity}`,
    })),
  ];
}

const list = privateState(() => new PagedList<SignupRow>());

definePage({
  data: {
    fairId: '',
    view: 'slot' as 'slot' | 'inviter',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    totals: { signedUp: 0, checkedIn: 0, proxy: 0, agreements: 0 },
    tabs: [] as SlotTab[],
    slotId: '',
    inviters: [] as { label: string; count: number }[],
    people: [] as Person[],
    listState: 'loading' as 'loading' | 'ready' | 'error',
    /** The fair is today: each person waiting gets a 签到 button. */
    fairToday: false,
    busyId: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.load();
    },

    onPullDownRefresh() {
      return refreshOnPull(() => this.load());
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const [stats, fair] = await Promise.all([
          call('fair.stats', { fairId: this.data.fairId }),
          call('fair.get', { fairId: this.data.fairId }),
        ]);
        this.setData({
          fairToday: fair.status === 'upcoming' && fair.day === chinaDay(Date.now()),
          state: 'ready',
          totals: stats.totals,
          tabs: slotTabs(stats),
          inviters: [...stats.inviters].sort((a, b) => b.count - a.count),
        });
        await this.loadPeople();
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    async loadPeople() {
      this.setData({ listState: 'loading' });
      try {
        const signups = await list(this).first((cursor) => this.fetchSignups(cursor));
        if (signups) this.setData({ listState: 'ready', people: signups.map(personOf) });
      } catch (err) {
        this.setData({ listState: 'error', loadError: shownError(err).message });
      }
    },

    fetchSignups(cursor: string | undefined) {
      const { fairId, slotId } = this.data;
      return call('fair.listSignups', withCursor(slotId ? { fairId, slotId } : { fairId }, cursor));
    },

    onReachBottom() {
      if (this.data.view !== 'slot') return Promise.resolve();
      const fetch = (cursor: string | undefined) => this.fetchSignups(cursor);
      return appendNextPage(this, 'people', list(this), fetch, personOf);
    },

    onView(e: WechatMiniprogram.TouchEvent) {
      this.setData({ view: (e.currentTarget.dataset as { view: 'slot' | 'inviter' }).view });
    },

    onSlot(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      if (id === this.data.slotId) return;
      this.setData({ slotId: id });
      void this.loadPeople();
    },

    onCall(e: WechatMiniprogram.TouchEvent) {
      const { phone } = e.currentTarget.dataset as { phone: string };
      if (/^1\d{10}$/.test(phone)) wx.makePhoneCall({ phoneNumber: phone, fail: () => undefined });
    },

    /** 签到 by name, from the list: the same one-check-in-per-person rule as scanning. */
    async onCheckIn(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      const index = this.data.people.findIndex((p) => p.id === id);
      if (index < 0 || this.data.busyId) return;
      this.setData({ busyId: id });
      try {
        const out = await call(
          'fair.checkIn',
          { fairId: this.data.fairId, signupId: id },
          { retries: 3 },
        );
        this.setData({
          [`people[${index}]`]: personOf(out.signup),
          ...(out.alreadyCheckedIn ? {} : { 'totals.checkedIn': this.data.totals.checkedIn + 1 }),
        });
        toast(
          out.alreadyCheckedIn ? `${out.signup.name}已经签过到了` : `${out.signup.name}签到了`,
          'success',
        );
      } catch (err) {
        toast(shownError(err).message);
      } finally {
        this.setData({ busyId: '' });
      }
    },

    onProxy() {
      wx.navigateTo({ url: `/package-cadre/pages/proxy-signup/index?fairId=${this.data.fairId}` });
    },
  },
});
