import { addDays, startOfChinaDay, type DayString } from '../../miniprogram/shared/index';
import { COLLECTIONS, type CollectionName } from '../collections';
import type { Store } from '../db';
import { bump, type CounterDoc, type Counts } from './counters';
import { METRIC } from './record';
import { placeKey } from './scope';

/** A counter of one place and day that did not match its records, and what it was set to. */
export interface CounterDrift {
  place: string;
  day: string;
  metric: string;
  kept: number;
  counted: number;
}

/** Records of one day grouped by home place, counted by the database (index on the time field). */
async function countByHome(
  store: Store,
  name: CollectionName,
  timeField: string,
  day: DayString,
  /** The fields of the home place from the top down, or the one field holding its key. */
  home: readonly string[] | { key: string },
): Promise<Map<string, number>> {
  const homeFields = Array.isArray(home) ? home : [(home as { key: string }).key];
  const _ = store.command;
  const $ = _.aggregate;
  const rows = await store.aggregate<{ _id: Record<string, string | null>; n: number }>(
    name,
    (agg) =>
      agg
        .match({
          [timeField]: _.gte(startOfChinaDay(day)).and(_.lt(startOfChinaDay(addDays(day, 1)))),
        })
        .group({
          _id: Object.fromEntries(homeFields.map((f, i) => [`p${i}`, `$${f}`])),
          n: $.sum(1),
        }),
  );
  // Every level of each home place: a village's records count for its town, county …
  const out = new Map<string, number>();
  for (const row of rows) {
    const names = Array.isArray(home)
      ? homeFields.map((_f, i) => row._id[`p${i}`])
      : (row._id.p0 ?? '').split('/');
    const path: string[] = [];
    for (const name of names) {
      if (!name) break;
      path.push(name);
      const key = placeKey(path);
      out.set(key, (out.get(key) ?? 0) + row.n);
    }
  }
  return out;
}

const USER_HOME = ['province', 'city', 'county', 'town', 'village'].map((f) => `profile.home.${f}`);
const APP_HOME = { key: 'stat.homeKey' };

/**
 * The nightly check of the counters kept on write: a day's registrations, applications and hires
 * are counted again from the records, and each counter that drifted (a function that died between
 * the write and its count) is set right and reported. Runs for a finished day only.
 */
export async function recountDay(store: Store, day: DayString): Promise<CounterDrift[]> {
  const [registered, applications, hires] = await Promise.all([
    countByHome(store, COLLECTIONS.users, 'registeredAt', day, USER_HOME),
    countByHome(store, COLLECTIONS.applications, 'createdAt', day, APP_HOME),
    countByHome(store, COLLECTIONS.applications, 'hiredAt', day, APP_HOME),
  ]);
  const counted: [string, Map<string, number>][] = [
    [METRIC.registered, registered],
    [METRIC.applications, applications],
    [METRIC.hires, hires],
  ];
  const kept = new Map<string, Counts>();
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find<CounterDoc>(
      COLLECTIONS.statCounters,
      { day },
      { skip, limit: 1000, orderBy: [['_id', 'asc']], fields: { place: true, c: true } },
    );
    for (const doc of page) kept.set(doc.place, doc.c);
    if (page.length < 1000) break;
  }
  const drifts: CounterDrift[] = [];
  for (const [metric, byPlace] of counted) {
    const places = new Set([
      ...byPlace.keys(),
      ...[...kept].filter(([, c]) => c[metric]).map(([p]) => p),
    ]);
    for (const place of places) {
      const want = byPlace.get(place) ?? 0;
      const have = kept.get(place)?.[metric] ?? 0;
      if (want !== have) drifts.push({ place, day, metric, kept: have, counted: want });
    }
  }
  // Put each right at its own level only (bump would add to the places above too).
  for (const d of drifts) {
    const path = d.place.split('/');
    await bump(store, path, day, { [d.metric]: d.counted - d.kept }, { levels: 'self' });
    if (d.metric === METRIC.registered) {
      await bump(store, path, 'all', { [d.metric]: d.counted - d.kept }, { levels: 'self' });
    }
  }
  return drifts;
}
