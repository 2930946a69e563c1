import { definePage } from '../../../behaviors/define-page';
import { door, type DoorPass } from '../../../behaviors/door';
import { call } from '../../lib/cloud';
import { shownError } from '../../../services/errors';
import { chinaClock } from '../../../shared/index';
import { tripHeading } from '../../lib/trip-heading';
import { BOOKING_STATUS_LABELS, type BookingRow } from '../../models/trip';

type Result =
  | { kind: 'ok' | 'already'; name: string; village: string; pickup: string; time: string }
  | { kind: 'error'; message: string };

/** A traveller in the lists: enough to tell two 王秀英 apart. */
interface Person {
  id: string;
  name: string;
  /** 村 · the phone's tail or 没手机 · the pick-up. */
  details: string;
  status: string;
  boarded: boolean;
}

function personOf(b: BookingRow): Person {
  const phone = b.noPhone || !b.phone ? '没手机' : `尾号${b.phone.slice(-4)}`;
  return {
    id: b._id,
    name: b.name,
    details: [b.village ?? '', phone, b.pickupName].filter(Boolean).join(' · '),
    status:
      b.status === 'boarded' && b.boardedAt
        ? `${chinaClock(b.boardedAt)} 已上车`
        : BOOKING_STATUS_LABELS[b.status],
    boarded: b.status !== 'booked',
  };
}

definePage({
  data: {
    tripId: '',
    title: '',
    when: '',
    pickups: [] as { id: string; label: string }[],
    /** The pick-up point being checked ('' = all). */
    pickupId: '',
    counts: { booked: 0, boarded: 0, missing: 0, waiting: 0 },
    missing: [] as Person[],
    codeWord: '乘车码',
    result: null as Result | null,
    loadError: '',
  },
  behaviors: [door],
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ tripId: query['tripId'] ?? '' });
      void this.loadTrip();
    },

    async loadTrip() {
      try {
        const t = await call('trip.get', { tripId: this.data.tripId });
        this.setData({
          ...tripHeading(t),
          pickupId: t.pickups.length === 1 ? (t.pickups[0]?.id ?? '') : '',
        });
      } catch (err) {
        this.setData({ loadError: shownError(err).message });
      }
      await this.loadMissing();
    },

    /** Who at this pick-up still has a seat and has not got on. */
    async loadMissing() {
      try {
        const page = await call('trip.roster', {
          tripId: this.data.tripId,
          status: 'booked',
          ...(this.data.pickupId ? { pickupId: this.data.pickupId } : {}),
        });
        this.setData({ counts: page.counts, missing: page.items.map(personOf), loadError: '' });
      } catch (err) {
        this.setData({ loadError: shownError(err).message });
      }
    },

    onPickup(e: WechatMiniprogram.TouchEvent) {
      this.setData({ pickupId: String(e.currentTarget.dataset['id'] ?? ''), result: null });
      void this.loadMissing();
    },

    async findPeople(q: string) {
      const page = await call('trip.roster', { tripId: this.data.tripId, q });
      return page.items.map(personOf);
    },

    /** 上车 by the code shown or for a person found by name: one boarding per person either way. */
    async admit(pass: DoorPass) {
      if (this.data.busy) return;
      this.setData({ busy: true, codeError: '' });
      const by = 'code' in pass ? { code: pass.code } : { bookingId: pass.id };
      try {
        const out = await call('trip.board', { tripId: this.data.tripId, ...by }, { retries: 3 });
        const b = out.booking;
        this.setData({
          result: {
            kind: out.alreadyBoarded ? 'already' : 'ok',
            name: b.name,
            village: b.village ?? '',
            pickup: b.pickupName,
            time: b.boardedAt ? chinaClock(b.boardedAt) : '',
          },
          code: '',
        });
        const found = this.data.found as Person[];
        const i = found.findIndex((f) => f.id === b._id);
        if (i >= 0) this.setData({ [`found[${i}]`]: personOf(b) });
        if (!out.alreadyBoarded) wx.vibrateShort({ type: 'medium', fail: () => undefined });
        await this.loadMissing();
      } catch (err) {
        this.setData({ result: { kind: 'error', message: shownError(err).message } });
      } finally {
        this.setData({ busy: false });
      }
    },

    onRoster() {
      wx.navigateTo({ url: `/package-trips/pages/roster/index?tripId=${this.data.tripId}` });
    },
  },
});
