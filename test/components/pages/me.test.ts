import type { ActionOutput } from '../../../miniprogram/shared/index';
import { loadPage } from '../load';
import { MY_APPLICATIONS, MY_SIGNUPS, NEW_SESSION, SESSION } from '../worker-fixtures';
import {
  has,
  settle,
  setup,
  tapOn,
  textOf,
  until,
  type FakeCloud,
  type WxRecord,
} from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  cloud.ok('account.login', SESSION);
  answer(MY_APPLICATIONS, MY_SIGNUPS);
});

/** What me.overview answers: my applications and my sign-ups. */
function answer(
  applications: ActionOutput<'me.overview'>['applications']['items'],
  signups: ActionOutput<'me.overview'>['signups']['items'],
) {
  cloud.ok('me.overview', {
    applications: { items: applications, nextCursor: null },
    signups: { items: signups, nextCursor: null },
  });
}

async function open() {
  const p = loadPage('pages/me/index');
  await settle();
  return p;
}

test('shows the 求职意向 with the phone masked', async () => {
  const p = await open();
  const text = textOf(p, '#profile');
  expect(text).toContain('王德明');
  expect(text).toContain('139****4567');
  expect(text).not.toContain('13981234567');
  expect(text).toContain('资中县 太平镇 庆荣村');
  expect(text).toContain('本县');
  expect(text).toContain('普工、木工家具');
  expect(text).toContain('每月5000元左右');
  await tapOn(p, '#edit-profile');
  expect(wxr.navigations).toEqual(['/pages/profile/index']);
});

test('lists my applications with their status', async () => {
  const p = await open();
  const text = textOf(p, '#apps');
  expect(text).toContain('实木家具打磨工 邀约面试');
  expect(text).toContain('消毒酒精灌装普工 已投递');
  expect(text).toContain('浦北县泉水木业有限公司 · 昨天报名');
  expect(text).toContain('电子厂装配工（点对点大巴接送） 不合适');
});

test('lists my fair sign-ups with their check-in codes; a tap opens the big code', async () => {
  const p = await open();
  const text = textOf(p, '#signups');
  expect(text).toContain('庆荣村院坝招聘会 已报名');
  expect(text).toContain('09:00-10:00');
  expect(text).toContain('签到码 482913');
  await tapOn(p, '#signups .me-item');
  expect(wxr.navigations).toEqual(['/pages/signup-done/index?id=sg_wangdm_qingrong']);
});

test('a cancelled fair is not listed as upcoming: it shows under 以前的报名 with the reason, no code', async () => {
  const { checkInCode: _code, ...noCode } = MY_SIGNUPS[0]!;
  answer(MY_APPLICATIONS, [
    {
      ...noCode,
      fair: { ...MY_SIGNUPS[0]!.fair, status: 'cancelled', cancelReason: '台风来了，改期再办' },
    },
  ]);
  const p = await open();
  expect(textOf(p, '#signups')).not.toContain('庆荣村院坝招聘会');
  expect(textOf(p, '#signups')).toContain('现在没有要去的招聘会');
  const past = textOf(p, '#past-signups');
  expect(past).toContain('庆荣村院坝招聘会 招聘会取消了');
  expect(past).toContain('台风来了，改期再办');
  expect(past).not.toContain('签到码');
  expect(past).not.toContain('482913');
});

test('the next fair comes first; one that is over goes below without its code', async () => {
  const s = MY_SIGNUPS[0]!;
  const { checkInCode: _code, ...noCode } = s;
  answer(MY_APPLICATIONS, [
    {
      ...noCode,
      _id: 'sg_old',
      fair: {
        ...s.fair,
        _id: 'f_old',
        title: '春风行动招聘会',
        status: 'finished',
        day: '2026-02-20',
      },
    },
    {
      ...s,
      _id: 'sg_later',
      checkInCode: '771204',
      fair: { ...s.fair, _id: 'f_later', title: '龙山社区招聘会', day: '2099-12-01' },
    },
    s,
  ]);
  const p = await open();
  const upcoming = textOf(p, '#signups');
  expect(upcoming.indexOf('庆荣村院坝招聘会')).toBeLessThan(upcoming.indexOf('龙山社区招聘会'));
  expect(upcoming).not.toContain('春风行动招聘会');
  expect(textOf(p, '#past-sg_old')).toContain('春风行动招聘会 已结束');
});

test('a new worker is asked to fill in the 求职意向 and sees empty lists', async () => {
  cloud.ok('account.login', NEW_SESSION);
  answer([], []);
  const p = await open();
  expect(textOf(p, '#no-profile')).toContain('还没填求职意向');
  expect(textOf(p, '#apps')).toContain('还没有报名工作');
  expect(textOf(p, '#signups')).toContain('还没有报名招聘会');
  await tapOn(p, '#fill-profile');
  expect(wxr.navigations).toEqual(['/pages/profile/index']);
});

test('我的举报 is a tap away, for following a report’s outcome', async () => {
  const p = await open();
  await tapOn(p, '#my-reports');
  expect(wxr.navigations).toEqual(['/pages/reports/index']);
});

test('返岗直达 is a tap away: my travel need and my bookings', async () => {
  const p = await open();
  expect(textOf(p, '#my-trips')).toBe('返岗直达：我的出行登记和车票');
  await tapOn(p, '#my-trips');
  expect(wxr.navigations).toEqual(['/package-trips/pages/mine/index']);
});

test('公益性岗位 is a tap away: the step my application is at', async () => {
  const p = await open();
  expect(textOf(p, '#my-public-jobs')).toBe('公益性岗位：我的申请办到哪一步');
  await tapOn(p, '#my-public-jobs');
  expect(wxr.navigations).toEqual(['/package-ledger/pages/my-public-jobs/index']);
});

test('a plain worker sees only the ways to become an employer or a cadre', async () => {
  const p = await open();
  expect(textOf(p)).not.toContain('我的工作台');
  expect(textOf(p)).not.toContain('出行需求汇总');
  expect(textOf(p)).toContain('我要招人：单位登记');
  expect(textOf(p)).toContain('我是村干部：输入邀请码');
  expect(textOf(p)).not.toContain('人社局');
  await tapOn(p, '#entry-employer-register');
  expect(wxr.navigations).toEqual(['/package-employer/pages/register/index']);
});

test('every worker can look up the 台账 record a cadre keeps of them (a subpackage page)', async () => {
  const p = await open();
  await tapOn(p, '#entry-my-ledger');
  expect(wxr.navigations).toEqual(['/package-ledger/pages/my-record/index']);
});

test('the employer, cadre and admin areas appear for those roles', async () => {
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'employer', 'cadre', 'admin'] });
  const p = await open();
  const text = textOf(p);
  expect(text).toContain('我的工作台');
  expect(text).not.toContain('单位登记');
  expect(text).not.toContain('输入邀请码');
  await tapOn(p, '#entry-employer');
  await tapOn(p, '#entry-cadre');
  await tapOn(p, '#entry-cadre-ledger');
  await tapOn(p, '#entry-admin');
  await tapOn(p, '#entry-admin-public-jobs');
  await tapOn(p, '#entry-trips');
  await tapOn(p, '#entry-dashboard');
  expect(wxr.navigations).toEqual([
    '/package-employer/pages/posts/index',
    '/package-cadre/pages/fairs/index',
    '/package-cadre/pages/ledger/index',
    '/package-admin/pages/employers/index',
    '/package-cadre/pages/public-jobs/index',
    '/package-trips/pages/summary/index',
    '/package-admin/pages/dashboard/index',
  ]);
});

test('a cadre alone also gets the 返岗直达 summary and the 数据看板; a plain worker does not', async () => {
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  const p = await open();
  expect(textOf(p, '#entry-trips')).toBe('返岗直达：出行需求汇总');
  expect(textOf(p, '#entry-dashboard')).toBe('数据看板：本地的就业数字');
});

test('大字模式 enlarges the root font of this page and of the other open pages, and is remembered', async () => {
  cloud.ok('job.recommend', { items: [], nextCursor: null });
  const jobs = loadPage('pages/jobs/index');
  const p = await open();
  expect((p.instance.data as { rootFontSize: string }).rootFontSize).toBe('system');
  // The switch: a tap flips it.
  await tapOn(p, '#large-text');
  await settle();
  expect((p.instance.data as { rootFontSize: string }).rootFontSize).toBe('21px');
  expect((jobs.instance.data as { rootFontSize: string }).rootFontSize).toBe('21px');
  expect(wxr.storage.get('xp:largeText')).toBe(true);
  const again = await open();
  expect((again.instance.data as { rootFontSize: string }).rootFontSize).toBe('21px');
  expect((again.instance.data as { large: boolean }).large).toBe(true);
});

test('when login fails and nothing is cached, it says so and 重试 works', async () => {
  cloud.fail('account.login', 'INTERNAL', '系统开小差了，请稍后再试');
  const p = await open();
  expect(textOf(p)).toContain('系统开小差了，请稍后再试');
  cloud.ok('account.login', SESSION);
  await tapOn(p.querySelector('#me-error')!, '.ls-retry');
  await settle();
  expect(has(p, '#profile')).toBe(true);
});

/** The session a phone keeps from an earlier launch, `ageMs` old. */
function keepSession(ageMs: number) {
  wxr.storage.set('xp:cache:session', { v: 2, at: Date.now() - ageMs, data: SESSION });
}

test('a fresh phone: 我的 is one call, me.overview, which logs in and brings the 求职意向', async () => {
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['me.overview']);
  expect(textOf(p, '#profile')).toContain('王德明');
  expect(textOf(p, '#apps')).toContain('实木家具打磨工 邀约面试');
});

test('a fresh phone whose 我的 call fails still logs in with account.login', async () => {
  cloud.offline('me.overview');
  const p = await open();
  await until(() => expect(cloud.calls.map((c) => c.action)).toContain('account.login'));
  await until(() => expect(textOf(p, '#profile')).toContain('王德明'));
});

test('a returning worker: 我的 shows the kept session at once and asks one call, me.overview', async () => {
  keepSession(5 * 60_000);
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['me.overview']);
  expect(textOf(p, '#profile')).toContain('王德明');
  expect(textOf(p, '#apps')).toContain('实木家具打磨工 邀约面试');
  expect(textOf(p, '#signups')).toContain('签到码 482913');
});

test('a session kept for more than an hour is still shown at once, and me.overview asks for it again', async () => {
  keepSession(2 * 60 * 60_000);
  cloud.ok('account.login', { ...SESSION, roles: ['worker', 'cadre'] });
  const p = await open();
  expect(cloud.calls.map((c) => c.action)).toEqual(['me.overview']);
  expect(textOf(p, '#profile')).toContain('王德明');
  // The new roles are kept for the next page that asks.
  expect((wxr.storage.get('xp:cache:session') as { data: { roles: string[] } }).data.roles).toEqual(
    ['worker', 'cadre'],
  );
});

test('an older me.overview answer that comes back last does not replace the newer one', async () => {
  keepSession(0);
  const { checkInCode: _code, ...noCode } = MY_SIGNUPS[0]!;
  const slow = cloud.hold('me.overview', {
    applications: { items: MY_APPLICATIONS, nextCursor: null },
    signups: { items: MY_SIGNUPS, nextCursor: null },
  });
  const p = loadPage('pages/me/index');
  await settle();
  // Back on the tab after cancelling the sign-up elsewhere: asked again, answered first.
  answer(MY_APPLICATIONS, [
    { ...noCode, fair: { ...MY_SIGNUPS[0]!.fair, status: 'cancelled', cancelReason: '改期' } },
  ]);
  (p.instance as unknown as { onShow(): void }).onShow();
  (p.instance as unknown as { onShow(): void }).onShow();
  await settle();
  expect(textOf(p, '#past-signups')).toContain('招聘会取消了');
  slow.release();
  await settle();
  expect(textOf(p, '#past-signups')).toContain('招聘会取消了');
  expect(textOf(p, '#signups')).not.toContain('482913');
});
