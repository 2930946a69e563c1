import { r1, s1, s2 } from 's2js';
import { BTree } from './btree';
import type { Doc } from './ejson';
import { asPoint, distanceMetres, EARTH_RADIUS_M, type Position } from './geo';
import { getPath } from './value-order';

/** One indexed point: its S2 leaf cell (16 hex digits), document key and position. */
interface GeoEntry {
  sk: string;
  docKey: string;
  at: Position;
}

/** A point found by a near search, with its distance in metres. */
export interface NearHit {
  docKey: string;
  metres: number;
}

/** Half the Earth's circumference: every point on the sphere lies within it. */
const FARTHEST_M = Math.PI * EARTH_RADIUS_M;
/** The first ring of a near search; each next one doubles it. */
const FIRST_RING_M = 1000;
const coverer = new s2.RegionCoverer({ maxCells: 12, maxLevel: 30 });

const hex16 = (id: bigint): string => id.toString(16).padStart(16, '0');
const toRad = (d: number): number => (d * Math.PI) / 180;

function leafCell([lng, lat]: Position): string {
  return hex16(s2.cellid.fromLatLng(s2.LatLng.fromDegrees(lat, lng)));
}

const centerPoint = ([lng, lat]: Position): s2.Point =>
  s2.Point.fromLatLng(s2.LatLng.fromDegrees(lat, lng));

/** The cap of `metres` around a point, a hair larger so that float error never drops a point on its edge. */
const capAround = (center: Position, metres: number): s2.Cap =>
  s2.Cap.fromCenterAngle(
    centerPoint(center),
    Math.min(Math.PI, (metres * (1 + 1e-9) + 1) / EARTH_RADIUS_M),
  );

/** A longitude/latitude rectangle (what a planar containment test needs at most). */
function rectOf(positions: Position[]): s2.Rect {
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return new s2.Rect(
    new r1.Interval(toRad(Math.min(...lats)), toRad(Math.max(...lats))),
    s1.Interval.fromEndpoints(toRad(Math.min(...lngs)), toRad(Math.max(...lngs))),
  );
}

const rangeOf = (cell: bigint): [string, string] => [
  hex16(s2.cellid.rangeMin(cell)),
  hex16(s2.cellid.rangeMax(cell)),
];

/** Cell-id ranges (hex, inclusive) covering a region, as tightly as 12 cells allow. */
function ranges(region: s2.Region): [string, string][] {
  return coverer.covering(region).map(rangeOf);
}

/**
 * A quick covering of a cap: S2's cellUnionBound (at most 4 cells somewhat larger than the cap),
 * each split two levels down and kept where a child touches the cap — about a quarter of the
 * area, for a fraction of a tight covering's cost. Near searches cover a cap per ring.
 */
function capRanges(cap: s2.Cap): [string, string][] {
  let cells = cap.cellUnionBound();
  for (let depth = 0; depth < 2; depth++) {
    if (cells.some((c) => s2.cellid.level(c) >= 28)) break;
    cells = cells.flatMap((c) =>
      s2.cellid.children(c).filter((child) => cap.intersectsCell(s2.Cell.fromCellID(child))),
    );
  }
  // Sibling cells cover consecutive leaf ids (odd numbers, two apart): one walk for a run of them.
  const sorted = cells.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const runs: [bigint, bigint][] = [];
  for (const c of sorted) {
    const lo = s2.cellid.rangeMin(c);
    const hi = s2.cellid.rangeMax(c);
    const last = runs[runs.length - 1];
    if (last && lo <= last[1] + 2n) last[1] = hi > last[1] ? hi : last[1];
    else runs.push([lo, hi]);
  }
  return runs.map(([lo, hi]) => [hex16(lo), hex16(hi)]);
}

/**
 * A 2dsphere index as MongoDB builds one: each point's S2 leaf cell in a B+tree, so a region is
 * answered by walking the cell ranges that cover it and a near search by rings of growing radius
 * around the centre, nearest first. Values that are not points (shapes, arrays) are kept aside
 * and offered to every region query, which tests them exactly.
 */
export class GeoCellIndex {
  private readonly tree = new BTree<GeoEntry>((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
  private readonly shapes = new Set<string>();

  constructor(readonly field: string) {}

  private entryOf(docKey: string, doc: Doc): GeoEntry | 'shape' | undefined {
    const value = getPath(doc, this.field);
    if (value === undefined || value === null) return undefined;
    const at = asPoint(value);
    if (!at || !at.every(Number.isFinite)) return 'shape';
    return { sk: leafCell(at) + docKey, docKey, at };
  }

  add(docKey: string, doc: Doc): void {
    const e = this.entryOf(docKey, doc);
    if (e === 'shape') this.shapes.add(docKey);
    else if (e) this.tree.insert(e);
  }

  remove(docKey: string, doc: Doc): void {
    const e = this.entryOf(docKey, doc);
    if (e === 'shape') this.shapes.delete(docKey);
    else if (e) this.tree.delete(e);
  }

  sameKeys(a: Doc, b: Doc): boolean {
    return JSON.stringify(getPath(a, this.field)) === JSON.stringify(getPath(b, this.field));
  }

  private *inRanges(cover: [string, string][]): Generator<GeoEntry> {
    for (const [lo, hi] of cover) {
      const from = this.tree.seekFirst((e) => e.sk >= lo);
      // Keys are cell + document key: every key of the cell `hi` sorts before `hi` + U+FFFF.
      const end = `${hi}\uffff`;
      for (const e of this.tree.walk(from)) {
        if (e.sk > end) break;
        yield e;
      }
    }
  }

  /** Candidate documents for a region given as cells (a superset; the caller tests each). */
  private candidates(region: s2.Region): Set<string> {
    const out = new Set(this.shapes);
    for (const e of this.inRanges(ranges(region))) out.add(e.docKey);
    return out;
  }

  /** Candidates within `metres` of a point (`$centerSphere`). */
  withinCircle(center: Position, metres: number): Set<string> {
    return this.candidates(capAround(center, metres));
  }

  /** Candidates whose point lies in the longitude/latitude box of these positions. */
  withinBox(positions: Position[]): Set<string> {
    return this.candidates(rectOf(positions));
  }

  /**
   * Points between `minDistance` and `maxDistance` of `center`, in rings of growing radius: each
   * ring's points come sorted by distance (ties in the order `tieBreak` gives), and every point of
   * a ring is nearer than any point of the next. The caller stops when it has enough.
   */
  *rings(
    center: Position,
    range: { minDistance?: number; maxDistance?: number },
    tieBreak: (a: string, b: string) => number,
  ): Generator<NearHit[]> {
    const max = Math.min(range.maxDistance ?? FARTHEST_M, FARTHEST_M);
    let inner = Math.max(0, range.minDistance ?? 0);
    if (inner > max) return;
    let outer = Math.max(FIRST_RING_M, inner * 2);
    for (;;) {
      const last = outer >= max;
      if (last) outer = max;
      const hits: NearHit[] = [];
      for (const e of this.inRanges(capRanges(capAround(center, outer)))) {
        const metres = distanceMetres(e.at, center);
        if (metres < inner || metres > outer || (metres === outer && !last)) continue;
        hits.push({ docKey: e.docKey, metres });
      }
      hits.sort((a, b) => a.metres - b.metres || tieBreak(a.docKey, b.docKey));
      yield hits;
      if (last) return;
      inner = outer;
      outer *= 2;
    }
  }
}
