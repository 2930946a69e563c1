import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type JobDoc } from '../../../../server/collections';
import type { Handler } from '../../../../server/router';
import { loadFair, requireOpen } from '../domain/access';

/** A verified employer takes part in an open fair with its published posts. */
export const join: Handler<'fair.join'> = async (input, ctx) => {
  const employer = ctx.employer;
  if (!employer || employer.status !== 'verified') throw new DomainError('EMPLOYER_NOT_VERIFIED');
  let fair = await loadFair(ctx, input.fairId);
  requireOpen(fair, ctx.now);
  const jobIds = [...new Set(input.jobIds)];
  const jobs = await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, jobIds);
  for (const id of jobIds) {
    const job = jobs.find((j) => j._id === id);
    if (!job || job.employerId !== employer._id) {
      throw new DomainError('FORBIDDEN', '只能带本单位的岗位参会', {
        jobIds: '有岗位不是本单位的',
      });
    }
    if (job.status !== 'published') {
      throw new DomainError('JOB_NOT_OPEN', `“${job.title}”不在招聘中，不能带去招聘会`, {
        jobIds: '岗位不在招聘中',
      });
    }
  }
  const _ = ctx.store.command;
  // The employers list is rewritten whole: conditional on the fair's revision, retried on a race.
  for (let attempt = 0; attempt < 5; attempt++) {
    const entry = { employerId: employer._id, companyName: employer.companyName, jobIds };
    const employers = [...fair.employers.filter((e) => e.employerId !== employer._id), entry];
    const n = await ctx.store.update(
      COLLECTIONS.fairs,
      { _id: fair._id, rev: fair.rev ?? 0 },
      { employers, updatedAt: ctx.now, rev: _.inc(1) },
    );
    if (n === 1) return { employerId: employer._id, jobCount: jobIds.length };
    fair = await loadFair(ctx, input.fairId);
    requireOpen(fair, ctx.now);
  }
  throw new DomainError('CONFLICT');
};
