import type { ActionInput, ActionOutput } from '../../miniprogram/shared/index';
import type { TripBookingDoc, TripDoc, TravelNeedDoc } from '../../server/collections';
import { REGIONS } from '../fixtures';
import { needInput, tripInput } from '../fixtures/trips';
import {
  CADRE,
  docs,
  SATURDAY_10AM,
  startWorld,
  type World,
} from '../fixtures/backend/fairs-world';
import { cadreOf } from '../fixtures/backend/flows';

/** The fairs world's cadre (资中 太平镇) organises the trips; a county cadre and another town's. */
export {
  CADRE,
  OTHER_CADRE,
  EMPLOYER,
  WORKER,
  phoneOf,
  docs,
} from '../fixtures/backend/fairs-world';
export const COUNTY_CADRE = 'o-cadre-zizhong-county';
export const OTHER_TOWN_CADRE = 'o-cadre-zizhong-yinshan';
export { SATURDAY_10AM };

export interface TripWorld extends World {
  jobId: string;
  /** A 资中 → 台州 bus by the county cadre (overrides of the form). */
  trip(overrides?: Partial<ActionInput<'trip.create'>>): Promise<ActionOutput<'trip.create'>>;
  need(openid: string, overrides?: Partial<ActionInput<'travel.registerNeed'>>): Promise<string>;
  bookings(tripId: string): Promise<TripBookingDoc[]>;
  tripDoc(tripId: string): Promise<TripDoc | undefined>;
  needs(): Promise<TravelNeedDoc[]>;
}

/** The fairs world (资中, a clock at Saturday 10:00), with town cadres and trip helpers. */
export async function startTripWorld(
  options: Parameters<typeof startWorld>[0] = {},
): Promise<TripWorld> {
  const w = await startWorld(options);
  await cadreOf(w.b, COUNTY_CADRE, { ...REGIONS.zizhong });
  await cadreOf(w.b, OTHER_TOWN_CADRE, { ...REGIONS.zizhong, town: '银山镇' });
  return {
    ...w,
    trip: (overrides = {}) => w.b.ok(CADRE, 'trip.create', tripInput(w.clock.now, overrides)),
    async need(openid, overrides = {}) {
      const need = await w.b.ok(openid, 'travel.registerNeed', needInput(w.clock.now, overrides));
      return need._id;
    },
    bookings: async (tripId) =>
      docs<TripBookingDoc>(await w.b.snapshot(), 'tripBookings').filter((b) => b.tripId === tripId),
    tripDoc: async (tripId) =>
      docs<TripDoc>(await w.b.snapshot(), 'trips').find((t) => t._id === tripId),
    needs: async () => docs<TravelNeedDoc>(await w.b.snapshot(), 'travelNeeds'),
  };
}
