import type { GeoPoint, JobCategory } from '../../miniprogram/shared/index';
import type { RegionDoc } from '../collections';
import { distanceMetres, latLngOf } from '../views';

/** Where the work is, seen from the worker's home (外出就业 vs 本地就业). */
export const DESTINATIONS = [
  { value: 'near', label: '本地', words: '离家30公里以内' },
  { value: 'county', label: '县内', words: '本县其他地方' },
  { value: 'province', label: '省内', words: '本省其他县市' },
  { value: 'outside', label: '省外', words: '外省' },
] as const;
export type Destination = (typeof DESTINATIONS)[number]['value'];

const NEAR_METRES = 30_000;

export function destinationOf(
  home: RegionDoc & { location?: GeoPoint },
  job: { region: RegionDoc; location?: unknown },
): Destination {
  if (home.province !== job.region.province) return 'outside';
  if (home.city !== job.region.city || home.county !== job.region.county) return 'province';
  if (home.location && job.location) {
    if (distanceMetres(home.location, latLngOf(job.location)) <= NEAR_METRES) return 'near';
    return 'county';
  }
  return 'near';
}

/** What an application keeps for the figures: the worker's home place, where, which 工种. */
export interface ApplicationStat {
  home: string[];
  /** placeKey(home), for grouping in the nightly recount. */
  homeKey: string;
  dest: Destination;
  category: JobCategory;
}
