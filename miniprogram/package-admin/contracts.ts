import { z } from 'zod';
import { employerStatus, jobStatus, reportOutcome, reportReason } from '../shared/catalog/statuses';
import type { Contract } from '../shared/contract';
import { cursor, day, docId, epochMs, page, text } from '../shared/models/common';
import { employerView } from '../shared/models/employer';
import { auditEntry } from '../shared/models/audit';
import {
  dashboardInput,
  dashboardView,
  placeInput,
  weeklyReportView,
} from '../shared/models/stats';
import { seenBy } from '../shared/models/privacy';

/** A company as the 人社局 of its area sees it (单位档案). */
const companyProfile = z.object({
  employer: employerView,
  suspension: z.object({ reason: z.string(), at: epochMs }).nullable(),
  warnings: z.array(z.object({ at: epochMs, jobId: docId, explanation: z.string() })),
  totals: z.object({
    posts: z.number().int(),
    livePosts: z.number().int(),
    applications: z.number().int(),
    hires: z.number().int(),
    agreements: z.number().int(),
    reports: z.number().int(),
    openReports: z.number().int(),
  }),
  posts: z.array(
    z.object({
      _id: docId,
      title: z.string(),
      status: jobStatus,
      applicantCount: z.number().int(),
      hires: z.number().int(),
      createdAt: epochMs,
    }),
  ),
  /** Reports against the company, one group per post: repeat reports are read together. */
  reportGroups: z.array(
    z.object({
      jobId: docId,
      jobTitle: z.string(),
      count: z.number().int(),
      open: z.number().int(),
      reasons: z.array(reportReason),
      latestAt: epochMs,
      outcome: reportOutcome.optional(),
      explanation: z.string().optional(),
    }),
  ),
});

/** The 人社局's tools to keep the market clean: suspend a company, lift it, read its file. */
export const adminContracts = {
  /** 暂停资格: its posts leave search at once, applicants are told, upcoming fairs drop it. */
  'admin.suspendEmployer': {
    fn: 'accounts',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        employerId: docId,
        reason: text('暂停原因', 4, 100),
      })
      .strict(),
    output: z.object({
      status: employerStatus,
      postsHidden: z.number().int(),
      applicantsTold: z.number().int(),
      fairsLeft: z.number().int(),
    }),
  },
  /** 恢复资格: the posts hidden by the suspension come back as they were. */
  'admin.liftSuspension': {
    fn: 'accounts',
    kind: 'write',
    idempotent: true,
    input: z.object({ employerId: docId, note: text('说明', 0, 100).optional() }).strict(),
    output: z.object({ status: employerStatus, postsRestored: z.number().int() }),
  },
  /** The area's companies that passed review (已认证) or are suspended (已暂停), newest first. */
  'admin.listEmployers': {
    fn: 'accounts',
    kind: 'read',
    input: z.object({ status: z.enum(['verified', 'suspended']), cursor }).strict(),
    output: page(employerView),
  },
  'admin.companyProfile': {
    fn: 'accounts',
    kind: 'read',
    input: z.object({ employerId: docId }).strict(),
    output: companyProfile,
  },
  // The county's picture (数据看板, 周报) and the audit log, for admins of the area and cadres of
  // the town (the pages are in this subpackage).
  /** Figures of every source for a place and period, with weekly trends and tables. */
  'stats.dashboard': { fn: 'stats', kind: 'read', input: dashboardInput, output: dashboardView },
  /** One table of the dashboard (or a trend, as a table) as CSV for Excel. */
  'stats.export': {
    fn: 'stats',
    kind: 'read',
    input: dashboardInput.extend({
      table: z.string().regex(/^[A-Za-z0-9_.]{1,60}$/, '请选择要导出的表格'),
    }),
    // Counts by place, no person in it; still the area's own figures, for its admins and cadres.
    output: z.object({
      fileName: z.string(),
      csv: seenBy(['areaAdmin', 'areaCadre'], z.string()),
      rows: z.number().int(),
    }),
  },
  /** The one-page weekly report (周报): the week's headline figures and trends, drawn as an image. */
  'stats.weeklyReport': {
    fn: 'stats',
    kind: 'read',
    input: z
      .object({
        /** Any day of the week wanted; this week when left out. */
        week: day.optional(),
        place: placeInput.default({}),
      })
      .strict(),
    output: weeklyReportView,
  },
  /** What admins and cadres of the caller's area changed of other people's data, newest first. */
  'audit.list': {
    fn: 'stats',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(auditEntry),
  },
} satisfies Record<string, Contract>;
