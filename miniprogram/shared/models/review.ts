import { z } from 'zod';

/**
 * Why a text was held or flagged for the 人社局 (msgSecCheck `review`, a hard age limit): which
 * field, what was found, the text as it was written and where in it — so the reviewer reads what
 * they judge, with the words at issue marked. One format for posts, companies and fairs.
 */
export const reviewFlag = z.object({
  /** The field's key: 'title', 'requirements', 'intro', 'description' … */
  field: z.string(),
  /** The field in words: 岗位名称, 招聘条件 … */
  fieldLabel: z.string(),
  /** What was found, in words: 疑似广告, 疑似欺诈, 年龄限制 … */
  label: z.string(),
  /** The field's text when it was flagged. */
  text: z.string(),
  /** The flagged words: [start, end) character offsets into `text`, in order, not overlapping. */
  marks: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
});
export type ReviewFlag = z.infer<typeof reviewFlag>;

/** Every place a word occurs in a text, merged where they overlap, in order. */
export function marksOf(text: string, words: readonly string[]): ReviewFlag['marks'] {
  const spans: { start: number; end: number }[] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      spans.push({ start: at, end: at + word.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** The text cut into pieces to show, each marked or not (for WXML, which cannot slice). */
export function markedPieces(
  flag: Pick<ReviewFlag, 'text' | 'marks'>,
): { t: string; m: boolean }[] {
  const pieces: { t: string; m: boolean }[] = [];
  let at = 0;
  for (const { start, end } of flag.marks) {
    if (start > at) pieces.push({ t: flag.text.slice(at, start), m: false });
    if (end > start) pieces.push({ t: flag.text.slice(start, end), m: true });
    at = Math.max(at, end);
  }
  if (at < flag.text.length) pieces.push({ t: flag.text.slice(at), m: false });
  return pieces;
}
