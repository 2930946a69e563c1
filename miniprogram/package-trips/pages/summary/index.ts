import { definePage } from '../../../behaviors/define-page';
import { callCloud } from '../../lib/cloud';
import { messageOf } from '../../../services/errors';
import { addDays, formatDay } from '../../../shared/index';
import {
  TRIP_MODE_LABELS,
  TRIP_STATUS_LABELS,
  type NeedGroup,
  type TripCard,
} from '../../models/trip';

interface GroupView {
  key: string;
  city: string;
  week: string;
  people: string;
  withJob: string;
  employers: string;
  towns: string;
}

/** '2月16日 周一 – 2月22日 周日'. */
function weekText(monday: string): string {
  return `${formatDay(monday)} – ${formatDay(addDays(monday, 6))}`;
}

function groupView(g: NeedGroup): GroupView {
  const list = (xs: { name: string; people: number }[]) =>
    xs.map((x) => `${x.name} ${x.people}人`).join('、');
  return {
    key: `${g.city}|${g.week}`,
    city: g.city,
    week: weekText(g.week),
    people: `${g.people}人（${g.needs}份登记）`,
    withJob: g.withJob ? `${g.withJob}人已找好工作` : '',
    employers: list(g.employers),
    towns: list(g.towns),
  };
}

interface TripLine {
  id: string;
  title: string;
  when: string;
  seats: string;
  status: string;
}

function tripLine(t: TripCard): TripLine {
  return {
    id: t._id,
    title: `${TRIP_MODE_LABELS[t.mode]} ${t.title}`,
    when: `${formatDay(t.day)} ${t.time}，到 ${t.toCity} ${t.employerName}`,
    seats: `订了${t.seats - t.seatsLeft}/${t.seats}座`,
    status: TRIP_STATUS_LABELS[t.status],
  };
}

definePage({
  data: {
    state: 'loading',
    message: '',
    groups: [] as GroupView[],
    totals: '',
    /** The trips the caller organises (boarding and the roster are on each trip's page). */
    trips: [] as TripLine[],
  },
  methods: {
    onLoad() {
      void this.load();
      void this.loadTrips();
    },
    onPullDownRefresh() {
      void Promise.all([this.load(), this.loadTrips()]).then(() => wx.stopPullDownRefresh());
    },

    async load() {
      try {
        const { groups, totals } = await callCloud('travel.summary', {});
        this.setData({
          state: groups.length ? 'idle' : 'empty',
          groups: groups.map(groupView),
          totals: `共${totals.people}人要走，${totals.needs}份登记`,
        });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    async loadTrips() {
      try {
        const page = await callCloud('trip.list', { mine: true });
        this.setData({ trips: page.items.map(tripLine) });
      } catch {
        // The summary stands on its own; the list shows when it loads.
      }
    },

    onNewTrip() {
      wx.navigateTo({ url: '/package-trips/pages/trip-edit/index' });
    },

    /** 代登记 of a villager's travel need (the need page in its cadre mode). */
    onProxyNeed() {
      wx.navigateTo({ url: '/package-trips/pages/need/index?proxy=1' });
    },

    onTrip(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset['id']);
      wx.navigateTo({ url: `/package-trips/pages/trip/index?id=${id}` });
    },
  },
});
