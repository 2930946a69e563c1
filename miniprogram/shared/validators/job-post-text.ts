import {
  DISCRIMINATION_PATTERNS,
  FEE_EMPLOYER_PAYS,
  FEE_NEGATIONS,
  FEE_WORDS,
  HYPE_WORDS,
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

/** Restrictions by 性别/民族/户籍/地域; "不限男女" is not one. */
export function findDiscrimination(text: string): string[] {
  const found: string[] = [];
  for (const { pattern } of DISCRIMINATION_PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (text[m.index - 1] !== '不') found.push(m[0]);
    }
  }
  return [...new Set(found)];
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
