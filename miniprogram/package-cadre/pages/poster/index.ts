import { definePage } from '../../../behaviors/define-page';
import { formatDay } from '../../../shared/time';
import { saveImageToAlbum, writeUserFile } from '../../../services/files';
import { shownError } from '../../../services/errors';
import { composePoster } from '../../../services/poster';
import { call } from '../../../services/call-cloud';

definePage({
  data: {
    fairId: '',
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
          detail: text.slots,
          scan: '微信扫一扫，选时段报名',
          foot: '分时段入场不扎堆 · 求职不收取任何费用',
        });
        if (composed) this.setData({ posterPath: composed });
      } catch (err) {
        this.setData({ state: 'error', loadError: shownError(err).message });
      }
    },

    async onSave() {
      if (this.data.saving) return;
      this.setData({ saving: true });
      try {
        await saveImageToAlbum(this.data.posterPath, '已保存到相册，可以打印或发到群里');
      } finally {
        this.setData({ saving: false });
      }
    },

    onShareImage() {
      wx.showShareImageMenu({ path: this.data.posterPath, fail: () => undefined });
    },

    onShareAppMessage() {
      return {
        title: `${this.data.title}，${this.data.day.replace('📅 ', '')}，点开选时段报名`,
        path: this.data.sharePath,
      };
    },
  },
});
