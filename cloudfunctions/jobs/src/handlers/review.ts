import { DomainError, type JobStatus } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type JobDoc, type ReportDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { loadJob, requireAdminOf } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { countPostPublished } from '../../../../server/stats/record';

/** Takes a post down (下架) with the reason its company reads, and settles its open reports. */
async function takeDown(ctx: Ctx, job: JobDoc, reason: string): Promise<void> {
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.jobs,
    { _id: job._id },
    {
      status: 'rejected',
      pendingReview: false,
      flags: _.set([]),
      reviewNote: reason,
      updatedAt: Math.max(ctx.now, job.updatedAt + 1),
    },
  );
  // Everyone who reported the post learns it is down, with the same word.
  await ctx.store.update(
    COLLECTIONS.reports,
    { jobId: job._id, status: 'open' },
    {
      status: 'resolved',
      outcome: 'takeDown',
      explanation: reason,
      resolvedAt: ctx.now,
      resolvedBy: ctx.openid,
    },
  );
}

/**
 * 岗位审核, by the admin of the company's area. A held post (reviewing): approve publishes it. A
 * live post with a flag (a hard age limit): approve keeps it up (保留岗位). Rejecting takes either
 * down (下架) — and gives every open report of it that outcome.
 */
export const reviewJob: Handler<'admin.reviewJob'> = async ({ jobId, approve, reason }, ctx) => {
  if (!approve && !reason) {
    throw new DomainError('INVALID_INPUT', '请写明不通过的原因，单位才知道怎么改', {
      reason: '请填写原因',
    });
  }
  const job = await loadJob(ctx, jobId);
  requireAdminOf(ctx, job.employerRegion, '这个岗位的单位');
  if (approve && job.status === 'suspended') {
    // Approving now would leave it held with nothing to review once the suspension is lifted.
    throw new DomainError('BAD_TRANSITION', '这家单位已被暂停招聘，恢复招聘后再审核这个岗位');
  }
  if (!approve) {
    await takeDown(ctx, job, reason as string);
    ctx.log('job reviewed', { jobId, status: 'rejected' });
    return { status: 'rejected' };
  }
  const _ = ctx.store.command;
  const status: JobStatus = job.status === 'reviewing' ? 'published' : job.status;
  await ctx.store.update(
    COLLECTIONS.jobs,
    { _id: jobId },
    {
      status,
      pendingReview: false,
      flags: _.set([]),
      ...(status === 'published' && job.publishedAt === null ? { publishedAt: ctx.now } : {}),
      ...(reason ? { reviewNote: reason } : {}),
      updatedAt: Math.max(ctx.now, job.updatedAt + 1),
    },
  );
  if (status === 'published' && job.publishedAt === null) {
    await countPostPublished(ctx.store, job, ctx.now);
  }
  ctx.log('job reviewed', { jobId, status });
  return { status };
};

/**
 * A report's outcome, by the admin of the company's area: 下架 (the post comes down, every open
 * report of it gets the outcome), 警告 (the company is warned, the post stays), 查无问题. The
 * explanation is what the reporter reads. Deciding again changes nothing.
 */
export const resolveReport: Handler<'admin.resolveReport'> = async (
  { reportId, outcome, explanation },
  ctx,
) => {
  const report = await ctx.store.getById<ReportDoc>(COLLECTIONS.reports, reportId);
  if (!report) throw new DomainError('NOT_FOUND', '没有找到这条举报');
  requireAdminOf(ctx, report.region, '这条举报');
  const job = await ctx.store.getById<JobDoc>(COLLECTIONS.jobs, report.jobId);
  if (report.status === 'resolved') {
    return { outcome: report.outcome ?? outcome, jobStatus: job?.status ?? 'closed' };
  }
  if (outcome === 'takeDown') {
    if (!job) throw new DomainError('NOT_FOUND', '这个岗位已经没有了');
    await takeDown(ctx, job, explanation);
    return { outcome, jobStatus: 'rejected' };
  }
  const _ = ctx.store.command;
  const n = await ctx.store.update(
    COLLECTIONS.reports,
    { _id: report._id, status: 'open' },
    { status: 'resolved', outcome, explanation, resolvedAt: ctx.now, resolvedBy: ctx.openid },
  );
  if (n === 1 && outcome === 'warn' && job) {
    await ctx.store.update(
      COLLECTIONS.employers,
      { _id: job.employerId },
      {
        warnings: _.push([{ at: ctx.now, reportId: report._id, jobId: job._id, explanation }]),
        updatedAt: ctx.now,
      },
    );
  }
  ctx.log('report resolved', { reportId, outcome });
  return { outcome, jobStatus: job?.status ?? 'closed' };
};
