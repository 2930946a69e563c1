import { announcePrivacyUse, installPrivacyListener } from '../../../miniprogram/services/privacy';
import { loadComponent } from '../load';
import { has, settle, setup, tapOn, textOf } from '../worker-kit';

type Listener = (resolve: (r: unknown) => void, info: { referrer: string }) => void;
let listener: Listener | undefined;

beforeAll(() => {
  setup();
  (
    wx as unknown as { onNeedPrivacyAuthorization: (l: Listener) => void }
  ).onNeedPrivacyAuthorization = (l) => {
    listener = l;
  };
  installPrivacyListener();
});

test('hidden until WeChat holds a privacy API; 不同意 refuses it and closes', async () => {
  const sheet = loadComponent('components/privacy-sheet/index');
  expect(has(sheet, '.panel')).toBe(false);
  const resolved: unknown[] = [];
  listener!((r) => resolved.push(r), { referrer: 'getLocation' });
  await settle();
  expect(textOf(sheet)).toContain('不同意也能用，我们按您家所在的县来找');
  await tapOn(sheet, '.buttons .btn');
  expect(resolved).toEqual([{ event: 'disagree' }]);
  expect(has(sheet, '.panel')).toBe(false);
});

test('同意 (the agreePrivacyAuthorization button) lets the held API go on', async () => {
  const sheet = loadComponent('components/privacy-sheet/index');
  const resolved: unknown[] = [];
  listener!((r) => resolved.push(r), { referrer: 'getLocation' });
  await settle();
  sheet.querySelector('#xp-privacy-agree')!.dispatchEvent('agreeprivacyauthorization');
  await settle();
  expect(resolved).toEqual([{ event: 'agree', buttonId: 'xp-privacy-agree' }]);
  expect(has(sheet, '.panel')).toBe(false);
});

test('a page says what it needs: its own title and text', async () => {
  const sheet = loadComponent('components/privacy-sheet/index', {
    props: { title: '保存到相册', text: '把邀请海报保存到手机相册，方便打印和发群。' },
  });
  listener!(() => undefined, { referrer: 'saveImageToPhotosAlbum' });
  await settle();
  expect(textOf(sheet)).toContain('保存到相册');
  expect(textOf(sheet)).toContain('方便打印和发群');
  expect(textOf(sheet)).not.toContain('按您家所在的县');
});

test('the microphone of 按住说话 brings its own words; the next request is the page’s own again', async () => {
  const sheet = loadComponent('components/privacy-sheet/index');
  announcePrivacyUse('microphone');
  listener!(() => undefined, { referrer: 'authorize' });
  await settle();
  expect(textOf(sheet)).toContain('用一下麦克风');
  expect(textOf(sheet)).toContain('我们不保存您的声音。不同意也能打字');
  expect(textOf(sheet)).not.toContain('用一下您的位置');
  await tapOn(sheet, '.buttons .btn');
  listener!(() => undefined, { referrer: 'getLocation' });
  await settle();
  expect(textOf(sheet)).toContain('用一下您的位置');
  expect(textOf(sheet)).not.toContain('麦克风');
});
