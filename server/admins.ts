import type { AdminArea } from '../miniprogram/shared/index';

/**
 * The deployment's 人社局 admins and the area each answers for, from the `ADMINS` environment
 * variable of every function:
 *
 *   ADMINS=o6_abc=广西壮族自治区/钦州市/浦北县; o6_def=广西壮族自治区/钦州市; o6_ghi=四川省
 *
 * One entry per admin, `openid=province[/city[/county]]`, separated by `;`, `,` or new lines
 * (full-width ；，too). A county admin acts on that county only, a city admin on its counties, a
 * province admin on the whole province. An entry that cannot be read is skipped and reported:
 * nobody becomes an admin of an area that was not written down.
 */
export interface AdminConfig {
  admins: ReadonlyMap<string, AdminArea>;
  /** Entries that were skipped, in words for the function log. */
  problems: string[];
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseAdmins(raw: string | undefined): AdminConfig {
  const admins = new Map<string, AdminArea>();
  const problems: string[] = [];
  for (const entry of (raw ?? '').split(/[;,\n；，]/)) {
    const text = entry.trim();
    if (!text) continue;
    const eq = text.indexOf('=');
    const openid = eq < 0 ? text : text.slice(0, eq).trim();
    const parts =
      eq < 0
        ? []
        : text
            .slice(eq + 1)
            .split('/')
            .map((p) => p.trim());
    if (!OPENID.test(openid)) {
      problems.push(`"${text}": not an openid`);
      continue;
    }
    if (parts.length < 1 || parts.length > 3 || parts.some((p) => !p)) {
      problems.push(`${openid}: no area (write openid=省/市/县, openid=省/市 or openid=省)`);
      continue;
    }
    const [province, city, county] = parts as [string, string?, string?];
    admins.set(openid, {
      province,
      ...(city ? { city } : {}),
      ...(county ? { county } : {}),
    });
  }
  return { admins, problems };
}

/** The ADMINS value for a list of admins (tests, the demo). */
export function formatAdmins(admins: Iterable<[openid: string, area: AdminArea]>): string {
  return [...admins]
    .map(([openid, a]) => `${openid}=${[a.province, a.city, a.county].filter(Boolean).join('/')}`)
    .join(';');
}

/** A query filter for documents whose region (at `field`) lies inside the area. */
export function areaWhere(field: string, area: AdminArea): Record<string, string> {
  return {
    [`${field}.province`]: area.province,
    ...(area.city ? { [`${field}.city`]: area.city } : {}),
    ...(area.county ? { [`${field}.county`]: area.county } : {}),
  };
}
