import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type TripBookingDoc, type TripDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { cancelEntry } from '../../../../server/roster/cancel';
import { myEntries } from '../../../../server/roster/mine';
import {
  ownRegistration,
  proxyRegistration,
  register,
  type Registration,
} from '../../../../server/roster/register';
import { fillFromWaitingList, queuePosition } from '../../../../server/roster/waiting-list';
import type { Handler } from '../../../../server/router';
import { tellMovedUp } from '../../../../server/trip-notices';
import { latLngOf } from '../../../../server/views';
import {
  canOrganise,
  loadOrganisedTrip,
  loadTrip,
  pickupOf,
  requireBookable,
} from '../domain/access';
import { matchNeed } from '../domain/matching';
import { tripRoster } from '../../../../server/roster/trip-roster';
import { bookingRow, bookingView, tripFacts } from '../domain/views';

/**
 * Books a seat, or a place on the waiting list when none is left (roster core: atomic seats, one
 * booking per person and trip). A newcomer who queued fills any seat freed meanwhile, first in
 * line first; whoever that moves up is told.
 */
async function bookOn(ctx: Ctx, trip: TripDoc, reg: Registration) {
  const roster = tripRoster(trip._id);
  let doc = await register<TripBookingDoc>(
    ctx,
    roster,
    reg,
    () => new DomainError('INTERNAL'), // never: a trip keeps a waiting list
  );
  if (doc.status === 'waiting') {
    const moved = await fillFromWaitingList<TripBookingDoc>(ctx, roster, reg.place);
    await tellMovedUp(
      ctx,
      trip,
      moved.filter((m) => m._id !== doc._id),
    );
    const me = moved.find((m) => m._id === doc._id);
    if (me) doc = me;
  }
  const position = doc.status === 'waiting' ? await queuePosition(ctx, roster, doc) : undefined;
  return { doc, position };
}

export const book: Handler<'trip.book'> = async (input, ctx) => {
  const trip = await loadTrip(ctx, input.tripId);
  requireBookable(trip, ctx.now);
  const pickup = pickupOf(trip, input.pickupId);
  const { doc, position } = await bookOn(ctx, trip, ownRegistration(ctx, pickup.id, input));
  if (doc.status !== 'waiting') await matchNeed(ctx, ctx.openid, trip);
  return bookingView(doc, trip, position);
};

/** 代订: a cadre books a villager, with the family's phone or none (the cadre is the contact). */
export const proxyBook: Handler<'trip.proxyBook'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  requireBookable(trip, ctx.now);
  const pickup = pickupOf(trip, input.pickupId);
  const { doc, position } = await bookOn(ctx, trip, proxyRegistration(ctx, pickup.id, input));
  return { ...bookingRow(doc, trip, position), boardingCode: doc.checkInCode };
};

/** Cancels a booking (or leaves the waiting list); a freed seat goes to the first in line. */
export const cancelBooking: Handler<'trip.cancelBooking'> = async (input, ctx) => {
  const doc = await ctx.store.getById<TripBookingDoc>(COLLECTIONS.tripBookings, input.bookingId);
  const trip = doc ? await loadTrip(ctx, doc.tripId) : null;
  if (!doc || !trip || (doc.workerOpenid !== ctx.openid && !canOrganise(ctx, trip))) {
    throw new DomainError('NOT_FOUND', '没有找到这个预订');
  }
  const { movedUp } = await cancelEntry(ctx, tripRoster(trip._id), doc);
  if (movedUp) await tellMovedUp(ctx, trip, [movedUp]);
  return { status: 'cancelled' as const };
};

/** My bookings, newest first, each with its trip and the pick-up point for the map. */
export const myBookings: Handler<'trip.myBookings'> = async (input, ctx) => {
  const page = await myEntries<TripBookingDoc>(ctx, COLLECTIONS.tripBookings, input.cursor);
  const trips = await ctx.store.byIds<TripDoc>(COLLECTIONS.trips, [
    ...new Set(page.items.map((b) => b.tripId)),
  ]);
  const items = [];
  for (const b of page.items) {
    const trip = trips.find((t) => t._id === b.tripId);
    if (!trip) continue;
    const position =
      b.status === 'waiting' ? await queuePosition(ctx, tripRoster(trip._id), b) : undefined;
    const pickup = trip.pickups.find((p) => p.id === b.pickupId);
    items.push({
      ...bookingView(b, trip, position),
      ...(pickup ? { pickupLocation: latLngOf(pickup.location) } : {}),
      trip: tripFacts(trip),
    });
  }
  return { items, nextCursor: page.nextCursor };
};
