import type { ReviewFlag } from '../../../../miniprogram/shared/index';
import type { Ctx } from '../../../../server/context';
import { reviewFormTexts } from '../../../../server/sec-check';

/** The fair's texts a cadre writes, in words for the 人社局 and for refusals. */
const FIELD_LABELS: Record<string, string> = {
  title: '招聘会名称',
  description: '说明',
  address: '地点',
  reason: '取消原因',
  note: '备注',
};

/** msgSecCheck v2 on the texts of the form (server/sec-check.ts `reviewFormTexts`). */
export const checkTexts = (
  ctx: Ctx,
  texts: Record<string, string | undefined>,
): Promise<ReviewFlag[]> => reviewFormTexts(ctx, FIELD_LABELS, texts);
