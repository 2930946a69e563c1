import { DomainError } from '../../../../miniprogram/shared/index';
import { FAIR_PAGE } from '../../../../server/fair-notices';
import type { Handler } from '../../../../server/router';
import { loadManagedFair, requireOpen } from '../domain/access';
import { posterScene } from '../../../../server/roster/codes';

/** The poster of a fair, for the cadres and admins who manage it (it credits invites to them). */
export const invitePoster: Handler<'fair.invitePoster'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  requireOpen(fair, ctx.now);
  const scene = posterScene('f', fair.inviteCode, ctx.user?.shortId);
  let png: Uint8Array;
  try {
    png = await ctx.services.wxacode(scene, FAIR_PAGE);
  } catch (err) {
    ctx.log('wxacode.getUnlimited failed', { error: String((err as Error)?.message ?? err) });
    throw new DomainError('INTERNAL', '小程序码生成失败，请稍后再试');
  }
  return { scene, page: FAIR_PAGE, imageBase64: Buffer.from(png).toString('base64') };
};
