import {
  chinaClock,
  chinaDay,
  DomainError,
  type JobStatus,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type EmployerDoc,
  type FairDoc,
  type JobDoc,
  type ReportDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { mapLimit } from '../../../../server/roster/notices';
import { requireAdminOf } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { templateData } from '../../../../server/subscribe-templates';

/** What a suspension hides: every post that is or may become visible. */
const HIDDEN: readonly JobStatus[] = ['published', 'paused', 'reviewing'];
/** Applications still waiting for an answer: their workers are told. */
const WAITING = ['applied', 'viewed', 'interview'] as const;
const MAX_POSTS = 1000;

async function loadEmployerOfArea(ctx: Ctx, employerId: string): Promise<EmployerDoc> {
  const employer = await ctx.store.getById<EmployerDoc>(COLLECTIONS.employers, employerId);
  if (!employer) throw new DomainError('NOT_FOUND', '没有找到这家单位');
  requireAdminOf(ctx, employer.region, '这家单位');
  return employer;
}

/** Tells each waiting applicant of the posts that the post is down (if they subscribed). */
async function tellApplicants(ctx: Ctx, jobs: JobDoc[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const _ = ctx.store.command;
  const byId = new Map(jobs.map((j) => [j._id, j]));
  const apps = await ctx.store.find<Pick<ApplicationDoc, '_id' | 'jobId' | 'workerOpenid'>>(
    COLLECTIONS.applications,
    { jobId: _.in([...byId.keys()]), status: _.in([...WAITING]) },
    { limit: 1000, fields: { _id: true, jobId: true, workerOpenid: true } },
  );
  let told = 0;
  await mapLimit(apps, 8, async (app) => {
    const job = byId.get(app.jobId)!;
    try {
      const sent = await ctx.services.notify({
        touser: app.workerOpenid,
        page: `pages/applications/index?id=${app._id}`,
        template: 'applicationStatus',
        data: templateData('applicationStatus', {
          job: job.title,
          status: '岗位已下架',
          company: job.companyName,
          time: { day: chinaDay(ctx.now), clock: chinaClock(ctx.now) },
        }),
      });
      if (sent) told += 1;
    } catch (err) {
      ctx.log('notify failed', {
        applicationId: app._id,
        error: String((err as Error)?.message ?? err),
      });
    }
  });
  return told;
}

/**
 * Settles every open report against the company's posts: the reporter reads 单位已被暂停招聘 with
 * the suspension's reason. Lifting the suspension later leaves them settled (it happened).
 */
async function settleReports(ctx: Ctx, employerId: string, reason: string): Promise<number> {
  const _ = ctx.store.command;
  const posts = await ctx.store.find<Pick<JobDoc, '_id'>>(
    COLLECTIONS.jobs,
    { employerId },
    { limit: MAX_POSTS, fields: { _id: true } },
  );
  if (posts.length === 0) return 0;
  const settled: Partial<ReportDoc> = {
    status: 'resolved',
    outcome: 'suspend',
    explanation: reason,
    resolvedAt: ctx.now,
    resolvedBy: ctx.openid,
  };
  return ctx.store.update(
    COLLECTIONS.reports,
    { jobId: _.in(posts.map((p) => p._id)), status: 'open' },
    settled,
  );
}

/**
 * 暂停资格 of a verified company, with the reason it reads: its live, paused and held posts leave
 * search at once (status 'suspended', the old status kept to give back), the workers waiting on
 * them are told, upcoming fairs it joined list it as removed, and the open reports against it are
 * settled (单位已被暂停招聘). Suspending again changes nothing.
 */
export const suspendEmployer: Handler<'admin.suspendEmployer'> = async (
  { employerId, reason },
  ctx,
) => {
  const employer = await loadEmployerOfArea(ctx, employerId);
  if (employer.status === 'suspended') {
    return { status: 'suspended', postsHidden: 0, applicantsTold: 0, fairsLeft: 0 };
  }
  if (employer.status !== 'verified') {
    throw new DomainError('BAD_TRANSITION', '这家单位还没通过认证，不用暂停；请在审核里处理');
  }
  const _ = ctx.store.command;
  const claimed = await ctx.store.update(
    COLLECTIONS.employers,
    { _id: employerId, status: 'verified' },
    {
      status: 'suspended',
      suspension: _.set({ reason, at: ctx.now, by: ctx.openid }),
      updatedAt: ctx.now,
    },
  );
  if (claimed === 0) throw new DomainError('CONFLICT');

  const jobs = await ctx.store.find<JobDoc>(
    COLLECTIONS.jobs,
    { employerId, status: _.in([...HIDDEN]) },
    { limit: MAX_POSTS },
  );
  let postsHidden = 0;
  for (const from of HIDDEN) {
    postsHidden += await ctx.store.update(
      COLLECTIONS.jobs,
      { employerId, status: from },
      { status: 'suspended', suspendedFrom: from, employerVerified: false, updatedAt: ctx.now },
    );
  }
  const reportsSettled = await settleReports(ctx, employerId, reason);
  const applicantsTold = await tellApplicants(
    ctx,
    jobs.filter((j) => j.status !== 'reviewing'),
  );

  const fairs = await ctx.store.find<Pick<FairDoc, '_id'>>(
    COLLECTIONS.fairs,
    // Upcoming fairs are few (index status_dayStart); local-cloud indexes no array elements.
    { status: 'upcoming', 'employers.employerId': employerId },
    { limit: 1000, fields: { _id: true } },
  );
  let fairsLeft = 0;
  for (const fair of fairs) {
    fairsLeft += await ctx.store.update(
      COLLECTIONS.fairs,
      { _id: fair._id, 'employers.employerId': employerId },
      {
        employers: _.pull({ employerId }),
        removedEmployers: _.push([{ employerId, companyName: employer.companyName, at: ctx.now }]),
        updatedAt: ctx.now,
      },
    );
  }
  ctx.log('employer suspended', {
    employerId,
    postsHidden,
    applicantsTold,
    fairsLeft,
    reportsSettled,
  });
  return { status: 'suspended', postsHidden, applicantsTold, fairsLeft };
};

/** 恢复资格: the company is verified again and its posts come back as they were. */
export const liftSuspension: Handler<'admin.liftSuspension'> = async ({ employerId }, ctx) => {
  const employer = await loadEmployerOfArea(ctx, employerId);
  if (employer.status === 'verified') return { status: 'verified', postsRestored: 0 };
  if (employer.status !== 'suspended') {
    throw new DomainError('BAD_TRANSITION', '这家单位没有被暂停资格');
  }
  const _ = ctx.store.command;
  const claimed = await ctx.store.update(
    COLLECTIONS.employers,
    { _id: employerId, status: 'suspended' },
    { status: 'verified', suspension: _.remove(), updatedAt: ctx.now },
  );
  if (claimed === 0) throw new DomainError('CONFLICT');
  let postsRestored = 0;
  for (const back of HIDDEN) {
    postsRestored += await ctx.store.update(
      COLLECTIONS.jobs,
      { employerId, status: 'suspended', suspendedFrom: back },
      { status: back, suspendedFrom: _.remove(), employerVerified: true, updatedAt: ctx.now },
    );
  }
  ctx.log('employer suspension lifted', { employerId, postsRestored });
  return { status: 'verified', postsRestored };
};
