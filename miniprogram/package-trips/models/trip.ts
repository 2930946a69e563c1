import { z } from 'zod';
import { enumOf, labelsOf } from '../../shared/catalog/options';
import { addDays, weekdayOf, type DayString } from '../../shared/time';
import {
  clock,
  day,
  docId,
  epochMs,
  geoPoint,
  idTail,
  mobile,
  region,
  text,
  yuan,
} from '../../shared/models/common';
import { inviter } from '../../shared/models/fair';
import { seenBy } from '../../shared/models/privacy';
import { ownPerson, proxyPerson, rosterPerson } from '../../shared/models/roster';

/** 返岗直达: travel needs, trips (专车/专列), bookings, boarding. */

export const TRIP_MODES = [
  { value: 'bus', label: '大巴' },
  { value: 'train', label: '火车专列' },
  { value: 'charter', label: '包车' },
] as const;
export type TripMode = (typeof TRIP_MODES)[number]['value'];
export const tripMode = enumOf(TRIP_MODES, '出行方式');
export const TRIP_MODE_LABELS = labelsOf(TRIP_MODES);

export const TRIP_STATUSES = [
  { value: 'open', label: '可预订' },
  { value: 'departed', label: '已发车' },
  { value: 'cancelled', label: '已取消' },
] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number]['value'];
export const tripStatus = enumOf(TRIP_STATUSES, '车次状态');
export const TRIP_STATUS_LABELS = labelsOf(TRIP_STATUSES);

export const BOOKING_STATUSES = [
  { value: 'booked', label: '已订座' },
  { value: 'waiting', label: '候补中' },
  { value: 'boarded', label: '已上车' },
  { value: 'cancelled', label: '已取消' },
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number]['value'];
export const bookingStatus = enumOf(BOOKING_STATUSES, '预订状态');
export const BOOKING_STATUS_LABELS = labelsOf(BOOKING_STATUSES);

export const NEED_STATUSES = [
  { value: 'open', label: '等车中' },
  { value: 'matched', label: '已订车' },
  { value: 'withdrawn', label: '已撤回' },
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number]['value'];
export const needStatus = enumOf(NEED_STATUSES, '需求状态');
export const NEED_STATUS_LABELS = labelsOf(NEED_STATUSES);

export const MAX_PICKUPS = 12;
export const MAX_TRIP_SEATS = 2000;
export const MAX_TRAVELLERS = 20;

/** The Monday of a day's week: needs are summed by departure week. */
export function weekOf(d: DayString): DayString {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** Where a traveller leaves from: down to the village, so cadres of the town see it. */
export const travelFrom = region.extend({
  town: text('乡镇', 1, 20),
  village: text('村', 1, 20),
});

/** Where they go: a city, and the employer when they have one. */
export const travelTo = z
  .object({
    city: text('去哪个城市', 2, 20),
    employerName: text('单位', 0, 40).optional(),
  })
  .strict();

const travellers = z
  .number({ required_error: '请填几个人一起走', invalid_type_error: '请填几个人一起走' })
  .int('人数请填整数')
  .min(1, '至少1人')
  .max(MAX_TRAVELLERS, `一起走的最多${MAX_TRAVELLERS}人，人多请分开登记`);

/** 出行需求登记: what a worker (or a cadre for them) says about their trip back to work. */
export const needFields = z
  .object({
    from: travelFrom,
    to: travelTo,
    /** The earliest day they can leave. */
    earliestDay: day,
    people: travellers,
    /** They already have a job there. */
    hasJob: z.boolean().default(false),
    /** Their application in 乡聘 for that job, when there is one. */
    applicationId: docId.optional(),
  })
  .strict();

export const needInput = needFields.extend({ name: text('姓名', 1, 20), phone: mobile }).strict();

/** 代登记 of a need: the family's phone, or none (the cadre is the contact). */
export const proxyNeedInput = needFields
  .extend({
    name: text('姓名', 1, 20),
    phone: mobile.optional(),
    idTail: idTail.optional(),
  })
  .strict();

/** A need as its own person sees it. */
export const needView = z.object({
  _id: docId,
  name: z.string(),
  phone: seenBy(['self'], z.string()),
  from: travelFrom,
  to: travelTo,
  earliestDay: z.string(),
  people: z.number().int(),
  hasJob: z.boolean(),
  applicationId: docId.optional(),
  status: needStatus,
  /** The trip they booked, when matched. */
  tripId: docId.optional(),
  proxy: z.boolean(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type NeedView = z.infer<typeof needView>;

/** What 代登记 of a need answers to the cadre. */
export const needRow = needView.extend({ phone: seenBy(['tripOrganiser'], z.string()) });

/** One group of the organisers' summary: a destination and a departure week. */
export const needGroup = z.object({
  city: z.string(),
  /** Monday of the week. */
  week: z.string(),
  /** Open needs, and the people they stand for (a need may be a family). */
  needs: z.number().int(),
  people: z.number().int(),
  withJob: z.number().int(),
  employers: z.array(z.object({ name: z.string(), people: z.number().int() })),
  towns: z.array(z.object({ name: z.string(), people: z.number().int() })),
});
export type NeedGroup = z.infer<typeof needGroup>;

export const pickupInput = z
  .object({
    /** Kept when an existing point is edited; a new point has none. */
    id: z
      .string()
      .regex(/^[a-z0-9]{1,12}$/)
      .optional(),
    name: text('上车点', 2, 30),
    time: clock,
    location: geoPoint,
  })
  .strict();
export type PickupInput = z.infer<typeof pickupInput>;

/** What the traveller pays: nothing, a subsidised share, or the fare (whole yuan). */
export const tripCost = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('free') }).strict(),
    z.object({ kind: z.literal('subsidised'), yuan }).strict(),
    z.object({ kind: z.literal('fare'), yuan }).strict(),
  ],
  { errorMap: () => ({ message: '请选择费用' }) },
);
export type TripCost = z.infer<typeof tripCost>;

/** '免费' / '补贴后每人50元' / '每人120元'. */
export function costLabel(cost: TripCost): string {
  if (cost.kind === 'free') return '免费';
  if (cost.kind === 'subsidised') return `补贴后每人${cost.yuan}元`;
  return `每人${cost.yuan}元`;
}

export const tripDestination = z
  .object({
    city: text('去哪个城市', 2, 20),
    employerName: text('单位', 2, 40),
    address: text('下车地点', 2, 100),
    location: geoPoint,
  })
  .strict();

/** What an organiser fills in to create or edit a trip (专车 / 专列). */
export const tripFields = z
  .object({
    mode: tripMode,
    title: text('车次名称', 2, 30),
    /** The county it leaves from (the organisers of this area manage it). */
    region,
    town: text('乡镇', 1, 20).optional(),
    to: tripDestination,
    day,
    /** Departure clock time (the last pick-up leaves by then). */
    time: clock,
    pickups: z
      .array(pickupInput)
      .min(1, '请至少设一个上车点')
      .max(MAX_PICKUPS, `上车点最多${MAX_PICKUPS}个`),
    seats: z
      .number({ required_error: '请填座位数', invalid_type_error: '请填座位数' })
      .int('座位数请填整数')
      .min(1, '至少1个座位')
      .max(MAX_TRIP_SEATS, `最多${MAX_TRIP_SEATS}个座位`),
    cost: tripCost,
    bring: text('要带的东西', 0, 100).optional(),
    contact: z.object({ name: text('联系人', 1, 20), phone: mobile }).strict(),
  })
  .strict();

/** Every pick-up is before the departure time. */
const pickupsFirst = <T extends { time: string; pickups: { time: string }[] }>(t: T) =>
  t.pickups.every((p) => p.time <= t.time);
const PICKUPS_FIRST = { message: '上车时间不能晚于发车时间', path: ['pickups'] };

export const tripInput = tripFields.refine(pickupsFirst, PICKUPS_FIRST);
export type TripInput = z.infer<typeof tripInput>;

const STALE_FORM = '页面太旧了，请刷新后再改';
export const tripRev = z
  .number({ required_error: STALE_FORM, invalid_type_error: STALE_FORM })
  .int(STALE_FORM)
  .min(0, STALE_FORM);

/** An edit of a trip: the form, and the trip's rev it was loaded at (a stale save is refused). */
export const tripUpdateInput = tripFields
  .extend({ tripId: docId, rev: tripRev })
  .refine(pickupsFirst, PICKUPS_FIRST);

export const pickupView = z.object({
  id: z.string(),
  name: z.string(),
  time: z.string(),
  location: geoPoint,
});
export type PickupView = z.infer<typeof pickupView>;

/** A trip in a list or on a shared card. */
export const tripCard = z.object({
  _id: docId,
  mode: tripMode,
  title: z.string(),
  county: z.string(),
  toCity: z.string(),
  employerName: z.string(),
  day: z.string(),
  time: z.string(),
  status: tripStatus,
  cancelReason: z.string().optional(),
  seats: z.number().int(),
  seatsLeft: z.number().int(),
  costLabel: z.string(),
  /** The caller holds a booking (or a waiting place) that still stands. */
  booked: z.boolean().optional(),
});
export type TripCard = z.infer<typeof tripCard>;

const bookingCode = z.string().regex(/^\d{6}$/);

/** A booking as its own traveller sees it. */
export const bookingView = z.object({
  _id: docId,
  tripId: docId,
  pickupId: z.string(),
  pickupName: z.string(),
  pickupTime: z.string(),
  ...ownPerson(bookingStatus),
  /** The place on the waiting list (1: next to get a seat). */
  queuePosition: z.number().int().optional(),
  /** Shown large and as a QR at the pick-up; only while it can be used (booked, trip still to go). */
  boardingCode: seenBy(['self'], bookingCode).optional(),
  createdAt: epochMs,
  boardedAt: epochMs.optional(),
});
export type BookingView = z.infer<typeof bookingView>;

/** A booking as the trip's organisers see it (the roster): the full phone to call. */
export const bookingRow = z.object({
  _id: docId,
  tripId: docId,
  pickupId: z.string(),
  pickupName: z.string(),
  ...rosterPerson('tripOrganiser', bookingStatus),
  queuePosition: z.number().int().optional(),
  createdAt: epochMs,
  boardedAt: epochMs.optional(),
});
export type BookingRow = z.infer<typeof bookingRow>;

/** What 代订 answers: the row and the code the cadre hands on (on paper, by voice). */
export const proxyBookingView = bookingRow.extend({
  boardingCode: seenBy(['tripOrganiser'], bookingCode),
});

/** A trip with everything its page shows. */
export const tripDetail = tripCard.extend({
  region,
  town: z.string().optional(),
  to: z.object({
    city: z.string(),
    employerName: z.string(),
    address: z.string(),
    location: geoPoint,
  }),
  pickups: z.array(pickupView),
  cost: tripCost,
  bring: z.string().optional(),
  /** The organiser's contact: public, the traveller calls it. */
  contact: z.object({ name: z.string(), phone: seenBy(['anyone'], z.string()) }),
  inviteCode: z.string(),
  rev: z.number().int().min(0),
  waiting: z.number().int(),
  myBooking: bookingView.nullable(),
  canManage: z.boolean(),
});
export type TripDetail = z.infer<typeof tripDetail>;

/** A booking in 我的: the trip's facts and the pick-up point for the map. */
export const myBooking = bookingView.extend({
  pickupLocation: geoPoint.optional(),
  trip: tripDetail.omit({
    inviteCode: true,
    rev: true,
    waiting: true,
    myBooking: true,
    canManage: true,
  }),
});
export type MyBooking = z.infer<typeof myBooking>;

/** The booking a worker sends; the inviter comes from the shared card or poster. */
export const bookInput = z
  .object({
    tripId: docId,
    pickupId: z.string().regex(/^[a-z0-9]{1,12}$/, '请选择上车点'),
    name: text('姓名', 1, 20),
    phone: mobile,
    inviter: inviter.default({ type: 'direct' }),
  })
  .strict();

export const proxyBookInput = z
  .object({
    tripId: docId,
    pickupId: z.string().regex(/^[a-z0-9]{1,12}$/, '请选择上车点'),
    ...proxyPerson,
  })
  .strict();

/**
 * What a booking means now, for its traveller: still to go ('upcoming', the code works at the
 * pick-up), on the waiting list, on board, called off by them, called off by the organiser
 * ('tripCancelled', the reason first), or the trip has left without them ('missed').
 */
export type BookingPhase =
  'upcoming' | 'waiting' | 'boarded' | 'cancelled' | 'tripCancelled' | 'missed';

export function bookingPhase(status: BookingStatus, trip: { status: TripStatus }): BookingPhase {
  if (status === 'cancelled') return 'cancelled';
  if (trip.status === 'cancelled') return 'tripCancelled';
  if (status === 'boarded') return 'boarded';
  if (trip.status === 'departed') return 'missed';
  return status === 'waiting' ? 'waiting' : 'upcoming';
}
