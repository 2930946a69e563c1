import { definePage } from '../../behaviors/define-page';
import { readCache, signupKey, writeCache } from '../../services/cache';
import { callCloud } from '../../services/call-cloud';
import { messageOf } from '../../services/errors';
import { confirm, sayFailed } from '../../services/form';
import { privateState } from '../../services/state';
import {
  chinaClock,
  chinaDay,
  formatDay,
  formatDayRelative,
  signupPhase,
  type SignupPhase,
} from '../../shared/index';
import { signupCacheEntry, type SignupCacheEntry } from '../../services/view';
import type { XpIconName } from '../../components/xp-icon/types';

interface DoneView {
  /** What the sign-up means now: only 'upcoming' shows the code. */
  phase: SignupPhase;
  code: string;
  /** The code split in groups of 3 so it reads aloud at the gate. */
  codeGroups: string[];
  status: string;
  heading: string;
  /** For a sign-up that is no longer to be used: why (the cadre's reason first) and what now. */
  why: string;
  next: string;
  name: string;
  title: string;
  when: string;
  slot: string;
  place: string;
  address: string;
  hasMap: boolean;
}

const state = privateState(() => ({ id: '', entry: undefined as SignupCacheEntry | undefined }));

function groups(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

const HEADINGS: Record<SignupPhase, string> = {
  upcoming: '报名成功',
  checkedIn: '已签到',
  cancelled: '您已取消报名',
  fairCancelled: '招聘会取消了',
  fairOver: '招聘会已经结束了',
};

function doneView(e: SignupCacheEntry, now: number): DoneView {
  const rel = formatDayRelative(e.fair.day, now);
  const date = formatDay(e.fair.day);
  const phase = signupPhase(
    e.signup.status,
    { status: e.fair.status ?? 'upcoming', day: e.fair.day },
    chinaDay(now),
  );
  const code = phase === 'upcoming' ? (e.signup.checkInCode ?? '') : '';
  const why =
    phase === 'fairCancelled'
      ? e.fair.cancelReason
        ? `村干部说：${e.fair.cancelReason}`
        : '村干部取消了这场招聘会'
      : phase === 'checkedIn' && e.signup.checkedInAt
        ? `${chinaClock(e.signup.checkedInAt)} 签到的`
        : '';
  const next =
    phase === 'fairCancelled'
      ? '不用去了。有新的招聘会会再通知您。'
      : phase === 'fairOver' || phase === 'cancelled'
        ? '可以看看别的招聘会。'
        : '';
  return {
    phase,
    code,
    codeGroups: groups(code),
    status: e.signup.status,
    heading: HEADINGS[phase],
    why,
    next,
    name: e.signup.name,
    title: e.fair.title,
    when: rel === date ? date : `${rel} ${date}`,
    slot: e.signup.slotLabel,
    place: e.fair.place,
    address: e.fair.address,
    hasMap: !!(e.fair.lat || e.fair.lng),
  };
}

definePage({
  data: {
    state: 'loading',
    message: '',
    done: null as DoneView | null,
    bring: [
      { icon: 'user', text: '带上身份证' },
      { icon: 'call', text: '带上手机，到门口打开这个签到码' },
      { icon: 'file', text: '简历不用带，现场有人帮您填' },
      { icon: 'time', text: '按报名的时段到场，不用早到排队' },
    ] satisfies { icon: XpIconName; text: string }[],
  },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      const s = state(this);
      s.id = options['id'] ?? '';
      const cached = readCache<SignupCacheEntry>(signupKey(s.id));
      if (cached) {
        s.entry = cached.data;
        this.show(doneView(cached.data, Date.now()));
      }
      void this.refresh();
    },

    /** Shows the sign-up; the title says 报名成功 only while it is one to go to. */
    show(done: DoneView) {
      if (done.phase !== this.data.done?.phase) {
        wx.setNavigationBarTitle({
          title: done.phase === 'upcoming' ? '报名成功' : '我的报名',
          fail: () => undefined,
        });
      }
      this.setData({ state: 'idle', done });
    },

    /** Reads the sign-up again (it may have been checked in or the fair cancelled). */
    async refresh() {
      const s = state(this);
      if (!s.id) {
        this.setData({ state: 'error', message: '没有找到这次报名' });
        return;
      }
      if (!this.data.done) this.setData({ state: 'loading' });
      try {
        const { fair, ...signup } = await callCloud('fair.mySignup', { signupId: s.id });
        s.entry = signupCacheEntry(signup, fair, `${fair.county} ${fair.village}`, fair.location);
        writeCache(signupKey(s.id), s.entry);
        this.show(doneView(s.entry, Date.now()));
      } catch (err) {
        if (!this.data.done) this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onMap() {
      const e = state(this).entry;
      if (!e || !this.data.done?.hasMap) return;
      wx.openLocation({
        latitude: e.fair.lat,
        longitude: e.fair.lng,
        name: e.fair.title,
        address: e.fair.address,
        scale: 16,
      });
    },

    onBrighten() {
      // Easier to read at the gate in sunlight.
      wx.setScreenBrightness({ value: 1 });
    },

    onCancel() {
      const s = state(this);
      if (!s.entry) return;
      void confirm('取消报名？', '取消后，这个时段的位置会让给别的老乡', '取消报名', '不取消').then(
        (yes) => {
          if (!yes) return;
          callCloud('fair.cancelSignUp', { signupId: s.id })
            .then((out) => {
              if (s.entry) {
                s.entry = { ...s.entry, signup: { ...s.entry.signup, status: out.status } };
                writeCache(signupKey(s.id), s.entry);
              }
              if (s.entry) this.show(doneView(s.entry, Date.now()));
              wx.showToast({ title: '已取消报名', icon: 'success' });
            })
            .catch((err: unknown) => sayFailed('没有取消', err));
        },
      );
    },

    onMine() {
      wx.switchTab({ url: '/pages/me/index' });
    },

    onFairs() {
      wx.switchTab({ url: '/pages/fairs/index' });
    },
  },
});
