import { definePage } from '../../../behaviors/define-page';
import { formatDay } from '../../../shared/time';
import { isCancel, isDenied, saveToAlbum, writeUserFile } from '../../../services/files';
import { confirm, toast } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { composePoster, FAIR_CTA, TRIP_CTA, type PosterText } from '../../lib/poster';
import { call } from '../../../services/call-cloud';

definePage({
  data: {
    fairId: '',
    /** The poster of a 返岗直达 trip (trip.invitePoster) rather than a fair's. */
    tripId: '',
    cta: FAIR_CTA,
    footer: '求职不收取任何费用',
    state: 'loading' as 'loading' | 'ready' | 'error',
    loadError: '',
    title: '',
    day: '',
    place: '',
    slots: '',
    inviteCode: '',
    qrPath: '',
    posterPath: '',
    sharePath: '',
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '', tripId: query['tripId'] ?? '' });
      void this.load();
    },

    async load() {
      this.setData({ state: 'loading', loadError: '' });
      try {
        if (this.data.tripId) {
          await this.loadTrip(this.data.tripId);
          return;
        }
        const fairId = this.data.fairId;
        const [fair, poster] = await Promise.all([
          call('fair.get', { fairId }),
          call('fair.invitePoster', { fairId }),
        ]);
        const qrPath = await writeUserFile(`fair-${fairId}-code.png`, poster.imageBase64, 'base64');
        const text = {
          title: fair.title,
          day: `📅 ${formatDay(fair.day)}`,
          place: `📍 ${fair.village} ${fair.address}`,
          slots: `时段 ${fair.slots.map((s) => `${s.start}-${s.end}`).join('、')}`,
        };
        this.setData({
          state: 'ready',
          title: text.title,
          day: text.day,
          place: text.place,
          slots: text.slots,
          inviteCode: fair.inviteCode,
          qrPath,
          posterPath: qrPath,
          sharePath: `/${poster.page.replace(/^\//, '')}?scene=${encodeURIComponent(poster.scene)}`,
        });
        const composed = await composePoster(qrPath, {
          title: text.title,
          day: formatDay(fair.day),
          place: `${fair.village} ${fair.address}`,
          slots: text.slots,
        });
        if (composed) this.setData({ posterPath: composed });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    /** A trip's poster: when it leaves, where to, the pick-up points, what it costs. */
    async loadTrip(tripId: string) {
      const [trip, poster] = await Promise.all([
        call('trip.get', { tripId }),
        call('trip.invitePoster', { tripId }),
      ]);
      const qrPath = await writeUserFile(`trip-${tripId}-code.png`, poster.imageBase64, 'base64');
      const when = `${formatDay(trip.day)} ${trip.time} 发车`;
      const text: PosterText = {
        title: trip.title,
        day: when,
        place: `到 ${trip.to.city} ${trip.to.employerName}`,
        slots: `上车点 ${trip.pickups.map((p) => `${p.name} ${p.time}`).join('、')}`,
        cta: TRIP_CTA,
        footer: `${trip.costLabel} · 出门进车门，下车进厂门`,
      };
      this.setData({
        state: 'ready',
        title: text.title,
        day: `📅 ${when}`,
        place: `🚌 ${text.place}`,
        slots: text.slots,
        cta: TRIP_CTA,
        footer: trip.costLabel,
        inviteCode: trip.inviteCode,
        qrPath,
        posterPath: qrPath,
        sharePath: `/${poster.page.replace(/^\//, '')}?scene=${encodeURIComponent(poster.scene)}`,
      });
      const composed = await composePoster(qrPath, text);
      if (composed) this.setData({ posterPath: composed });
    },

    async onSave() {
      if (this.data.saving) return;
      this.setData({ saving: true });
      try {
        await saveToAlbum(this.data.posterPath);
        toast('已保存到相册，可以打印或发到群里', 'success');
      } catch (err) {
        if (isCancel(err)) return;
        if (isDenied(err)) {
          const go = await confirm(
            '需要相册权限',
            '请在设置里允许“保存到相册”，再点一次保存。',
            '去设置',
          );
          if (go) wx.openSetting({});
        } else {
          toast('保存没成功，请再试一次');
        }
      } finally {
        this.setData({ saving: false });
      }
    },

    onShareImage() {
      wx.showShareImageMenu({ path: this.data.posterPath, fail: () => undefined });
    },

    onShareAppMessage() {
      return {
        title: `${this.data.title}，${this.data.day.replace('📅 ', '')}，${
          this.data.tripId ? '点开订座' : '点开选时段报名'
        }`,
        path: this.data.sharePath,
      };
    },
  },
});
