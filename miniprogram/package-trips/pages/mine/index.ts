import { definePage } from '../../../behaviors/define-page';
import { callCloud } from '../../lib/cloud';
import { messageOf } from '../../../services/errors';
import { privateState } from '../../../services/state';
import { formatDay, formatDayWhen } from '../../../shared/index';
import {
  bookingPhase,
  NEED_STATUS_LABELS,
  TRIP_MODE_LABELS,
  type BookingPhase,
  type MyBooking,
  type NeedView,
} from '../../models/trip';
import { codeGroups } from '../../lib/code-groups';
import { countdown } from '../../lib/countdown';

interface NeedSummary {
  status: string;
  text: string;
}

interface BookingCard {
  id: string;
  tripId: string;
  phase: BookingPhase;
  heading: string;
  title: string;
  when: string;
  pickup: string;
  to: string;
  codeGroups: string[];
  countdown: string;
  note: string;
  hasMap: boolean;
}

const HEADINGS: Record<BookingPhase, string> = {
  upcoming: '已订座',
  waiting: '排队中',
  boarded: '已上车',
  cancelled: '已取消',
  tripCancelled: '这趟车取消了',
  missed: '车已开走',
};

function needSummary(n: NeedView | null): NeedSummary | null {
  if (!n || n.status === 'withdrawn') return null;
  return {
    status: NEED_STATUS_LABELS[n.status],
    text: `${formatDay(n.earliestDay)}起 去${n.to.city}${n.to.employerName ? ` ${n.to.employerName}` : ''}，${n.people}人`,
  };
}

function bookingCard(b: MyBooking, now: number): BookingCard {
  const phase = bookingPhase(b.status, b.trip);
  const code = phase === 'upcoming' ? (b.boardingCode ?? '') : '';
  const note =
    phase === 'waiting' && b.queuePosition
      ? `排在第${b.queuePosition}位，有座位会发消息告诉您`
      : phase === 'tripCancelled'
        ? b.trip.cancelReason
          ? `组织人说：${b.trip.cancelReason}`
          : ''
        : '';
  return {
    id: b._id,
    tripId: b.tripId,
    phase,
    heading: HEADINGS[phase],
    title: `${TRIP_MODE_LABELS[b.trip.mode]} ${b.trip.title}`,
    when: formatDayWhen(b.trip.day, now),
    pickup: `${b.pickupName} ${b.pickupTime} 上车`,
    to: `${b.trip.to.city} ${b.trip.to.employerName}`,
    codeGroups: codeGroups(code),
    countdown: phase === 'upcoming' ? countdown(b.trip.day, b.pickupTime, now) : '',
    note,
    hasMap: !!b.pickupLocation,
  };
}

const state = privateState(() => ({ bookings: [] as MyBooking[] }));

definePage({
  data: {
    state: 'loading',
    message: '',
    need: null as NeedSummary | null,
    bookings: [] as BookingCard[],
  },
  methods: {
    onLoad() {
      void this.load();
    },
    onShow() {
      if (this.data.state === 'idle') void this.load();
    },

    async load() {
      try {
        const [{ need }, page] = await Promise.all([
          callCloud('travel.myNeed', {}),
          callCloud('trip.myBookings', {}),
        ]);
        state(this).bookings = page.items;
        const now = Date.now();
        this.setData({
          state: 'idle',
          need: needSummary(need),
          bookings: page.items.map((b) => bookingCard(b, now)),
        });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onNeed() {
      wx.navigateTo({ url: '/package-trips/pages/need/index' });
    },

    onTrip(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset['id']);
      wx.navigateTo({ url: `/package-trips/pages/trip/index?id=${id}` });
    },

    onMap(e: WechatMiniprogram.TouchEvent) {
      const b = state(this).bookings.find((x) => x._id === e.currentTarget.dataset['id']);
      if (!b?.pickupLocation) return;
      wx.openLocation({
        latitude: b.pickupLocation.lat,
        longitude: b.pickupLocation.lng,
        name: b.pickupName,
        address: `${b.pickupTime} 上车`,
        scale: 16,
      });
    },
  },
});
