import { definePage } from '../../../behaviors/define-page';
import { callCloud } from '../../../services/call-cloud';
import { messageOf } from '../../../services/errors';
import { addDays, formatDay } from '../../../shared/index';
import type { NeedGroup } from '../../../shared/models/trip';

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

definePage({
  data: {
    state: 'loading',
    message: '',
    groups: [] as GroupView[],
    totals: '',
  },
  methods: {
    onLoad() {
      void this.load();
    },
    onPullDownRefresh() {
      void this.load().then(() => wx.stopPullDownRefresh());
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
  },
});
