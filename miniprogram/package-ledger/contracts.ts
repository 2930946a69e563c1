import { z } from 'zod';
import { docId } from '../shared/models/common';
import { myLedgerRecord, publicJobNotice } from '../shared/models/workforce';
import { none, type Contract } from '../shared/contract';

const personId = z.object({ personId: docId }).strict();

/**
 * The worker's own 台账 record (`ledger.mine`, `ledger.consent`, `ledger.requestDeletion`) and a
 * 公益性岗位's 公示, hosted by the `workforce` function; this subpackage's pages call them through
 * lib/cloud.ts.
 */
export const myLedgerContracts = {
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
