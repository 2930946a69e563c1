/**
 * Numbers as people say them (两千五, 三千五百, 一万二, 四五千, 5k, 1.2万) and as a listener wants
 * to hear them (四千五百).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ARABIC_UNITS: Readonly<Record<string, number>> = {
  k: 1000,
  千: 1000,
  w: 10000,
  万: 10000,
  百: 100,
};

/** The characters a number said in 汉字 is made of. */
const NUMERAL_CHARS = /^[零〇一幺二两俩三四五六七八九十百千万]+/;
const ARABIC_NUMBER = /^(\d+(?:\.\d+)?)([kw千万百])?(\d)?/;

/** A value below 万: 三千五百, 两千五 (the last digit counts in the next lower unit), 十五. */
function belowTenThousand(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let zero = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    const u = SMALL_UNITS[ch];
    if (d === 0) {
      if (digit !== undefined) return undefined;
      zero = true;
    } else if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
    } else if (u !== undefined) {
      if (lastUnit && u >= lastUnit) return undefined;
      const times = digit ?? (u === 10 && total === 0 ? 1 : undefined);
      if (times === undefined) return undefined;
      total += times * u;
      digit = undefined;
      lastUnit = u;
      zero = false;
    } else {
      return undefined;
    }
  }
  if (digit === undefined) return s ? total : undefined;
  // 两千五 is 2500 and 一百五 is 150; after a 零 (三千零五) or a 十 the digit is ones.
  return total + (lastUnit >= 100 && !zero ? (digit * lastUnit) / 10 : digit);
}

/** The value of a number said in 汉字 (一万二 12000, 三千五百 3500), or undefined. */
export function parseChineseNumber(s: string): number | undefined {
  const wan = s.indexOf('万');
  if (wan < 0) return belowTenThousand(s);
  const high = wan === 0 ? undefined : belowTenThousand(s.slice(0, wan));
  if (high === undefined) return undefined;
  const rest = s.slice(wan + 1);
  if (!rest) return high * 10000;
  const single = rest.length === 1 ? DIGITS[rest] : undefined;
  // 一万二 is 12000.
  if (single !== undefined) return high * 10000 + single * 1000;
  const low = belowTenThousand(rest);
  return low === undefined ? undefined : high * 10000 + low;
}

export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

function nextDigit(a: string, b: string): boolean {
  const x = DIGITS[a];
  const y = DIGITS[b];
  return x !== undefined && y !== undefined && x > 0 && y === x + 1;
}

/**
 * A number or a spoken range in 汉字: 四五千 (4000–5000), 一万二三 (12000–13000), 两三百, or a
 * single number (min = max).
 */
export function parseChineseRange(s: string): NumberRange | undefined {
  // 四五千: two neighbouring digits before the first unit.
  const [a, b] = [s.charAt(0), s.charAt(1)];
  if (s.length >= 3 && nextDigit(a, b)) {
    const min = parseChineseNumber(a + s.slice(2));
    const max = parseChineseNumber(s.slice(1));
    return min !== undefined && max !== undefined ? { min, max } : undefined;
  }
  // 一万二三, 两千五六: two neighbouring digits at the end.
  const [y, z] = [s.charAt(s.length - 2), s.charAt(s.length - 1)];
  if (s.length >= 4 && nextDigit(y, z)) {
    const min = parseChineseNumber(s.slice(0, -1));
    const max = parseChineseNumber(s.slice(0, -2) + z);
    return min !== undefined && max !== undefined ? { min, max } : undefined;
  }
  const n = parseChineseNumber(s);
  return n === undefined ? undefined : { min: n, max: n };
}

/** 5000, 5k, 5千, 5.5k, 1.2万, 5千5 (written with digits); undefined otherwise. */
export function parseArabicNumber(s: string): number | undefined {
  const m = ARABIC_NUMBER.exec(s);
  if (!m || m[0] !== s) return undefined;
  const unit = m[2] ? (ARABIC_UNITS[m[2]] ?? 1) : 1;
  const value = Number(m[1]) * unit + (m[3] ? (Number(m[3]) * unit) / 10 : 0);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

/** The longest number (digits or 汉字) at `at` in `text`, as written there, or undefined. */
export function numberAt(text: string, at: number): string | undefined {
  const rest = text.slice(at);
  return (ARABIC_NUMBER.exec(rest) ?? NUMERAL_CHARS.exec(rest))?.[0];
}

/** A number or range as written (digits or 汉字), or undefined. */
export function parseSpokenNumber(s: string): NumberRange | undefined {
  if (/^\d/.test(s)) {
    const n = parseArabicNumber(s);
    return n === undefined ? undefined : { min: n, max: n };
  }
  return parseChineseRange(s);
}

const SAY_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–9999 in words; 两 before 百 and 千 as people say it (两千), 二 elsewhere (二十). */
function sayBelowTenThousand(n: number, leadingZero: boolean): string {
  const parts: string[] = [];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let pendingZero = leadingZero;
  let started = false;
  for (const [size, unit] of places) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      if (started || leadingZero) pendingZero = true;
      continue;
    }
    if (pendingZero && (started || leadingZero)) parts.push('零');
    pendingZero = false;
    const word = d === 2 && size >= 100 ? '两' : (SAY_DIGITS[d] ?? '');
    // 十五, not 一十五, at the head of a number.
    parts.push(d === 1 && size === 10 && !started && !leadingZero ? unit : word + unit);
    started = true;
  }
  return parts.join('');
}

/**
 * A whole number below 一亿 in 汉字 for reading aloud: 4500 → 四千五百, 12000 → 一万两千,
 * 105 → 一百零五.
 */
export function sayNumber(n: number): string {
  const whole = Math.floor(Math.abs(n)) % 100_000_000;
  if (whole === 0) return '零';
  const high = Math.floor(whole / 10000);
  const low = whole % 10000;
  if (high === 0) return sayBelowTenThousand(low, false);
  const head = `${high === 2 ? '两' : sayBelowTenThousand(high, false)}万`;
  return low === 0 ? head : head + sayBelowTenThousand(low, low < 1000);
}

/** A count before a measure word: 两 for 2 (两个人, 两家), else as sayNumber. */
export function sayCount(n: number): string {
  return n === 2 ? '两' : sayNumber(n);
}
