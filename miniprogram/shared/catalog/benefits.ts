import { enumOf, labelsOf } from './options';

/** 福利 a post may offer. */
export const BENEFITS = [
  { value: 'meals', label: '包吃' },
  { value: 'housing', label: '包住' },
  { value: 'insurance', label: '五险' },
  { value: 'housingFund', label: '公积金' },
  { value: 'travelRefund', label: '路费报销' },
  { value: 'shuttle', label: '接送车' },
  { value: 'overtimePay', label: '加班费' },
  { value: 'olderWelcome', label: '接受50岁以上' },
] as const;
export type Benefit = (typeof BENEFITS)[number]['value'];
export const benefit = enumOf(BENEFITS, '福利');
export const BENEFIT_LABELS = labelsOf(BENEFITS);

/** The words for a set of benefits, each with the benefits it stands for; 包吃 + 包住 is 包吃住. */
export function benefitGroups(
  benefits: readonly string[],
): { label: string; benefits: Benefit[] }[] {
  const set = new Set(benefits.filter((b): b is Benefit => b in BENEFIT_LABELS));
  const groups: { label: string; benefits: Benefit[] }[] = [];
  if (set.has('meals') && set.has('housing')) {
    groups.push({ label: '包吃住', benefits: ['meals', 'housing'] });
    set.delete('meals');
    set.delete('housing');
  }
  for (const b of set) groups.push({ label: BENEFIT_LABELS[b], benefits: [b] });
  return groups;
}

/** 包吃 + 包住 read as one word to workers. */
export function benefitWords(benefits: readonly string[]): string[] {
  return benefitGroups(benefits).map((g) => g.label);
}
