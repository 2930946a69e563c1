import { definePage } from '../../../behaviors/define-page';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import { contracts } from '../../../shared/contracts';
import type { SignupRow } from '../../../shared/models/fair';
import { chinaClock, formatDay } from '../../../shared/time';
import { check } from '../../../services/form';
import { shownError } from '../../../services/errors';
import { codeFromScan, scan } from '../../../services/scan';
import { call } from '../../../services/call-cloud';

type Result =
  | { kind: 'ok' | 'already'; name: string; village: string; slot: string; time: string }
  | { kind: 'error'; message: string };

/** A person found by name or phone tail, with what the gate needs to tell them apart. */
interface Found {
  id: string;
  name: string;
  /** 村, the phone's tail or 没手机, the slot: enough to tell two 王秀英 apart (kept whole). */
  details: string[];
  status: string;
  checked: boolean;
}

function foundOf(s: SignupRow): Found {
  const phone = s.noPhone ? '没手机' : `尾号${s.phone.slice(-4)}`;
  return {
    id: s._id,
    name: s.name,
    details: [s.village ?? '', phone, s.slotLabel].filter(Boolean),
    status:
      s.status === 'checkedIn' && s.checkedInAt
        ? `${chinaClock(s.checkedInAt)} 已签到`
        : SIGNUP_STATUS_LABELS[s.status],
    checked: s.status !== 'signed',
  };
}

definePage({
  data: {
    fairId: '',
    fairTitle: '',
    fairDay: '',
    code: '',
    codeError: '',
    busy: false,
    result: null as Result | null,
    count: 0,
    /** 报姓名查找: a name (or its start) or a phone's last 4 digits. */
    query: '',
    found: [] as Found[],
    searched: false,
    searchError: '',
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
      await this.send(checked.data);
    },

    onQuery(e: WechatMiniprogram.Input) {
      this.setData({ query: e.detail.value, searchError: '' });
    },

    /** Finds people by name or phone tail, for someone who came without their code. */
    async onSearch() {
      const q = this.data.query.trim();
      if (!q) {
        this.setData({ searchError: '请输入姓名，或手机号最后4位' });
        return;
      }
      try {
        const page = await call('fair.listSignups', { fairId: this.data.fairId, q });
        this.setData({ found: page.items.map(foundOf), searched: true, searchError: '' });
      } catch (err) {
        this.setData({ searchError: shownError(err).message });
      }
    },

    /** 签到 for a person found by name: the same one-check-in-per-person rule as scanning. */
    async onCheckInPerson(e: WechatMiniprogram.TouchEvent) {
      const { id } = e.currentTarget.dataset as { id: string };
      await this.send({ fairId: this.data.fairId, signupId: id });
    },

    async send(input: { fairId: string; code?: string; signupId?: string }) {
      if (this.data.busy) return;
      this.setData({ busy: true, codeError: '' });
      try {
        const out = await call('fair.checkIn', input, { retries: 3 });
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
        const i = this.data.found.findIndex((f) => f.id === s._id);
        if (i >= 0) this.setData({ [`found[${i}]`]: foundOf(s) });
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
