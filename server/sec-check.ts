import { DomainError, marksOf, type ReviewFlag } from '../miniprogram/shared/index';
import type { Ctx, SecVerdict } from './context';

/** msgSecCheck v2 scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export const SCENE = { profile: 1, comment: 2, forum: 3 } as const;

/** WeChat's msgSecCheck label codes in words an admin reads. */
const LABELS: Record<string, string> = {
  '10001': '广告',
  '20001': '时政',
  '20002': '色情',
  '20003': '辱骂',
  '20006': '违法犯罪',
  '20008': '欺诈',
  '20012': '低俗',
  '20013': '版权',
  '21000': '其他',
};

export function labelText(label: string): string {
  return LABELS[label] ?? '其他';
}

export interface TextReview {
  verdict: SecVerdict;
  /** For admins: each field judged `review`, its text and the words msgSecCheck named, marked. */
  flags: ReviewFlag[];
}

const rank: Record<SecVerdict, number> = { pass: 0, review: 1, risky: 2 };

/**
 * Runs msgSecCheck on each named text (in parallel; separately, so words never join across
 * fields). `risky` is refused here with CONTENT_RISKY and the fields at fault; the caller decides
 * what `review` means.
 */
export async function reviewTexts(
  ctx: Ctx,
  texts: Record<string, { label: string; text: string | undefined }>,
  scene: 1 | 2 | 3 | 4,
): Promise<TextReview> {
  const entries = Object.entries(texts).filter(([, t]) => t.text && t.text.trim());
  const results = await Promise.all(
    entries.map(async ([field, t]) => ({
      field,
      name: t.label,
      ...(await ctx.services.secCheck(ctx.openid, (t.text as string).trim(), scene)),
    })),
  );
  const risky = results.filter((r) => r.verdict === 'risky');
  if (risky.length) {
    const fields = Object.fromEntries(
      risky.map((r) => [r.field, `${r.name}里有不允许发布的内容，请修改`]),
    );
    throw new DomainError(
      'CONTENT_RISKY',
      `${risky.map((r) => r.name).join('、')}里有不允许发布的内容，请修改后再提交`,
      fields,
    );
  }
  const verdict = results.reduce<SecVerdict>(
    (v, r) => (rank[r.verdict] > rank[v] ? r.verdict : v),
    'pass',
  );
  const flags = results
    .filter((r) => r.verdict === 'review')
    .map((r) => {
      const text = (texts[r.field]?.text ?? '').trim();
      return {
        field: r.field,
        fieldLabel: r.name,
        label: `疑似${labelText(r.label)}`,
        text,
        marks: marksOf(text, r.keywords),
      };
    });
  return { verdict, flags };
}

/**
 * msgSecCheck v2 on the texts of one form before they are stored, each named in the user's words
 * by `labels`: `risky` refuses the whole write (naming the field), `review` comes back as flags
 * for the 人社局 and does not block it.
 */
export async function reviewFormTexts(
  ctx: Ctx,
  labels: Record<string, string>,
  texts: Record<string, string | undefined>,
): Promise<ReviewFlag[]> {
  const named = Object.fromEntries(
    Object.entries(texts).map(([field, text]) => [field, { label: labels[field] ?? field, text }]),
  );
  return (await reviewTexts(ctx, named, SCENE.forum)).flags;
}
