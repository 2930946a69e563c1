import { areaCovers, DomainError } from '../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type CollectionName,
  type JobDoc,
  type RegionDoc,
} from './collections';
import type { Ctx } from './context';

/**
 * Record-level rules, on top of the rights table: who owns a post, whose application it is,
 * which cadre covers an area. Handlers of every function use these.
 */

export function isAdmin(ctx: Ctx): boolean {
  return ctx.rights.has('admin');
}

/** True when the caller is an admin whose area (ADMINS) holds the place. */
export function adminCovers(ctx: Ctx, place: RegionDoc): boolean {
  return !!ctx.admin && areaCovers(ctx.admin, place);
}

/** Refuses an admin acting on a place outside their area. */
export function requireAdminOf(ctx: Ctx, place: RegionDoc, what: string): void {
  if (!adminCovers(ctx, place)) {
    throw new DomainError('FORBIDDEN', `${what}不在您管辖的地区，请交给当地人社局处理`);
  }
}

/** True when the caller's company published the post. */
export function ownsJob(ctx: Ctx, job: Pick<JobDoc, 'employerId' | 'ownerOpenid'>): boolean {
  return !!ctx.employer && job.employerId === ctx.employer._id;
}

/** The document with this id, or NOT_FOUND saying (in the user's words) what was not found. */
export async function loadById<T>(
  ctx: Ctx,
  collection: CollectionName,
  id: string,
  notFound: string,
): Promise<T> {
  const doc = await ctx.store.getById<T>(collection, id);
  if (!doc) throw new DomainError('NOT_FOUND', notFound);
  return doc;
}

/** The post, or NOT_FOUND. */
export function loadJob(ctx: Ctx, jobId: string): Promise<JobDoc> {
  return loadById<JobDoc>(ctx, COLLECTIONS.jobs, jobId, '没有找到这个岗位，可能已被删除');
}

/** The post when the caller's company owns it; NOT_FOUND or FORBIDDEN otherwise. */
export async function loadOwnJob(ctx: Ctx, jobId: string): Promise<JobDoc> {
  const job = await loadJob(ctx, jobId);
  if (!ownsJob(ctx, job)) throw new DomainError('FORBIDDEN', '这不是您单位发布的岗位');
  return job;
}

/** The application, or NOT_FOUND. */
export function loadApplication(ctx: Ctx, applicationId: string): Promise<ApplicationDoc> {
  return loadById<ApplicationDoc>(
    ctx,
    COLLECTIONS.applications,
    applicationId,
    '没有找到这条报名记录',
  );
}

/** True when the caller is the employer of the post the application is for. */
export function employsApplicant(ctx: Ctx, app: Pick<ApplicationDoc, 'employerId'>): boolean {
  return !!ctx.employer && app.employerId === ctx.employer._id;
}

/**
 * True when the caller may manage records of a place as a cadre (fairs): an admin whose area holds
 * it, a cadre of the county (and town, when the cadre was appointed for a town) they were invited for.
 */
export function managesArea(ctx: Ctx, region: RegionDoc, town?: string): boolean {
  if (adminCovers(ctx, region)) return true;
  const area = ctx.user?.cadre;
  if (!ctx.roles.has('cadre') || !area) return false;
  if (
    area.province !== region.province ||
    area.city !== region.city ||
    area.county !== region.county
  ) {
    return false;
  }
  return !area.town || area.town === town;
}
