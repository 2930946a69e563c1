import { chinaDay, type WorkerProfile } from '../../miniprogram/shared/index';
import { COLLECTIONS, type ApplicationDoc, type JobDoc, type UserDoc } from '../collections';
import type { Ctx } from '../context';
import type { Store } from '../db';
import { bump } from './counters';
import { destinationOf, type ApplicationStat } from './destination';
import { mondayOf } from './period';
import { pathOf, placeKey } from './scope';

/**
 * The counters each write keeps (server/stats/counters.ts). Every call follows the write it
 * counts; a crash between the two leaves a counter short, which the nightly recount repairs.
 */
export const METRIC = {
  registered: 'registered',
  active: 'active',
  applications: 'applications',
  hires: 'hires',
  postsNew: 'postsNew',
  postsFilled: 'postsFilled',
} as const;

export const appDestMetric = (d: string): string => `appDest_${d}`;
export const appCatMetric = (c: string): string => `appCat_${c}`;
export const hireDestMetric = (d: string): string => `hireDest_${d}`;
export const hireCatMetric = (c: string): string => `hireCat_${c}`;

/** What an application keeps for the figures, from the worker's 求职意向 and the post. */
export function applicationStatOf(profile: WorkerProfile, job: JobDoc): ApplicationStat {
  const home = pathOf(profile.home);
  return {
    home,
    homeKey: placeKey(home),
    dest: destinationOf({ ...profile.home, location: profile.homeLocation }, job),
    category: job.category,
  };
}

/** A worker saved a 求职意向 for the first time: 新登记 at their home place (once per person). */
export async function countRegistration(
  ctx: Ctx,
  user: UserDoc,
  profile: WorkerProfile,
): Promise<void> {
  const _ = ctx.store.command;
  const first = await ctx.store.update(
    COLLECTIONS.users,
    { _id: user._id, registeredAt: _.exists(false) },
    { registeredAt: ctx.now },
  );
  if (first) {
    await bump(
      ctx.store,
      pathOf(profile.home),
      chinaDay(ctx.now),
      { [METRIC.registered]: 1 },
      {
        allTime: true,
      },
    );
  }
}

/** A worker with a 求职意向 opened the app: counted once per person and week (活跃). */
export async function countActive(ctx: Ctx, user: UserDoc): Promise<void> {
  if (!user.profile) return;
  const _ = ctx.store.command;
  const today = chinaDay(ctx.now);
  const week = mondayOf(today);
  if (user.activeWeek === week) return;
  const first = await ctx.store.update(
    COLLECTIONS.users,
    { _id: user._id, activeWeek: _.neq(week) },
    { activeWeek: week },
  );
  if (first) await bump(ctx.store, pathOf(user.profile.home), today, { [METRIC.active]: 1 });
}

export async function countApplication(store: Store, stat: ApplicationStat, now: number) {
  await bump(store, stat.home, chinaDay(now), {
    [METRIC.applications]: 1,
    [appDestMetric(stat.dest)]: 1,
    [appCatMetric(stat.category)]: 1,
  });
}

export async function countHire(store: Store, app: ApplicationDoc, now: number): Promise<void> {
  if (!app.stat) return;
  await bump(store, app.stat.home, chinaDay(now), {
    [METRIC.hires]: 1,
    [hireDestMetric(app.stat.dest)]: 1,
    [hireCatMetric(app.stat.category)]: 1,
  });
}

/** A post went live for the first time (新发布), counted where the work is. */
export async function countPostPublished(store: Store, job: JobDoc, now: number): Promise<void> {
  await bump(store, pathOf(job.region), chinaDay(now), { [METRIC.postsNew]: 1 });
}

/** A post was marked 已招满. */
export async function countPostFilled(store: Store, job: JobDoc, now: number): Promise<void> {
  await bump(store, pathOf(job.region), chinaDay(now), { [METRIC.postsFilled]: 1 });
}
