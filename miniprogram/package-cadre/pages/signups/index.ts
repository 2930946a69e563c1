import { largeText } from '../../../behaviors/large-text';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import type { ActionOutput } from '../../../shared/contracts';
import type { SignupView } from '../../../shared/models/fair';
import { shownError, toast } from '../../../services/form';
import { call } from '../../lib/cloud';
import { appendedRows } from '../../../services/list-page';

type Stats = ActionOutput<'fair.stats'>;

interface SlotTab {
  id: string;
  label: string;
  count: string;
}

interface Person {
  id: string;
  name: string;
  phone: string;
  village: string;
  slot: string;
  status: string;
  checked: boolean;
}

function personOf(s: SignupView): Person {
  return {
    id: s._id,
    name: s.name,
    phone: s.phone,
    village: s.village ?? '',
    slot: s.slotLabel,
    status: SIGNUP_STATUS_LABELS[s.status],
    checked: s.status === 'checkedIn',
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

Component({
  behaviors: [largeText],
  data: {
    rootFontSize: 'system',
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
    nextCursor: null as string | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.load();
    },

    async onPullDownRefresh() {
      await this.load();
      wx.stopPullDownRefresh();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const stats = await call('fair.stats', { fairId: this.data.fairId });
        this.setData({
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
        const { fairId, slotId } = this.data;
        const page = await call('fair.listSignups', slotId ? { fairId, slotId } : { fairId });
        this.setData({
          listState: 'ready',
          people: page.items.map(personOf),
          nextCursor: page.nextCursor,
        });
      } catch (err) {
        this.setData({ listState: 'error', loadError: shownError(err).message });
      }
    },

    async onReachBottom() {
      if (this.data.view !== 'slot' || !this.data.nextCursor) return;
      try {
        const { fairId, slotId, nextCursor } = this.data;
        const base = { fairId, cursor: nextCursor };
        const page = await call('fair.listSignups', slotId ? { ...base, slotId } : base);
        this.setData({
          nextCursor: page.nextCursor,
          ...appendedRows('people', this.data.people.length, page.items.map(personOf)),
        });
      } catch (err) {
        toast(shownError(err).message);
      }
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

    onProxy() {
      wx.navigateTo({ url: `/package-cadre/pages/proxy-signup/index?fairId=${this.data.fairId}` });
    },
  },
});
