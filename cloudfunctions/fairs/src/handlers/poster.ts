import { FAIR_PAGE } from '../../../../server/fair-notices';
import { invitePosterOf } from '../../../../server/roster/poster';
import type { Handler } from '../../../../server/router';
import { loadManagedFair, requireOpen } from '../domain/access';

/** The poster of a fair, for the cadres and admins who manage it (it credits invites to them). */
export const invitePoster: Handler<'fair.invitePoster'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  requireOpen(fair, ctx.now);
  return invitePosterOf(ctx, 'f', fair.inviteCode, FAIR_PAGE);
};
