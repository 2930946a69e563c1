import {
  COLLECTIONS,
  type FairAgreementDoc,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
  type JobDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { readAll } from '../../../../server/cursor';
import { inviterNames as inviterNamesOf } from '../../../../server/roster/inviters';
import { slotsOf } from './views';

/** Everything the 台账 and the figures of one fair are made of. */
export interface Ledger {
  slots: FairSlotDoc[];
  signups: FairSignupDoc[];
  agreements: FairAgreementDoc[];
  jobs: Map<string, JobDoc>;
  /** shortId → display name of the people who invited. */
  inviterNames: Map<string, string>;
}

export async function loadLedger(ctx: Ctx, fair: FairDoc): Promise<Ledger> {
  const slots = await slotsOf(ctx, [fair._id]);
  const signups = await readAll((skip, limit) =>
    ctx.store.find<FairSignupDoc>(
      COLLECTIONS.fairSignups,
      { fairId: fair._id },
      { orderBy: [['createdAt', 'asc']], skip, limit },
    ),
  );
  const agreements = await readAll((skip, limit) =>
    ctx.store.find<FairAgreementDoc>(
      COLLECTIONS.fairAgreements,
      { fairId: fair._id },
      { orderBy: [['createdAt', 'asc']], skip, limit },
    ),
  );
  const jobs = new Map(
    (
      await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, [...new Set(agreements.map((a) => a.jobId))])
    ).map((j) => [j._id, j]),
  );
  const inviterNames = await inviterNamesOf(ctx, signups);
  return { slots, signups, agreements, jobs, inviterNames };
}
