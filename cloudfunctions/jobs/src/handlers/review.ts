import {
  DomainError,
  REPORT_REASON_LABELS,
  type JobStatus,
} from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type ReportDoc } from '../../../../server/collections';
import { isDuplicateKey } from '../../../../server/db';
import { loadJob, requireAdminOf } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';

/**
 * 岗位审核: approving publishes a post held by msgSecCheck (a reported post stays as it was);
 * rejecting takes it down. Either way its open reports are resolved.
 */
export const reviewJob: Handler<'admin.reviewJob'> = async ({ jobId, approve, reason }, ctx) => {
  if (!approve && !reason) {
    throw new DomainError('INVALID_INPUT', '请写明不通过的原因，单位才知道怎么改', {
      reason: '请填写原因',
    });
  }
  const job = await loadJob(ctx, jobId);
  requireAdminOf(ctx, job.employerRegion, '这个岗位的单位');
  const _ = ctx.store.command;
  let status: JobStatus = job.status;
  if (approve && job.status === 'reviewing') status = 'published';
  if (!approve) status = 'rejected';
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
  await ctx.store.update(COLLECTIONS.reports, { jobId, status: 'open' }, { status: 'resolved' });
  ctx.log('job reviewed', { jobId, status });
  return { status };
};

/** 举报: one report per person and post (a repeat returns the first); it flags the post for review. */
export const createReport: Handler<'report.create'> = async ({ jobId, reason, details }, ctx) => {
  const job = await loadJob(ctx, jobId);
  await reviewTexts(ctx, { details: { label: '情况说明', text: details } }, SCENE.comment);
  const doc: Omit<ReportDoc, '_id'> = {
    jobId,
    region: { ...job.employerRegion },
    reporterOpenid: ctx.openid,
    reason,
    ...(details ? { details } : {}),
    status: 'open',
    createdAt: ctx.now,
  };
  let reportId: string;
  try {
    reportId = await ctx.store.insert(COLLECTIONS.reports, doc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await ctx.store.findOne<ReportDoc>(COLLECTIONS.reports, {
      jobId,
      reporterOpenid: ctx.openid,
    });
    if (!first) throw err;
    return { reportId: first._id };
  }
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.jobs,
    { _id: job._id },
    { pendingReview: true, flags: _.addToSet(`举报：${REPORT_REASON_LABELS[reason]}`) },
  );
  return { reportId };
};
