import { z } from 'zod';
import { publicJobStatus, publicJobStep } from './catalog/workforce';
import { cursor, docId, page } from './models/common';
import { publicJobCard } from './models/workforce';
import type { Contract } from './contract';

/**
 * The 公益性岗位 actions both the cadre's pages (package-cadre) and the worker's (package-ledger)
 * call, so they stay in the main package; the rest of 劳动力台账 (`ledger.*`) and 公益性岗位
 * (`publicJob.*`) is in package-cadre/contracts.ts and package-ledger/contracts.ts. Rights:
 * server/rights.ts (RIGHTS and WORKFORCE_RULES).
 */
export const ledgerContracts = {
  /** Cadres and admins: their area's posts; workers: open posts of their home county. */
  'publicJob.list': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ status: publicJobStatus.optional(), cursor }).strict(),
    output: page(publicJobCard),
  },
  /** By the cadre for a person of the ledger (their consent recorded), or by the worker. */
  'publicJob.apply': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        publicJobId: docId,
        /** The ledger record; a worker leaves it out (their own linked record is used). */
        personId: docId.optional(),
        consent: z.literal(true, {
          errorMap: () => ({ message: '请先征得本人同意再申请' }),
        }),
      })
      .strict(),
    output: z.object({ applicationId: docId, step: publicJobStep }),
  },
} satisfies Record<string, Contract>;
