import { COUNTY_TOWNS, REGIONS } from '../catalog/regions';
import { NOT_PLACE_SHORT_FORMS } from './vocabulary';

/** A place heard in a request, as far down as it was said. */
export interface HeardPlace {
  readonly province: string;
  readonly city?: string;
  readonly county?: string;
  /** The town named, when a town stood for its county. */
  readonly town?: string;
}

const SUFFIXES = ['壮族自治区', '自治区', '街道', '省', '市', '县', '区', '镇', '乡'];

/** 浦北县 → 浦北, 广西壮族自治区 → 广西, 横店镇 → 横店; undefined when nothing useful is left. */
function shortForm(name: string): string | undefined {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  if (short === name || short.length < 2 || NOT_PLACE_SHORT_FORMS.includes(short)) return undefined;
  return short;
}

/**
 * Every way a place of the region catalog may be said, full names and short forms, each mapped to
 * the place. A province, then a city, takes a short form before a county of the same short form
 * (长沙 is 长沙市, not 长沙县).
 */
export function placeNames(): Map<string, HeardPlace> {
  const provinces = REGIONS.map((p): [string, HeardPlace] => [
    p.province,
    { province: p.province },
  ]);
  const cities = REGIONS.flatMap((p) =>
    p.cities.map((c): [string, HeardPlace] => [c.city, { province: p.province, city: c.city }]),
  );
  const counties = REGIONS.flatMap((p) =>
    p.cities.flatMap((c) =>
      c.counties.map((county): [string, HeardPlace] => [
        county,
        { province: p.province, city: c.city, county },
      ]),
    ),
  );
  const towns = counties.flatMap(([county, place]) =>
    (COUNTY_TOWNS[county] ?? []).map((town): [string, HeardPlace] => [town, { ...place, town }]),
  );
  const all = [...provinces, ...cities, ...counties, ...towns];
  const names = new Map<string, HeardPlace>();
  // Full names first, so no short form hides a full name; then short forms, higher levels first.
  for (const [name, place] of all) if (!names.has(name)) names.set(name, place);
  for (const [name, place] of all) {
    const short = shortForm(name);
    if (short && !names.has(short)) names.set(short, place);
  }
  return names;
}

/** True when `inner` lies within `outer` (浦北县 within 广西). */
export function isWithin(inner: HeardPlace, outer: HeardPlace): boolean {
  return (
    inner.province === outer.province &&
    (!outer.city || inner.city === outer.city) &&
    (!outer.county || inner.county === outer.county)
  );
}

/** How far down a place was said: 0 province, 1 city, 2 county. */
export function depthOf(place: HeardPlace): number {
  return place.county ? 2 : place.city ? 1 : 0;
}

/** The name a filter chip shows: the county, else the city, else the province. */
export function placeLabel(place: HeardPlace): string {
  return place.county ?? place.city ?? place.province;
}
