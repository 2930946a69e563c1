import type { GeoPoint, ParsedInput } from '../../../../miniprogram/shared/index';
import { COLLECTIONS } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { after, decodeCursor, encodeCursor, pageOf, PAGE_SIZE } from '../../../../server/cursor';
import type { Handler } from '../../../../server/router';
import {
  distanceMetres,
  JOB_CARD_FIELDS,
  latLngOf,
  toJobCard,
  type JobCardDoc,
} from '../../../../server/views';
import { visible } from '../../../../server/visible-jobs';

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
  let rows: JobCardDoc[];
  if (rest.length === 0) {
    rows = await ctx.store.find<JobCardDoc>(
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
    rows = await ctx.store.aggregate<JobCardDoc>(COLLECTIONS.jobs, (agg) =>
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
  const rows = await ctx.store.find<JobCardDoc>(COLLECTIONS.jobs, and(ctx, conds), {
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
