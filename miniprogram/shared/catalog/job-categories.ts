import { enumOf, labelsOf } from './options';

/** 工种 — the trades workers look for, in the words they use. */
export const JOB_CATEGORIES = [
  { value: 'factory', label: '普工' },
  { value: 'skilled', label: '技工' },
  { value: 'woodwork', label: '木工家具' },
  { value: 'garment', label: '服装缝纫' },
  { value: 'electronics', label: '电子厂' },
  { value: 'construction', label: '建筑工地' },
  { value: 'decoration', label: '装修' },
  { value: 'driver', label: '司机' },
  { value: 'logistics', label: '物流搬运' },
  { value: 'catering', label: '餐饮厨师' },
  { value: 'cleaning', label: '保洁家政' },
  { value: 'security', label: '保安' },
  { value: 'farming', label: '种养殖' },
  { value: 'sales', label: '销售服务' },
  { value: 'other', label: '其他' },
] as const;

export type JobCategory = (typeof JOB_CATEGORIES)[number]['value'];
export const jobCategory = enumOf(JOB_CATEGORIES, '工种');
export const JOB_CATEGORY_LABELS = labelsOf(JOB_CATEGORIES);
