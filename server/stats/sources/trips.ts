import type { StatTable } from '../../../miniprogram/shared/index';
import { COLLECTIONS, type TripDoc } from '../../collections';
import type { Store } from '../../db';
import { figure, firstDayOf, weekOf, type SourceInput, type StatSourceDef } from '../source';
import { heldOnShownDays, heldTable } from '../held';

type TripRow = Pick<TripDoc, '_id' | 'title' | 'day' | 'town' | 'seats' | 'to'> & {
  region: TripDoc['region'];
};

/** Where a need comes from, and where a trip leaves from, by level (省 市 县 乡镇 村). */
const NEED_FIELDS = ['from.province', 'from.city', 'from.county', 'from.town', 'from.village'];
const TRIP_FIELDS = ['region.province', 'region.city', 'region.county', 'town'];
/** Needs that still stand or found their seat (withdrawn ones are not counted). */
const NEED_STATUSES = ['open', 'matched'];

/** Per departure day and destination (and the place one level down): needs and their people. */
interface NeedGroupRow {
  _id: { day: string; city: string; child: string | null };
  needs: number;
  people: number;
}

/**
 * The needs of people from here leaving on these days, grouped by the database (index
 * fromArea_status_earliestDay).
 */
async function needsBetween(input: SourceInput, from: string, to: string) {
  const _ = input.store.command;
  const $ = _.aggregate;
  const where: Record<string, unknown> = {
    status: _.in(NEED_STATUSES),
    earliestDay: _.gte(from).and(_.lte(to)),
  };
  input.scope.path.forEach((name, i) => {
    where[NEED_FIELDS[i]!] = name;
  });
  const child = NEED_FIELDS[input.scope.path.length];
  return input.store.aggregate<NeedGroupRow>(COLLECTIONS.travelNeeds, (agg) =>
    agg.match(where).group({
      _id: { day: '$earliestDay', city: '$to.city', child: child ? `$${child}` : null },
      needs: $.sum(1),
      people: $.sum('$people'),
    }),
  );
}

/** The trips leaving from here on the days shown (not cancelled). */
const tripsShown = (input: SourceInput) =>
  heldOnShownDays<TripRow>(input, COLLECTIONS.trips, {
    levels: TRIP_FIELDS,
    statuses: ['open', 'departed'],
    fields: ['_id', 'title', 'day', 'town', 'seats', 'to', 'region'],
  });

/** Seats booked (booked or boarded; the waiting list is not a seat) and boarded, per trip. */
async function bookingsByTrip(
  store: Store,
  tripIds: string[],
): Promise<{ booked: Map<string, number>; boarded: Map<string, number> }> {
  const _ = store.command;
  const $ = _.aggregate;
  const booked = new Map<string, number>();
  const boarded = new Map<string, number>();
  for (let i = 0; i < tripIds.length; i += 500) {
    const rows = await store.aggregate<{ _id: { trip: string; status: string }; n: number }>(
      COLLECTIONS.tripBookings,
      (agg) =>
        agg
          .match({ tripId: _.in(tripIds.slice(i, i + 500)), status: _.in(['booked', 'boarded']) })
          .group({ _id: { trip: '$tripId', status: '$status' }, n: $.sum(1) }),
    );
    for (const r of rows) {
      booked.set(r._id.trip, (booked.get(r._id.trip) ?? 0) + r.n);
      if (r._id.status === 'boarded') boarded.set(r._id.trip, r.n);
    }
  }
  return { booked, boarded };
}

/** Rows of [登记人数, 车次, 订座, 上车] by a label, biggest first. */
class Tally {
  private readonly rows = new Map<string, number[]>();
  add(label: string, values: readonly [number, number, number, number]): void {
    const row = this.rows.get(label) ?? [0, 0, 0, 0];
    values.forEach((v, i) => (row[i]! += v));
    this.rows.set(label, row);
  }
  labels(): string[] {
    return [...this.rows.keys()];
  }
  table(key: string, title: string, words: string, heading: string): StatTable | null {
    if (this.rows.size === 0) return null;
    return {
      key,
      title,
      words,
      columns: [heading, '登记人数', '车次', '订座', '上车'],
      rows: [...this.rows]
        .map(([label, values]) => ({ label, values }))
        .sort(
          (a, b) =>
            b.values[0]! + b.values[2]! - (a.values[0]! + a.values[2]!) ||
            a.label.localeCompare(b.label, 'zh'),
        ),
    };
  }
}

/**
 * 返岗直达: people from here who registered to travel back to work (by the day they can leave),
 * the trips that left from here, the seats booked on them and who boarded, by destination and by
 * the place one level down. Trips know the town they leave from at most.
 */
export const trips: StatSourceDef = {
  key: 'trips',
  title: '返岗直达',
  deepest: 4,
  headline: ['people', 'booked', 'boarded'],
  async read(input) {
    const { period, weeks } = input;
    const first = firstDayOf(input);
    const [needRows, allTrips] = await Promise.all([
      needsBetween(input, first, period.to),
      tripsShown(input),
    ]);
    const { booked, boarded } = await bookingsByTrip(
      input.store,
      allTrips.map((t) => t._id),
    );
    const inPeriod = (day: string): boolean => day >= period.from && day <= period.to;

    const byCity = new Tally();
    const byChild = new Tally();
    const peopleWeekly = weeks.map(() => 0);
    const bookedWeekly = weeks.map(() => 0);
    let needs = 0;
    let people = 0;
    for (const r of needRows) {
      const w = weekOf(weeks, r._id.day);
      if (w >= 0) peopleWeekly[w]! += r.people;
      if (!inPeriod(r._id.day)) continue;
      needs += r.needs;
      people += r.people;
      byCity.add(r._id.city, [r.people, 0, 0, 0]);
      if (r._id.child) byChild.add(r._id.child, [r.people, 0, 0, 0]);
    }
    const depth = input.scope.path.length;
    const tripsHere = allTrips.filter((t) => inPeriod(t.day));
    let seatsBooked = 0;
    let seatsBoarded = 0;
    for (const t of allTrips) {
      const w = weekOf(weeks, t.day);
      if (w >= 0) bookedWeekly[w]! += booked.get(t._id) ?? 0;
    }
    for (const t of tripsHere) {
      const b = booked.get(t._id) ?? 0;
      const on = boarded.get(t._id) ?? 0;
      seatsBooked += b;
      seatsBoarded += on;
      byCity.add(t.to.city, [0, 1, b, on]);
      const child = [t.region.province, t.region.city, t.region.county, t.town][depth];
      if (child) byChild.add(child, [0, 1, b, on]);
    }

    const tables: StatTable[] = [];
    const dest = byCity.table(
      'trips.byDestination',
      '去哪里',
      '按要去的城市分：登记了要走的人，发的车，订座和上车的人',
      '城市',
    );
    if (dest) tables.push(dest);
    if (input.childWord) {
      const places = byChild.table('trips.byPlace', '各地', '按从哪里走分', input.childWord);
      if (places) tables.push(places);
    }
    tables.push(
      ...heldTable(
        {
          key: 'trips.list',
          title: '每趟车',
          words: '这段时间从这里发的车（取消的不算）',
          columns: ['车次', '座位', '订座', '上车'],
        },
        tripsHere,
        (t) => [t.seats, booked.get(t._id) ?? 0, boarded.get(t._id) ?? 0],
      ),
    );
    return {
      places: byChild.labels(),
      source: {
        figures: [
          figure(
            'people',
            '登记要走',
            people,
            '人',
            '这段时间要出门务工、登记了坐车的人（算上一起走的家人，含代登记，撤回的不算）',
          ),
          figure('needs', '出行登记', needs, '份', '一份登记可以是一家几口人'),
          figure(
            'trips',
            '发车',
            tripsHere.length,
            '趟',
            '从这里发的专车、专列、包车（取消的不算）',
          ),
          figure('booked', '订座', seatsBooked, '人', '这些车上订了座的人，含代订，排队的不算'),
          figure('boarded', '上车', seatsBoarded, '人', '在上车点核验上了车的人'),
        ],
        tables,
        trends: [
          {
            key: 'trips.weekly',
            title: '每周登记和订座',
            words: '登记按最早哪天走、订座按发车的日子算在哪一周',
            chart: 'bar',
            weeks,
            series: [
              { key: 'people', label: '登记要走', values: peopleWeekly },
              { key: 'booked', label: '订座', values: bookedWeekly },
            ],
          },
        ],
      },
    };
  },
};
