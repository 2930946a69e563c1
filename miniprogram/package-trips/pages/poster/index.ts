import { definePage } from '../../../behaviors/define-page';
import { posterPageBehavior, showPoster } from '../../../behaviors/poster-page';
import { messageOf } from '../../../services/errors';
import { formatDay } from '../../../shared/index';
import { callCloud } from '../../lib/cloud';

/** 车次海报: the trip's facts above its mini-program code, to print or send to the village groups. */
definePage({
  behaviors: [posterPageBehavior],
  data: {
    tripId: '',
    state: 'loading',
    message: '',
    title: '',
    day: '',
    place: '',
    pickups: '',
    cost: '',
    inviteCode: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ tripId: query['tripId'] ?? '' });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', message: '' });
      try {
        const tripId = this.data.tripId;
        const [trip, poster] = await Promise.all([
          callCloud('trip.get', { tripId }),
          callCloud('trip.invitePoster', { tripId }),
        ]);
        const text = {
          title: trip.title,
          day: `${formatDay(trip.day)} ${trip.time} 发车`,
          place: `直达 ${trip.to.city} ${trip.to.employerName}`,
          detail: `上车点 ${trip.pickups.map((p) => `${p.name} ${p.time}`).join('、')}`,
          scan: '微信扫一扫，选上车点订座',
          foot: `${trip.costLabel} · 出门进车门，下车进厂门`,
        };
        await showPoster(this, `trip-${tripId}-code.png`, poster, text, {
          state: 'idle',
          title: text.title,
          day: text.day,
          place: text.place,
          pickups: text.detail,
          cost: trip.costLabel,
          inviteCode: trip.inviteCode,
        });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onShareAppMessage() {
      return {
        title: `${this.data.day}，${this.data.place}，点开选上车点订座`,
        path: this.data.sharePath,
      };
    },
  },
});
