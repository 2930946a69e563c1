import { definePage } from '../../../behaviors/define-page';
import { posterPageBehavior, showPoster } from '../../../behaviors/poster-page';
import { formatDay } from '../../../shared/time';
import { shownError } from '../../../services/errors';
import { call } from '../../../services/call-cloud';

definePage({
  behaviors: [posterPageBehavior],
  data: {
    fairId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    title: '',
    day: '',
    place: '',
    slots: '',
    inviteCode: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        const fairId = this.data.fairId;
        const [fair, poster] = await Promise.all([
          call('fair.get', { fairId }),
          call('fair.invitePoster', { fairId }),
        ]);
        const slots = `时段 ${fair.slots.map((s) => `${s.start}-${s.end}`).join('、')}`;
        await showPoster(
          this,
          `fair-${fairId}-code.png`,
          poster,
          {
            title: fair.title,
            day: formatDay(fair.day),
            place: `${fair.village} ${fair.address}`,
            detail: slots,
            scan: '微信扫一扫，选时段报名',
            foot: '分时段入场不扎堆 · 求职不收取任何费用',
          },
          {
            state: 'ready',
            title: fair.title,
            day: `📅 ${formatDay(fair.day)}`,
            place: `📍 ${fair.village} ${fair.address}`,
            slots,
            inviteCode: fair.inviteCode,
          },
        );
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    onShareAppMessage() {
      return {
        title: `${this.data.title}，${this.data.day.replace('📅 ', '')}，点开选时段报名`,
        path: this.data.sharePath,
      };
    },
  },
});
