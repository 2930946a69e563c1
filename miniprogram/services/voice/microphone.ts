/**
 * The microphone (scope.record), a privacy API: WeChat first holds it for the privacy sheet
 * (services/privacy, components/privacy-sheet), then asks its own permission once. Once refused,
 * WeChat never asks again: only 设置 can turn it back on.
 */
import { announcePrivacyUse } from '../privacy';

const SCOPE = 'scope.record';

/**
 * 'ready': the microphone may be used now. 'asked': the worker just allowed it (their finger has
 * left the button for WeChat's dialog; they hold it again). 'refused': typing, or 设置.
 */
export type MicrophoneState = 'ready' | 'asked' | 'refused';

function authSetting(): Promise<Record<string, boolean | undefined>> {
  return new Promise((resolve) => {
    wx.getSetting({
      success: (res) => resolve(res.authSetting as Record<string, boolean | undefined>),
      fail: () => resolve({}),
    });
  });
}

/** Whether the microphone may be used, asking (privacy sheet, then WeChat) the first time. */
export async function askMicrophone(): Promise<MicrophoneState> {
  const setting = await authSetting();
  if (setting[SCOPE] === true) return 'ready';
  if (setting[SCOPE] === false) return 'refused';
  announcePrivacyUse('microphone');
  return new Promise((resolve) => {
    wx.authorize({
      scope: SCOPE,
      success: () => resolve('asked'),
      fail: () => resolve('refused'),
    });
  });
}

/** Opens WeChat's 设置 for this app; true when the microphone is on when the worker comes back. */
export function openMicrophoneSetting(): Promise<boolean> {
  return new Promise((resolve) => {
    wx.openSetting({
      success: (res) => resolve((res.authSetting as Record<string, boolean>)[SCOPE] === true),
      fail: () => resolve(false),
    });
  });
}
