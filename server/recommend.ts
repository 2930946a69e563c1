import type { GeoPoint, JobCard, WorkerProfile } from '../miniprogram/shared/index';
import { COLLECTIONS } from './collections';
import type { Ctx } from './context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from './cursor';
import { visible } from './job-visibility';
import { titleKey } from './title-key';
import { distanceMetres, JOB_CARD_FIELDS, latLngOf, toJobCard, type JobCardDoc } from './views';

/**
 * How many posts a recommendation ranks (three pages); pages walk through this ranked list. Every
 * query reads at most this many: the cost does not grow with the number of posts.
 */
export const RECOMMEND_POOL = 3 * PAGE_SIZE;
/** 家附近: within this radius of home. */
const NEAR_HOME_M = 50_000;

interface Candidate {
  row: JobCardDoc;
  categoryMatch: boolean;
  payOk: boolean;
  distanceM?: number;
}

/** Where a worker wants to work, as a filter (or a point and radius for 家附近). */
function areaOf(
  ctx: Ctx,
  profile: WorkerProfile,
  home?: GeoPoint,
): { where: Record<string, unknown>; point?: GeoPoint } {
  const _ = ctx.store.command;
  switch (profile.workArea) {
    case 'nearHome':
      return home
        ? { where: {}, point: home }
        : { where: { 'region.county': profile.home.county } };
    case 'county':
      return { where: { 'region.city': profile.home.city, 'region.county': profile.home.county } };
    case 'province':
      return { where: { 'region.province': profile.home.province } };
    case 'cities':
      return { where: { 'region.city': _.in(profile.cities) } };
  }
}

/**
 * At most `limit` posts matching `where`, in the ranking's last order: nearest first through the
 * 2dsphere index when there is a point, else newest first through a region/status index.
 */
function fetchInOrder(
  ctx: Ctx,
  where: Record<string, unknown>,
  point: GeoPoint | undefined,
  maxDistance: number | undefined,
  limit: number,
): Promise<JobCardDoc[]> {
  if (point) {
    const near = ctx.store.command.geoNear({
      geometry: ctx.store.point(point.lat, point.lng) as never,
      ...(maxDistance ? { maxDistance } : {}),
    });
    return ctx.store.find<JobCardDoc>(
      COLLECTIONS.jobs,
      { ...where, location: near },
      { limit, fields: JOB_CARD_FIELDS },
    );
  }
  return ctx.store.find<JobCardDoc>(COLLECTIONS.jobs, where, {
    orderBy: [
      ['publishedAt', 'desc'],
      ['_id', 'desc'],
    ],
    limit,
    fields: JOB_CARD_FIELDS,
  });
}

/**
 * The ranking's tiers, best first, each a filter: 工种对口 or not, then verified or not, then pay
 * that meets the expectation or not. Within a tier the ranking is the query's own order (nearer,
 * or newer), so the first posts of the ranking are the first tiers' first query results.
 */
function tiers(ctx: Ctx, profile: WorkerProfile): Record<string, unknown>[] {
  const _ = ctx.store.command;
  const expected = profile.expectedPayYuan;
  const out: Record<string, unknown>[] = [];
  for (const category of [_.in(profile.categories), _.nin(profile.categories)]) {
    // `neq(true)`: a post without the flag counts as not verified, as the ranking treats it.
    for (const employerVerified of [true, _.neq(true)]) {
      const pay =
        expected === undefined
          ? [{}]
          : [{ payMonthlyMin: _.gte(expected) }, { payMonthlyMin: _.lt(expected) }];
      for (const p of pay) out.push({ category, employerVerified, ...p });
    }
  }
  return out;
}

function distanceWords(metres: number, fromHome: boolean): string {
  const where = fromHome ? '离家' : '离您';
  return metres < 1000 ? `${where}不到1公里` : `${where}${Math.round(metres / 1000)}公里`;
}

/** Why a post suits the worker, in their words. */
function reasonsFor(c: Candidate, profile: WorkerProfile | null, fromHome: boolean): string[] {
  const reasons: string[] = [];
  if (c.distanceM !== undefined && c.distanceM <= 100_000)
    reasons.push(distanceWords(c.distanceM, fromHome));
  if (profile?.workArea === 'cities' && profile.cities.includes(c.row.region.city)) {
    reasons.push(`在您想去的${c.row.region.city}`);
  }
  if (c.categoryMatch) reasons.push('工种对口');
  if (c.payOk) reasons.push('工资达到期望');
  const b = new Set(c.row.benefits);
  if (b.has('meals') && b.has('housing')) reasons.push('包吃住');
  else if (b.has('meals')) reasons.push('包吃');
  else if (b.has('housing')) reasons.push('包住');
  if (c.row.payCycle === 'daily') reasons.push('日结');
  if (b.has('olderWelcome')) reasons.push('接受50岁以上');
  return reasons;
}

/** Ranking: 工种对口 first, then verified companies, pay that meets expectation, nearer, newer. */
function compare(a: Candidate, b: Candidate): number {
  return (
    Number(b.categoryMatch) - Number(a.categoryMatch) ||
    Number(b.row.employerVerified) - Number(a.row.employerVerified) ||
    Number(b.payOk) - Number(a.payOk) ||
    (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) ||
    (b.row.publishedAt ?? 0) - (a.row.publishedAt ?? 0) ||
    (a.row._id < b.row._id ? -1 : a.row._id > b.row._id ? 1 : 0)
  );
}

/**
 * A company that posts one job several times (「鞋厂针车工」, 「鞋厂针车工（急招）」) shows it once: its
 * best-ranked copy. Search still finds every copy.
 */
function dropNearDuplicates(ranked: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return ranked.filter((c) => {
    const key = `${c.row.companyName}|${titleKey(c.row.title)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One company should not fill the top of the list: within a tier of equal 工种对口 and 认证, each
 * company's best post comes first, then each company's second, and so on, keeping the ranking
 * among them. A tier is never crossed, so an unverified company does not rise for variety's sake.
 */
function spreadCompanies(ranked: Candidate[]): Candidate[] {
  // The tiers in `compare`'s order: 工种对口 first, then verified.
  const tierOf = (c: Candidate) => 2 * Number(!c.categoryMatch) + Number(!c.row.employerVerified);
  const seen = new Map<string, number>();
  return ranked
    .map((c, rank) => {
      const tier = tierOf(c);
      const company = `${tier}|${c.row.companyName}`;
      const nth = seen.get(company) ?? 0;
      seen.set(company, nth + 1);
      return { c, rank, nth, tier };
    })
    .sort((a, b) => a.tier - b.tier || a.nth - b.nth || a.rank - b.rank)
    .map((k) => k.c);
}

/** The first RECOMMEND_POOL posts of the ranking: tier by tier, each query reading only what is still missing. */
async function candidates(
  ctx: Ctx,
  profile: WorkerProfile | null,
  near: GeoPoint | undefined,
): Promise<JobCardDoc[]> {
  if (!profile) return fetchInOrder(ctx, visible(ctx), near, undefined, RECOMMEND_POOL);
  const area = areaOf(ctx, profile, near);
  const base = { ...visible(ctx), ...area.where };
  const maxDistance = area.point ? NEAR_HOME_M : undefined;
  const rows: JobCardDoc[] = [];
  for (const tier of tiers(ctx, profile)) {
    const missing = RECOMMEND_POOL - rows.length;
    if (missing <= 0) break;
    rows.push(
      ...(await fetchInOrder(ctx, { ...base, ...tier }, area.point ?? near, maxDistance, missing)),
    );
  }
  return rows;
}

export interface RecommendRequest {
  /** Where the phone is; used when the profile has no home location (or there is no profile). */
  near?: GeoPoint;
  cursor?: string;
  limit?: number;
}

/**
 * 为您推荐 for a 求职意向 (a worker's own, or one a cadre keeps in the ledger): posts where the
 * person wants to work (near home, the county, the province or the cities they named), in their
 * 工种 first, verified companies first, several companies at the top, and the reasons in words.
 * Without a profile it recommends what is open near the phone, nearest first (newest without one).
 */
export async function recommendJobs(
  ctx: Ctx,
  profile: WorkerProfile | null,
  { near, cursor, limit }: RecommendRequest,
): Promise<{ items: JobCard[]; nextCursor: string | null }> {
  const size = limit ?? PAGE_SIZE;
  const offset = offsetOf(cursor, RECOMMEND_POOL);
  const home = profile?.homeLocation;
  const from = home ?? near;
  const categories = new Set<string>(profile?.categories ?? []);
  const expected = profile?.expectedPayYuan;
  const rows = await candidates(ctx, profile, from);
  const ranked = spreadCompanies(
    dropNearDuplicates(
      rows
        .map((row): Candidate => ({
          row,
          categoryMatch: categories.has(row.category),
          payOk: expected !== undefined && row.payMonthlyMin >= expected,
          distanceM:
            from && row.location ? distanceMetres(from, latLngOf(row.location)) : undefined,
        }))
        .sort(compare),
    ),
  );
  // The pool ends the list: no page after its last post.
  const page = offsetPageOf(
    ranked.slice(offset, Math.min(offset + size + 1, RECOMMEND_POOL)),
    offset,
    size,
  );
  const items: JobCard[] = page.items.map((c) =>
    toJobCard(c.row, { distanceM: c.distanceM, reasons: reasonsFor(c, profile, !!home) }),
  );
  return { items, nextCursor: page.nextCursor };
}
