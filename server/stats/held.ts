import {
  addDays,
  formatDay,
  startOfChinaDay,
  type StatTable,
} from '../../miniprogram/shared/index';
import type { CollectionName } from '../collections';
import { firstDayOf, type SourceInput } from './source';

/** What the sources of things held on a day (fairs, trips) share. */

/** A table of one row per fair or trip, labelled by its day and title; none without any. */
export function heldTable<T extends { day: string; title: string }>(
  head: Omit<StatTable, 'rows'>,
  held: readonly T[],
  values: (row: T) => number[],
): StatTable[] {
  if (!held.length) return [];
  const label = (x: T): string => `${formatDay(x.day).split(' ')[0]} ${x.title}`;
  return [{ ...head, rows: held.map((x) => ({ label: label(x), values: values(x) })) }];
}

const HELD_PAGE = 1000;

/**
 * The fairs or trips of the place (`levels`: the field of each level of the scope's path) in these
 * statuses held on the days the source shows (firstDayOf to the period's end), read a thousand at
 * a time; index region_dayStart.
 */
export async function heldOnShownDays<T>(
  input: SourceInput,
  collection: CollectionName,
  held: { levels: readonly string[]; statuses: string[]; fields: (keyof T & string)[] },
): Promise<T[]> {
  const _ = input.store.command;
  const from = startOfChinaDay(firstDayOf(input));
  const where: Record<string, unknown> = {
    dayStart: _.gte(from).and(_.lt(startOfChinaDay(addDays(input.period.to, 1)))),
    status: _.in(held.statuses),
  };
  input.scope.path.forEach((name, i) => {
    where[held.levels[i]!] = name;
  });
  const fields = Object.fromEntries(held.fields.map((f) => [f, true]));
  const out: T[] = [];
  for (let skip = 0; ; skip += HELD_PAGE) {
    const page = await input.store.find<T>(collection, where, {
      skip,
      limit: HELD_PAGE,
      orderBy: [['dayStart', 'asc']],
      fields,
    });
    out.push(...page);
    if (page.length < HELD_PAGE) return out;
  }
}
