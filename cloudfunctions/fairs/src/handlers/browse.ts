import { chinaDay, DomainError, startOfChinaDay } from '../../../../miniprogram/shared/index';
import { areaWhere } from '../../../../server/admins';
import {
  COLLECTIONS,
  type EmployerDoc,
  type FairDoc,
  type FairSignupDoc,
  type JobDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../../../../server/cursor';
import type { Handler } from '../../../../server/router';
import { distanceMetres, km, latLngOf, toJobCard } from '../../../../server/views';
import { canManage, loadFair } from '../domain/access';
import { fairCards, signupView, slotsOf } from '../domain/views';

/** How far "near me" reaches: a county and its neighbours. */
const NEAR_METRES = 100_000;

/**
 * A manager's fairs in the order the work comes: today's and the coming ones soonest first, then
 * the past ones latest first. `skip` counts across both parts.
 */
async function comingThenPast(
  ctx: Ctx,
  where: object,
  todayStart: number,
  skip: number,
  limit: number,
): Promise<FairDoc[]> {
  const _ = ctx.store.command;
  const coming = _.and([where, { dayStart: _.gte(todayStart) }]);
  const past = _.and([where, { dayStart: _.lt(todayStart) }]);
  const comingCount = await ctx.store.count(COLLECTIONS.fairs, coming);
  const rows =
    skip < comingCount
      ? await ctx.store.find<FairDoc>(COLLECTIONS.fairs, coming, {
          orderBy: [['dayStart', 'asc']],
          skip,
          limit,
        })
      : [];
  if (rows.length < limit) {
    rows.push(
      ...(await ctx.store.find<FairDoc>(COLLECTIONS.fairs, past, {
        orderBy: [['dayStart', 'desc']],
        skip: Math.max(0, skip - comingCount),
        limit: limit - rows.length,
      })),
    );
  }
  return rows;
}

export const list: Handler<'fair.list'> = async (input, ctx) => {
  const _ = ctx.store.command;
  const offset = offsetOf(input.cursor);
  const limit = PAGE_SIZE;
  const todayStart = startOfChinaDay(chinaDay(ctx.now));
  const upcoming = { status: 'upcoming', dayStart: _.gte(todayStart) };
  let fairs: FairDoc[];
  let distanceOf: ((f: FairDoc) => number) | undefined;
  const county =
    input.county ?? (input.home && !input.near ? ctx.user?.profile?.home.county : undefined);

  if (input.mine) {
    const area = ctx.user?.cadre;
    let where: object;
    if (ctx.roles.has('cadre') && area) {
      where = {
        'region.county': area.county,
        'region.city': area.city,
        ...(area.town ? { town: area.town } : {}),
      };
    } else if (ctx.admin) {
      // An admin manages the fairs of their whole area.
      where = areaWhere('region', ctx.admin);
    } else {
      throw new DomainError('FORBIDDEN', '只有村干部能查看自己办的招聘会');
    }
    fairs = await comingThenPast(ctx, where, todayStart, offset, limit + 1);
  } else if (input.near) {
    const near = input.near;
    const where: Record<string, unknown> = {
      location: _.geoNear({
        geometry: ctx.store.point(near.lat, near.lng) as never,
        maxDistance: NEAR_METRES,
      }),
      ...upcoming,
    };
    if (county) where['region.county'] = county;
    fairs = await ctx.store.find<FairDoc>(COLLECTIONS.fairs, where, {
      skip: offset,
      limit: limit + 1,
    });
    distanceOf = (f) => km(distanceMetres(near, latLngOf(f.location)));
  } else if (county) {
    fairs = await ctx.store.find<FairDoc>(
      COLLECTIONS.fairs,
      { 'region.county': county, ...upcoming },
      { orderBy: [['dayStart', 'asc']], skip: offset, limit: limit + 1 },
    );
  } else {
    fairs = await ctx.store.find<FairDoc>(COLLECTIONS.fairs, upcoming, {
      orderBy: [['dayStart', 'asc']],
      skip: offset,
      limit: limit + 1,
    });
  }
  const page = offsetPageOf(fairs, offset, limit);
  return { items: await fairCards(ctx, page.items, distanceOf), nextCursor: page.nextCursor };
};

export const get: Handler<'fair.get'> = async (input, ctx) => {
  const fair =
    'fairId' in input
      ? await loadFair(ctx, input.fairId)
      : await ctx.store.findOne<FairDoc>(COLLECTIONS.fairs, { inviteCode: input.inviteCode });
  if (!fair) throw new DomainError('NOT_FOUND', '邀请码不对，没有找到这场招聘会');

  const slots = await slotsOf(ctx, [fair._id]);
  const employers = await ctx.store.byIds<EmployerDoc>(
    COLLECTIONS.employers,
    fair.employers.map((e) => e.employerId),
  );
  const jobs = await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, [
    ...new Set(fair.employers.flatMap((e) => e.jobIds)),
  ]);
  // The caller's own sign-up (an account that also registered family members: the first one).
  const mine = ctx.user
    ? ((
        await ctx.store.find<FairSignupDoc>(
          COLLECTIONS.fairSignups,
          { fairId: fair._id, workerOpenid: ctx.openid },
          { orderBy: [['createdAt', 'asc']], limit: 10 },
        )
      ).find((s) => s.status !== 'cancelled') ?? null)
    : null;
  const loc = latLngOf(fair.location);
  const detail = {
    _id: fair._id,
    title: fair.title,
    region: fair.region,
    village: fair.village,
    address: fair.address,
    location: { lat: loc.lat, lng: loc.lng },
    day: fair.day,
    status: fair.status,
    ...(fair.status === 'cancelled' && fair.cancelReason
      ? { cancelReason: fair.cancelReason }
      : {}),
    inviteCode: fair.inviteCode,
    rev: fair.rev ?? 0,
    slots: slots.map((s) => ({
      id: s.slotId,
      start: s.start,
      end: s.end,
      capacity: s.capacity,
      seatsLeft: Math.max(0, s.seatsLeft),
    })),
    employers: fair.employers.map((e) => {
      const employer = employers.find((x) => x._id === e.employerId);
      return {
        employerId: e.employerId,
        companyName: employer?.companyName ?? e.companyName,
        verified: employer?.status === 'verified',
        jobs: e.jobIds
          .map((id) => jobs.find((j) => j._id === id))
          .filter((j) => j?.status === 'published')
          .map((j) => toJobCard(j as NonNullable<typeof j>)),
      };
    }),
    mySignup: mine
      ? signupView(
          mine,
          slots.find((s) => s.slotId === mine.slotId),
          fair,
          ctx.now,
        )
      : null,
    canManage: canManage(ctx, fair),
  };
  return {
    ...detail,
    ...(fair.town ? { town: fair.town } : {}),
    ...(fair.description ? { description: fair.description } : {}),
  };
};
