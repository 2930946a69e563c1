import { z } from 'zod';
import { reportDecision, reportOutcome, reportReason } from '../catalog/statuses';
import { docId, epochMs, text } from './common';

/** 举报 of a post. */
export const reportInput = z
  .object({
    jobId: docId,
    reason: reportReason,
    details: text('情况说明', 0, 300, { lines: true }).optional(),
  })
  .strict();

/** The 人社局's decision on a report, with a word the reporter reads. */
export const reportResolution = z
  .object({
    reportId: docId,
    outcome: reportDecision,
    explanation: text('处理说明', 2, 100),
  })
  .strict();

/** A report as its reporter follows it (我的举报): the post, and the outcome once decided. */
export const myReport = z.object({
  _id: docId,
  jobId: docId,
  jobTitle: z.string(),
  companyName: z.string(),
  reason: reportReason,
  details: z.string().optional(),
  createdAt: epochMs,
  status: z.enum(['open', 'resolved']),
  outcome: reportOutcome.optional(),
  explanation: z.string().optional(),
  resolvedAt: epochMs.optional(),
});
export type MyReport = z.infer<typeof myReport>;
