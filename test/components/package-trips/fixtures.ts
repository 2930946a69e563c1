import type {
  BookingRow,
  BookingView,
  NeedView,
  TripDetail,
} from '../../../miniprogram/package-trips/models/trip';

/** 资中 → 嘉兴 direct bus with two 太平镇 pick-ups, as the trip page sees it (tomorrow+2). */
export function tripDetail(over: Partial<TripDetail> = {}): TripDetail {
  return {
    _id: 'trip_jiaxing',
    mode: 'bus',
    title: '资中直达嘉兴大巴',
    county: '资中县',
    toCity: '嘉兴市',
    employerName: '嘉兴秀洲纺织有限公司',
    day: '2099-02-20',
    time: '08:00',
    status: 'open',
    seats: 45,
    seatsLeft: 12,
    costLabel: '免费',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    to: {
      city: '嘉兴市',
      employerName: '嘉兴秀洲纺织有限公司',
      address: '秀洲工业园区康和路1号',
      location: { lat: 30.77, lng: 120.71 },
    },
    pickups: [
      { id: 'p1', name: '庆荣村村委会', time: '06:30', location: { lat: 29.68, lng: 104.9 } },
      { id: 'p2', name: '太平镇汽车站', time: '07:10', location: { lat: 29.7, lng: 104.92 } },
    ],
    cost: { kind: 'free' },
    bring: '身份证、两天的干粮',
    contact: { name: '李干事', phone: '13800001234' },
    inviteCode: 'JX0220',
    rev: 1,
    waiting: 0,
    myBooking: null,
    canManage: false,
    ...over,
  };
}

export function booking(over: Partial<BookingView> = {}): BookingView {
  return {
    _id: 'bk_1',
    tripId: 'trip_jiaxing',
    pickupId: 'p2',
    pickupName: '太平镇汽车站',
    pickupTime: '07:10',
    name: '张大勇',
    phone: '13700002222',
    status: 'booked',
    boardingCode: '482913',
    createdAt: Date.parse('2026-12-01T10:00:00+08:00'),
    ...over,
  };
}

/** 王德明's open need: 资中县太平镇庆荣村 → 台州, two of them, from 2 月 16 日. */
export function need(over: Partial<NeedView> = {}): NeedView {
  return {
    _id: 'need_wangdm',
    name: '王德明',
    phone: '13981234567',
    from: {
      province: '四川省',
      city: '内江市',
      county: '资中县',
      town: '太平镇',
      village: '庆荣村',
    },
    to: { city: '台州', employerName: '台州黄岩汽配有限公司' },
    earliestDay: '2099-02-16',
    people: 2,
    hasJob: true,
    status: 'open',
    proxy: false,
    createdAt: Date.parse('2026-12-01T10:00:00+08:00'),
    updatedAt: Date.parse('2026-12-01T10:00:00+08:00'),
    ...over,
  };
}

/** A booking as the organiser's roster shows it. */
export function row(over: Partial<BookingRow> = {}): BookingRow {
  return {
    _id: 'bk_1',
    tripId: 'trip_jiaxing',
    pickupId: 'p2',
    pickupName: '太平镇汽车站',
    name: '张大勇',
    phone: '13700002222',
    village: '庆荣村',
    status: 'booked',
    proxy: false,
    createdAt: Date.parse('2026-12-01T10:00:00+08:00'),
    ...over,
  };
}
