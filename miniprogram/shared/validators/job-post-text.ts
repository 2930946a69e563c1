import {
  AGE_FLAG_BELOW,
  AGE_LIMIT_PATTERNS,
  DISCRIMINATION_PATTERNS,
  FEE_EMPLOYER_PAYS,
  FEE_NEGATIONS,
  FEE_WORDS,
  HYPE_WORDS,
  NEGATIONS,
} from '../rules/job-post-words';

export interface PostTextProblems {
  /** Fee words that ask the job seeker to pay (押金, 报名费…). */
  fees: string[];
  /** Text that restricts by 性别, 民族, 户籍 or 地域. */
  discrimination: string[];
  /** 高薪/保录 hype. */
  hype: string[];
}

function indexesOf(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push(i);
  return found;
}

function isNegatedFee(text: string, at: number, word: string): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.slice(at + word.length, at + word.length + 6);
  return (
    FEE_NEGATIONS.some((n) => before.includes(n)) ||
    FEE_EMPLOYER_PAYS.some((p) => after.includes(p))
  );
}

/** Fee requests in a post's text; "不收押金" and "体检费公司报销" are not requests. */
export function findFeeRequests(text: string): string[] {
  const words = FEE_WORDS.filter((w) =>
    indexesOf(text, w).some((at) => !isNegatedFee(text, at, w)),
  );
  return [...new Set(words)];
}

function negated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  return NEGATIONS.some((n) => before.endsWith(n));
}

/** Restrictions by 性别/民族/户籍/地域; "不限男女", "不限本地户口" are not. Longest match first. */
export function findDiscrimination(text: string): string[] {
  const found: { at: number; word: string }[] = [];
  for (const { pattern } of DISCRIMINATION_PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (!negated(text, m.index)) found.push({ at: m.index, word: m[0] });
    }
  }
  // 限本地户口 also matches as 本地户口…: keep a match only if no longer one covers it.
  const kept = found.filter(
    (f) =>
      !found.some(
        (g) =>
          g !== f &&
          g.word.length > f.word.length &&
          g.at <= f.at &&
          g.at + g.word.length >= f.at + f.word.length,
      ),
  );
  return [...new Set(kept.sort((a, b) => a.at - b.at).map((f) => f.word))];
}

export interface AgeLimit {
  /** The words as written: 45岁以下. */
  word: string;
  start: number;
  end: number;
  /** The oldest age the post accepts. */
  upTo: number;
}

/**
 * Hard age cut-offs under AGE_FLAG_BELOW (45岁以下, 年龄18-40, 限40岁内); a preference (…优先)
 * and 不限年龄 are not. Flagged for the 人社局, with a warning to the employer; never refused.
 */
export function findAgeLimits(text: string): AgeLimit[] {
  const found: AgeLimit[] = [];
  for (const pattern of AGE_LIMIT_PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const upTo = Number(m[1]);
      const end = m.index + m[0].length;
      if (upTo >= AGE_FLAG_BELOW || upTo < 16) continue;
      if (/^\s*者?优先/.test(text.slice(end, end + 4))) continue;
      if (found.some((f) => m && f.start <= m.index && f.end >= end)) continue;
      found.push({ word: m[0], start: m.index, end, upTo });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findHype(text: string): string[] {
  return HYPE_WORDS.filter((w) => text.includes(w));
}

/** Every problem the 2026 rules see in a post's text. */
export function checkPostText(text: string): PostTextProblems {
  return {
    fees: findFeeRequests(text),
    discrimination: findDiscrimination(text),
    hype: findHype(text),
  };
}
