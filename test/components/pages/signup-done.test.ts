import { signupKey } from '../../../miniprogram/services/cache';
import { loadPage } from '../load';
import { FAIR_CARD, MY_SIGNUP, SIGNUP } from '../worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
beforeEach(() => {
  ({ cloud, wxr } = setup());
});

async function open(id = SIGNUP._id) {
  const p = loadPage('pages/signup-done/index', { query: { id } });
  await settle();
  return p;
}

test('shows the check-in code large, the fair, the slot and what to bring', async () => {
  cloud.ok('fair.mySignup', MY_SIGNUP);
  const p = await open();
  expect(textOf(p, '#code')).toBe('482 913');
  const text = textOf(p);
  expect(text).toContain('报名成功');
  expect(text).toContain('到门口给工作人员看这个签到码');
  expect(text).toContain('庆荣村院坝招聘会');
  expect(text).toMatch(/后天 \d+月\d+日 周. 09:00-10:00/);
  expect(text).toContain('资中县 庆荣村 庆荣村村委会院坝');
  expect(textOf(p, '#bring')).toContain('带上身份证');
  expect(textOf(p, '#bring')).toContain('简历不用带');
});

test('opened from 我的 (nothing cached) it asks for this one sign-up and the map works', async () => {
  cloud.ok('fair.mySignup', MY_SIGNUP);
  const p = await open();
  expect(cloud.inputsOf('fair.mySignup')).toEqual([{ signupId: SIGNUP._id }]);
  await tapOn(p, '.sd-line.btn');
  expect(wxr.locations).toEqual([{ latitude: 29.78, longitude: 104.86 }]);
});

test('a QR of the same code is there for the cadre to scan', async () => {
  cloud.ok('fair.mySignup', MY_SIGNUP);
  const p = await open();
  const qr = p.querySelector('#qr') as unknown as { data: { value: string } };
  expect(qr.data.value).toBe('482913');
  expect(textOf(p)).toContain('工作人员也可以扫这个码');
});

test('the code shows at once from what the sign-up left, even offline', async () => {
  cacheSignup();
  cloud.offline('fair.mySignup');
  const p = await open();
  expect(textOf(p, '#code')).toBe('482 913');
  await tapOn(p, '.sd-line.btn');
  expect(wxr.locations).toEqual([{ latitude: 29.78, longitude: 104.86 }]);
});

test('after check-in it says 已签到', async () => {
  cloud.ok('fair.mySignup', { ...MY_SIGNUP, status: 'checkedIn', checkedInAt: Date.now() });
  const p = await open();
  expect(textOf(p)).toContain('已签到');
  expect(has(p, '#qr')).toBe(false);
});

test('a sign-up that cannot be found says so', async () => {
  cloud.fail('fair.mySignup', 'NOT_FOUND', '没有找到这次报名');
  const p = await open('sg_unknown');
  expect(textOf(p)).toContain('没有找到这次报名');
  expect(has(p, '#code')).toBe(false);
});

test('a cancelled fair: the state and the cadre’s reason come first, and no code at all', async () => {
  const { checkInCode: _code, ...noCode } = MY_SIGNUP;
  cloud.ok('fair.mySignup', {
    ...noCode,
    fair: { ...MY_SIGNUP.fair, status: 'cancelled', cancelReason: '受台风影响取消，改期另行通知' },
  });
  const p = await open();
  expect(textOf(p, '#state-heading')).toBe('招聘会取消了');
  expect(textOf(p, '#state-why')).toBe('村干部说：受台风影响取消，改期另行通知');
  expect(textOf(p, '#state')).toContain('不用去了');
  const text = textOf(p);
  expect(text.indexOf('招聘会取消了')).toBeLessThan(text.indexOf('庆荣村院坝招聘会'));
  expect(text).not.toContain('报名成功');
  expect(text).not.toContain('到门口给工作人员看这个签到码');
  expect(has(p, '#code')).toBe(false);
  expect(has(p, '#qr')).toBe(false);
  expect(has(p, '#bring')).toBe(false);
  expect(has(p, '#cancel-signup')).toBe(false);
  await tapOn(p, '#other-fairs');
  expect(wxr.navigations).toEqual(['/pages/fairs/index']);
});

test('a code cached before the fair was called off is gone once the server says so', async () => {
  cacheSignup({ status: 'upcoming' });
  const { checkInCode: _code, ...noCode } = MY_SIGNUP;
  cloud.ok('fair.mySignup', {
    ...noCode,
    fair: { ...MY_SIGNUP.fair, status: 'cancelled', cancelReason: '下大雨' },
  });
  const p = await open();
  expect(textOf(p, '#state-why')).toBe('村干部说：下大雨');
  expect(has(p, '#code')).toBe(false);
});

test('a fair whose day has passed says it is over, without the code', async () => {
  const { checkInCode: _code, ...noCode } = MY_SIGNUP;
  cloud.ok('fair.mySignup', {
    ...noCode,
    fair: { ...MY_SIGNUP.fair, status: 'finished', day: '2026-01-05' },
  });
  const p = await open();
  expect(textOf(p, '#state-heading')).toBe('招聘会已经结束了');
  expect(has(p, '#code')).toBe(false);
});

test('去不了了 cancels the sign-up after asking, and frees the seat', async () => {
  cloud.ok('fair.mySignup', MY_SIGNUP);
  cloud.ok('fair.cancelSignUp', { status: 'cancelled' });
  const p = await open();
  await tapOn(p, '#cancel-signup');
  await settle();
  expect(wxr.modals[0]?.title).toBe('取消报名？');
  expect(cloud.inputsOf('fair.cancelSignUp')).toEqual([{ signupId: 'sg_wangdm_qingrong' }]);
  expect(textOf(p, '#state-heading')).toBe('您已取消报名');
  expect(has(p, '#cancel-signup')).toBe(false);
  expect(has(p, '#qr')).toBe(false);
  expect(has(p, '#code')).toBe(false);
});

/** What the sign-up left in the page cache (the code page shows it before the network answers). */
function cacheSignup(fairExtra: Record<string, unknown> = {}): void {
  wxr.storage.set(`xp:cache:${signupKey(SIGNUP._id)}`, {
    v: 2,
    at: Date.now(),
    data: {
      signup: SIGNUP,
      fair: {
        title: FAIR_CARD.title,
        day: FAIR_CARD.day,
        place: '资中县 太平镇 庆荣村',
        address: FAIR_CARD.address,
        lat: 29.78,
        lng: 104.86,
        ...fairExtra,
      },
    },
  });
}
