import type { ReviewFlag } from '../../../../miniprogram/shared/index';
import type { Ctx } from '../../../../server/context';
import { reviewTexts, SCENE } from '../../../../server/sec-check';

/** The fair's texts a cadre writes, in words for the 人社局 and for refusals. */
const FIELD_LABELS: Record<string, string> = {
  title: '招聘会名称',
  description: '说明',
  address: '地点',
  reason: '取消原因',
  note: '备注',
};

/**
 * msgSecCheck v2 on each user-written text before it is stored: `risky` refuses the whole write
 * (naming the field), `review` is kept as a flag for the 人社局 (the one format of
 * server/sec-check.ts) and does not block a cadre's fair.
 */
export async function checkTexts(
  ctx: Ctx,
  texts: Record<string, string | undefined>,
): Promise<ReviewFlag[]> {
  const named = Object.fromEntries(
    Object.entries(texts).map(([field, text]) => [
      field,
      { label: FIELD_LABELS[field] ?? field, text },
    ]),
  );
  return (await reviewTexts(ctx, named, SCENE.forum)).flags;
}
