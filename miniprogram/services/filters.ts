/**
 * The choices of the job search filters, as picker ranges (labels) and the values they stand for.
 */
import {
  JOB_CATEGORIES,
  REGIONS,
  findCounty,
  type ActionInput,
  type GeoPoint,
  type JobCategory,
} from '../shared/index';

export const COUNTY_CHOICES: { label: string; county: string }[] = [
  { label: '不限地区', county: '' },
  ...REGIONS.flatMap((p) =>
    p.cities.flatMap((c) =>
      c.counties.map((county) => ({ label: `${county}（${c.city}）`, county })),
    ),
  ),
];

export const CATEGORY_CHOICES: { label: string; value: JobCategory | '' }[] = [
  { label: '不限工种', value: '' },
  ...JOB_CATEGORIES.map((c) => ({ label: c.label, value: c.value })),
];

export const PAY_CHOICES: { label: string; value: number }[] = [
  { label: '不限工资', value: 0 },
  { label: '3000元以上', value: 3000 },
  { label: '4000元以上', value: 4000 },
  { label: '5000元以上', value: 5000 },
  { label: '6000元以上', value: 6000 },
  { label: '8000元以上', value: 8000 },
];

export const SORT_CHOICES = [
  { value: 'newest', label: '最新' },
  { value: 'pay', label: '工资高' },
  { value: 'distance', label: '离我近' },
] as const;
export type SortValue = (typeof SORT_CHOICES)[number]['value'];

export interface JobFilters {
  county: string;
  category: JobCategory | '';
  minPay: number;
  /** 包吃住 */
  mealsHousing: boolean;
  /** 日结 */
  daily: boolean;
  sort: SortValue;
  keyword: string;
}

export const EMPTY_FILTERS: JobFilters = {
  county: '',
  category: '',
  minPay: 0,
  mealsHousing: false,
  daily: false,
  sort: 'newest',
  keyword: '',
};

/** The job.search input for these filters (a sort by distance needs `near`). */
export function searchInput(
  f: JobFilters,
  near: GeoPoint | undefined,
  cursor: string | undefined,
): ActionInput<'job.search'> {
  const input: ActionInput<'job.search'> = { sort: f.sort, limit: 20 };
  if (f.county) {
    const where = findCounty(f.county);
    if (where) {
      input.province = where.province;
      input.city = where.city;
    }
    input.county = f.county;
  }
  if (f.category) input.category = f.category;
  if (f.minPay) input.minPayYuan = f.minPay;
  if (f.mealsHousing) input.benefits = ['meals', 'housing'];
  if (f.daily) input.payCycle = 'daily';
  const keyword = f.keyword.trim();
  if (keyword) input.keyword = keyword;
  if (near) input.near = near;
  if (cursor) input.cursor = cursor;
  return input;
}

export function countyLabel(county: string): string {
  return county ? county : '地区';
}
