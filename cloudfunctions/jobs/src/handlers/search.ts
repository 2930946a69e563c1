import {
  chinaDay,
  type GeoPoint,
  type JobCard,
  type ParsedInput,
  type WorkerProfile,
} from '../../../../miniprogram/shared/index';
import { COLLECTIONS } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import {
  after,
  decodeCursor,
  encodeCursor,
  offsetOf,
  offsetPageOf,
  pageOf,
  PAGE_SIZE,
} from '../../../../server/cursor';
import type { Handler } from '../../../../server/router';
import { titleKey } from '../../../../server/title-key';
import {
  distanceMetres,
  JOB_CARD_FIELDS,
  latLngOf,
  toJobCard,
  type JobCardDoc,
} from '../../../../server/views';

type Row = JobCardDoc;

/** Published and within 有效期 (a China day, inclusive): what workers may see and apply to. */
function visible(ctx: Ctx): Record<string, unknown> {
  return { status: 'published', validUntil: ctx.store.command.gte(chinaDay(ctx.now)) };
}

function and(ctx: Ctx, conds: object[]): object {
  return conds.length === 1 ? (conds[0] as object) : ctx.store.command.and(conds);
}

type SearchInput = ParsedInput<'job.search'>;

/** The filter conditions of a search, without pagination. */
function searchConditions(ctx: Ctx, input: SearchInput): object[] {
  const _ = ctx.store.command;
  const where: Record<string, unknown> = visible(ctx);
  if (input.province) where['region.province'] = input.province;
  if (input.city) where['region.city'] = input.city;
  if (input.county) where['region.county'] = input.county;
  if (input.category) where.category = input.category;
  if (input.payCycle) where.payCycle = input.payCycle;
  // 「5000元以上」 means every worker there earns at least 5000: the post's lower bound.
  if (input.minPayYuan) where.payMonthlyMin = _.gte(input.minPayYuan);
  if (input.benefits?.length) where.benefits = _.all([...new Set(input.benefits)]);
  const conds: object[] = [where];
  if (input.keyword) {
    const pattern = ctx.store.pattern(input.keyword, 'keyword', { ignoreCase: true });
    conds.push(_.or([{ title: pattern }, { companyName: pattern }]));
  }
  return conds;
}

type KeyCursor = { s: 'newest' | 'pay'; k: [number, string] };
/** Distance pages: the last distance shown and how many posts at exactly that distance were shown. */
type DistanceCursor = { s: 'distance'; d: number; n: number };

function isKeyCursor(sort: KeyCursor['s']) {
  return (v: unknown): v is KeyCursor => {
    const c = v as KeyCursor;
    return (
      typeof c === 'object' &&
      c !== null &&
      c.s === sort &&
      Array.isArray(c.k) &&
      typeof c.k[0] === 'number' &&
      typeof c.k[1] === 'string' &&
      /^[A-Za-z0-9_-]{1,64}$/.test(c.k[1])
    );
  };
}

const isDistanceCursor = (v: unknown): v is DistanceCursor => {
  const c = v as DistanceCursor;
  return (
    typeof c === 'object' &&
    c !== null &&
    c.s === 'distance' &&
    typeof c.d === 'number' &&
    c.d >= 0 &&
    Number.isInteger(c.n) &&
    c.n >= 1 &&
    c.n <= 1000
  );
};

/** Two distances this close are the same place (the database and we compute them separately). */
const SAME_PLACE_M = 0.5;

/**
 * Nearest first, through the 2dsphere index. The page after distance d starts at d (minus a
 * little slack) and skips the posts at exactly d already shown, so ties never repeat or vanish.
 */
async function searchByDistance(
  ctx: Ctx,
  conds: object[],
  near: GeoPoint,
  limit: number,
  cursor?: string,
) {
  const key = decodeCursor(cursor, isDistanceCursor);
  const _ = ctx.store.command;
  const minDistance = key ? Math.max(0, key.d - SAME_PLACE_M) : 0;
  const fetch = limit + 1 + (key?.n ?? 0) + 5;
  const [where, ...rest] = conds as [Record<string, unknown>, ...object[]];
  let rows: Row[];
  if (rest.length === 0) {
    rows = await ctx.store.find<Row>(
      COLLECTIONS.jobs,
      {
        ...where,
        location: _.geoNear({
          geometry: ctx.store.point(near.lat, near.lng) as never,
          ...(key ? { minDistance } : {}),
        }),
      },
      { limit: fetch, fields: JOB_CARD_FIELDS },
    );
  } else {
    // A keyword adds an $or; geoNear as the aggregate's first stage takes the whole query.
    rows = await ctx.store.aggregate<Row>(COLLECTIONS.jobs, (agg) =>
      agg
        .geoNear({
          near: ctx.store.point(near.lat, near.lng),
          spherical: true,
          key: 'location',
          distanceField: 'dist',
          query: and(ctx, conds),
          ...(key ? { minDistance } : {}),
        })
        .project({ ...JOB_CARD_FIELDS, dist: true })
        .limit(fetch),
    );
  }
  const measured = rows.map((r) => ({ row: r, m: distanceMetres(near, latLngOf(r.location)) }));
  let ties = 0;
  const fresh = measured.filter(({ m }) => {
    if (!key) return true;
    if (m < key.d - SAME_PLACE_M) return false;
    if (Math.abs(m - key.d) <= SAME_PLACE_M && ties < key.n) {
      ties++;
      return false;
    }
    return true;
  });
  const page = fresh.slice(0, limit);
  const more = fresh.length > limit;
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (more && last) {
    const atLast = page.filter(({ m }) => Math.abs(m - last.m) <= SAME_PLACE_M).length;
    const carried = key && Math.abs(last.m - key.d) <= SAME_PLACE_M ? key.n : 0;
    nextCursor = encodeCursor({
      s: 'distance',
      d: last.m,
      n: atLast + carried,
    } satisfies DistanceCursor);
  }
  return { items: page.map(({ row, m }) => toJobCard(row, { distanceM: m })), nextCursor };
}

/**
 * 找工作: filters, three orders, keyset cursors (stable while posts come and go), lean cards.
 */
export const search: Handler<'job.search'> = async (input, ctx) => {
  const limit = input.limit ?? PAGE_SIZE;
  const _ = ctx.store.command;
  const conds = searchConditions(ctx, input);
  const near = input.near;
  if (input.sort === 'distance' && near)
    return searchByDistance(ctx, conds, near, limit, input.cursor);

  const sort = input.sort === 'pay' ? 'pay' : 'newest';
  const key = decodeCursor(input.cursor, isKeyCursor(sort));
  const field = sort === 'pay' ? 'payMonthlyMax' : 'publishedAt';
  if (key) conds.push(after(_, field, key.k, 'desc'));
  const rows = await ctx.store.find<Row>(COLLECTIONS.jobs, and(ctx, conds), {
    orderBy: [
      [field, 'desc'],
      ['_id', 'desc'],
    ],
    limit: limit + 1,
    fields: JOB_CARD_FIELDS,
  });
  return pageOf(
    rows,
    limit,
    (r): KeyCursor => ({
      s: sort,
      k: [sort === 'pay' ? r.payMonthlyMax : (r.publishedAt ?? 0), r._id],
    }),
    (r) => toJobCard(r, { from: near }),
  );
};

// ---------------------------------------------------------------- recommend

/** How many candidates a recommendation ranks; pages walk through this ranked pool. */
const POOL = 200;
/** 家附近: within this radius of home. */
const NEAR_HOME_M = 50_000;

interface Candidate {
  row: Row;
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
): Promise<Row[]> {
  if (point) {
    const near = ctx.store.command.geoNear({
      geometry: ctx.store.point(point.lat, point.lng) as never,
      ...(maxDistance ? { maxDistance } : {}),
    });
    return ctx.store.find<Row>(
      COLLECTIONS.jobs,
      { ...where, location: near },
      { limit: POOL, fields: JOB_CARD_FIELDS },
    );
  }
  return ctx.store.find<Row>(COLLECTIONS.jobs, where, {
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
export const recommend: Handler<'job.recommend'> = async ({ near, cursor, limit }, ctx) => {
  const size = limit ?? PAGE_SIZE;
  const offset = offsetOf(cursor, POOL);
  const _ = ctx.store.command;
  const profile = ctx.user?.profile ?? null;
  const home = profile?.homeLocation;
  const from = home ?? near;

  let rows: Row[];
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
};
