import { COLLECTIONS, type TravelNeedDoc, type TripDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { readAll } from '../../../../server/cursor';
import { notifyEach } from '../../../../server/roster/notices';
import { tripMatchedMessage } from '../../../../server/trip-notices';

/**
 * The open needs a trip serves: going to its city, leaving from its county (and town, for a
 * town's trip), able to leave by its day.
 */
export async function needsServedBy(ctx: Ctx, trip: TripDoc): Promise<TravelNeedDoc[]> {
  const _ = ctx.store.command;
  const needs = await readAll((skip, limit) =>
    ctx.store.find<TravelNeedDoc>(
      COLLECTIONS.travelNeeds,
      { status: 'open', 'to.city': trip.to.city, earliestDay: _.lte(trip.day) },
      { orderBy: [['earliestDay', 'asc']], skip, limit },
    ),
  );
  return needs.filter(
    (n) =>
      n.from.province === trip.region.province &&
      n.from.city === trip.region.city &&
      n.from.county === trip.region.county &&
      (!trip.town || n.from.town === trip.town),
  );
}

/** Tells the workers whose needs a new trip serves (one notice each, if they subscribed). */
export async function tellMatchingNeeds(ctx: Ctx, trip: TripDoc): Promise<number> {
  const needs = await needsServedBy(ctx, trip);
  return notifyEach(
    ctx,
    needs.map((n) => n.workerOpenid),
    (openid) => tripMatchedMessage(openid, trip),
  );
}

/** The worker booked a trip: their open need is matched (and no longer counts as open). */
export async function matchNeed(ctx: Ctx, openid: string | undefined, trip: TripDoc) {
  if (!openid) return;
  const need = await ctx.store.findOne<TravelNeedDoc>(COLLECTIONS.travelNeeds, {
    workerOpenid: openid,
    status: 'open',
  });
  if (!need) return;
  await ctx.store.update(
    COLLECTIONS.travelNeeds,
    { _id: need._id, status: 'open' },
    { status: 'matched', tripId: trip._id, openKey: `closed:${need._id}`, updatedAt: ctx.now },
  );
}
