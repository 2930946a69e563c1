import { DomainError, ERROR_MESSAGES } from '../../../../miniprogram/shared/index';
import type { Ctx } from '../../../../server/context';

/**
 * msgSecCheck v2 on each user-written text before it is stored: `risky` refuses the whole write
 * (naming the field), `review` is kept as a flag for the 人社局 and does not block a cadre's fair.
 */
export async function checkTexts(
  ctx: Ctx,
  texts: Record<string, string | undefined>,
): Promise<string[]> {
  const flags: string[] = [];
  for (const [field, value] of Object.entries(texts)) {
    if (!value) continue;
    const { verdict, label } = await ctx.services.secCheck(ctx.openid, value, 3);
    if (verdict === 'risky') {
      throw new DomainError('CONTENT_RISKY', ERROR_MESSAGES.CONTENT_RISKY, {
        [field]: '这里有不允许发布的内容，请修改',
      });
    }
    if (verdict === 'review') flags.push(`${field}:${label}`);
  }
  return flags;
}
