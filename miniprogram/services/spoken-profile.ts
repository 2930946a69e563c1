/** A 求职意向 said in one sentence, as the changes it makes to the profile form. */
import type { ChipOption } from '../components/chip-group/types';
import type { SpokenProfile, WorkArea } from '../shared/index';

export interface ProfileFormPatch {
  categories?: string[];
  pay?: string;
  /** The pay chips, with the amount said when it is not one of them (4500元). */
  payOptions?: ChipOption[];
  workArea?: WorkArea;
  cities?: string[];
}

/** What the form shows after the worker confirmed what they said. */
export function profileFormPatch(
  fields: SpokenProfile,
  payOptions: readonly ChipOption[],
): ProfileFormPatch {
  const patch: ProfileFormPatch = {};
  if (fields.categories?.length) patch.categories = [...fields.categories];
  if (fields.expectedPayYuan) {
    const pay = String(fields.expectedPayYuan);
    patch.pay = pay;
    if (!payOptions.some((o) => o.value === pay)) {
      patch.payOptions = [...payOptions, { value: pay, label: `${pay}元` }].sort(
        (a, b) => Number(a.value) - Number(b.value),
      );
    }
  }
  if (fields.workArea) {
    patch.workArea = fields.workArea;
    if (fields.workArea === 'cities') patch.cities = [...(fields.cities ?? [])];
  }
  return patch;
}
