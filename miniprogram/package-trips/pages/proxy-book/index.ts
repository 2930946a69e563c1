import { definePage } from '../../../behaviors/define-page';
import { nextPerson, proxyPersonBehavior, proxyPersonInput } from '../../../behaviors/proxy-person';
import { codeOf, fieldsOf, messageOf } from '../../../services/errors';
import { failureFromZod, formatDayWhen } from '../../../shared/index';
import { callCloud, contracts } from '../../lib/cloud';
import { codeGroups } from '../../lib/code-groups';
import type { TripDetail } from '../../models/trip';

interface PickupChoice {
  id: string;
  name: string;
  time: string;
}

function pickupsOf(t: TripDetail): PickupChoice[] {
  return t.pickups.map((p) => ({ id: p.id, name: p.name, time: p.time }));
}

function seatsText(t: TripDetail): string {
  return t.seatsLeft > 0
    ? `还剩${t.seatsLeft}个座位`
    : `座位已满${t.waiting ? `，${t.waiting}人在排队` : ''}，再订就排队`;
}

/**
 * 代订座位: a cadre (or admin) organising the trip books a seat for a villager without a
 * smartphone — the family's phone or none — and reads out or writes down the boarding code.
 */
definePage({
  behaviors: [proxyPersonBehavior],
  data: {
    tripId: '',
    state: 'loading',
    message: '',
    title: '',
    when: '',
    seats: '',
    pickups: [] as PickupChoice[],
    pickupId: '',
    errors: {} as Record<string, string>,
    bannerError: '',
    submitting: false,
    done: null as null | {
      name: string;
      pickup: string;
      waiting: boolean;
      queue: number;
      noPhone: boolean;
      code: string;
      codeGroups: string[];
    },
    count: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ tripId: query['tripId'] ?? '' });
      void this.load();
    },

    async load() {
      try {
        const trip = await callCloud('trip.get', { tripId: this.data.tripId });
        if (trip.status !== 'open') {
          this.setData({ state: 'error', message: '这趟车已经不能订座了' });
          return;
        }
        const only = trip.pickups.length === 1 ? (trip.pickups[0]?.id ?? '') : '';
        this.setData({
          state: 'idle',
          title: trip.title,
          when: `${formatDayWhen(trip.day, Date.now())} ${trip.time} 发车`,
          seats: seatsText(trip),
          pickups: pickupsOf(trip),
          pickupId: trip.pickups.some((p) => p.id === this.data.pickupId)
            ? this.data.pickupId
            : only,
        });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onPickup(e: WechatMiniprogram.TouchEvent) {
      this.setData({ pickupId: String(e.currentTarget.dataset['id']), 'errors.pickupId': '' });
    },

    onSubmit() {
      if (this.data.submitting) return;
      const input = {
        tripId: this.data.tripId,
        pickupId: this.data.pickupId,
        ...proxyPersonInput(this.data),
      };
      const checked = contracts['trip.proxyBook'].input.safeParse(input);
      if (!checked.success) {
        this.setData({ errors: failureFromZod(checked.error).fields ?? {}, bannerError: '' });
        return;
      }
      // Set before the call: a second tap while it runs books nobody twice.
      this.setData({ submitting: true, errors: {}, bannerError: '' });
      callCloud('trip.proxyBook', checked.data)
        .then((b) => {
          const pickup = this.data.pickups.find((p) => p.id === b.pickupId);
          this.setData({
            submitting: false,
            done: {
              name: b.name,
              pickup: `${b.pickupName}${pickup ? ` ${pickup.time}` : ''} 上车`,
              waiting: b.status === 'waiting',
              queue: b.queuePosition ?? 0,
              noPhone: !!b.noPhone,
              code: b.boardingCode,
              codeGroups: codeGroups(b.boardingCode),
            },
            count: this.data.count + 1,
          });
          wx.pageScrollTo({ scrollTop: 0, duration: 200 });
        })
        .catch((err: unknown) => {
          const fields = fieldsOf(err);
          this.setData({
            submitting: false,
            errors: fields,
            bannerError: Object.keys(fields).length ? '' : messageOf(err),
          });
          if (codeOf(err) === 'TRIP_NOT_OPEN') void this.load();
        });
    },

    /** 再订一位: the same pick-up point and village, the seats as they are now. */
    onNext() {
      this.setData({ done: null, ...nextPerson(this.data) });
      void this.load();
    },
  },
});
