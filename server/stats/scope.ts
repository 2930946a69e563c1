import {
  DomainError,
  PLACE_LEVELS,
  type PlaceInput,
  type PlaceLevel,
} from '../../miniprogram/shared/index';
import type { Ctx } from '../context';

/** A place as names from the top down: [省, 市, 县, 乡镇, 村], as deep as it is known. */
export type PlacePath = readonly string[];

/** Where a dashboard looks: a place inside the caller's area, and how far up the caller may go. */
export interface Scope {
  path: PlacePath;
  /** The depth of the caller's own area (1 province … 4 town). */
  rootDepth: number;
}

export function levelOf(path: PlacePath): PlaceLevel {
  return PLACE_LEVELS[Math.max(0, path.length - 1)] as PlaceLevel;
}

/** The key a place is stored under (counters, grouping). */
export function placeKey(path: PlacePath): string {
  return path.join('/');
}

/** A region with optional town and village as a path, stopping at the first part not known. */
export function pathOf(place: {
  province: string;
  city: string;
  county: string;
  town?: string;
  village?: string;
}): string[] {
  const path = [place.province, place.city, place.county];
  if (place.town) {
    path.push(place.town);
    if (place.village) path.push(place.village);
  }
  return path;
}

/** The caller's own area: an admin's (ADMINS), else a cadre's county or town; null for others. */
export function rootOf(ctx: Ctx): string[] | null {
  if (ctx.admin) {
    const a = ctx.admin;
    return [a.province, ...(a.city ? [a.city] : []), ...(a.city && a.county ? [a.county] : [])];
  }
  const c = ctx.user?.cadre;
  if (ctx.roles.has('cadre') && c) return pathOf(c);
  return null;
}

const PLACE_FIELDS = ['city', 'county', 'town', 'village'] as const;

/**
 * The place a caller asked for, inside their area. Names the area already fixes must match it
 * (a cadre of 球溪镇 cannot look at another town); each name below needs the one above.
 */
export function scopeOf(ctx: Ctx, place: PlaceInput): Scope {
  const root = rootOf(ctx);
  if (!root) throw new DomainError('FORBIDDEN', '数据看板只给人社局和村干部看');
  const path = [...root];
  PLACE_FIELDS.forEach((field, i) => {
    const depth = i + 1; // city is path[1]
    const wanted = place[field];
    if (wanted === undefined) return;
    if (depth < root.length) {
      if (root[depth] !== wanted) {
        throw new DomainError('FORBIDDEN', '只能看您负责的地区的数据', {
          [field]: '不在您负责的地区',
        });
      }
      return;
    }
    if (path.length !== depth) {
      throw new DomainError('INVALID_INPUT', '请先选上一级的地区', { [field]: '请先选上一级' });
    }
    path.push(wanted);
  });
  return { path, rootDepth: root.length };
}
