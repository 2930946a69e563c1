/**
 * The choices of the job search filters, as picker ranges (labels) and the values they stand for.
 */
import {
  JOB_CATEGORIES,
  REGIONS,
  findCounty,
  type ActionInput,
  type Benefit,
  type GeoPoint,
  type JobCategory,
  type PayCycle,
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
  /** A province or city said by voice (台州, 浙江); the county picker clears them. */
  province: string;
  city: string;
  category: JobCategory | '';
  minPay: number;
  /** 包吃住 */
  mealsHousing: boolean;
  /** Other benefits said by voice (五险, 路费报销…). */
  benefits: Benefit[];
  /** 日结 */
  daily: boolean;
  /** 周结 or 月结 said by voice; 日结 is `daily`. */
  payCycle: Exclude<PayCycle, 'daily'> | '';
  sort: SortValue;
  keyword: string;
}

export const EMPTY_FILTERS: JobFilters = {
  county: '',
  province: '',
  city: '',
  category: '',
  minPay: 0,
  mealsHousing: false,
  benefits: [],
  daily: false,
  payCycle: '',
  sort: 'newest',
  keyword: '',
};

/** The benefits a search asks for: 包吃住 and the others. */
export function benefitsOf(f: JobFilters): Benefit[] {
  const all: Benefit[] = f.mealsHousing ? ['meals', 'housing'] : [];
  for (const b of f.benefits) if (!all.includes(b)) all.push(b);
  return all;
}

/** The pay cycle a search asks for. */
export function payCycleOf(f: JobFilters): PayCycle | undefined {
  return f.daily ? 'daily' : f.payCycle || undefined;
}

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
    } else if (f.province) {
      input.province = f.province;
      if (f.city) input.city = f.city;
    }
    input.county = f.county;
  } else if (f.province) {
    input.province = f.province;
    if (f.city) input.city = f.city;
  }
  if (f.category) input.category = f.category;
  if (f.minPay) input.minPayYuan = f.minPay;
  const benefits = benefitsOf(f);
  if (benefits.length) input.benefits = benefits;
  const cycle = payCycleOf(f);
  if (cycle) input.payCycle = cycle;
  const keyword = f.keyword.trim();
  if (keyword) input.keyword = keyword;
  if (near) input.near = near;
  if (cursor) input.cursor = cursor;
  return input;
}

export function countyLabel(county: string): string {
  return county ? county : '地区';
}
