import { PLACE_LEVELS, type PlaceInput } from '../../shared/models/stats';

/** The drill-down input for a place given by its names from the top (省, 市, 县, 乡镇, 村). */
export function placeOf(path: readonly string[]): PlaceInput {
  const out: PlaceInput = {};
  path.forEach((name, i) => {
    const level = PLACE_LEVELS[i];
    if (level && level !== 'province') out[level] = name;
  });
  return out;
}

export interface Crumb {
  name: string;
  /** How many names of the path this crumb keeps. */
  depth: number;
  /** The place shown now (not a link). */
  on: boolean;
}

/** 县 → 乡镇 → 村: the caller's own area first, the place shown last. */
export function crumbsOf(path: readonly string[], rootDepth: number): Crumb[] {
  const from = Math.max(1, Math.min(rootDepth, path.length));
  const out: Crumb[] = [];
  for (let d = from; d <= path.length; d++)
    out.push({ name: path[d - 1]!, depth: d, on: d === path.length });
  return out;
}
