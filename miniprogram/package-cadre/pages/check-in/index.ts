import { largeText } from '../../../behaviors/large-text';
import { contracts } from '../../../shared/contracts';
import { chinaClock, formatDay } from '../../../shared/time';
import { check, shownError } from '../../../services/form';
import { codeFromScan, scan } from '../../lib/scan';
import { call } from '../../lib/cloud';

type Result =
  | { kind: 'ok' | 'already'; name: string; village: string; slot: string; time: string }
  | { kind: 'error'; message: string };

Component({
  behaviors: [largeText],
  data: {
    rootFontSize: 'system',
    fairId: '',
    fairTitle: '',
    fairDay: '',
    code: '',
    codeError: '',
    busy: false,
    result: null as Result | null,
    count: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ fairId: query['fairId'] ?? '' });
      void this.loadFair();
    },

    async loadFair() {
      try {
        const fair = await call('fair.get', { fairId: this.data.fairId });
        this.setData({ fairTitle: fair.title, fairDay: formatDay(fair.day) });
      } catch {
        // Check-in works without the title; the gate must not wait on it.
      }
    },

    async onScan() {
      if (this.data.busy) return;
      let raw: string | undefined;
      try {
        raw = await scan();
      } catch {
        this.setData({ result: { kind: 'error', message: '相机打不开，请在下面手动输入签到码' } });
        return;
      }
      if (raw) await this.checkIn(codeFromScan(raw));
    },

    onCodeInput(e: WechatMiniprogram.Input) {
      // The sign-up page shows the code in groups (382 917): spaces and dashes are not part of it.
      this.setData({ code: e.detail.value.replace(/[\s-]/g, ''), codeError: '' });
    },

    async onManual() {
      if (this.data.busy) return;
      await this.checkIn(this.data.code);
    },

    async checkIn(code: string) {
      const checked = check(contracts['fair.checkIn'].input, { fairId: this.data.fairId, code });
      if (!checked.ok) {
        this.setData({ codeError: checked.errors['code'] ?? checked.message });
        return;
      }
      this.setData({ busy: true, codeError: '' });
      try {
        const out = await call('fair.checkIn', checked.data, { retries: 3 });
        const s = out.signup;
        this.setData({
          result: {
            kind: out.alreadyCheckedIn ? 'already' : 'ok',
            name: s.name,
            village: s.village ?? '',
            slot: s.slotLabel,
            time: s.checkedInAt ? chinaClock(s.checkedInAt) : '',
          },
          count: this.data.count + (out.alreadyCheckedIn ? 0 : 1),
          code: '',
        });
        if (!out.alreadyCheckedIn) wx.vibrateShort({ type: 'medium', fail: () => undefined });
      } catch (err) {
        this.setData({ result: { kind: 'error', message: shownError(err).message } });
      } finally {
        this.setData({ busy: false });
      }
    },

    onStats() {
      wx.navigateTo({ url: `/package-cadre/pages/stats/index?fairId=${this.data.fairId}` });
    },
  },
});
