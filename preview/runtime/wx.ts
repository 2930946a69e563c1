/* eslint-disable @typescript-eslint/no-explicit-any -- the runtime drives untyped j-component/exparser objects */
/**
 * `wx` for the browser preview: the APIs the pages call, done for real where a browser can
 * (storage, requests, cloud functions through local-cloud's gateway, navigation, toast/modal),
 * and as visible stand-ins where only a phone can (calls, maps, scanning, subscriptions, sharing).
 * Any other API answers with a console warning and a `fail`, never a crash.
 */
import {
  config,
  currentOpenid,
  GATEWAY_KEY,
  storageClear,
  storageGet,
  storageKeys,
  storageRemove,
  storageSet,
} from './config';
import { appJson } from './app-json';
import * as bars from './bars';
import * as navigation from './navigation';
import { selectorQuery } from './selector-query';
import * as ui from './ui';

type Callbacks = {
  success?: (res: unknown) => void;
  fail?: (err: unknown) => void;
  complete?: (res: unknown) => void;
};
type AnyOptions = Record<string, any> & Callbacks;

class WxError extends Error {
  constructor(readonly errMsg: string) {
    super(errMsg);
  }
}

/** Wraps an async implementation in WeChat's calling convention (callbacks, or a promise). */
function api(
  name: string,
  impl: (
    options: AnyOptions,
  ) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void,
) {
  return (options: AnyOptions = {}): Promise<unknown> | undefined => {
    const promise = Promise.resolve()
      .then(() => impl(options))
      .then(
        (res) => ({ errMsg: `${name}:ok`, ...(res ?? {}) }),
        (err: unknown) => {
          const errMsg =
            err instanceof WxError
              ? err.errMsg
              : `${name}:fail ${err instanceof Error ? err.message : String(err)}`;
          throw { errMsg };
        },
      );
    if (options.success || options.fail || options.complete) {
      promise.then(
        (res) => {
          options.success?.(res);
          options.complete?.(res);
        },
        (err) => {
          options.fail?.(err);
          options.complete?.(err);
        },
      );
      return undefined;
    }
    return promise;
  };
}

const fail = (name: string, why: string) => new WxError(`${name}:fail ${why}`);

// ---------------------------------------------------------------- taps, privacy, permissions

let lastTap = 0;
document.addEventListener('click', () => (lastTap = Date.now()), true);
const inTap = () => Date.now() - lastTap < 5000;

type PrivacyResolve = (r: { event: string; buttonId?: string }) => void;
const privacyListeners: ((resolve: PrivacyResolve, info: { referrer: string }) => void)[] = [];
let privacyWaiting: PrivacyResolve | undefined;
const PRIVACY_KEY = '__preview:privacyAgreed';

export function agreePrivacy(buttonId?: string): void {
  storageSet(PRIVACY_KEY, true);
  const r = privacyWaiting;
  privacyWaiting = undefined;
  r?.({ event: 'agree', buttonId });
}

/** WeChat's privacy check before a privacy API: the app's sheet, or the preview's own prompt. */
async function privacyCheck(referrer: string): Promise<void> {
  if (storageGet(PRIVACY_KEY) === true) return;
  const usesCheck = appJson().__usePrivacyCheck__;
  if (!usesCheck) return;
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

const SETTING_KEY = '__preview:authSetting';
function authSetting(): Record<string, boolean> {
  return (storageGet(SETTING_KEY) || {}) as Record<string, boolean>;
}

const SCOPE_TEXT: Record<string, [string, string]> = {
  'scope.userLocation': ['“乡聘”想使用你的位置', '浏览器预览里用演示坐标：浦北县 泉水镇'],
  'scope.userFuzzyLocation': ['“乡聘”想使用你的大概位置', '浏览器预览里用演示坐标：浦北县 泉水镇'],
  'scope.writePhotosAlbum': ['“乡聘”想保存图片到你的相册', '浏览器预览会把图片下载到本机'],
};

/** WeChat's one-time permission prompt for a scope (remembered, like authSetting). */
async function permission(scope: string, name: string, text?: string): Promise<void> {
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

/** Demo coordinates: 浦北县 泉水镇 (the seed stories' 泉水工业园). */
const DEMO_LOCATION = { latitude: 22.2716, longitude: 109.5562 };
const DEMO_PLACES = [
  { name: '泉水工业园', address: '广西钦州市浦北县泉水镇', latitude: 22.2716, longitude: 109.5562 },
  {
    name: '庆荣村村委会',
    address: '四川省内江市资中县太平镇庆荣村',
    latitude: 29.7246,
    longitude: 104.9512,
  },
  {
    name: '慈利县工业园',
    address: '湖南省张家界市慈利县零阳街道',
    latitude: 29.4298,
    longitude: 111.1392,
  },
  {
    name: '东阳市横店镇',
    address: '浙江省金华市东阳市横店镇',
    latitude: 29.1623,
    longitude: 120.3193,
  },
];

// ---------------------------------------------------------------- network

function gateway(): { url: string; openid: string } | undefined {
  const g = storageGet(GATEWAY_KEY) as { url?: string; openid?: string } | '';
  const url = (g && g.url) || config.cloudUrl;
  if (!url) return undefined;
  return { url, openid: (g && g.openid) || currentOpenid() || 'o-preview-user' };
}

async function httpRequest(options: AnyOptions) {
  const method = String(options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries((options.header ?? {}) as Record<string, string>))
    headers[k] = String(v);
  let url = String(options.url);
  let body: string | undefined;
  const data = options.data;
  if (method === 'GET' && data && typeof data === 'object') {
    const qs = new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)])).toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  } else if (data !== undefined) {
    body = typeof data === 'string' ? data : JSON.stringify(data);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if (options.dataType !== '其他' && options.responseType !== 'text') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const header: Record<string, string> = {};
  res.headers.forEach((v, k) => (header[k] = v));
  return { data: parsed, statusCode: res.status, header };
}

// ---------------------------------------------------------------- files (in memory)

const USER_DATA_PATH = 'wxfile://usr';
/** The in-memory file system: path → bytes. */
const files = new Map<string, Uint8Array>();
const fileUrls = new Map<string, string>();
let tempSeq = 0;

function toBytes(data: unknown, encoding?: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const text = String(data ?? '');
  if (encoding === 'base64') {
    const bin = atob(text.replace(/^data:[^,]*,/, ''));
    const bytes = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    return bytes;
  }
  if (encoding === 'binary' || encoding === 'latin1') {
    return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  }
  return new TextEncoder().encode(text);
}

function fromBytes(bytes: Uint8Array, encoding?: string): string | ArrayBuffer {
  if (!encoding) return bytes.slice().buffer;
  if (encoding === 'base64') {
    let bin = '';
    bytes.forEach((b) => (bin += String.fromCharCode(b)));
    return btoa(bin);
  }
  return new TextDecoder().decode(bytes);
}

function writeFile(filePath: string, data: unknown, encoding?: string): void {
  files.set(filePath, toBytes(data, encoding));
  const old = fileUrls.get(filePath);
  if (old) URL.revokeObjectURL(old);
  fileUrls.delete(filePath);
}

function mimeOf(path: string): string {
  if (/\.png$/i.test(path)) return 'image/png';
  if (/\.jpe?g$/i.test(path)) return 'image/jpeg';
  if (/\.csv$/i.test(path)) return 'text/csv;charset=utf-8';
  return 'application/octet-stream';
}

/** A URL the browser can load for a `wxfile://` path (images written by the app). */
export function fileUrl(path: string): string | undefined {
  const bytes = files.get(path);
  if (!bytes) return undefined;
  let url = fileUrls.get(path);
  if (!url) {
    url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeOf(path) }));
    fileUrls.set(path, url);
  }
  return url;
}

function fileSystemManager() {
  const get = (filePath: string): Uint8Array => {
    const bytes = files.get(filePath);
    if (!bytes) throw new WxError(`no such file or directory, open ${filePath}`);
    return bytes;
  };
  return {
    writeFileSync: (filePath: string, data: unknown, encoding?: string) =>
      writeFile(filePath, data, encoding),
    readFileSync: (filePath: string, encoding?: string) => fromBytes(get(filePath), encoding),
    accessSync: (filePath: string) => void get(filePath),
    unlinkSync: (filePath: string) => void files.delete(filePath),
    mkdirSync: () => undefined,
    writeFile: api('writeFile', (o) => writeFile(o.filePath, o.data, o.encoding)),
    readFile: api('readFile', (o) => ({ data: fromBytes(get(o.filePath), o.encoding) })),
    access: api('access', (o) => void get(o.filePath)),
    unlink: api('unlink', (o) => void files.delete(o.filePath)),
    mkdir: api('mkdir', () => undefined),
    readdir: api('readdir', (o) => ({
      files: [...files.keys()]
        .filter((f) => f.startsWith(`${o.dirPath}/`))
        .map((f) => f.slice(o.dirPath.length + 1)),
    })),
    stat: api('stat', (o) => ({
      stats: { size: get(o.filePath).byteLength, isFile: () => true, isDirectory: () => false },
    })),
  };
}

/** An image whose `src` may be a `wxfile://` path or a path of the mini-program. */
function createImage(): HTMLImageElement {
  const img = new Image();
  const desc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(img, 'src', {
    get: () => desc?.get?.call(img),
    set: (v: string) => desc?.set?.call(img, resolveFileSrc(String(v))),
  });
  return img;
}

/** `wxfile://` → its blob URL; '/x.png' → the mini-program's file; others unchanged. */
export function resolveFileSrc(src: string): string {
  if (src.startsWith('wxfile://')) return fileUrl(src) ?? '';
  if (src.startsWith('/') && !src.startsWith('//')) return `/mp${src}`;
  return src;
}

/** WeChat's canvas node API on a real canvas (createImage, requestAnimationFrame). */
export function asWxCanvas(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const c = canvas as HTMLCanvasElement & Record<string, unknown>;
  c.createImage = createImage;
  c.requestAnimationFrame = (cb: FrameRequestCallback) => requestAnimationFrame(cb);
  c.cancelAnimationFrame = (id: number) => cancelAnimationFrame(id);
  return canvas;
}

function download(name: string, data: BlobPart | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------- system info

function systemInfo() {
  const windowHeight = bars.windowHeight();
  return {
    brand: 'preview',
    model: '乡聘浏览器预览',
    pixelRatio: window.devicePixelRatio || 2,
    screenWidth: 375,
    screenHeight: 812,
    windowWidth: 375,
    windowHeight,
    statusBarHeight: 0,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'Browser preview',
    platform: 'devtools',
    fontSizeSetting: 16,
    SDKVersion: '3.7.0',
    benchmarkLevel: 1,
    theme: 'light',
    safeArea: { left: 0, right: 375, top: 0, bottom: 812, width: 375, height: 812 },
    enableDebug: false,
    deviceOrientation: 'portrait',
    host: { env: 'WeChat' },
  };
}

// ---------------------------------------------------------------- the object

const warned = new Set<string>();

const wxImpl: Record<string, unknown> = {
  env: { USER_DATA_PATH },
  canIUse: () => true,

  // storage
  getStorageSync: (key: string) => storageGet(key),
  setStorageSync: (key: string, value: unknown) => storageSet(key, value),
  removeStorageSync: (key: string) => storageRemove(key),
  clearStorageSync: () => storageClear(),
  getStorageInfoSync: () => ({ keys: storageKeys(), currentSize: 0, limitSize: 10240 }),
  getStorage: api('getStorage', (o) => {
    if (localStorage.getItem(`wx:${o.key}`) === null) throw fail('getStorage', 'data not found');
    return { data: storageGet(o.key) };
  }),
  setStorage: api('setStorage', (o) => storageSet(o.key, o.data)),
  removeStorage: api('removeStorage', (o) => storageRemove(o.key)),
  clearStorage: api('clearStorage', () => storageClear()),
  getStorageInfo: api('getStorageInfo', () => ({
    keys: storageKeys(),
    currentSize: 0,
    limitSize: 10240,
  })),

  // system
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
  getLaunchOptionsSync: () => navigation.launchOptions(),
  getEnterOptionsSync: () => navigation.launchOptions(),
  getMenuButtonBoundingClientRect: () => ({
    width: 87,
    height: 32,
    top: 6,
    bottom: 38,
    left: 281,
    right: 368,
  }),
  getNetworkType: api('getNetworkType', () => ({ networkType: 'wifi' })),
  onNetworkStatusChange: () => undefined,
  offNetworkStatusChange: () => undefined,
  onAppShow: () => undefined,
  offAppShow: () => undefined,
  onAppHide: () => undefined,
  offAppHide: () => undefined,
  onError: () => undefined,
  onUnhandledRejection: () => undefined,
  onMemoryWarning: () => undefined,
  nextTick: (fn: () => void) => Promise.resolve().then(fn),
  getUpdateManager: () => ({
    onCheckForUpdate: () => undefined,
    onUpdateReady: () => undefined,
    onUpdateFailed: () => undefined,
    applyUpdate: () => undefined,
  }),
  getRealtimeLogManager: () => ({
    info: console.info,
    warn: console.warn,
    error: console.error,
    setFilterMsg: () => undefined,
    addFilterMsg: () => undefined,
  }),
  getLogManager: () => ({
    log: console.log,
    info: console.info,
    warn: console.warn,
    debug: console.debug,
  }),
  reportEvent: () => undefined,
  reportAnalytics: () => undefined,
  vibrateShort: api('vibrateShort', () => undefined),
  vibrateLong: api('vibrateLong', () => undefined),
  setKeepScreenOn: api('setKeepScreenOn', () => undefined),
  createSelectorQuery: () => selectorQuery(),

  // login
  login: api('login', () => ({ code: `preview-${currentOpenid() ?? 'user'}` })),
  checkSession: api('checkSession', () => undefined),
  getSetting: api('getSetting', () => ({
    authSetting: { ...authSetting() },
    subscriptionsSetting: { mainSwitch: true },
  })),
  openSetting: api('openSetting', async () => {
    const i = await ui.standIn(
      '设置',
      ['允许乡聘使用你的位置？'],
      [{ text: '不允许' }, { text: '允许', primary: true }],
    );
    storageSet(SETTING_KEY, { ...authSetting(), 'scope.userLocation': i === 1 });
    return { authSetting: authSetting() };
  }),
  authorize: api('authorize', async (o) => {
    await permission(o.scope, 'authorize');
  }),

  // privacy
  onNeedPrivacyAuthorization: (
    listener: (resolve: PrivacyResolve, info: { referrer: string }) => void,
  ) => {
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

  // network and cloud
  request: (options: AnyOptions) => {
    const controller = {
      abort: () => undefined,
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };
    api(
      'request',
      httpRequest,
    )(
      options.success || options.fail || options.complete
        ? options
        : { ...options, success: () => undefined },
    );
    return controller;
  },
  cloud: {
    init: () => undefined,
    callFunction: api('cloud.callFunction', async (o) => {
      const g = gateway();
      if (!g)
        throw fail('cloud.callFunction', 'no local-cloud (start the preview with a cloudUrl)');
      const res = await fetch(`${g.url}/functions/${encodeURIComponent(o.name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': g.openid },
        body: JSON.stringify({ data: o.data ?? {} }),
      });
      const body = (await res.json()) as { result?: unknown; error?: unknown };
      if (res.status !== 200)
        throw fail('cloud.callFunction', `gateway answered ${res.status}: ${JSON.stringify(body)}`);
      return { result: body.result, requestID: `preview-${Date.now()}` };
    }),
    getTempFileURL: api('cloud.getTempFileURL', (o) => ({
      fileList: (o.fileList as string[]).map((f) => ({ fileID: f, tempFileURL: f, status: 0 })),
    })),
    uploadFile: api('cloud.uploadFile', (o) => ({ fileID: `cloud://preview/${o.cloudPath}` })),
  },
  downloadFile: api('downloadFile', (o) => ({ tempFilePath: o.url, statusCode: 200 })),

  // navigation
  navigateTo: api('navigateTo', (o) => navigation.navigateTo(o.url)),
  redirectTo: api('redirectTo', (o) => navigation.redirectTo(o.url)),
  switchTab: api('switchTab', (o) => navigation.switchTab(o.url)),
  reLaunch: api('reLaunch', (o) => navigation.reLaunch(o.url)),
  navigateBack: api('navigateBack', (o) => navigation.navigateBack(o.delta ?? 1)),
  setNavigationBarTitle: api('setNavigationBarTitle', (o) => bars.setTitle(o.title)),
  setNavigationBarColor: api('setNavigationBarColor', (o) =>
    bars.setBarColor(o.frontColor, o.backgroundColor),
  ),
  showNavigationBarLoading: api('showNavigationBarLoading', () => undefined),
  hideNavigationBarLoading: api('hideNavigationBarLoading', () => undefined),
  hideHomeButton: api('hideHomeButton', () => undefined),
  setBackgroundColor: api('setBackgroundColor', () => undefined),
  setBackgroundTextStyle: api('setBackgroundTextStyle', () => undefined),
  pageScrollTo: api('pageScrollTo', (o) => {
    if (typeof o.scrollTop === 'number')
      window.scrollTo({ top: o.scrollTop, behavior: o.duration === 0 ? 'auto' : 'smooth' });
    else if (o.selector) document.querySelector(`.xp-page-top ${o.selector}`)?.scrollIntoView();
  }),
  startPullDownRefresh: api('startPullDownRefresh', () => bars.pullDownRefresh()),
  stopPullDownRefresh: api('stopPullDownRefresh', () => bars.stopPullDownRefresh()),
  showTabBar: api('showTabBar', () => bars.setTabBarHidden(false)),
  hideTabBar: api('hideTabBar', () => bars.setTabBarHidden(true)),
  setTabBarBadge: api('setTabBarBadge', (o) => bars.setTabBadge(o.index, o.text)),
  removeTabBarBadge: api('removeTabBarBadge', (o) => bars.setTabBadge(o.index, '')),
  showTabBarRedDot: api('showTabBarRedDot', (o) => bars.setTabBadge(o.index, '•')),
  hideTabBarRedDot: api('hideTabBarRedDot', (o) => bars.setTabBadge(o.index, '')),

  // interaction
  showToast: api('showToast', (o) =>
    ui.showToast({ title: o.title, icon: o.icon ?? 'success', duration: o.duration, mask: o.mask }),
  ),
  hideToast: api('hideToast', () => ui.hideToast()),
  showLoading: api('showLoading', (o) =>
    ui.showToast({ title: o.title, loading: true, mask: o.mask }),
  ),
  hideLoading: api('hideLoading', () => ui.hideToast()),
  showModal: api('showModal', (o) => ui.showModal(o as ui.ModalOptions)),
  showActionSheet: api('showActionSheet', async (o) => {
    const tapIndex = await ui.showActionSheet({
      itemList: o.itemList,
      itemColor: o.itemColor,
      alertText: o.alertText,
    });
    if (tapIndex === undefined) throw fail('showActionSheet', 'cancel');
    return { tapIndex };
  }),
  setClipboardData: api('setClipboardData', async (o) => {
    try {
      await navigator.clipboard.writeText(String(o.data));
    } catch {
      // clipboard may be unavailable (headless); the toast still shows what happened
    }
    ui.showToast({ title: '内容已复制', icon: 'none' });
  }),
  getClipboardData: api('getClipboardData', async () => ({
    data: await navigator.clipboard.readText().catch(() => ''),
  })),
  previewImage: api('previewImage', async (o) => {
    await ui.standIn('预览图片', [String(o.current ?? (o.urls as string[])?.[0] ?? '')]);
  }),
  showShareMenu: api('showShareMenu', () => undefined),
  hideShareMenu: api('hideShareMenu', () => undefined),
  updateShareMenu: api('updateShareMenu', () => undefined),
  showShareImageMenu: api('showShareImageMenu', async (o) => {
    await ui.standIn('分享图片', ['微信会弹出“发送给朋友 / 保存图片”菜单。', String(o.path)]);
  }),

  // stand-ins for what only a phone does
  makePhoneCall: api('makePhoneCall', async (o) => {
    const i = await ui.standIn(
      '拨打电话',
      [String(o.phoneNumber)],
      [{ text: '取消' }, { text: '呼叫', primary: true }],
    );
    if (i !== 1) throw fail('makePhoneCall', 'cancel');
  }),
  getLocation: api('getLocation', async () => {
    await privacyCheck('getLocation');
    await permission('scope.userLocation', 'getLocation');
    return {
      ...DEMO_LOCATION,
      speed: -1,
      accuracy: 65,
      altitude: 0,
      verticalAccuracy: 65,
      horizontalAccuracy: 65,
    };
  }),
  getFuzzyLocation: api('getFuzzyLocation', async () => {
    await privacyCheck('getFuzzyLocation');
    await permission('scope.userFuzzyLocation', 'getFuzzyLocation', '“乡聘”想使用你的大概位置');
    return { ...DEMO_LOCATION };
  }),
  chooseLocation: api('chooseLocation', async () => {
    await privacyCheck('chooseLocation');
    const i = await ui.showActionSheet({
      itemList: DEMO_PLACES.map((p) => `${p.name} · ${p.address}`),
      alertText: '选择位置（预览替身：演示地点）',
    });
    if (i === undefined) throw fail('chooseLocation', 'cancel');
    return { ...DEMO_PLACES[i] };
  }),
  openLocation: api('openLocation', async (o) => {
    await ui.standIn('在地图上查看', [
      [o.name, o.address].filter(Boolean).join(' · ') || '位置',
      `纬度 ${o.latitude}，经度 ${o.longitude}`,
      '微信会在这里打开地图，可以导航过去。',
    ]);
  }),
  scanCode: api('scanCode', async (o) => {
    const result = await ui.promptText(
      '扫码',
      '浏览器不能用摄像头：请输入二维码里的内容（如签到码）',
      '二维码内容',
    );
    if (!result) throw fail('scanCode', 'cancel');
    void o;
    return {
      result,
      scanType: 'QR_CODE',
      charSet: 'utf-8',
      rawData: btoa(unescape(encodeURIComponent(result))),
    };
  }),
  requestSubscribeMessage: api('requestSubscribeMessage', async (o) => {
    const ids = (o.tmplIds ?? []) as string[];
    if (!inTap()) {
      console.warn(
        '[preview] wx.requestSubscribeMessage called outside a tap: WeChat refuses it (errCode 20004)',
      );
      throw fail('requestSubscribeMessage', 'can only be invoked by user TAP gesture.');
    }
    const i = await ui.standIn(
      '“乡聘”想给你发送通知',
      ids.map((id) => `· ${id}`).concat(['同意一次 = 可以发一条消息']),
      [{ text: '拒绝' }, { text: '允许', primary: true }],
    );
    const accept = i === 1;
    const g = gateway();
    if (accept && g) {
      await fetch(`${g.url}/dev/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openid: g.openid, templateIds: ids }),
      }).catch((err) => console.warn('[preview] could not record the subscription', err));
    }
    return Object.fromEntries(ids.map((id) => [id, accept ? 'accept' : 'reject']));
  }),
  saveImageToPhotosAlbum: api('saveImageToPhotosAlbum', async (o) => {
    await permission('scope.writePhotosAlbum', 'saveImageToPhotosAlbum');
    const data = files.get(o.filePath);
    if (data !== undefined) download(o.filePath.split('/').pop() || 'image.png', data, 'image/png');
    else if (/^(data:|blob:|https?:)/.test(o.filePath)) {
      const a = document.createElement('a');
      a.href = o.filePath;
      a.download = 'poster.png';
      a.click();
    }
    ui.showToast({ title: '已保存到相册', icon: 'success' });
  }),
  shareFileMessage: api('shareFileMessage', async (o) => {
    const data = files.get(o.filePath);
    if (data === undefined) throw fail('shareFileMessage', `no such file ${o.filePath}`);
    const name = o.fileName || o.filePath.split('/').pop() || 'file';
    (window as unknown as { __xpLastFile?: unknown }).__xpLastFile = {
      name,
      text: new TextDecoder().decode(data),
    };
    download(name, data, mimeOf(name));
    const i = await ui.standIn(
      '发送文件给朋友',
      [`${name}（${data.byteLength} 字节）`, '微信会在这里选择聊天发送；预览已把文件下载到本机。'],
      [{ text: '取消' }, { text: '发送', primary: true }],
    );
    if (i !== 1) throw fail('shareFileMessage', 'cancel');
  }),
  createOffscreenCanvas: (o: { width?: number; height?: number } = {}) => {
    const canvas = document.createElement('canvas');
    canvas.width = o.width ?? 300;
    canvas.height = o.height ?? 150;
    return asWxCanvas(canvas);
  },
  getImageInfo: api('getImageInfo', async (o) => {
    const img = createImage();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error(`cannot load ${o.src}`));
      img.src = o.src;
    });
    return { width: img.naturalWidth, height: img.naturalHeight, path: o.src, type: 'png' };
  }),
  getFileSystemManager: () => fileSystemManager(),
  canvasToTempFilePath: api('canvasToTempFilePath', (o) => {
    const canvas = o.canvas as HTMLCanvasElement | undefined;
    if (!canvas || typeof canvas.toDataURL !== 'function')
      throw fail('canvasToTempFilePath', 'canvas not found');
    const path = `${USER_DATA_PATH}/tmp_${++tempSeq}.png`;
    const url = canvas.toDataURL('image/png');
    writeFile(path, url, 'base64');
    return { tempFilePath: path };
  }),
  chooseMedia: api('chooseMedia', () => {
    throw fail('chooseMedia', 'not available in the browser preview');
  }),
};

function unknownApi(name: string) {
  return (options: AnyOptions = {}) => {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(
        `[preview] wx.${name} is not available in the browser preview; it answers with fail`,
      );
    }
    const err = { errMsg: `${name}:fail not supported in the browser preview` };
    if (options && (options.fail || options.complete)) {
      options.fail?.(err);
      options.complete?.(err);
      return undefined;
    }
    return Promise.reject(err);
  };
}

export const wx = new Proxy(wxImpl, {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    if (key in target) return target[key];
    if (key === 'then' || key === 'toJSON') return undefined;
    return unknownApi(key);
  },
});
