/**
 * The phone the preview pretends to be (375×812, WeChat 8.0.50, base library 3.7.0), the app's
 * launch options, and the APIs that have nothing to do in a browser (listeners, vibration,
 * update manager, log managers).
 */
import { windowHeight } from '../bars';
import { launchOptions } from '../navigation';
import { api, type WxFamily } from './api';

const SAFE_AREA = { left: 0, right: 375, top: 0, bottom: 812, width: 375, height: 812 };

function systemInfo() {
  return {
    brand: 'preview',
    model: '乡聘浏览器预览',
    pixelRatio: window.devicePixelRatio || 2,
    screenWidth: 375,
    screenHeight: 812,
    windowWidth: 375,
    windowHeight: windowHeight(),
    statusBarHeight: 0,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'Browser preview',
    platform: 'devtools',
    fontSizeSetting: 16,
    SDKVersion: '3.7.0',
    benchmarkLevel: 1,
    theme: 'light',
    safeArea: { ...SAFE_AREA },
    enableDebug: false,
    deviceOrientation: 'portrait',
    host: { env: 'WeChat' },
  };
}

const nothing = () => undefined;

export const systemApis: WxFamily = {
  canIUse: () => true,
  getSystemInfoSync: systemInfo,
  getSystemInfo: api('getSystemInfo', systemInfo),
  getWindowInfo: () => {
    const s = systemInfo();
    return {
      pixelRatio: s.pixelRatio,
      screenWidth: 375,
      screenHeight: 812,
      windowWidth: 375,
      windowHeight: s.windowHeight,
      statusBarHeight: 0,
      safeArea: s.safeArea,
      screenTop: 0,
    };
  },
  getDeviceInfo: () => ({
    brand: 'preview',
    model: '乡聘浏览器预览',
    system: 'Browser preview',
    platform: 'devtools',
    benchmarkLevel: 1,
  }),
  getAppBaseInfo: () => ({
    SDKVersion: '3.7.0',
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting: 16,
    enableDebug: false,
    host: { env: 'WeChat' },
  }),
  getSystemSetting: () => ({
    bluetoothEnabled: false,
    locationEnabled: true,
    wifiEnabled: true,
    deviceOrientation: 'portrait',
  }),
  getAppAuthorizeSetting: () => ({
    locationAuthorized: 'authorized',
    notificationAuthorized: 'authorized',
  }),
  getAccountInfoSync: () => ({
    miniProgram: { appId: 'preview', envVersion: 'develop', version: '' },
  }),
  getLaunchOptionsSync: () => launchOptions(),
  getEnterOptionsSync: () => launchOptions(),
  getMenuButtonBoundingClientRect: () => ({
    width: 87,
    height: 32,
    top: 6,
    bottom: 38,
    left: 281,
    right: 368,
  }),
  getNetworkType: api('getNetworkType', () => ({ networkType: 'wifi' })),
  onNetworkStatusChange: nothing,
  offNetworkStatusChange: nothing,
  onAppShow: nothing,
  offAppShow: nothing,
  onAppHide: nothing,
  offAppHide: nothing,
  onError: nothing,
  onUnhandledRejection: nothing,
  onMemoryWarning: nothing,
  nextTick: (fn: () => void) => Promise.resolve().then(fn),
  getUpdateManager: () => ({
    onCheckForUpdate: nothing,
    onUpdateReady: nothing,
    onUpdateFailed: nothing,
    applyUpdate: nothing,
  }),
  getRealtimeLogManager: () => ({
    info: console.info,
    warn: console.warn,
    error: console.error,
    setFilterMsg: nothing,
    addFilterMsg: nothing,
  }),
  getLogManager: () => ({
    log: console.log,
    info: console.info,
    warn: console.warn,
    debug: console.debug,
  }),
  reportEvent: nothing,
  reportAnalytics: nothing,
  vibrateShort: api('vibrateShort', nothing),
  vibrateLong: api('vibrateLong', nothing),
  setKeepScreenOn: api('setKeepScreenOn', nothing),
};
