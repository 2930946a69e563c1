import { z } from 'zod';
import { publicJobStep } from '../shared/catalog/workforce';
import { docId, epochMs } from '../shared/models/common';
import { none, type Contract } from '../shared/contract';

/**
 * A 公益岗 application as the applicant follows it (我的公益岗申请): the post, the step it is at
 * and when each step was taken — without the cadres' notes.
 */
export const myPublicJobApplication = z.object({
  _id: docId,
  publicJobId: docId,
  position: z.string(),
  town: z.string(),
  village: z.string().optional(),
  subsidyYuan: z.number().int(),
  step: publicJobStep,
  history: z.array(z.object({ step: publicJobStep, at: epochMs })),
  noticeUntil: z.string().optional(),
  onDutyFrom: z.string().optional(),
  createdAt: epochMs,
});
export type MyPublicJobApplication = z.infer<typeof myPublicJobApplication>;

/**
 * The actions only the worker's 台账 pages call: their contracts live in this subpackage (not in
 * the main package every worker downloads first); pages take call from ./lib/cloud.
 */
export const ledgerPackageContracts = {
  /** Worker: my 公益岗 applications (on my records, by me or by the cadre), newest first. */
  'publicJob.mine': {
    fn: 'workforce',
    kind: 'read',
    input: none,
    output: z.object({ items: z.array(myPublicJobApplication) }),
  },
} satisfies Record<string, Contract>;
