import { CloudError } from './cloud-error';
import { getPath } from './value-order';

type AnyObject = Record<string, unknown>;

/** Radius MongoDB uses for 2dsphere distances, in metres. */
export const EARTH_RADIUS_M = 6378100;

export type Position = [number, number];
interface Geometry {
  type: string;
  coordinates: unknown;
}

const toRad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance in metres between two [lng, lat] positions. */
export function distanceMetres(a: Position, b: Position): number {
  const dLat = toRad(b[1] - a[1]);
  const dLng = toRad(b[0] - a[0]);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function isGeometry(v: unknown): v is Geometry {
  return typeof v === 'object' && v !== null && 'type' in v && 'coordinates' in v;
}

/** A point of a stored value: GeoJSON Point or legacy [lng, lat]. */
export function asPoint(v: unknown): Position | undefined {
  if (isGeometry(v) && v.type === 'Point') return v.coordinates as Position;
  if (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number')) {
    return v as Position;
  }
  return undefined;
}

/** Every vertex of a GeoJSON geometry; none for anything else. */
export function geometryPositions(value: unknown): Position[] {
  if (!isGeometry(value)) return [];
  try {
    return positions(value).filter(
      (p) => Array.isArray(p) && p.length >= 2 && p.every(Number.isFinite),
    );
  } catch {
    return [];
  }
}

/** Every vertex of a geometry. */
function positions(g: Geometry): Position[] {
  const flat = (c: unknown): Position[] =>
    Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(flat);
  return flat(g.coordinates);
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inPolygon(p: Position, rings: Position[][]): boolean {
  if (!inRing(p, rings[0])) return false;
  return !rings.slice(1).some((hole) => inRing(p, hole));
}

function pointInArea(p: Position, area: Geometry): boolean {
  if (area.type === 'Polygon') return inPolygon(p, area.coordinates as Position[][]);
  if (area.type === 'MultiPolygon') {
    return (area.coordinates as Position[][][]).some((poly) => inPolygon(p, poly));
  }
  if (area.type === 'Point') {
    const q = area.coordinates as Position;
    return q[0] === p[0] && q[1] === p[1];
  }
  return positions(area).some((q) => q[0] === p[0] && q[1] === p[1]);
}

function within(value: unknown, spec: AnyObject): boolean {
  const geometry = isGeometry(value) ? value : undefined;
  const pts = geometry ? positions(geometry) : asPoint(value) ? [asPoint(value) as Position] : [];
  if (pts.length === 0) return false;
  if (spec.$centerSphere) {
    const [center, radians] = spec.$centerSphere as [Position, number];
    return pts.every((p) => distanceMetres(p, center) <= radians * EARTH_RADIUS_M);
  }
  const area = spec.$geometry as Geometry | undefined;
  if (!area) throw new CloudError('DATABASE_REQUEST_FAILED', 'geoWithin needs $geometry');
  return pts.every((p) => pointInArea(p, area));
}

function intersects(value: unknown, spec: AnyObject): boolean {
  const query = spec.$geometry as Geometry | undefined;
  if (!query) throw new CloudError('DATABASE_REQUEST_FAILED', 'geoIntersects needs $geometry');
  const stored: Geometry | undefined = isGeometry(value)
    ? value
    : asPoint(value)
      ? { type: 'Point', coordinates: asPoint(value) }
      : undefined;
  if (!stored) return false;
  // Vertex containment either way: exact for points, a close approximation for shapes.
  return (
    positions(stored).some((p) => pointInArea(p, query)) ||
    positions(query).some((p) => pointInArea(p, stored))
  );
}

export interface NearSpec {
  field: string;
  center: Position;
  maxDistance?: number;
  minDistance?: number;
}

const nearOf = (cond: unknown): AnyObject | undefined => {
  if (typeof cond !== 'object' || cond === null || Array.isArray(cond)) return undefined;
  const c = cond as AnyObject;
  return (c.$nearSphere ?? c.$near) as AnyObject | undefined;
};

/** Whether a filter holds a near condition anywhere (inside `$or`, `$nor`, `$not` too). */
function hasNear(filter: unknown): boolean {
  if (Array.isArray(filter)) return filter.some(hasNear);
  if (typeof filter !== 'object' || filter === null) return false;
  return Object.entries(filter).some(
    ([key, cond]) => (!key.startsWith('$') && nearOf(cond) !== undefined) || hasNear(cond),
  );
}

/**
 * Removes the `$nearSphere`/`$near` of a filter, at the top level or inside `$and` (what
 * `_.and([{ location: _.geoNear(...) }, ...])` sends); the caller sorts by distance. As in
 * MongoDB, a query holds at most one, and not under `$or`/`$nor`/`$not`.
 */
export function extractNear(filter: AnyObject): { filter: AnyObject; near?: NearSpec } {
  const found: { near?: NearSpec } = {};
  const rest = stripNear(filter, found);
  return found.near ? { filter: rest, near: found.near } : { filter };
}

/**
 * `f` without its near condition (put in `found`); `f` itself when it has none. Module-level, as
 * every query passes here: closures made per call cost more than the walk under tsx.
 */
function stripNear(f: AnyObject, found: { near?: NearSpec }): AnyObject {
  let out: AnyObject | undefined;
  for (const field of Object.keys(f)) {
    const cond = f[field];
    if (field === '$and' && Array.isArray(cond)) {
      const branches = cond.map((b) => stripNear(b as AnyObject, found));
      if (branches.some((b, i) => b !== cond[i])) (out ??= { ...f }).$and = branches;
      continue;
    }
    if (field.startsWith('$')) {
      if (hasNear(cond)) {
        throw new CloudError(
          'DATABASE_REQUEST_FAILED',
          `geoNear is not allowed inside ${field} (only at the top level or in $and)`,
        );
      }
      continue;
    }
    const spec = nearOf(cond);
    if (!spec) continue;
    if (found.near)
      throw new CloudError(
        'DATABASE_REQUEST_FAILED',
        'Too many geoNear expressions (one per query)',
      );
    const c = cond as AnyObject;
    const geometry = (spec.$geometry ?? spec) as Geometry;
    const center = asPoint(geometry);
    if (!center) throw new CloudError('DATABASE_REQUEST_FAILED', 'geoNear needs a Point');
    found.near = {
      field,
      center,
      maxDistance: (spec.$maxDistance ?? c.$maxDistance) as number | undefined,
      minDistance: (spec.$minDistance ?? c.$minDistance) as number | undefined,
    };
    (out ??= { ...f })[field] = { $localNear: found.near };
  }
  return out ?? f;
}

/** Field paths a filter applies geo operators to (they need a 2dsphere index). */
export function geoFields(filter: unknown, out: string[] = []): string[] {
  if (Array.isArray(filter)) {
    filter.forEach((f) => geoFields(f, out));
    return out;
  }
  if (typeof filter !== 'object' || filter === null) return out;
  for (const [key, cond] of Object.entries(filter)) {
    if (key.startsWith('$')) {
      geoFields(cond, out);
      continue;
    }
    if (typeof cond === 'object' && cond !== null && !Array.isArray(cond)) {
      const ops = Object.keys(cond);
      if (
        ops.some((op) =>
          ['$nearSphere', '$near', '$geoWithin', '$geoIntersects', '$localNear'].includes(op),
        )
      ) {
        out.push(key);
      }
    }
  }
  return out;
}

const fieldOp =
  (test: (value: unknown, spec: AnyObject) => boolean) =>
  (selector: string, spec: unknown, _options: unknown) =>
  (obj: AnyObject): boolean =>
    test(getPath(obj, selector), spec as AnyObject);

/** mingo query operators for geo queries. */
export const geoQueryOperators = {
  $geoWithin: fieldOp(within),
  $geoIntersects: fieldOp(intersects),
  $localNear: fieldOp((value, spec) => {
    const p = asPoint(value);
    if (!p) return false;
    const near = spec as unknown as NearSpec;
    const d = distanceMetres(p, near.center);
    return (
      (near.maxDistance === undefined || d <= near.maxDistance) &&
      (near.minDistance === undefined || d >= near.minDistance)
    );
  }),
};
