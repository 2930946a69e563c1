import {
  BOOKING_STATUS_LABELS,
  chinaDay,
  DomainError,
} from '../../../../miniprogram/shared/contracts-all';
import { COLLECTIONS, type TripBookingDoc } from '../../../../server/collections';
import { asText, toCsv } from '../../../../server/csv';
import { offsetOf, offsetPageOf, PAGE_SIZE, readAll } from '../../../../server/cursor';
import { checkInAtDoor } from '../../../../server/roster/check-in';
import { personQuery } from '../../../../server/roster/find';
import { chinaDateTime, inviterLabel, inviterNames } from '../../../../server/roster/inviters';
import { queuePosition } from '../../../../server/roster/waiting-list';
import type { Handler } from '../../../../server/router';
import { loadOrganisedTrip } from '../domain/access';
import { tripRoster } from '../../../../server/roster/trip-roster';
import { bookingRow } from '../domain/views';

/**
 * 登车核验 at a pick-up point, on the trip's day: by code or by the booking chosen by name; once
 * per person (roster core); someone still waiting has no seat and is refused.
 */
export const board: Handler<'trip.board'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  if (trip.status === 'cancelled') throw new DomainError('TRIP_NOT_OPEN', '这趟车已经取消了');
  const today = chinaDay(ctx.now);
  if (trip.day > today)
    throw new DomainError('INVALID_INPUT', '发车当天才能核验上车', { code: '还没到发车那天' });
  if (trip.day < today) throw new DomainError('TRIP_NOT_OPEN', '这趟车已经走了，不能再核验');
  const { doc, already } = await checkInAtDoor<TripBookingDoc>(ctx, tripRoster(trip._id), {
    inviteCode: trip.inviteCode,
    code: input.code,
    entryId: input.bookingId,
  });
  return { booking: bookingRow(doc, trip), alreadyBoarded: already };
};

/** The roster (花名册): who is booked where, who has boarded, who is still missing, who waits. */
export const roster: Handler<'trip.roster'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  const _ = ctx.store.command;
  const scope: Record<string, unknown> = {
    tripId: trip._id,
    ...(input.pickupId ? { pickupId: input.pickupId } : {}),
  };
  const where: Record<string, unknown> = {
    ...scope,
    status: input.status ?? _.neq('cancelled'),
    ...(input.q ? personQuery(ctx, input.q) : {}),
  };
  const offset = offsetOf(input.cursor);
  const rows = await ctx.store.find<TripBookingDoc>(COLLECTIONS.tripBookings, where, {
    orderBy: [['createdAt', 'asc']],
    skip: offset,
    limit: PAGE_SIZE + 1,
  });
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  const r = tripRoster(trip._id);
  const items = [];
  for (const b of page.items) {
    const position = b.status === 'waiting' ? await queuePosition(ctx, r, b) : undefined;
    items.push(bookingRow(b, trip, position));
  }
  const count = (status: string) => ctx.store.count(COLLECTIONS.tripBookings, { ...scope, status });
  const [booked, boarded, waiting] = await Promise.all([
    count('booked'),
    count('boarded'),
    count('waiting'),
  ]);
  return {
    items,
    nextCursor: page.nextCursor,
    counts: { booked: booked + boarded, boarded, missing: booked, waiting },
  };
};

export const ROSTER_COLUMNS = [
  '姓名',
  '电话',
  '村',
  '上车点',
  '上车时间',
  '状态',
  '上车核验时间',
  '目的地单位',
  '报名方式',
  '邀请人',
] as const;

/** 花名册 as CSV (Excel-friendly): per trip, or one pick-up point; the waiting list last. */
export const exportRoster: Handler<'trip.exportRoster'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  const _ = ctx.store.command;
  const pickup = input.pickupId ? trip.pickups.find((p) => p.id === input.pickupId) : undefined;
  if (input.pickupId && !pickup)
    throw new DomainError('INVALID_INPUT', '这个上车点不存在，请重新选择', {
      pickupId: '请重新选择上车点',
    });
  const bookings = await readAll((skip, limit) =>
    ctx.store.find<TripBookingDoc>(
      COLLECTIONS.tripBookings,
      {
        tripId: trip._id,
        ...(pickup ? { pickupId: pickup.id } : {}),
        status: _.neq('cancelled'),
      },
      { orderBy: [['createdAt', 'asc']], skip, limit },
    ),
  );
  const names = await inviterNames(ctx, bookings);
  const order = new Map(trip.pickups.map((p, i) => [p.id, i]));
  const rank = (b: TripBookingDoc) => (b.status === 'waiting' ? 1 : 0);
  const rows = [...bookings]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (order.get(a.pickupId) ?? 99) - (order.get(b.pickupId) ?? 99) ||
        (a.queuedAt ?? a.createdAt) - (b.queuedAt ?? b.createdAt),
    )
    .map((b) => {
      const p = trip.pickups.find((x) => x.id === b.pickupId);
      return [
        b.name,
        b.phone ? asText(b.phone) : '没手机，村干部联系',
        b.village ?? '',
        p?.name ?? '',
        p?.time ?? '',
        BOOKING_STATUS_LABELS[b.status],
        b.checkedInAt ? chinaDateTime(b.checkedInAt) : '',
        trip.to.employerName,
        b.proxy ? '代登记' : '本人预订',
        b.proxy || b.inviter.type !== 'direct' ? inviterLabel(b.inviter, names) : '',
      ];
    });
  const safe = (t: string) => t.replace(/[\\/:*?"<>|\s]+/g, '');
  return {
    fileName: `${safe(trip.title)}-${trip.day}${pickup ? `-${safe(pickup.name)}` : ''}-花名册.csv`,
    csv: toCsv(ROSTER_COLUMNS, rows),
    rows: rows.length,
  };
};
