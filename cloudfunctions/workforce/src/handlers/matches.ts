import {
  chinaDay,
  startOfChinaDay,
  type WorkerProfile,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairDoc,
  type UserDoc,
  type WorkforcePersonDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { recommendJobs } from '../../../../server/recommend';
import type { Handler } from '../../../../server/router';
import { loadManagedPerson } from '../domain/access';

/** How many upcoming fairs of the county the matches list. */
const FAIRS = 10;

/**
 * The 求职意向 the recommendation engine reads: the worker's own when they linked it (with
 * consent), otherwise what the cadre recorded.
 */
async function profileOf(ctx: Ctx, p: WorkforcePersonDoc): Promise<WorkerProfile> {
  if (p.workerOpenid) {
    const user = await ctx.store.findOne<UserDoc>(COLLECTIONS.users, { openid: p.workerOpenid });
    if (user?.profile) return user.profile;
  }
  return {
    name: p.name,
    home: { ...p.region, town: p.town, village: p.village },
    workArea: p.workArea,
    cities: p.cities,
    categories: p.categories,
    ...(p.expectedPayYuan !== undefined ? { expectedPayYuan: p.expectedPayYuan } : {}),
    ...(p.availableFrom ? { availableFrom: p.availableFrom } : {}),
    skills: p.skills,
  };
}

/** Fairs still to come in the person's county, their own town first, then by day. */
async function fairsFor(ctx: Ctx, p: WorkforcePersonDoc) {
  const _ = ctx.store.command;
  const rows = await ctx.store.find<FairDoc>(
    COLLECTIONS.fairs,
    { 'region.county': p.region.county, dayStart: _.gte(startOfChinaDay(chinaDay(ctx.now))) },
    { orderBy: [['dayStart', 'asc']], limit: FAIRS * 3 },
  );
  return rows
    .filter((f) => f.status === 'upcoming' && f.region.city === p.region.city)
    .sort(
      (a, b) => Number(b.town === p.town) - Number(a.town === p.town) || a.dayStart - b.dayStart,
    )
    .slice(0, FAIRS)
    .map((f) => ({
      _id: f._id,
      title: f.title,
      day: f.day,
      ...(f.town ? { town: f.town } : {}),
      village: f.village,
      address: f.address,
    }));
}

/** Jobs, fairs and trips for a person of the ledger: what the cadre can sign them up for. */
export const matches: Handler<'ledger.matches'> = async ({ personId, cursor }, ctx) => {
  const person = await loadManagedPerson(ctx, personId);
  const jobs = await recommendJobs(ctx, await profileOf(ctx, person), { cursor });
  return {
    jobs: jobs.items,
    jobsNextCursor: jobs.nextCursor,
    fairs: cursor ? [] : await fairsFor(ctx, person),
    // Trips (issue 14) fill this once the trips function lands.
    trips: [],
  };
};
