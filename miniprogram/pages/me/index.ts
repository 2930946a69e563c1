import { definePage } from '../../behaviors/define-page';
import { CACHE_KEYS, readCache, signupKey, writeCache } from '../../services/cache';
import { callCloud } from '../../services/call-cloud';
import { messageOf } from '../../services/errors';
import { isLargeText, setLargeText } from '../../services/large-text';
import { getSession, peekSession, type Session } from '../../services/session';
import { privateState } from '../../services/state';
import { applicationItem, type ApplicationItem } from '../../services/view';
import type { XpIconName } from '../../components/xp-icon/types';
import {
  chinaDay,
  formatDay,
  formatDayWhen,
  JOB_CATEGORY_LABELS,
  maskPhone,
  signupPhase,
  WORK_AREA_LABELS,
  type ActionOutput,
  type SignupView,
  type FairCard,
} from '../../shared/index';
import { signupCacheEntry, type SignupCacheEntry } from '../../services/view';

interface ProfileView {
  name: string;
  phone: string;
  home: string;
  want: string;
  categories: string;
  pay: string;
  from: string;
}

/** A fair still to go to: its code, a tap from the gate page. */
interface SignupItem {
  id: string;
  title: string;
  when: string;
  slot: string;
  code: string;
  status: string;
}

/** A sign-up no longer to be used (fair cancelled or over, checked in): its state, no code. */
interface PastSignupItem {
  id: string;
  title: string;
  when: string;
  state: string;
  /** The cadre's reason, when the fair was called off. */
  reason: string;
}

interface Entry {
  key: string;
  icon: XpIconName;
  text: string;
  url: string;
}

const SHOWN = 3;
const CACHE_SIGNUPS = CACHE_KEYS.signups;
const CACHE_APPLICATIONS = CACHE_KEYS.applications;
const state = privateState(() => ({
  signups: [] as (SignupView & { fair: FairCard })[],
  shown: false,
  /** Bumped by each me.overview asked: only the latest answer is shown. */
  asked: 0,
}));

type Overview = ActionOutput<'me.overview'>;

function profileView(s: Session): ProfileView | null {
  const p = s.profile;
  if (!p) return null;
  const want =
    p.workArea === 'cities' && p.cities.length
      ? `外出打工：${p.cities.join('、')}`
      : WORK_AREA_LABELS[p.workArea];
  return {
    name: p.name,
    phone: p.phone ? maskPhone(p.phone) : '',
    home: [p.home.county, p.home.town, p.home.village].filter(Boolean).join(' '),
    want,
    categories: p.categories.map((c) => JOB_CATEGORY_LABELS[c]).join('、'),
    pay: p.expectedPayYuan ? `每月${p.expectedPayYuan}元左右` : '',
    from: p.availableFrom ? `${formatDay(p.availableFrom)}能上班` : '',
  };
}

/** The areas a user may enter, by the roles account.login returned. */
export function roleEntries(roles: readonly string[]): { mine: Entry[]; join: Entry[] } {
  const mine: Entry[] = [];
  const join: Entry[] = [];
  if (roles.includes('employer')) {
    mine.push({
      key: 'employer',
      icon: 'shop',
      text: '我的招聘（用人单位）',
      url: '/package-employer/pages/posts/index',
    });
  } else {
    join.push({
      key: 'employer-register',
      icon: 'shop',
      text: '我要招人：单位登记',
      url: '/package-employer/pages/register/index',
    });
  }
  if (roles.includes('cadre')) {
    mine.push({
      key: 'cadre',
      icon: 'flag',
      text: '招聘会管理（村干部）',
      url: '/package-cadre/pages/fairs/index',
    });
    mine.push({
      key: 'cadre-ledger',
      icon: 'flag',
      text: '劳动力台账（村干部）',
      url: '/package-cadre/pages/ledger/index',
    });
  } else {
    join.push({
      key: 'cadre-redeem',
      icon: 'flag',
      text: '我是村干部：输入邀请码',
      url: '/package-cadre/pages/redeem/index',
    });
  }
  if (roles.includes('cadre') || roles.includes('admin')) {
    mine.push({
      key: 'trips',
      icon: 'location',
      text: '返岗直达：出行需求汇总',
      url: '/package-trips/pages/summary/index',
    });
    mine.push({
      key: 'dashboard',
      icon: 'map',
      text: '数据看板：本地的就业数字',
      url: '/package-admin/pages/dashboard/index',
    });
  }
  if (roles.includes('admin')) {
    mine.push({
      key: 'admin',
      icon: 'secured',
      text: '审核管理（人社局）',
      url: '/package-admin/pages/employers/index',
    });
    mine.push({
      key: 'admin-public-jobs',
      icon: 'secured',
      text: '公益性岗位（人社局）',
      url: '/package-cadre/pages/public-jobs/index',
    });
  }
  join.push({
    key: 'my-ledger',
    icon: 'secured',
    text: '村里有没有我的台账记录',
    url: '/package-ledger/pages/my-record/index',
  });
  return { mine, join };
}

function whenOf(day: string, now: number): string {
  return formatDayWhen(day, now);
}

const PAST_STATES = {
  checkedIn: '已签到',
  fairCancelled: '招聘会取消了',
  fairOver: '已结束',
} as const;

/**
 * My sign-ups, split: the fairs still to go to (with their codes) first; after them, without a
 * code, the ones that are over, attended, or called off (with the cadre's reason). One I cancelled
 * myself is not listed.
 */
export function signupLists(
  list: readonly (SignupView & { fair: FairCard })[],
  now: number,
): { upcoming: SignupItem[]; past: PastSignupItem[] } {
  const upcoming: (SignupItem & { day: string })[] = [];
  const past: PastSignupItem[] = [];
  for (const s of list) {
    const phase = signupPhase(s.status, s.fair, chinaDay(now));
    if (phase === 'cancelled') continue;
    if (phase === 'upcoming') {
      upcoming.push({
        id: s._id,
        title: s.fair.title,
        when: whenOf(s.fair.day, now),
        slot: s.slotLabel,
        code: s.checkInCode ?? '',
        status: s.status,
        day: s.fair.day,
      });
    } else {
      past.push({
        id: s._id,
        title: s.fair.title,
        when: whenOf(s.fair.day, now),
        state: PAST_STATES[phase],
        reason: phase === 'fairCancelled' ? (s.fair.cancelReason ?? '') : '',
      });
    }
  }
  // The next fair first.
  upcoming.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { upcoming: upcoming.map(({ day: _day, ...item }) => item), past };
}

definePage({
  data: {
    state: 'loading',
    message: '',
    profile: null as ProfileView | null,
    large: false,
    mineEntries: [] as Entry[],
    joinEntries: [] as Entry[],
    apps: [] as ApplicationItem[],
    appsState: 'loading',
    appsMore: false,
    signups: [] as SignupItem[],
    pastSignups: [] as PastSignupItem[],
    signupsState: 'loading',
  },
  methods: {
    onLoad() {
      this.setData({ large: isLargeText() });
      const cachedSession = peekSession();
      if (cachedSession) this.showSession(cachedSession);
      const apps = readCache<ApplicationItem[]>(CACHE_APPLICATIONS);
      if (apps)
        this.setData({ apps: apps.data.slice(0, SHOWN), appsMore: apps.data.length > SHOWN });
      const signups = readCache<ReturnType<typeof signupLists>>(CACHE_SIGNUPS);
      if (signups) this.setData({ signups: signups.data.upcoming, pastSignups: signups.data.past });
      void this.refresh();
    },
    onShow() {
      // Back from the profile form or after applying: show what changed.
      const st = state(this);
      if (!st.shown) {
        st.shown = true; // the first show follows onLoad, which already loads
        return;
      }
      const s = peekSession();
      if (s) this.showSession(s);
      void this.loadLists();
    },
    onPullDownRefresh() {
      void this.refresh(true).then(() => wx.stopPullDownRefresh());
    },

    showSession(s: Session) {
      const { mine, join } = roleEntries(s.roles);
      this.setData({
        state: 'idle',
        profile: profileView(s),
        mineEntries: mine,
        joinEntries: join,
      });
    },

    async refresh(force = false) {
      // me.overview goes first: without a session at hand it carries the login too.
      const lists = this.loadLists();
      try {
        const session = await getSession(force);
        this.showSession(session);
      } catch (err) {
        if (!this.data.profile && !this.data.mineEntries.length) {
          this.setData({ state: 'error', message: messageOf(err) });
        }
      }
      await lists;
    },

    /** My applications and sign-ups in one call (me.overview); a slower, older answer is dropped. */
    async loadLists() {
      const st = state(this);
      const asked = ++st.asked;
      if (!this.data.apps.length) this.setData({ appsState: 'loading' });
      if (!this.data.signups.length && !this.data.pastSignups.length)
        this.setData({ signupsState: 'loading' });
      try {
        const out = await callCloud('me.overview', {});
        if (asked !== st.asked) return;
        this.showApps(out.applications);
        this.showSignups(out.signups);
      } catch (err) {
        if (asked !== st.asked) return;
        const message = messageOf(err);
        if (!this.data.apps.length) this.setData({ appsState: 'error', message });
        if (!this.data.signups.length && !this.data.pastSignups.length)
          this.setData({ signupsState: 'error', message });
      }
    },

    showApps(out: Overview['applications']) {
      const now = Date.now();
      const items = out.items.map((a) => applicationItem(a, now));
      writeCache(CACHE_APPLICATIONS, items);
      this.setData({
        apps: items.slice(0, SHOWN),
        appsMore: items.length > SHOWN || !!out.nextCursor,
        appsState: items.length ? 'idle' : 'empty',
      });
    },

    showSignups(out: Overview['signups']) {
      state(this).signups = out.items;
      const lists = signupLists(out.items, Date.now());
      writeCache(CACHE_SIGNUPS, lists);
      this.setData({
        signups: lists.upcoming,
        pastSignups: lists.past,
        signupsState: lists.upcoming.length || lists.past.length ? 'idle' : 'empty',
      });
    },

    onRetry() {
      this.setData({ state: 'loading' });
      void this.refresh(true);
    },

    onLargeText() {
      const on = !this.data.large;
      setLargeText(on);
      this.setData({ large: on });
    },

    onEditProfile() {
      wx.navigateTo({ url: '/pages/profile/index' });
    },
    onAllApplications() {
      wx.navigateTo({ url: '/pages/applications/index' });
    },
    onMyTrips() {
      wx.navigateTo({ url: '/package-trips/pages/mine/index' });
    },
    onMyReports() {
      wx.navigateTo({ url: '/pages/reports/index' });
    },
    onOpenJob(e: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: `/pages/job/index?id=${String(e.currentTarget.dataset['job'])}` });
    },
    onOpenSignup(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset['id']);
      const full = state(this).signups.find((s) => s._id === id);
      if (full) {
        const { fair, ...signup } = full;
        // What the list just said is the freshest state (a fair called off since); the place for
        // the map is kept from what the code page saved before.
        const known = readCache<SignupCacheEntry>(signupKey(id))?.data.fair;
        const place = known?.place ?? `${fair.county} ${fair.village}`;
        const at = { lat: known?.lat ?? 0, lng: known?.lng ?? 0 };
        writeCache(signupKey(id), signupCacheEntry(signup, fair, place, at));
      }
      wx.navigateTo({ url: `/pages/signup-done/index?id=${id}` });
    },
    onEntry(e: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: String(e.currentTarget.dataset['url']) });
    },
  },
});
