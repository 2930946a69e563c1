import { enumOf, labelsOf } from './options';

/** How a wage is counted. Amounts are whole yuan (元). */
export const WAGE_UNITS = [
  { value: 'month', label: '元/月' },
  { value: 'day', label: '元/天' },
  { value: 'hour', label: '元/小时' },
  { value: 'piece', label: '计件' },
] as const;
export type WageUnit = (typeof WAGE_UNITS)[number]['value'];
export const wageUnit = enumOf(WAGE_UNITS, '工资怎么算');
export const WAGE_UNIT_LABELS = labelsOf(WAGE_UNITS);

/** When wages are paid. */
export const PAY_CYCLES = [
  { value: 'daily', label: '日结' },
  { value: 'weekly', label: '周结' },
  { value: 'monthly', label: '月结' },
] as const;
export type PayCycle = (typeof PAY_CYCLES)[number]['value'];
export const payCycle = enumOf(PAY_CYCLES, '多久发一次工资');
export const PAY_CYCLE_LABELS = labelsOf(PAY_CYCLES);

/**
 * A wage amount per unit converted to a rough monthly figure, so posts paid by the day or
 * hour can be compared with a worker's expected monthly pay (26 working days, 8 hours a day).
 * Piece rates have no fixed conversion and compare by their stated monthly estimate.
 */
export function monthlyEquivalentYuan(amountYuan: number, unit: WageUnit): number {
  switch (unit) {
    case 'day':
      return amountYuan * 26;
    case 'hour':
      return amountYuan * 8 * 26;
    default:
      return amountYuan;
  }
}

/** '4500-6500元/月', '200元/天', '计件 约6000元/月' */
export function formatPay(minYuan: number, maxYuan: number, unit: WageUnit): string {
  const range = minYuan === maxYuan ? `${minYuan}` : `${minYuan}-${maxYuan}`;
  return unit === 'piece' ? `计件 约${range}元/月` : `${range}${WAGE_UNIT_LABELS[unit]}`;
}
