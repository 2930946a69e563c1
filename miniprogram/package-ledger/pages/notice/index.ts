import { definePage } from '../../../behaviors/define-page';
import { formatDay } from '../../../shared/time';
import { shownError } from '../../../services/errors';
import { call } from '../../lib/cloud';

/** The public 公示 of a 公益性岗位: who is proposed, names partly masked, and until when. */
definePage({
  data: {
    publicJobId: '',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    title: '',
    place: '',
    subsidy: '',
    people: [] as { name: string; village: string; when: string }[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ publicJobId: query['publicJobId'] ?? '' });
      void this.load();
    },

    async load() {
      try {
        const n = await call('publicJob.notice', { publicJobId: this.data.publicJobId });
        this.setData({
          state: 'ready',
          title: `${n.position}拟聘人员公示`,
          place: n.village ? `${n.town} ${n.village}` : n.town,
          subsidy: `每月补贴${n.subsidyYuan}元`,
          people: n.people.map((p) => ({
            name: p.maskedName,
            village: p.village,
            when:
              p.noticeFrom && p.noticeUntil
                ? `${formatDay(p.noticeFrom)} 到 ${formatDay(p.noticeUntil)}`
                : '',
          })),
        });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },
  },
});
