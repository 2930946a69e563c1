import { addDays, FOCUS_GROUP_LABELS, type FocusGroup } from '../../../miniprogram/shared/index';
import { COLLECTIONS } from '../../collections';
import { firstDayOf, figure, type SourceInput, type StatSourceDef } from '../source';

// 劳动力台账 and 公益性岗位 of a place, counted by the database: workforcePeople by the index
// region_town_village (people) and region_town_placedDay (placed), publicJobs by region_createdAt.
// 重点人群 appear as counts only; the dashboard is for the area's admins and cadres.

const PLACE_FIELDS = ['region.province', 'region.city', 'region.county', 'town', 'village'];

function placeWhere(input: SourceInput): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  input.scope.path.forEach((name, i) => {
    where[PLACE_FIELDS[i]!] = name;
  });
  return where;
}

/** The field naming a place one level down ('$town', '$village'), or null at the village. */
function childField(input: SourceInput): string | null {
  const depth = input.scope.path.length;
  return depth === 3 ? '$town' : depth === 4 ? '$village' : null;
}

type Row<K> = { _id: K; n: number };

/** 劳动力台账: the people the cadres keep, who was placed, 重点人群 placed, 公益岗 filled. */
export const ledger: StatSourceDef = {
  key: 'ledger',
  title: '劳动力台账',
  deepest: 5,
  headline: ['people', 'placed', 'publicJobOnDuty'],
  async read(input) {
    const { store, period, weeks } = input;
    const _ = store.command;
    const $ = _.aggregate;
    const place = placeWhere(input);
    const child = childField(input);
    const first = firstDayOf(input);
    const placedBetween = (from: string) => ({
      ...place,
      'placed.day': _.gte(from).and(_.lte(period.to)),
    });
    const [people, placed, focusPlaced, posts] = await Promise.all([
      store.aggregate<Row<string | null> & { looking: number }>(
        COLLECTIONS.workforcePeople,
        (agg) =>
          agg.match(place).group({
            _id: child ?? null,
            n: $.sum(1),
            looking: $.sum($.cond({ if: $.eq(['$looking', true]), then: 1, else: 0 })),
          }),
      ),
      store.aggregate<Row<{ day: string; child: string | null }>>(
        COLLECTIONS.workforcePeople,
        (agg) =>
          agg
            .match(placedBetween(first))
            .group({ _id: { day: '$placed.day', child: child ?? null }, n: $.sum(1) }),
      ),
      store.aggregate<Row<FocusGroup>>(COLLECTIONS.workforcePeople, (agg) =>
        agg
          .match({ ...placedBetween(period.from), focusGroup: _.exists(true) })
          .group({ _id: '$focusGroup', n: $.sum(1) }),
      ),
      store.aggregate<{ _id: null; posts: number; headcount: number; onDuty: number }>(
        COLLECTIONS.publicJobs,
        (agg) =>
          agg.match({ ...place, status: _.in(['open', 'closed']) }).group({
            _id: null,
            posts: $.sum(1),
            headcount: $.sum('$headcount'),
            onDuty: $.sum('$onDuty'),
          }),
      ),
    ]);

    const total = people.reduce((n, r) => n + r.n, 0);
    const looking = people.reduce((n, r) => n + r.looking, 0);
    const inPeriod = placed.filter((r) => r._id.day >= period.from);
    const placedNow = inPeriod.reduce((n, r) => n + r.n, 0);
    const focusNow = focusPlaced.reduce((n, r) => n + r.n, 0);
    const jobs = posts[0] ?? { posts: 0, headcount: 0, onDuty: 0 };

    const weekly = weeks.map(() => 0);
    for (const r of placed) {
      const w = weeks.findIndex((wk) => r._id.day >= wk && r._id.day < addDays(wk, 7));
      if (w >= 0) weekly[w]! += r.n;
    }

    const tables = [];
    const placedByChild = new Map<string, number>();
    for (const r of inPeriod) {
      if (r._id.child) placedByChild.set(r._id.child, (placedByChild.get(r._id.child) ?? 0) + r.n);
    }
    const children = people.filter((r): r is typeof r & { _id: string } => !!r._id);
    if (child && input.childWord && children.length) {
      tables.push({
        key: 'ledger.byPlace',
        title: '各地台账',
        words: '按台账里登记的乡镇或村分',
        columns: [input.childWord, '台账人数', '还在找', '这段时间就业'],
        rows: children
          .map((r) => ({ label: r._id, values: [r.n, r.looking, placedByChild.get(r._id) ?? 0] }))
          .sort((a, b) => b.values[0]! - a.values[0]! || a.label.localeCompare(b.label, 'zh')),
      });
    }
    if (focusPlaced.length) {
      tables.push({
        key: 'ledger.focusPlaced',
        title: '重点人群就业',
        words: '这段时间就业的重点人群，只有人数',
        columns: ['类别', '就业'],
        rows: focusPlaced
          .map((r) => ({ label: FOCUS_GROUP_LABELS[r._id], values: [r.n] }))
          .sort((a, b) => b.values[0]! - a.values[0]!),
      });
    }

    return {
      places: children.map((r) => r._id),
      source: {
        figures: [
          figure('people', '台账人数', total, '人', '村干部在劳动力台账里登记的人，到今天为止'),
          figure('looking', '还在找活', looking, '人', '台账里还没就业、想干活的人'),
          figure(
            'placed',
            '就业',
            placedNow,
            '人',
            '这段时间台账里就业的人（乡聘录用、招聘会达成意向、公益岗、自己找到）',
          ),
          figure(
            'focusPlaced',
            '重点人群就业',
            focusNow,
            '人',
            '这段时间就业的人里，重点人群的人数',
          ),
          figure(
            'publicJobOnDuty',
            '公益岗在岗',
            jobs.onDuty,
            '人',
            `公益性岗位已上岗的人，${jobs.posts}个岗位共招${jobs.headcount}人`,
          ),
        ],
        tables,
        trends: [
          {
            key: 'ledger.weekly',
            title: '每周台账就业',
            words: '按就业的日子算在哪一周',
            chart: 'bar',
            weeks,
            series: [{ key: 'placed', label: '就业', values: weekly }],
          },
        ],
      },
    };
  },
};
