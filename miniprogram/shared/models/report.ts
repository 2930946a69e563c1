import { z } from 'zod';
import { reportReason } from '../catalog/statuses';
import { docId, text } from './common';

/** 举报 of a post. */
export const reportInput = z
  .object({
    jobId: docId,
    reason: reportReason,
    details: text('情况说明', 0, 300).optional(),
  })
  .strict();
export type ReportInput = z.infer<typeof reportInput>;
