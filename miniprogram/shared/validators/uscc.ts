/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
 * the last is a check character over the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters, or undefined if one is not allowed. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** True when `code` (upper-cased, spaces removed) is a well-formed code with a correct check char. */
export function isValidUscc(code: string): boolean {
  const c = normalizeUscc(code);
  return SHAPE.test(c) && usccCheckChar(c.slice(0, 17)) === c[17];
}

export function normalizeUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
