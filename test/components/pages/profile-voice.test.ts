import { loadPage } from '../load';
import { installVoice, PRESS, say, within, type VoiceWorld } from '../voice-kit';
import { NEW_SESSION, SESSION, WORKER_PROFILE } from '../worker-fixtures';
import { has, settle, setup, tapOn, textOf, type FakeCloud, type WxRecord } from '../worker-kit';

let cloud: FakeCloud;
let wxr: WxRecord;
let voice: VoiceWorld;
beforeEach(() => {
  ({ cloud, wxr } = setup());
  voice = installVoice();
  voice.microphone = true;
  cloud.ok('account.login', SESSION);
  cloud.ok('account.updateProfile', (input) => ({ profile: input as typeof WORKER_PROFILE }));
});

async function open() {
  const p = loadPage('pages/profile/index');
  await settle();
  return p;
}
type Page = Awaited<ReturnType<typeof open>>;
const speak = (p: Page, words: string) => say(p, voice, words, PRESS.profile);
const check = (p: Page) => within(p, '#voice-profile') as never;

test('one sentence fills 工种, 期望工资 and where; the worker confirms, then saves', async () => {
  const p = await open();
  await speak(p, '我是资中的 会木工 也会电工 想去台州 一个月六千');
  await settle();
  expect(textOf(check(p), '#voice-profile-check')).toBe(
    '听懂了这些，对吗？ 木工家具 技工 期望月薪6000元 去台州市 不对，重说 对，填进表里',
  );
  // Nothing on the form changes before the worker says it is right.
  expect(textOf(p, '#categories')).toContain('✓ 普工');
  await tapOn(check(p), '#voice-fill');
  expect(wxr.toasts).toContain('填好了，看一下再点保存');
  expect(textOf(p, '#categories')).not.toContain('✓ 普工');
  expect(textOf(p, '#categories')).toContain('✓ 木工家具');
  expect(textOf(p, '#categories')).toContain('✓ 技工');
  expect(textOf(p, '#work-area')).toContain('✓ 外出打工');
  expect(textOf(p, '#cities')).toContain('✓ 台州市');
  expect(textOf(p, '#pay')).toContain('✓ 6000元');
  expect(cloud.inputsOf('account.updateProfile')).toEqual([]);
  await tapOn(p, '#save');
  await settle();
  expect(cloud.inputsOf('account.updateProfile')).toEqual([
    {
      ...WORKER_PROFILE,
      workArea: 'cities',
      cities: ['台州市'],
      categories: ['woodwork', 'skilled'],
      expectedPayYuan: 6000,
    },
  ]);
});

test('a pay that is not a chip (四千五) becomes one, chosen', async () => {
  const p = await open();
  await speak(p, '就在本县 做保安 四千五');
  await settle();
  await tapOn(check(p), '#voice-fill');
  expect(textOf(p, '#pay')).toContain('✓ 4500元');
  expect(textOf(p, '#pay').indexOf('4500元')).toBeLessThan(textOf(p, '#pay').indexOf('5000元'));
  expect(textOf(p, '#work-area')).toContain('✓ 本县');
  await tapOn(p, '#save');
  await settle();
  expect(cloud.inputsOf('account.updateProfile')[0]).toMatchObject({
    workArea: 'county',
    categories: ['security'],
    expectedPayYuan: 4500,
  });
});

test('不对，重说 leaves the form as it was', async () => {
  const p = await open();
  await speak(p, '开车 一天三百');
  await settle();
  await tapOn(check(p), '#voice-again');
  expect(has(check(p), '#voice-profile-check')).toBe(false);
  expect(textOf(p, '#categories')).toContain('✓ 普工');
  expect(textOf(p, '#pay')).toContain('✓ 5000元');
});

test('nothing understood: it says what to say, and fills nothing', async () => {
  cloud.ok('account.login', NEW_SESSION);
  const p = await open();
  await speak(p, '喂喂 听得到不');
  await settle();
  expect(textOf(check(p), '#voice-profile-check')).toContain('没听懂');
  expect(has(check(p), '#voice-fill')).toBe(false);
  expect(p.instance.data.categories).toEqual([]);
});

test('the first press shows the microphone’s privacy words on this page', async () => {
  voice.microphone = undefined;
  let held: ((r: unknown) => void) | undefined;
  const { installPrivacyListener } = await import('../../../miniprogram/services/privacy');
  (
    wx as unknown as { onNeedPrivacyAuthorization: (l: (r: never, i: never) => void) => void }
  ).onNeedPrivacyAuthorization = (l) => {
    held = l as unknown as (r: unknown) => void;
  };
  installPrivacyListener();
  // WeChat holds wx.authorize for the privacy sheet before its own prompt.
  wx.authorize = ((o: { success?: () => void }) => {
    (held as unknown as (r: (x: unknown) => void, i: { referrer: string }) => void)(
      () => o.success?.(),
      { referrer: 'authorize' },
    );
  }) as typeof wx.authorize;
  const p = await open();
  await within(p, ...PRESS.profile).dispatchEvent('touchstart');
  await settle();
  expect(textOf(within(p, '#privacy-sheet') as never)).toContain(
    '用一下麦克风 按住说话时，要用麦克风听您说的话，变成文字。',
  );
  expect(voice.plugin.manager.starts).toEqual([]);
});
