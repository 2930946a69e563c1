import { z } from 'zod';
import { publicJobStep } from '../shared/catalog/workforce';
import { docId, epochMs } from '../shared/models/common';
import { myLedgerRecord, publicJobNotice } from '../shared/models/workforce';
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

const personId = z.object({ personId: docId }).strict();

/**
 * The actions only the worker's 台账 pages call (my records, my 公益岗 applications, a post's 公示):
 * their contracts live in this subpackage (not in the main package every worker downloads first);
 * pages take call from ./lib/cloud.
 */
export const ledgerPackageContracts = {
  /** Worker: my 公益岗 applications (on my records, by me or by the cadre), newest first. */
  'publicJob.mine': {
    fn: 'workforce',
    kind: 'read',
    input: none,
    output: z.object({ items: z.array(myPublicJobApplication) }),
  },
  /** Worker: the records cadres keep of me (by my account, or by my name and phone). */
  'ledger.mine': {
    fn: 'workforce',
    kind: 'read',
    input: none,
    output: z.object({ records: z.array(myLedgerRecord) }),
  },
  /** Worker: link my 求职意向 to the record (or unlink), keep or withdraw my 重点人群 consent. */
  'ledger.consent': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        personId: docId,
        link: z.boolean(),
        /** false withdraws the consent to the 重点人群 category (it is erased). */
        focus: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ record: myLedgerRecord }),
  },
  /** Worker: ask for the record to be deleted; the cadre sees the request in the ledger. */
  'ledger.requestDeletion': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: personId,
    output: z.object({ record: myLedgerRecord }),
  },
  /** The public 公示 of a post: names partly masked. */
  'publicJob.notice': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ publicJobId: docId }).strict(),
    output: publicJobNotice,
  },
} satisfies Record<string, Contract>;
