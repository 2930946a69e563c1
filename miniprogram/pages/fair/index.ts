import { definePage } from '../../behaviors/define-page';
import { SUBSCRIBE_TEMPLATES } from '../../config';
import { signupKey, writeCache } from '../../services/cache';
import { callCloud } from '../../services/call-cloud';
import { codeOf, fieldsOf, messageOf } from '../../services/errors';
import { sayFailed } from '../../services/form';
import {
  inviterFor,
  parseFairOptions,
  rememberInviter,
  type FairEntry,
} from '../../services/inviter';
import { getSession, peekSession } from '../../services/session';
import { privateState } from '../../services/state';
import { requestSubscribe } from '../../services/subscribe';
import { jobCardView, signupCacheEntry, type JobCardView } from '../../services/view';
import {
  contracts,
  failureFromZod,
  formatDayWhen,
  FAIR_STATUS_LABELS,
  readAloudText,
  type FairDetail,
  type SignupView,
  type SlotView,
} from '../../shared/index';

interface FairView {
  title: string;
  when: string;
  place: string;
  address: string;
  description: string;
  open: boolean;
  statusText: string;
  /** The cadre's words when the fair was called off. */
  cancelReason: string;
  employers: { id: string; company: string; verified: boolean; jobs: FairJobView[] }[];
}

/** A post under its employer's heading, which already names the company and says 认证 or not. */
type FairJobView = Omit<JobCardView, 'company' | 'verified'>;

function fairJobView(job: FairDetail['employers'][number]['jobs'][number]): FairJobView {
  const { company: _company, verified: _verified, ...view } = jobCardView(job);
  return view;
}

interface MySignupView {
  id: string;
  slotLabel: string;
  code: string;
  status: string;
}

const state = privateState(() => ({
  entry: {} as FairEntry,
  fair: undefined as FairDetail | undefined,
}));

function fairView(f: FairDetail, now: number): FairView {
  return {
    title: f.title,
    when: formatDayWhen(f.day, now),
    place: [f.region.county, f.town, f.village].filter(Boolean).join(' '),
    address: f.address,
    description: f.description ?? '',
    open: f.status === 'upcoming',
    statusText: FAIR_STATUS_LABELS[f.status],
    cancelReason: f.cancelReason ?? '',
    employers: f.employers.map((e) => ({
      id: e.employerId,
      company: e.companyName,
      verified: e.verified,
      jobs: e.jobs.map(fairJobView),
    })),
  };
}

/** My sign-up while it is still to be used (a cancelled or finished fair says so instead). */
function mySignupView(s: SignupView | null): MySignupView | null {
  if (!s || s.status === 'cancelled' || !s.checkInCode) return null;
  return { id: s._id, slotLabel: s.slotLabel, code: s.checkInCode, status: s.status };
}

function cacheEntry(fair: FairDetail, signup: SignupView) {
  const place = [fair.region.county, fair.town, fair.village].filter(Boolean).join(' ');
  return signupCacheEntry(signup, fair, place, fair.location);
}

definePage({
  data: {
    state: 'loading',
    message: '',
    fair: null as FairView | null,
    slots: [] as SlotView[],
    slotId: '',
    name: '',
    phone: '',
    errors: {} as Record<string, string>,
    /** The server's answer when the chosen slot filled up meanwhile. */
    slotMessage: '',
    mySignup: null as MySignupView | null,
    submitting: false,
    /** The caller is a cadre of this fair: entries to the cadre pages for it. */
    canManage: false,
    /** What 读给我听 says (the chosen slot's seats when one is chosen). */
    readAloud: [] as string[],
  },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      state(this).entry = parseFairOptions(options);
      void this.load();
      getSession()
        .then((s) => {
          const p = s.profile;
          if (p && !this.data.name && !this.data.phone)
            this.setData({ name: p.name, phone: p.phone ?? '' });
        })
        .catch(() => undefined);
    },

    onShareAppMessage() {
      const s = state(this);
      const userId = peekSession()?.userId;
      const fair = this.data.fair;
      const id = s.fair?._id ?? s.entry.fairId ?? '';
      return {
        title: fair ? `${fair.when} ${fair.place} 招聘会，来报名` : '家门口的招聘会',
        path: `/pages/fair/index?id=${id}${userId ? `&inv=${userId}` : ''}`,
      };
    },

    async load() {
      const s = state(this);
      const { fairId, inviteCode } = s.entry;
      if (!fairId && !inviteCode) {
        this.setData({ state: 'error', message: '没有找到这场招聘会' });
        return;
      }
      if (!this.data.fair && this.data.state !== 'loading') this.setData({ state: 'loading' });
      try {
        const fair = await callCloud(
          'fair.get',
          fairId ? { fairId } : { inviteCode: inviteCode ?? '' },
        );
        s.fair = fair;
        rememberInviter(fair._id, s.entry.inviter);
        const chosen = fair.slots.find((x) => x.id === this.data.slotId && x.seatsLeft > 0);
        this.setData({
          state: 'idle',
          fair: fairView(fair, Date.now()),
          slots: fair.slots,
          slotId: chosen ? chosen.id : '',
          mySignup: mySignupView(fair.mySignup),
          canManage: fair.canManage,
          readAloud: readAloudText(fair, chosen),
        });
      } catch (err) {
        this.setData({ state: 'error', message: messageOf(err) });
      }
    },

    onMap() {
      const fair = state(this).fair;
      if (!fair) return;
      wx.openLocation({
        latitude: fair.location.lat,
        longitude: fair.location.lng,
        name: `${fair.village} ${fair.title}`,
        address: fair.address,
        scale: 16,
      });
    },

    onSlot(e: WechatMiniprogram.CustomEvent<{ slotId: string }>) {
      const fair = state(this).fair;
      const slot = fair?.slots.find((x) => x.id === e.detail.slotId);
      this.setData({
        slotId: e.detail.slotId,
        slotMessage: '',
        'errors.slotId': '',
        ...(fair ? { readAloud: readAloudText(fair, slot) } : {}),
      });
    },
    onName(e: WechatMiniprogram.Input) {
      this.setData({ name: e.detail.value, 'errors.name': '' });
    },
    onPhone(e: WechatMiniprogram.Input) {
      this.setData({ phone: e.detail.value, 'errors.phone': '' });
    },

    onSignUp() {
      const s = state(this);
      const fair = s.fair;
      if (!fair || this.data.submitting) return;
      const input = {
        fairId: fair._id,
        slotId: this.data.slotId,
        name: this.data.name,
        phone: this.data.phone.trim(),
        inviter: inviterFor(fair._id),
      };
      const checked = contracts['fair.signUp'].input.safeParse(input);
      if (!checked.success) {
        this.setData({ errors: failureFromZod(checked.error).fields ?? {} });
        return;
      }
      // Inside the tap, before any await: one consent for the reminder, one for a cancellation.
      void requestSubscribe([SUBSCRIBE_TEMPLATES.fairReminder, SUBSCRIBE_TEMPLATES.fairCancelled]);
      this.setData({ submitting: true, errors: {}, slotMessage: '' });
      callCloud('fair.signUp', input)
        .then((signup) => {
          writeCache(signupKey(signup._id), cacheEntry(fair, signup));
          this.setData({
            submitting: false,
            mySignup: mySignupView(signup),
            readAloud: readAloudText({ ...fair, mySignup: signup }),
          });
          wx.navigateTo({ url: `/pages/signup-done/index?id=${signup._id}` });
        })
        .catch((err: unknown) => {
          const code = codeOf(err);
          if (code === 'SLOT_FULL') {
            this.setData({ submitting: false, slotMessage: messageOf(err), slotId: '' });
            void this.load();
            return;
          }
          if (code === 'ALREADY_SIGNED_UP') {
            this.setData({ submitting: false });
            void this.load();
            wx.showToast({ title: messageOf(err), icon: 'none', duration: 2500 });
            return;
          }
          const fields = fieldsOf(err);
          if (Object.keys(fields).length) {
            this.setData({ submitting: false, errors: fields });
            return;
          }
          this.setData({ submitting: false });
          sayFailed('没有报上', err);
        });
    },

    onManage(e: WechatMiniprogram.TouchEvent) {
      const page = String(e.currentTarget.dataset['page']);
      const fairId = state(this).fair?._id;
      if (fairId) wx.navigateTo({ url: `/package-cadre/pages/${page}/index?fairId=${fairId}` });
    },

    onShowCode() {
      const my = this.data.mySignup;
      const fair = state(this).fair;
      if (!my || !fair) return;
      if (fair.mySignup) writeCache(signupKey(my.id), cacheEntry(fair, fair.mySignup));
      wx.navigateTo({ url: `/pages/signup-done/index?id=${my.id}` });
    },
  },
});
