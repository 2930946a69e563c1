import { benefitGroups, type Benefit } from '../catalog/benefits';
import { JOB_CATEGORY_LABELS } from '../catalog/job-categories';
import { monthlyEquivalentYuan, PAY_CYCLE_LABELS } from '../catalog/pay';
import type { ActionInput } from '../contracts';
import type { Region } from '../models/common';
import { depthOf, isWithin, placeLabel, type HeardPlace } from './places';
import { hear, type Heard, type SpokenWageUnit } from './scan';

/** The job.search filters a sentence can set; sort 'distance' needs the caller's `near`. */
export type SpokenSearch = Pick<
  ActionInput<'job.search'>,
  | 'province'
  | 'city'
  | 'county'
  | 'category'
  | 'minPayYuan'
  | 'benefits'
  | 'payCycle'
  | 'keyword'
  | 'sort'
>;

/** One filter the worker sees and can remove. */
export type SearchChip =
  | { kind: 'place' | 'category' | 'pay' | 'payCycle' | 'sort' | 'keyword'; label: string }
  | { kind: 'benefits'; label: string; benefits: Benefit[] };

export interface UnderstoodSearch {
  filters: SpokenSearch;
  /** In the order of the search filters: place, 工种, pay, benefits, 日结, sort, keyword. */
  chips: SearchChip[];
  /** What was not understood, piece by piece; the first piece is the search keyword. */
  notUnderstood: string[];
}

export interface SpeakerContext {
  /** The worker's home county (求职意向), for 本县 and 本省. */
  home?: Region;
}

/** The contract's limit on a keyword. */
const KEYWORD_MAX = 20;
const MAX_MIN_PAY = 100_000;

const PAY_NAMES: Record<SpokenWageUnit, string> = { month: '月薪', day: '日薪', hour: '时薪' };

/** 月薪5000元 / 日薪200元 / 时薪25元. */
export function spokenPayLabel(pay: NonNullable<Heard['pay']>): string {
  return `${PAY_NAMES[pay.unit]}${pay.amount}元`;
}

/**
 * Where the worker wants to work: the first place that is not where they are from (我是浦北的，
 * 想去台州), narrowed by a place inside it (浙江台州 → 台州市); else their own county or province
 * when they said 本县 or 本省.
 */
export function wantedPlace(heard: Heard, home?: Region): HeardPlace | undefined {
  const first = heard.places.find((p) => !p.origin) ?? heard.places[0];
  if (first) {
    let place = first.place;
    for (const { place: other } of heard.places) {
      if (isWithin(other, place) && depthOf(other) > depthOf(place)) place = other;
    }
    return place;
  }
  if (!home || !heard.homeArea) return undefined;
  return heard.homeArea === 'county' ? home : { province: home.province };
}

/**
 * Understands what a worker said to the job search (浦北附近 木工 包吃住 五千以上): the filters of
 * job.search, the chips that show them, and what it did not understand (kept as the keyword).
 */
export function understandJobRequest(
  sentence: string,
  context: SpeakerContext = {},
): UnderstoodSearch {
  const heard = hear(sentence);
  const filters: SpokenSearch = {};
  const chips: SearchChip[] = [];

  const place = wantedPlace(heard, context.home);
  if (place) {
    filters.province = place.province;
    if (place.city) filters.city = place.city;
    if (place.county) filters.county = place.county;
    chips.push({ kind: 'place', label: placeLabel(place) });
  }
  const category = heard.categories[0];
  if (category) {
    filters.category = category;
    chips.push({ kind: 'category', label: JOB_CATEGORY_LABELS[category] });
  }
  if (heard.pay) {
    const monthly = monthlyEquivalentYuan(heard.pay.amount, heard.pay.unit);
    if (monthly <= MAX_MIN_PAY) {
      filters.minPayYuan = monthly;
      chips.push({ kind: 'pay', label: `${spokenPayLabel(heard.pay)}以上` });
    }
  }
  if (heard.benefits.length) {
    filters.benefits = [...heard.benefits];
    for (const g of benefitGroups(heard.benefits)) chips.push({ kind: 'benefits', ...g });
  }
  if (heard.payCycle) {
    filters.payCycle = heard.payCycle;
    chips.push({ kind: 'payCycle', label: PAY_CYCLE_LABELS[heard.payCycle] });
  }
  if (heard.sort) {
    filters.sort = heard.sort;
    chips.push({ kind: 'sort', label: heard.sort === 'distance' ? '离家近' : '工资高的在前' });
  }
  const keyword = heard.rest[0]?.slice(0, KEYWORD_MAX);
  if (keyword) {
    filters.keyword = keyword;
    chips.push({ kind: 'keyword', label: `“${keyword}”` });
  }
  return { filters, chips, notUnderstood: heard.rest };
}

/** The filters without the one a chip shows (the worker tapped its ×). */
export function withoutChip(filters: SpokenSearch, chip: SearchChip): SpokenSearch {
  const next: SpokenSearch = { ...filters };
  switch (chip.kind) {
    case 'place':
      delete next.province;
      delete next.city;
      delete next.county;
      break;
    case 'category':
      delete next.category;
      break;
    case 'pay':
      delete next.minPayYuan;
      break;
    case 'benefits': {
      const left = (next.benefits ?? []).filter((b) => !chip.benefits.includes(b));
      if (left.length) next.benefits = left;
      else delete next.benefits;
      break;
    }
    case 'payCycle':
      delete next.payCycle;
      break;
    case 'sort':
      delete next.sort;
      break;
    case 'keyword':
      delete next.keyword;
      break;
  }
  return next;
}
