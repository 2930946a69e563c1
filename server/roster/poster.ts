import { DomainError } from '../../miniprogram/shared/index';
import type { Ctx } from '../context';
import { posterScene } from './codes';

/**
 * The invite poster of a fair (`f`) or a trip (`t`): the QR of its page with the caller credited
 * as inviter, as a base64 PNG.
 */
export async function invitePosterOf(
  ctx: Ctx,
  key: 'f' | 't',
  inviteCode: string,
  page: string,
): Promise<{ scene: string; page: string; imageBase64: string }> {
  const scene = posterScene(key, inviteCode, ctx.user?.shortId);
  let png: Uint8Array;
  try {
    png = await ctx.services.wxacode(scene, page);
  } catch (err) {
    ctx.log('wxacode.getUnlimited failed', { error: String((err as Error)?.message ?? err) });
    throw new DomainError('INTERNAL', '小程序码生成失败，请稍后再试');
  }
  return { scene, page, imageBase64: Buffer.from(png).toString('base64') };
}
