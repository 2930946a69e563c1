import { addDays, type DayString } from '../../miniprogram/shared/index';
import { COLLECTIONS } from '../collections';
import { isDuplicateKey, type Store } from '../db';
import { placeKey, type PlacePath } from './scope';

/**
 * Figures kept on write: one document per place and China day (and one per place for all time,
 * day ALL), each a map of counts. A write adds to the document of every level of its place
 * (省, 市, 县, 乡镇, 村) with an atomic increment, so a dashboard reads a few dozen documents
 * whatever the size of the county. Housekeeping recounts yesterday from the records (drift).
 */
export const ALL = 'all';

export type Counts = Record<string, number>;

export interface CounterDoc {
  /** `${placeKey}|${day}` */
  _id: string;
  place: string;
  /** The place one level up ('' for a province). */
  parent: string;
  /** Last name of the path (the 乡镇 or 村 itself). */
  name: string;
  depth: number;
  day: string;
  c: Counts;
}

export function counterId(path: PlacePath, day: string): string {
  return `${placeKey(path)}|${day}`;
}

async function addTo(store: Store, path: PlacePath, day: string, counts: Counts): Promise<void> {
  const _ = store.command;
  const _id = counterId(path, day);
  const inc = Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, _.inc(n)]));
  if (await store.update(COLLECTIONS.statCounters, { _id }, { c: inc })) return;
  const doc: CounterDoc = {
    _id,
    place: placeKey(path),
    parent: placeKey(path.slice(0, -1)),
    name: path[path.length - 1] ?? '',
    depth: path.length,
    day,
    c: counts,
  };
  try {
    await store.insert(COLLECTIONS.statCounters, doc);
  } catch (err) {
    // Another write made the document first: add to it.
    if (!isDuplicateKey(err)) throw err;
    await store.update(COLLECTIONS.statCounters, { _id }, { c: inc });
  }
}

/** Adds counts to a place (and every place above it) for a day, and for all time when asked. */
export async function bump(
  store: Store,
  path: PlacePath,
  day: DayString,
  counts: Counts,
  options: { allTime?: boolean; levels?: 'all' | 'self' } = {},
): Promise<void> {
  const days = options.allTime ? [day, ALL] : [day];
  const writes: Promise<void>[] = [];
  const top = options.levels === 'self' ? path.length : 1;
  for (let depth = top; depth <= path.length; depth++) {
    for (const d of days) writes.push(addTo(store, path.slice(0, depth), d, counts));
  }
  await Promise.all(writes);
}

function addCounts(into: Counts, from: Counts | undefined): Counts {
  for (const [k, n] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + n;
  return into;
}

/** The counts of one place, day by day (days without a write are absent). */
export async function readDays(
  store: Store,
  path: PlacePath,
  days: readonly string[],
): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (let i = 0; i < days.length; i += 500) {
    const ids = days.slice(i, i + 500).map((d) => counterId(path, d));
    const docs = await store.byIds<CounterDoc>(COLLECTIONS.statCounters, ids, {
      day: true,
      c: true,
    });
    for (const doc of docs) out.set(doc.day, doc.c);
  }
  return out;
}

/** The places one level below, each with its counts summed over the days. */
export async function readChildren(
  store: Store,
  path: PlacePath,
  days: readonly string[],
): Promise<Map<string, Counts>> {
  const _ = store.command;
  const out = new Map<string, Counts>();
  const PAGE = 1000;
  for (let i = 0; i < days.length; i += 100) {
    const chunk = days.slice(i, i + 100);
    for (let skip = 0; ; skip += PAGE) {
      const docs = await store.find<CounterDoc>(
        COLLECTIONS.statCounters,
        { parent: placeKey(path), day: _.in(chunk) },
        { skip, limit: PAGE, fields: { name: true, c: true } },
      );
      for (const doc of docs) out.set(doc.name, addCounts(out.get(doc.name) ?? {}, doc.c));
      if (docs.length < PAGE) break;
    }
  }
  return out;
}

/** Sums day counts over some days. */
export function sumDays(byDay: ReadonlyMap<string, Counts>, days: readonly string[]): Counts {
  const out: Counts = {};
  for (const d of days) addCounts(out, byDay.get(d));
  return out;
}

/** The seven days of the week starting on a Monday. */
export function weekDays(monday: DayString): DayString[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
