import { r1, s1, s2 } from 's2js';
import { BTree, type Position as TreePosition } from './btree';
import { MinHeap } from './min-heap';
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
/** A near search splits cells coarser than this level (about 40 km) without looking inside. */
const FIRST_WALK_LEVEL = 8;
/** A cell with at most this many points is read; a fuller one is split. */
const FEW_POINTS = 16;

/** A cell still to open, or a measured point, in a near search's queue. */
interface Queued {
  metres: number;
  cell?: bigint;
  hit?: NearHit;
}

/** Metres along the sphere for an S2 chord angle (the squared chord length). */
const chordMetres = (chord: number): number =>
  2 * Math.asin(Math.min(1, Math.sqrt(chord) / 2)) * EARTH_RADIUS_M;
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
 * A 2dsphere index as MongoDB builds one: each point's S2 leaf cell in a B+tree, so a region is
 * answered by walking the cell ranges that cover it and a near search best-first over cells
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
   * Points between `minDistance` and `maxDistance` of `center` (both inclusive) that `accept`
   * keeps, one at a time, nearest first, ties in the order `tieBreak` gives; the caller stops when
   * it has enough. `accept` (the rest of the query's filter) is asked as points are read, so a
   * point it refuses never enters the queue: a selective filter costs one test per point read.
   *
   * Best-first over S2 cells (as MongoDB's near stage and S2ClosestPointQuery do): a queue holds
   * cells keyed by their least distance from the centre and points keyed by their own; a cell at
   * the head is split into its four children, or, once it holds few points, its points are
   * measured and queued. A point leaves the queue only when no cell still queued can hold a nearer
   * one, so the points read are about those returned plus the cells' edges, whatever the
   * collection's size. Cells wholly nearer than `minDistance` or beyond `maxDistance` are skipped.
   */
  *nearest(
    center: Position,
    range: { minDistance?: number; maxDistance?: number },
    tieBreak: (a: string, b: string) => number,
    accept: (docKey: string) => boolean = () => true,
  ): Generator<NearHit> {
    const max = Math.min(range.maxDistance ?? FARTHEST_M, FARTHEST_M);
    const min = Math.max(0, range.minDistance ?? 0);
    if (min > max) return;
    const target = centerPoint(center);
    const queue = new MinHeap<Queued>(
      (a, b) =>
        a.metres < b.metres ||
        (a.metres === b.metres &&
          // A cell before a point at the same distance: it may hold a point that ties first.
          (a.hit === undefined
            ? b.hit !== undefined
            : b.hit !== undefined && tieBreak(a.hit.docKey, b.hit.docKey) < 0)),
    );
    const offer = (cell: bigint): void => {
      const c = s2.Cell.fromCellID(cell);
      const nearest = chordMetres(c.distance(target)) * (1 - 1e-9) - 0.01;
      if (nearest > max) return;
      if (min > 0 && chordMetres(c.maxDistance(target)) * (1 + 1e-9) + 0.01 < min) return;
      queue.push({ metres: Math.max(0, nearest), cell });
    };
    for (let face = 0; face < 6; face++) offer(s2.cellid.fromFace(face));
    for (let top = queue.pop(); top; top = queue.pop()) {
      if (top.hit) {
        yield top.hit;
        continue;
      }
      const cell = top.cell as bigint;
      const [lo, hi] = rangeOf(cell);
      const from = this.tree.seekFirst((e) => e.sk >= lo);
      const end = `${hi}\uffff`;
      if (!from || from.leaf.items[from.at].sk > end) continue; // an empty cell
      const level = s2.cellid.level(cell);
      if (level < 30 && (level < FIRST_WALK_LEVEL || this.holdsMore(from, end, FEW_POINTS))) {
        for (const child of s2.cellid.children(cell)) offer(child);
        continue;
      }
      for (const e of this.tree.walk(from)) {
        if (e.sk > end) break;
        const metres = distanceMetres(e.at, center);
        if (metres < min || metres > max || !accept(e.docKey)) continue;
        queue.push({ metres, hit: { docKey: e.docKey, metres } });
      }
    }
  }

  /** Whether more than `n` entries lie from `from` up to the key `end`. */
  private holdsMore(from: TreePosition<GeoEntry> | undefined, end: string, n: number): boolean {
    const beyond = this.tree.ahead(from, n);
    return beyond !== undefined && beyond.sk <= end;
  }
}
