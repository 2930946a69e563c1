import { chinaTime, DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type TripDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { loadById, managesArea } from '../../../../server/ownership';

/**
 * Who organises a trip (TRIP_RULES 'tripOrganiser'): the cadres and admins of the area it leaves
 * from, or the verified employer whose own trip it is.
 */
export function canOrganise(ctx: Ctx, trip: Pick<TripDoc, 'region' | 'town' | 'employerId'>) {
  if (managesArea(ctx, trip.region, trip.town)) return true;
  return (
    !!trip.employerId && ctx.employer?.status === 'verified' && ctx.employer._id === trip.employerId
  );
}

export function loadTrip(ctx: Ctx, tripId: string): Promise<TripDoc> {
  return loadById<TripDoc>(ctx, COLLECTIONS.trips, tripId, '没有找到这趟车，可能已被删除');
}

/** The trip, when the caller organises it; FORBIDDEN otherwise. */
export async function loadOrganisedTrip(ctx: Ctx, tripId: string): Promise<TripDoc> {
  const trip = await loadTrip(ctx, tripId);
  if (!canOrganise(ctx, trip))
    throw new DomainError('FORBIDDEN', '只有组织这趟车的村干部、人社局或单位能管理它');
  return trip;
}

/** The instant the trip leaves (its day and departure time, China time). */
export const departAt = (trip: Pick<TripDoc, 'day' | 'time'>): number =>
  chinaTime(trip.day, trip.time);

/** Open for booking and edits: neither cancelled nor departed, and not yet past its time. */
export function isBookable(trip: TripDoc, now: number): boolean {
  return trip.status === 'open' && now < departAt(trip);
}

export function requireBookable(trip: TripDoc, now: number): void {
  if (trip.status === 'cancelled')
    throw new DomainError(
      'TRIP_NOT_OPEN',
      `这趟车已经取消了${trip.cancelReason ? `（${trip.cancelReason}）` : ''}，请看看别的车次`,
    );
  if (!isBookable(trip, now))
    throw new DomainError('TRIP_NOT_OPEN', '这趟车已经发车了，不能再订，请看看别的车次');
}

/** The pick-up point of a trip, or INVALID_INPUT naming the field. */
export function pickupOf(trip: TripDoc, pickupId: string): TripDoc['pickups'][number] {
  const pickup = trip.pickups.find((p) => p.id === pickupId);
  if (!pickup)
    throw new DomainError('INVALID_INPUT', '这个上车点不存在，请重新选择', {
      pickupId: '请重新选择上车点',
    });
  return pickup;
}
