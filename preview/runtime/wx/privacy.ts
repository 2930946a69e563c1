/**
 * WeChat's privacy check (app.json `__usePrivacyCheck__`): before a privacy API, the app's own
 * sheet (wx.onNeedPrivacyAuthorization) or, when it has none, the preview's prompt. Agreeing is
 * remembered in storage, like WeChat remembers it per user.
 */
import { appJson } from '../app-json';
import { storageGet, storageSet } from '../storage';
import * as ui from '../ui';
import { api, fail, type WxFamily } from './api';

type PrivacyResolve = (r: { event: string; buttonId?: string }) => void;
type PrivacyListener = (resolve: PrivacyResolve, info: { referrer: string }) => void;

const privacyListeners: PrivacyListener[] = [];
let privacyWaiting: PrivacyResolve | undefined;
const PRIVACY_KEY = '__preview:privacyAgreed';

/** `<button open-type="agreePrivacyAuthorization">` was tapped. */
export function agreePrivacy(buttonId?: string): void {
  storageSet(PRIVACY_KEY, true);
  const r = privacyWaiting;
  privacyWaiting = undefined;
  r?.({ event: 'agree', buttonId });
}

/** WeChat's privacy check before a privacy API: the app's sheet, or the preview's own prompt. */
export async function privacyCheck(referrer: string): Promise<void> {
  if (storageGet(PRIVACY_KEY) === true) return;
  if (!appJson().__usePrivacyCheck__) return;
  const listener = privacyListeners[privacyListeners.length - 1];
  let event: string;
  if (listener) {
    event = await new Promise<string>((resolve) => {
      privacyWaiting = (r) => resolve(r.event);
      listener(
        (r) => {
          if (privacyWaiting) {
            privacyWaiting = undefined;
            if (r.event === 'agree') storageSet(PRIVACY_KEY, true);
            resolve(r.event);
          }
        },
        { referrer },
      );
    });
  } else {
    const i = await ui.standIn(
      '隐私保护提示',
      [
        '使用前请阅读并同意《用户隐私保护指引》',
        `（由 ${referrer} 触发；小程序没有注册 wx.onNeedPrivacyAuthorization）`,
      ],
      [{ text: '拒绝' }, { text: '同意', primary: true }],
    );
    event = i === 1 ? 'agree' : 'disagree';
    if (event === 'agree') storageSet(PRIVACY_KEY, true);
  }
  if (event !== 'agree') throw fail(referrer, 'privacy permission is not authorized');
}

export const privacyApis: WxFamily = {
  onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
    privacyListeners.push(listener);
  },
  requirePrivacyAuthorize: api('requirePrivacyAuthorize', async () =>
    privacyCheck('requirePrivacyAuthorize'),
  ),
  getPrivacySetting: api('getPrivacySetting', () => ({
    needAuthorization: storageGet(PRIVACY_KEY) !== true,
    privacyContractName: '《乡聘隐私保护指引》',
  })),
  openPrivacyContract: api('openPrivacyContract', async () => {
    await ui.standIn('《乡聘隐私保护指引》', ['微信会在这里打开小程序的隐私保护指引页面。']);
  }),
};
