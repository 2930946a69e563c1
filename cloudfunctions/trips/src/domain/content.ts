import type { ReviewFlag } from '../../../../miniprogram/shared/index';
import type { Ctx } from '../../../../server/context';
import { reviewFormTexts } from '../../../../server/sec-check';

/** The trip's texts an organiser writes, in words for the 人社局 and for refusals. */
const FIELD_LABELS: Record<string, string> = {
  title: '车次名称',
  address: '下车地点',
  employerName: '单位',
  bring: '要带的东西',
  pickups: '上车点',
  reason: '取消原因',
};

/** msgSecCheck v2 on the texts of the form (server/sec-check.ts `reviewFormTexts`). */
export const checkTexts = (
  ctx: Ctx,
  texts: Record<string, string | undefined>,
): Promise<ReviewFlag[]> => reviewFormTexts(ctx, FIELD_LABELS, texts);
