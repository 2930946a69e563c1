import { invitePosterOf } from '../../../../server/roster/poster';
import type { Handler } from '../../../../server/router';
import { TRIP_PAGE } from '../../../../server/trip-notices';
import { loadOrganisedTrip, requireBookable } from '../domain/access';

/** The poster of a trip, for its organisers (it credits bookings to them). */
export const invitePoster: Handler<'trip.invitePoster'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  requireBookable(trip, ctx.now);
  return invitePosterOf(ctx, 't', trip.inviteCode, TRIP_PAGE);
};
