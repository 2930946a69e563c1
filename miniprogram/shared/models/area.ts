import { z } from 'zod';

/**
 * The area a 人社局 admin answers for: a county (县人社局), a city (市人社局) or a whole province
 * (省人社厅). Set per deployment (ADMINS, see README); every admin action stays inside it.
 */
export const adminArea = z
  .object({
    province: z.string().min(1),
    city: z.string().min(1).optional(),
    county: z.string().min(1).optional(),
  })
  .strict();
export type AdminArea = z.infer<typeof adminArea>;

/** True when the place lies inside the area (a province covers its cities and their counties). */
export function areaCovers(
  area: AdminArea,
  place: { province: string; city: string; county: string },
): boolean {
  if (area.province !== place.province) return false;
  if (area.city !== undefined && area.city !== place.city) return false;
  return area.county === undefined || area.county === place.county;
}

/** True when every place of `inner` lies inside `outer` (a county inside its city, …). */
export function areaContains(outer: AdminArea, inner: AdminArea): boolean {
  if (outer.province !== inner.province) return false;
  if (outer.city !== undefined && outer.city !== inner.city) return false;
  return outer.county === undefined || outer.county === inner.county;
}

/** The area in words: 浦北县 / 钦州市 / 广西壮族自治区. */
export function areaName(area: AdminArea): string {
  return area.county ?? area.city ?? area.province;
}
