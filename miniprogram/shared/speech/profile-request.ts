import { JOB_CATEGORY_LABELS, type JobCategory } from '../catalog/job-categories';
import { monthlyEquivalentYuan } from '../catalog/pay';
import { REGIONS } from '../catalog/regions';
import { WORK_AREA_LABELS } from '../catalog/statuses';
import type { WorkerProfile } from '../models/worker-profile';
import { spokenPayLabel, type SpeakerContext } from './job-request';
import { isWithin, type HeardPlace } from './places';
import { hear } from './scan';

/** The 求职意向 fields one sentence can fill; the worker confirms them on the form. */
export type SpokenProfile = Partial<
  Pick<WorkerProfile, 'categories' | 'expectedPayYuan' | 'workArea' | 'cities'>
>;

export type ProfileChip =
  | { kind: 'category'; label: string; category: JobCategory }
  | { kind: 'pay' | 'workArea'; label: string };

export interface UnderstoodProfile {
  fields: SpokenProfile;
  chips: ProfileChip[];
  notUnderstood: string[];
}

/** The profile's limits (models/worker-profile.ts). */
const MAX_CATEGORIES = 5;
const MAX_CITIES = 5;

/** The cities a place stands for in 外出打工: its own, or a province's cities in the catalog. */
function citiesOf(place: HeardPlace): string[] {
  if (place.city) return [place.city];
  return REGIONS.filter((p) => p.province === place.province).flatMap((p) =>
    p.cities.map((c) => c.city),
  );
}

function workAreaOf(
  heard: ReturnType<typeof hear>,
  home: SpeakerContext['home'],
): Pick<SpokenProfile, 'workArea' | 'cities'> | undefined {
  if (heard.sort === 'distance') return { workArea: 'nearHome' };
  // Where they are from (我是浦北的) is their home, not where they want to work.
  const wanted = heard.places.filter((p) => !p.origin).map((p) => p.place);
  if (wanted.length) {
    if (home && wanted.every((p) => p.county && isWithin(p, home))) return { workArea: 'county' };
    const cities = [...new Set(wanted.flatMap(citiesOf))].slice(0, MAX_CITIES);
    return { workArea: 'cities', cities };
  }
  if (heard.homeArea) return { workArea: heard.homeArea };
  return undefined;
}

/**
 * Understands a 求职意向 said in one sentence (我会木工 想在家附近 一个月四千以上): the 工种, the
 * expected monthly pay and where the worker wants to work.
 */
export function understandProfileRequest(
  sentence: string,
  context: SpeakerContext = {},
): UnderstoodProfile {
  const heard = hear(sentence);
  const fields: SpokenProfile = {};
  const chips: ProfileChip[] = [];

  const categories = heard.categories.slice(0, MAX_CATEGORIES);
  if (categories.length) {
    fields.categories = categories;
    for (const category of categories) {
      chips.push({ kind: 'category', label: JOB_CATEGORY_LABELS[category], category });
    }
  }
  if (heard.pay) {
    const monthly = monthlyEquivalentYuan(heard.pay.amount, heard.pay.unit);
    fields.expectedPayYuan = monthly;
    const label = `期望${spokenPayLabel(heard.pay)}`;
    chips.push({
      kind: 'pay',
      label: heard.pay.unit === 'month' ? label : `${label}（约每月${monthly}元）`,
    });
  }
  const area = workAreaOf(heard, context.home);
  if (area?.workArea) {
    Object.assign(fields, area);
    chips.push({
      kind: 'workArea',
      label: area.cities ? `去${area.cities.join('、')}` : WORK_AREA_LABELS[area.workArea],
    });
  }
  return { fields, chips, notUnderstood: heard.rest };
}
