import { chinaDay, DomainError, startOfChinaDay } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type TripBookingDoc, type TripDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../../../../server/cursor';
import type { Handler } from '../../../../server/router';
import { queuePosition } from '../../../../server/roster/waiting-list';
import { canOrganise, loadTrip } from '../domain/access';
import { tripRoster } from '../../../../server/roster/trip-roster';
import { bookingView, tripCard, tripFacts } from '../domain/views';

/** The trips the caller organises: their area's as a cadre or admin, their own as an employer. */
function organisedWhere(ctx: Ctx): Record<string, unknown> | null {
  const area = ctx.admin ?? (ctx.roles.has('cadre') ? ctx.user?.cadre : undefined);
  if (area) {
    const where: Record<string, unknown> = { 'region.province': area.province };
    if (area.city) where['region.city'] = area.city;
    if (area.county) where['region.county'] = area.county;
    return where;
  }
  if (ctx.employer?.status === 'verified') return { employerId: ctx.employer._id };
  return null;
}

/**
 * Trips still to go, soonest first (a county's when asked), or with `mine` the trips the caller
 * organises, newest first, past ones included.
 */
export const list: Handler<'trip.list'> = async (input, ctx) => {
  const offset = offsetOf(input.cursor);
  let rows: TripDoc[];
  if (input.mine) {
    const where = organisedWhere(ctx);
    if (!where) return { items: [], nextCursor: null };
    rows = await ctx.store.find<TripDoc>(COLLECTIONS.trips, where, {
      orderBy: [['dayStart', 'desc']],
      skip: offset,
      limit: PAGE_SIZE + 1,
    });
  } else {
    const _ = ctx.store.command;
    const where: Record<string, unknown> = {
      status: 'open',
      dayStart: _.gte(startOfChinaDay(chinaDay(ctx.now))),
    };
    if (input.county) where['region.county'] = input.county;
    rows = await ctx.store.find<TripDoc>(COLLECTIONS.trips, where, {
      orderBy: [['dayStart', 'asc']],
      skip: offset,
      limit: PAGE_SIZE + 1,
    });
  }
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  // A town's cadre reads the county's trips and keeps their town's (and the county's own).
  if (input.mine) page.items = page.items.filter((t) => canOrganise(ctx, t));
  const booked = await bookedTrips(
    ctx,
    page.items.map((t) => t._id),
  );
  return {
    items: page.items.map((t) => ({
      ...tripCard(t),
      ...(booked.has(t._id) ? { booked: true } : {}),
    })),
    nextCursor: page.nextCursor,
  };
};

/** Of these trips, those where the caller holds a booking or a waiting place. */
async function bookedTrips(ctx: Ctx, tripIds: string[]): Promise<Set<string>> {
  if (!ctx.user || tripIds.length === 0) return new Set();
  const _ = ctx.store.command;
  const rows = await ctx.store.find<Pick<TripBookingDoc, 'tripId'>>(
    COLLECTIONS.tripBookings,
    { tripId: _.in(tripIds), workerOpenid: ctx.openid, status: _.neq('cancelled') },
    { limit: 1000, fields: { tripId: true } },
  );
  return new Set(rows.map((r) => r.tripId));
}

/** The trip page: by id, or by the invite code of a shared card or poster. */
export const get: Handler<'trip.get'> = async (input, ctx) => {
  let trip: TripDoc;
  if ('tripId' in input) trip = await loadTrip(ctx, input.tripId);
  else {
    const found = await ctx.store.findOne<TripDoc>(COLLECTIONS.trips, {
      inviteCode: input.inviteCode,
    });
    if (!found) throw new DomainError('NOT_FOUND', '没有找到这趟车，请核对邀请码');
    trip = found;
  }
  const _ = ctx.store.command;
  const mine = ctx.user
    ? await ctx.store.findOne<TripBookingDoc>(COLLECTIONS.tripBookings, {
        tripId: trip._id,
        workerOpenid: ctx.openid,
        status: _.neq('cancelled'),
      })
    : null;
  const roster = tripRoster(trip._id);
  const waiting = await ctx.store.count(COLLECTIONS.tripBookings, {
    tripId: trip._id,
    status: 'waiting',
  });
  const position = mine?.status === 'waiting' ? await queuePosition(ctx, roster, mine) : undefined;
  return {
    ...tripFacts(trip),
    ...(mine ? { booked: true } : {}),
    inviteCode: trip.inviteCode,
    rev: trip.rev,
    waiting,
    myBooking: mine ? bookingView(mine, trip, position) : null,
    canManage: canOrganise(ctx, trip),
  };
};
