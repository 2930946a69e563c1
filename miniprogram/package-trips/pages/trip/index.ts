import { definePage } from '../../../behaviors/define-page';
import { SUBSCRIBE_TEMPLATES } from '../../../config';
import { callCloud } from '../../lib/cloud';
import { codeOf, fieldsOf, messageOf } from '../../../services/errors';
import { askText, sayFailed, toast } from '../../../services/form';
import { inviterFor, rememberInviter } from '../../../services/inviter';
import { getSession, peekSession } from '../../../services/session';
import { privateState } from '../../../services/state';
import { requestSubscribe } from '../../../services/subscribe';
import { contracts } from '../../lib/cloud';
import { failureFromZod, formatDayWhen } from '../../../shared/index';
import { codeGroups } from '../../lib/code-groups';
import { countdown } from '../../lib/countdown';
import { parseTripOptions, type TripEntry } from '../../lib/trip-entry';
import {
  TRIP_MODE_LABELS,
  TRIP_STATUS_LABELS,
  type BookingView,
  type TripDetail,
} from '../../models/trip';

interface TripView {
  title: string;
  mode: string;
  when: string;
  open: boolean;
  statusText: string;
  cancelReason: string;
  full: boolean;
  seatsText: string;
  toCity: string;
  employer: string;
  address: string;
  cost: string;
  bring: string;
  contactName: string;
  contactPhone: string;
}

interface PickupChoice {
  id: string;
  name: string;
  time: string;
}

interface MineView {
  id: string;
  status: string;
  waiting: boolean;
  queueText: string;
  pickup: string;
  code: string;
  codeGroups: string[];
  countdown: string;
}

function tripView(t: TripDetail, now: number): TripView {
  const full = t.seatsLeft <= 0;
  return {
    title: t.title,
    mode: TRIP_MODE_LABELS[t.mode],
    when: `${formatDayWhen(t.day, now)} ${t.time} 发车`,
    open: t.status === 'open',
    statusText: TRIP_STATUS_LABELS[t.status],
    cancelReason: t.cancelReason ?? '',
    full,
    seatsText: full
      ? `${t.seats}个座位已满${t.waiting ? `，${t.waiting}人在排队` : ''}`
      : `共${t.seats}个座位，还剩${t.seatsLeft}个`,
    toCity: t.to.city,
    employer: t.to.employerName,
    address: t.to.address,
    cost: t.costLabel,
    bring: t.bring ?? '',
    contactName: t.contact.name,
    contactPhone: t.contact.phone,
  };
}

/** My booking while it still stands (a cancelled one lets me book again). */
function mineView(b: BookingView | null, t: TripDetail, now: number): MineView | null {
  if (!b || b.status === 'cancelled') return null;
  const code = b.status === 'booked' && t.status === 'open' ? (b.boardingCode ?? '') : '';
  return {
    id: b._id,
    status: b.status,
    waiting: b.status === 'waiting',
    queueText: b.queuePosition
      ? `您排在第${b.queuePosition}位，有人退座就轮到您，会发消息告诉您`
      : '',
    pickup: `${b.pickupName} ${b.pickupTime} 上车`,
    code,
    codeGroups: codeGroups(code),
    countdown: t.status === 'open' ? countdown(t.day, b.pickupTime, now) : '',
  };
}

const state = privateState(() => ({
  entry: {} as TripEntry,
  trip: undefined as TripDetail | undefined,
}));

definePage({
  data: {
    state: 'loading',
    message: '',
    trip: null as TripView | null,
    pickups: [] as PickupChoice[],
    pickupId: '',
    name: '',
    phone: '',
    errors: {} as Record<string, string>,
    mine: null as MineView | null,
    submitting: false,
    canManage: false,
    /** 代订 is for the cadres and admins organising the trip (rights: trip.proxyBook). */
    canProxy: false,
  },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      state(this).entry = parseTripOptions(options);
      void this.load();
      getSession()
        .then((s) => {
          this.setData({ canProxy: s.roles.some((r) => r === 'cadre' || r === 'admin') });
          const p = s.profile;
          if (p && !this.data.name && !this.data.phone)
            this.setData({ name: p.name, phone: p.phone ?? '' });
        })
        .catch(() => undefined);
    },

    /** Back from 改车次信息 (or the roster): the trip as it is now. */
    onShow() {
      if (state(this).trip) void this.load();
    },

    onShareAppMessage() {
      const s = state(this);
      const userId = peekSession()?.userId;
      const id = s.trip?._id ?? s.entry.tripId ?? '';
      const t = this.data.trip;
      return {
        title: t ? `${t.when}，直达${t.toCity}${t.employer}，来预约` : '返岗直达车，来预约',
        path: `/package-trips/pages/trip/index?id=${id}${userId ? `&inv=${userId}` : ''}`,
      };
    },

    async load() {
      const s = state(this);
      const { tripId, inviteCode } = s.entry;
      if (!tripId && !inviteCode) {
        this.setData({ state: 'error', message: '没有找到这趟车' });
        return;
      }
      try {
        const trip = await callCloud(
          'trip.get',
          tripId ? { tripId } : { inviteCode: inviteCode ?? '' },
        );
        s.trip = trip;
        rememberInviter(trip._id, s.entry.inviter);
        this.show(trip);
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    show(trip: TripDetail) {
      const now = Date.now();
      const only = trip.pickups.length === 1 ? (trip.pickups[0]?.id ?? '') : '';
      this.setData({
        state: 'idle',
        trip: tripView(trip, now),
        pickups: trip.pickups.map((p) => ({ id: p.id, name: p.name, time: p.time })),
        pickupId: trip.pickups.some((p) => p.id === this.data.pickupId) ? this.data.pickupId : only,
        mine: mineView(trip.myBooking, trip, now),
        canManage: trip.canManage,
      });
    },

    onPickup(e: WechatMiniprogram.TouchEvent) {
      this.setData({ pickupId: String(e.currentTarget.dataset['id']), 'errors.pickupId': '' });
    },
    onName(e: WechatMiniprogram.Input) {
      this.setData({ name: e.detail.value, 'errors.name': '' });
    },
    onPhone(e: WechatMiniprogram.Input) {
      this.setData({ phone: e.detail.value, 'errors.phone': '' });
    },

    onMap(e: WechatMiniprogram.TouchEvent) {
      const trip = state(this).trip;
      if (!trip) return;
      const id = e.currentTarget.dataset['id'] as string | undefined;
      const p = id ? trip.pickups.find((x) => x.id === id) : undefined;
      const at = p ? p.location : trip.to.location;
      wx.openLocation({
        latitude: at.lat,
        longitude: at.lng,
        name: p ? p.name : trip.to.employerName,
        address: p ? `${p.time} 上车` : trip.to.address,
        scale: 16,
      });
    },

    onCall() {
      const phone = this.data.trip?.contactPhone;
      if (phone) wx.makePhoneCall({ phoneNumber: phone });
    },

    onBook() {
      const trip = state(this).trip;
      if (!trip || this.data.submitting) return;
      const input = {
        tripId: trip._id,
        pickupId: this.data.pickupId,
        name: this.data.name,
        phone: this.data.phone.trim(),
        inviter: inviterFor(trip._id),
      };
      const checked = contracts['trip.book'].input.safeParse(input);
      if (!checked.success) {
        this.setData({ errors: failureFromZod(checked.error).fields ?? {} });
        return;
      }
      // Inside the tap, before any await: the day-before reminder, a freed seat, a cancellation.
      void requestSubscribe([
        SUBSCRIBE_TEMPLATES.tripReminder,
        SUBSCRIBE_TEMPLATES.tripSeat,
        SUBSCRIBE_TEMPLATES.tripCancelled,
      ]);
      this.setData({ submitting: true, errors: {} });
      callCloud('trip.book', input)
        .then((booking) => {
          const next = { ...trip, myBooking: booking };
          state(this).trip = next;
          this.setData({ submitting: false });
          this.show(next);
          wx.showToast({
            title: booking.status === 'waiting' ? '已排队' : '预约成功',
            icon: 'success',
          });
          void this.load();
        })
        .catch((err: unknown) => {
          const fields = fieldsOf(err);
          if (Object.keys(fields).length) {
            this.setData({ submitting: false, errors: fields });
            return;
          }
          this.setData({ submitting: false });
          if (codeOf(err) === 'TRIP_NOT_OPEN') void this.load();
          sayFailed('没有约上', err);
        });
    },

    onBrighten() {
      wx.setScreenBrightness({ value: 1 });
    },

    onCancelBooking() {
      const mine = this.data.mine;
      if (!mine) return;
      wx.showModal({
        title: mine.waiting ? '不排队了？' : '取消预约？',
        content: mine.waiting ? '取消后排队的位置就没有了' : '取消后，这个座位会让给排队的老乡',
        confirmText: '取消预约',
        cancelText: '不取消',
        success: (r) => {
          if (!r.confirm) return;
          callCloud('trip.cancelBooking', { bookingId: mine.id })
            .then(() => {
              wx.showToast({ title: '已取消', icon: 'success' });
              void this.load();
            })
            .catch((err: unknown) => {
              sayFailed('没有取消', err);
            });
        },
      });
    },

    onEdit() {
      const tripId = state(this).trip?._id;
      if (tripId) wx.navigateTo({ url: `/package-trips/pages/trip-edit/index?tripId=${tripId}` });
    },

    /** 取消这趟车: the reason is required; everyone booked or waiting is told it. */
    async onCancelTrip() {
      const trip = state(this).trip;
      if (!trip) return;
      const reason = await askText('取消这趟车', '写一下原因，会发给订了座的人', {
        confirmText: '确定取消',
        cancelText: '不取消',
      });
      if (reason === undefined) return;
      const checked = contracts['trip.cancel'].input.safeParse({ tripId: trip._id, reason });
      if (!checked.success) {
        wx.showModal({
          title: '没有取消',
          content: reason ? '原因请多写几个字' : '请写上取消的原因，订了座的人会收到',
          showCancel: false,
          confirmText: '知道了',
        });
        return;
      }
      try {
        const out = await callCloud('trip.cancel', checked.data);
        toast(out.notified ? `已取消，通知了${out.notified}人` : '已取消', 'success');
      } catch (err) {
        sayFailed('没有取消', err);
      }
      await this.load();
    },

    onManage(e: WechatMiniprogram.TouchEvent) {
      const page = String(e.currentTarget.dataset['page']);
      const tripId = state(this).trip?._id;
      if (tripId) wx.navigateTo({ url: `/package-trips/pages/${page}/index?tripId=${tripId}` });
    },
  },
});
