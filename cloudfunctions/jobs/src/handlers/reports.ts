import { COLLECTIONS, type ReportDoc } from '../../../../server/collections';
import { createdPageOf, newestFirst } from '../../../../server/cursor';
import { loadJob } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import { reportFacts, type ReportFacts } from '../../../../server/views';

/**
 * 举报: one report per person and post (a repeat returns the first). It waits in the queue of the
 * 人社局 of the company's area, which gives it an outcome the reporter reads (report.mine).
 */
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
  const stored = await ctx.store.insertOnce<ReportDoc>(COLLECTIONS.reports, doc, {
    jobId,
    reporterOpenid: ctx.openid,
  });
  return { reportId: stored._id };
};

/** 我的举报: the caller's reports, newest first, with the post they were about and the outcome. */
export const myReports: Handler<'report.mine'> = async ({ cursor }, ctx) => {
  const rows = await newestFirst<ReportDoc>(
    ctx.store,
    COLLECTIONS.reports,
    { reporterOpenid: ctx.openid },
    cursor,
  );
  const facts = new Map((await reportFacts(ctx.store, rows)).map((f) => [f._id, f]));
  return createdPageOf(rows, (r) => {
    const { jobStatus: _status, ...about } = facts.get(r._id) as ReportFacts;
    return {
      ...about,
      status: r.status,
      ...(r.outcome ? { outcome: r.outcome } : {}),
      ...(r.explanation ? { explanation: r.explanation } : {}),
      ...(r.resolvedAt ? { resolvedAt: r.resolvedAt } : {}),
    };
  });
};
