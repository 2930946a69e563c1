import { COLLECTIONS, type FairDoc, type FairSignupDoc, type FairSlotDoc } from '../../collections';
import type { Store } from '../../db';
import { figure, weekOf, type SourceInput, type StatSourceDef } from '../source';
import { heldOnShownDays, heldTable } from '../held';

type FairRow = Pick<FairDoc, '_id' | 'title' | 'day' | 'town' | 'village' | 'status'>;

const PLACE_FIELDS = ['region.province', 'region.city', 'region.county', 'town', 'village'];
const PAGE = 1000;

/** The fairs of the place held on the days shown (not cancelled). */
const fairsShown = (input: SourceInput) =>
  heldOnShownDays<FairRow>(input, COLLECTIONS.fairs, {
    levels: PLACE_FIELDS,
    statuses: ['upcoming', 'finished'],
    fields: ['_id', 'title', 'day', 'town', 'village', 'status'],
  });

/** Per fair, how many a collection holds (of a status), grouped by the database. */
async function countByFair(
  store: Store,
  name: typeof COLLECTIONS.fairSignups | typeof COLLECTIONS.fairAgreements,
  fairIds: string[],
  extra: Partial<Pick<FairSignupDoc, 'status'>> = {},
): Promise<Map<string, number>> {
  const _ = store.command;
  const $ = _.aggregate;
  const out = new Map<string, number>();
  for (let i = 0; i < fairIds.length; i += 500) {
    const rows = await store.aggregate<{ _id: string; n: number }>(name, (agg) =>
      agg
        .match({ fairId: _.in(fairIds.slice(i, i + 500)), ...extra })
        .group({ _id: '$fairId', n: $.sum(1) }),
    );
    for (const r of rows) out.set(r._id, r.n);
  }
  return out;
}

/** Seats taken per fair: capacity less seats left, over its slots. */
async function signupsByFair(store: Store, fairIds: string[]): Promise<Map<string, number>> {
  const _ = store.command;
  const out = new Map<string, number>();
  for (let i = 0; i < fairIds.length; i += 100) {
    for (let skip = 0; ; skip += PAGE) {
      const slots = await store.find<Pick<FairSlotDoc, 'fairId' | 'capacity' | 'seatsLeft'>>(
        COLLECTIONS.fairSlots,
        { fairId: _.in(fairIds.slice(i, i + 100)) },
        { skip, limit: PAGE, fields: { fairId: true, capacity: true, seatsLeft: true } },
      );
      for (const s of slots) {
        out.set(s.fairId, (out.get(s.fairId) ?? 0) + Math.max(0, s.capacity - s.seatsLeft));
      }
      if (slots.length < PAGE) break;
    }
  }
  return out;
}

const sum = (ids: string[], by: Map<string, number>): number =>
  ids.reduce((n, id) => n + (by.get(id) ?? 0), 0);

const FAIR_LIST = {
  key: 'fairs.list',
  title: '每场招聘会',
  words: '这段时间在这里办的招聘会（已取消的不算）',
  columns: ['招聘会', '报名', '签到', '达成意向'],
};

/** 招聘会: fairs held here, their sign-ups, check-ins and agreements (达成意向). */
export const fairs: StatSourceDef = {
  key: 'fairs',
  title: '招聘会',
  deepest: 5,
  headline: ['held', 'signups', 'agreements'],
  async read(input) {
    const all = await fairsShown(input);
    const { period, weeks } = input;
    const inPeriod = all.filter((f) => f.day >= period.from && f.day <= period.to);
    const periodIds = inPeriod.map((f) => f._id);
    const [seats, checkedIn, agreements] = await Promise.all([
      signupsByFair(
        input.store,
        all.map((f) => f._id),
      ),
      countByFair(input.store, COLLECTIONS.fairSignups, periodIds, { status: 'checkedIn' }),
      countByFair(input.store, COLLECTIONS.fairAgreements, periodIds),
    ]);
    const today = period.to;
    const held = inPeriod.filter((f) => f.day <= today).length;
    const depth = input.scope.path.length;
    const childOf = (f: FairRow): string | undefined =>
      depth === 3 ? f.town : depth === 4 ? f.village : undefined;
    const byChild = new Map<string, string[]>();
    for (const f of inPeriod) {
      const child = childOf(f);
      if (child) byChild.set(child, [...(byChild.get(child) ?? []), f._id]);
    }
    const fairsWeekly = weeks.map(() => 0);
    const signupsWeekly = weeks.map(() => 0);
    for (const f of all) {
      const w = weekOf(weeks, f.day);
      if (w < 0) continue;
      fairsWeekly[w]! += 1;
      signupsWeekly[w]! += seats.get(f._id) ?? 0;
    }
    const tables = heldTable(FAIR_LIST, inPeriod, (f) => [
      seats.get(f._id) ?? 0,
      checkedIn.get(f._id) ?? 0,
      agreements.get(f._id) ?? 0,
    ]);
    if (byChild.size && input.childWord) {
      tables.push({
        key: 'fairs.byPlace',
        title: '各地招聘会',
        words: '按招聘会所在的地方分',
        columns: [input.childWord, '场次', '报名', '签到', '达成意向'],
        rows: [...byChild].map(([label, ids]) => ({
          label,
          values: [ids.length, sum(ids, seats), sum(ids, checkedIn), sum(ids, agreements)],
        })),
      });
    }
    return {
      places: [...byChild.keys()],
      source: {
        figures: [
          figure('held', '举办场次', held, '场', '这段时间已经办了的招聘会（已取消的不算）'),
          figure('signups', '报名', sum(periodIds, seats), '人', '这些招聘会报上名的人，含代登记'),
          figure(
            'checkedIn',
            '签到',
            sum(periodIds, checkedIn),
            '人',
            '在门口扫码或按名字签到的人',
          ),
          figure(
            'agreements',
            '达成意向',
            sum(periodIds, agreements),
            '份',
            '招聘会上记下的用工意向',
          ),
        ],
        tables,
        trends: [
          // 场次 (a few) and 报名 (hundreds) on one axis would flatten the 场次 bars to nothing:
          // each gets its own chart and scale.
          {
            key: 'fairs.weekly',
            title: '每周办了几场招聘会',
            words: '按招聘会的日子算在哪一周（已取消的不算）',
            chart: 'bar',
            weeks,
            series: [{ key: 'held', label: '场次', values: fairsWeekly }],
          },
          {
            key: 'fairs.signupsWeekly',
            title: '每周招聘会报名人数',
            words: '那一周办的招聘会报上名的人，含代登记',
            chart: 'bar',
            weeks,
            series: [{ key: 'signups', label: '报名', values: signupsWeekly }],
          },
        ],
      },
    };
  },
};
