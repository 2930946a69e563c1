import { DomainError } from '../../../../miniprogram/shared/index';
import { posterScene } from '../../../../server/roster/codes';
import type { Handler } from '../../../../server/router';
import { TRIP_PAGE } from '../../../../server/trip-notices';
import { loadOrganisedTrip, requireBookable } from '../domain/access';

/** The poster of a trip, for its organisers (it credits bookings to them). */
export const invitePoster: Handler<'trip.invitePoster'> = async (input, ctx) => {
  const trip = await loadOrganisedTrip(ctx, input.tripId);
  requireBookable(trip, ctx.now);
  const scene = posterScene('t', trip.inviteCode, ctx.user?.shortId);
  let png: Uint8Array;
  try {
    png = await ctx.services.wxacode(scene, TRIP_PAGE);
  } catch (err) {
    ctx.log('wxacode.getUnlimited failed', { error: String((err as Error)?.message ?? err) });
    throw new DomainError('INTERNAL', '小程序码生成失败，请稍后再试');
  }
  return { scene, page: TRIP_PAGE, imageBase64: Buffer.from(png).toString('base64') };
};
