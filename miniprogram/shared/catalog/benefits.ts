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
