import type { GeoPoint, JobCard, WorkerProfile } from '../miniprogram/shared/index';
import { COLLECTIONS } from './collections';
import type { Ctx } from './context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from './cursor';
import type { Handler } from './router';
import { titleKey } from './title-key';
import { distanceMetres, JOB_CARD_FIELDS, latLngOf, toJobCard, type JobCardDoc } from './views';
import { visible } from './visible-jobs';

/** How many candidates a recommendation ranks; pages walk through this ranked pool. */
const POOL = 200;
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

async function fetchPool(
  ctx: Ctx,
  where: Record<string, unknown>,
  point: GeoPoint | undefined,
  maxDistance: number | undefined,
): Promise<JobCardDoc[]> {
  if (point) {
    const near = ctx.store.command.geoNear({
      geometry: ctx.store.point(point.lat, point.lng) as never,
      ...(maxDistance ? { maxDistance } : {}),
    });
    return ctx.store.find<JobCardDoc>(
      COLLECTIONS.jobs,
      { ...where, location: near },
      { limit: POOL, fields: JOB_CARD_FIELDS },
    );
  }
  return ctx.store.find<JobCardDoc>(COLLECTIONS.jobs, where, {
    orderBy: [
      ['publishedAt', 'desc'],
      ['_id', 'desc'],
    ],
    limit: POOL,
    fields: JOB_CARD_FIELDS,
  });
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

/**
 * 为您推荐: posts where the worker wants to work (near home, the county, the province or the
 * cities they named), in their 工种 first, verified companies first, several companies at the top,
 * and the reasons in words.
 * Without a 求职意向 it recommends what is open near the phone, newest first.
 */
export const recommend: Handler<'job.recommend'> = (input, ctx) =>
  recommendJobs(ctx, ctx.user?.profile ?? null, input);

/**
 * The recommendation engine itself, for any 求职意向: the caller's own (job.recommend) or the one
 * a cadre keeps for a villager in the ledger (ledger.matches, cloudfunctions/workforce).
 */
export async function recommendJobs(
  ctx: Ctx,
  profile: WorkerProfile | null,
  { near, cursor, limit }: { near?: GeoPoint; cursor?: string; limit?: number },
): Promise<{ items: JobCard[]; nextCursor: string | null }> {
  const size = limit ?? PAGE_SIZE;
  const offset = offsetOf(cursor, POOL);
  const _ = ctx.store.command;
  const home = profile?.homeLocation;
  const from = home ?? near;

  let rows: JobCardDoc[];
  let categories = new Set<string>();
  if (profile) {
    categories = new Set(profile.categories);
    const area = areaOf(ctx, profile, from);
    const base = { ...visible(ctx), ...area.where };
    const maxDistance = area.point ? NEAR_HOME_M : undefined;
    rows = await fetchPool(
      ctx,
      { ...base, category: _.in(profile.categories) },
      area.point ?? from,
      maxDistance,
    );
    if (rows.length < POOL) {
      // Few posts in their trades: show other work in the same place after them.
      const seen = new Set(rows.map((r) => r._id));
      const others = await fetchPool(
        ctx,
        { ...base, category: _.nin(profile.categories) },
        area.point ?? from,
        maxDistance,
      );
      rows = rows.concat(others.filter((r) => !seen.has(r._id)).slice(0, POOL - rows.length));
    }
  } else {
    rows = await fetchPool(ctx, visible(ctx), near, undefined);
  }

  const expected = profile?.expectedPayYuan;
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
  const page = offsetPageOf(ranked.slice(offset, Math.min(offset + size + 1, POOL)), offset, size);
  const items: JobCard[] = page.items.map((c) =>
    toJobCard(c.row, { distanceM: c.distanceM, reasons: reasonsFor(c, profile, !!home) }),
  );
  return { items, nextCursor: page.nextCursor };
}
