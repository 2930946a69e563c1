/**
 * Login and permissions: wx.login's code names the user the app acts as; a scope is asked once
 * with WeChat's permission prompt and the answer remembered (wx.getSetting, wx.openSetting).
 */
import { currentOpenid } from '../config';
import { storageGet, storageSet } from '../storage';
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';
import { privacyCheck } from './privacy';

const SETTING_KEY = '__preview:authSetting';

function authSetting(): Record<string, boolean> {
  return (storageGet(SETTING_KEY) || {}) as Record<string, boolean>;
}

const SCOPE_TEXT: Record<string, [string, string]> = {
  'scope.userLocation': ['“乡聘”想使用您的位置', '浏览器预览里用演示坐标：浦北县 泉水镇'],
  'scope.userFuzzyLocation': ['“乡聘”想使用您的大概位置', '浏览器预览里用演示坐标：浦北县 泉水镇'],
  'scope.writePhotosAlbum': ['“乡聘”想保存图片到您的相册', '浏览器预览会把图片下载到本机'],
  'scope.record': ['“乡聘”想使用您的麦克风', '浏览器预览不录音：说话时请打字或点例句'],
};

/** Scopes WeChat treats as privacy APIs: wx.authorize for them passes the privacy check first. */
const PRIVACY_SCOPES: Record<string, string> = { 'scope.record': 'authorize' };

/** What 设置 shows for each scope, when the app has asked for it. */
const SETTING_NAMES: Record<string, string> = {
  'scope.userLocation': '您的位置',
  'scope.record': '麦克风',
  'scope.writePhotosAlbum': '保存到相册',
};

/** WeChat's one-time permission prompt for a scope (remembered, like authSetting). */
export async function permission(scope: string, name: string, text?: string): Promise<void> {
  const setting = authSetting();
  if (setting[scope] === true) return;
  if (setting[scope] === false) throw fail(name, 'auth deny');
  const [title, note] = SCOPE_TEXT[scope] ?? [text ?? `“乡聘”想使用 ${scope}`, ''];
  const i = await ui.standIn(text ?? title, note ? [note] : [], [
    { text: '拒绝' },
    { text: '允许', primary: true },
  ]);
  storageSet(SETTING_KEY, { ...authSetting(), [scope]: i === 1 });
  if (i !== 1) throw fail(name, 'auth deny');
}

/** wx.openSetting (also `<button open-type="openSetting">`). */
export const openSetting = api('openSetting', async () => {
  // The scopes the app has asked for (the location when none), one question each, as 设置 lists them.
  const asked = Object.keys(authSetting()).filter((scope) => SETTING_NAMES[scope]);
  for (const scope of asked.length ? asked : ['scope.userLocation']) {
    const i = await ui.standIn(
      '设置',
      [`允许乡聘使用${SETTING_NAMES[scope]}？`],
      [{ text: '不允许' }, { text: '允许', primary: true }],
    );
    storageSet(SETTING_KEY, { ...authSetting(), [scope]: i === 1 });
  }
  return { authSetting: authSetting() };
});

export const authApis: WxFamily = {
  login: api('login', () => ({ code: `preview-${currentOpenid() ?? 'user'}` })),
  checkSession: api('checkSession', () => undefined),
  getSetting: api('getSetting', () => ({
    authSetting: { ...authSetting() },
    subscriptionsSetting: { mainSwitch: true },
  })),
  openSetting,
  authorize: api('authorize', async (o: { scope: string }) => {
    const referrer = PRIVACY_SCOPES[o.scope];
    if (referrer && authSetting()[o.scope] === undefined) await privacyCheck(referrer);
    await permission(o.scope, 'authorize');
  }),
};
