import { z } from 'zod';
import { docId, epochMs } from './common';

/** One entry of the audit log: who (an admin or a cadre) changed what of someone else's, when. */
export const auditEntry = z.object({
  _id: docId,
  at: epochMs,
  actorRole: z.enum(['admin', 'cadre']),
  /** The actor's name as they gave it (姓名), or their role when they gave none. */
  actorName: z.string(),
  action: z.string(),
  /** The action in words: 暂停单位资格, 处理举报 … */
  what: z.string(),
  /** The records it touched, by their ids (employerId, jobId, fairId …). */
  targets: z.record(z.string()),
  /** A reason, outcome or status the actor chose, when the action takes one. */
  detail: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
