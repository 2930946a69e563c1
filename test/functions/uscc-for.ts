import { usccCheckChar } from '../../miniprogram/shared/index';

/** A well-formed 统一社会信用代码 for tests: 91 + 450722 (浦北县) + 9 digits from seed + check. */
export function usccFor(seed: number): string {
  const first17 = `91450722${String(seed).padStart(9, '0')}`;
  return first17 + (usccCheckChar(first17) ?? '0');
}
