import { z } from 'zod';
import { cursor, docId, page, text } from '../shared/models/common';
import { seenBy } from '../shared/models/privacy';
import {
  bookingRow,
  bookingStatus,
  bookingView,
  myBooking,
  bookInput,
  needGroup,
  needInput,
  needRow,
  needStatus,
  needView,
  proxyBookingView,
  proxyBookInput,
  proxyNeedInput,
  tripCard,
  tripDetail,
  tripInput,
  tripUpdateInput,
} from './models/trip';
import { done, type Contract } from '../shared/contract';

const tripId = z.object({ tripId: docId }).strict();

/** 返岗直达: travel needs (travel.*) and trips, bookings, boarding (trip.*). */
export const tripContracts = {
  /** My own need: registered, or edited while it is open (one open need per person). */
  'travel.registerNeed': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: needInput,
    output: needView,
  },
  /** 代登记 of a villager's need by a cadre of their town. */
  'travel.proxyNeed': {
    fn: 'trips',
    kind: 'write',
    idempotent: false,
    input: proxyNeedInput,
    output: needRow,
  },
  'travel.myNeed': {
    fn: 'trips',
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({ need: needView.nullable() }),
  },
  'travel.withdrawNeed': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: z.object({ needId: docId }).strict(),
    output: z.object({ status: needStatus }),
  },
  /** Open needs of the caller's area by destination and departure week, most people first. */
  'travel.summary': {
    fn: 'trips',
    kind: 'read',
    input: z
      .object({
        /** Only needs leaving on or after this week's Monday (default: this week). */
        fromWeek: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, '日期不对')
          .optional(),
      })
      .strict(),
    output: z.object({
      groups: z.array(needGroup),
      totals: z.object({ needs: z.number().int(), people: z.number().int() }),
    }),
  },
  'trip.create': {
    fn: 'trips',
    kind: 'write',
    idempotent: false,
    input: tripInput,
    output: z.object({ tripId: docId, inviteCode: z.string(), notified: z.number().int() }),
  },
  'trip.update': {
    fn: 'trips',
    kind: 'write',
    idempotent: false,
    input: tripUpdateInput,
    output: z.object({ rev: z.number().int() }),
  },
  'trip.cancel': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: z.object({ tripId: docId, reason: text('取消原因', 2, 100) }).strict(),
    output: z.object({ notified: z.number().int() }),
  },
  /** 发车: the trip has left; nobody can book it any more. */
  'trip.depart': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: tripId,
    output: done,
  },
  'trip.list': {
    fn: 'trips',
    kind: 'read',
    input: z
      .object({
        county: text('区县', 0, 20).optional(),
        /** Only the trips the caller organises, past ones included. */
        mine: z.boolean().optional(),
        cursor,
      })
      .strict(),
    output: page(tripCard),
  },
  'trip.get': {
    fn: 'trips',
    kind: 'read',
    input: z.union([
      tripId,
      z.object({ inviteCode: z.string().regex(/^[A-Z0-9]{4,8}$/, '邀请码不对') }).strict(),
    ]),
    output: tripDetail,
  },
  'trip.book': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: bookInput,
    output: bookingView,
  },
  'trip.cancelBooking': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: z.object({ bookingId: docId }).strict(),
    output: z.object({ status: bookingStatus }),
  },
  'trip.proxyBook': {
    fn: 'trips',
    kind: 'write',
    idempotent: false,
    input: proxyBookInput,
    output: proxyBookingView,
  },
  'trip.myBookings': {
    fn: 'trips',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(myBooking),
  },
  /** 登车核验 at a pick-up point: by the scanned or typed code, or the booking chosen by name. */
  'trip.board': {
    fn: 'trips',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        tripId: docId,
        code: z.string().trim().min(1, '请扫乘车码').max(64).optional(),
        bookingId: docId.optional(),
      })
      .strict()
      .refine((x) => (x.code === undefined) !== (x.bookingId === undefined), {
        message: '请扫乘车码',
        path: ['code'],
      }),
    output: z.object({ booking: bookingRow, alreadyBoarded: z.boolean() }),
  },
  /** The roster (花名册): by pick-up point, found by name / phone tail; who is still missing. */
  'trip.roster': {
    fn: 'trips',
    kind: 'read',
    input: z
      .object({
        tripId: docId,
        pickupId: z.string().max(12).optional(),
        q: text('姓名或手机尾号', 1, 20).optional(),
        status: bookingStatus.optional(),
        cursor,
      })
      .strict(),
    output: page(bookingRow).extend({
      counts: z.object({
        booked: z.number().int(),
        boarded: z.number().int(),
        missing: z.number().int(),
        waiting: z.number().int(),
      }),
    }),
  },
  'trip.exportRoster': {
    fn: 'trips',
    kind: 'read',
    input: z.object({ tripId: docId, pickupId: z.string().max(12).optional() }).strict(),
    output: z.object({
      fileName: z.string(),
      /** Names, full phones and villages of everyone booked. */
      csv: seenBy(['tripOrganiser'], z.string()),
      rows: z.number().int(),
    }),
  },
  'trip.invitePoster': {
    fn: 'trips',
    kind: 'read',
    input: tripId,
    output: z.object({ scene: z.string().max(32), page: z.string(), imageBase64: z.string() }),
  },
} satisfies Record<string, Contract>;
