import { definePage } from '../../../behaviors/define-page';
import { door, type DoorPass } from '../../../behaviors/door';
import { SIGNUP_STATUS_LABELS } from '../../../shared/catalog/statuses';
import { contracts } from '../../../shared/contracts';
import type { SignupRow } from '../../../shared/models/fair';
import { chinaClock, formatDay } from '../../../shared/time';
import { check } from '../../../services/form';
import { shownError } from '../../../services/errors';
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
    codeWord: '签到码',
    result: null as Result | null,
    count: 0,
  },
  behaviors: [door],
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

    async findPeople(q: string) {
      const page = await call('fair.listSignups', { fairId: this.data.fairId, q });
      return page.items.map(foundOf);
    },

    /** 签到 by the code shown or for a person found by name: one check-in per person either way. */
    async admit(pass: DoorPass) {
      if (this.data.busy) return;
      const { fairId } = this.data;
      const checked = check(
        contracts['fair.checkIn'].input,
        'code' in pass ? { fairId, code: pass.code } : { fairId, signupId: pass.id },
      );
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
        const found = this.data.found as Found[];
        const i = found.findIndex((f) => f.id === s._id);
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
