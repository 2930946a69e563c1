import { DomainError, type ActionOutput } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type EmployerDoc,
  type JobDoc,
  type ReportDoc,
} from '../../../../server/collections';
import { requireAdminOf } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { employerView } from './employer';

type Profile = ActionOutput<'admin.companyProfile'>;
const MAX_POSTS = 200;

/**
 * 单位档案 for the 人社局 of the company's area: its posts with applicants and hires, the
 * agreements signed at fairs, and the reports against it grouped by post.
 */
export const companyProfile: Handler<'admin.companyProfile'> = async ({ employerId }, ctx) => {
  const employer = await ctx.store.getById<EmployerDoc>(COLLECTIONS.employers, employerId);
  if (!employer) throw new DomainError('NOT_FOUND', '没有找到这家单位');
  requireAdminOf(ctx, employer.region, '这家单位');
  const _ = ctx.store.command;
  const $ = _.aggregate;
  const jobs = await ctx.store.find<JobDoc>(
    COLLECTIONS.jobs,
    { employerId },
    {
      orderBy: [['createdAt', 'desc']],
      limit: MAX_POSTS,
      fields: { _id: true, title: true, status: true, applicantCount: true, createdAt: true },
    },
  );
  const jobIds = jobs.map((j) => j._id);
  const [hires, reports, agreements] = await Promise.all([
    jobIds.length
      ? ctx.store.aggregate<{ _id: string; n: number }>(COLLECTIONS.applications, (agg) =>
          agg.match({ jobId: _.in(jobIds), status: 'hired' }).group({ _id: '$jobId', n: $.sum(1) }),
        )
      : Promise.resolve([]),
    jobIds.length
      ? ctx.store.find<ReportDoc>(
          COLLECTIONS.reports,
          { jobId: _.in(jobIds) },
          { limit: 1000, orderBy: [['createdAt', 'desc']] },
        )
      : Promise.resolve([]),
    ctx.store.count(COLLECTIONS.fairAgreements, { employerId }),
  ]);
  const hiresOf = new Map(hires.map((h) => [h._id, h.n]));
  const titleOf = new Map(jobs.map((j) => [j._id, j.title]));
  const groups = new Map<string, Profile['reportGroups'][number]>();
  for (const r of reports) {
    const g = groups.get(r.jobId);
    if (!g) {
      // Newest first: the first report read is the latest, and carries the latest outcome.
      groups.set(r.jobId, {
        jobId: r.jobId,
        jobTitle: titleOf.get(r.jobId) ?? '',
        count: 1,
        open: r.status === 'open' ? 1 : 0,
        reasons: [r.reason],
        latestAt: r.createdAt,
        ...(r.outcome ? { outcome: r.outcome } : {}),
        ...(r.explanation ? { explanation: r.explanation } : {}),
      });
      continue;
    }
    g.count += 1;
    if (r.status === 'open') g.open += 1;
    if (!g.reasons.includes(r.reason)) g.reasons.push(r.reason);
    if (!g.outcome && r.outcome) {
      g.outcome = r.outcome;
      if (r.explanation) g.explanation = r.explanation;
    }
  }
  const reportGroups = [...groups.values()].sort(
    (a, b) => b.open - a.open || b.count - a.count || b.latestAt - a.latestAt,
  );
  return {
    employer: employerView(employer),
    suspension: employer.suspension
      ? { reason: employer.suspension.reason, at: employer.suspension.at }
      : null,
    warnings: (employer.warnings ?? []).map((w) => ({
      at: w.at,
      jobId: w.jobId,
      explanation: w.explanation,
    })),
    totals: {
      posts: jobs.length,
      livePosts: jobs.filter((j) => j.status === 'published').length,
      applications: jobs.reduce((n, j) => n + j.applicantCount, 0),
      hires: hires.reduce((n, h) => n + h.n, 0),
      agreements,
      reports: reports.length,
      openReports: reports.filter((r) => r.status === 'open').length,
    },
    posts: jobs.map((j) => ({
      _id: j._id,
      title: j.title,
      status: j.status,
      applicantCount: j.applicantCount,
      hires: hiresOf.get(j._id) ?? 0,
      createdAt: j.createdAt,
    })),
    reportGroups,
  };
};
