/**
 * A spoken request on the search page: the understood filters (shared/speech) as the page's
 * JobFilters, which of their chips still hold after the worker changed a picker, and what removing
 * a chip changes.
 */
import type { SearchChip, SpokenSearch } from '../shared/index';
import { EMPTY_FILTERS, benefitsOf, payCycleOf, type JobFilters } from './filters';

/** A new spoken request replaces the whole search. */
export function filtersFromSpoken(spoken: SpokenSearch): JobFilters {
  const benefits = spoken.benefits ?? [];
  const mealsHousing = benefits.includes('meals') && benefits.includes('housing');
  return {
    ...EMPTY_FILTERS,
    province: spoken.province ?? '',
    city: spoken.city ?? '',
    county: spoken.county ?? '',
    category: spoken.category ?? '',
    minPay: spoken.minPayYuan ?? 0,
    mealsHousing,
    benefits: mealsHousing ? benefits.filter((b) => b !== 'meals' && b !== 'housing') : benefits,
    daily: spoken.payCycle === 'daily',
    payCycle: spoken.payCycle && spoken.payCycle !== 'daily' ? spoken.payCycle : '',
    sort: spoken.sort ?? 'newest',
    keyword: spoken.keyword ?? '',
  };
}

/** Whether a chip of the spoken request still describes the search on screen. */
export function chipInEffect(chip: SearchChip, spoken: SpokenSearch, f: JobFilters): boolean {
  switch (chip.kind) {
    case 'place':
      return (
        f.province === (spoken.province ?? '') &&
        f.city === (spoken.city ?? '') &&
        f.county === (spoken.county ?? '')
      );
    case 'category':
      return f.category === spoken.category;
    case 'pay':
      return f.minPay === spoken.minPayYuan;
    case 'benefits': {
      const on = benefitsOf(f);
      return chip.benefits.every((b) => on.includes(b));
    }
    case 'payCycle':
      return payCycleOf(f) === spoken.payCycle;
    case 'sort':
      return f.sort === spoken.sort;
    case 'keyword':
      return f.keyword === spoken.keyword;
  }
}

/** What the search changes when the worker removes a chip. */
export function patchWithout(chip: SearchChip, f: JobFilters): Partial<JobFilters> {
  switch (chip.kind) {
    case 'place':
      return { province: '', city: '', county: '' };
    case 'category':
      return { category: '' };
    case 'pay':
      return { minPay: 0 };
    case 'benefits': {
      const mealsHousing = chip.benefits.includes('meals') || chip.benefits.includes('housing');
      return {
        ...(mealsHousing ? { mealsHousing: false } : {}),
        benefits: f.benefits.filter((b) => !chip.benefits.includes(b)),
      };
    }
    case 'payCycle':
      return f.daily ? { daily: false } : { payCycle: '' };
    case 'sort':
      return { sort: 'newest' };
    case 'keyword':
      return { keyword: '' };
  }
}
