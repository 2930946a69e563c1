/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */

/**
 * The browser preview's app document: installs the WeChat globals (Component, Behavior, App,
 * getApp, getCurrentPages, wx), the built-in components, loads app.ts, and opens the first page —
 * or the one named by `?path=` (a shared link) — as the demo user named by `?as=`.
 */

const jUtils = require('j-component/src/tool/utils') as { transformRpx: (s: string) => string };
import * as manifest from 'xp:manifest';
import { installBuiltins } from './builtins';
import { chooseUser, config } from './config';
import { requirePlugin } from './plugins';
import { appInstance, installGlobals } from './registry';
import * as bars from './bars';
import * as navigation from './navigation';
import { wx } from './wx';

// rpx in inline styles: 750 rpx = the 375 px screen (j-component's own helper maps 1 rpx to 1 px).
jUtils.transformRpx = (style: string) =>
  String(style).replace(
    /(-?\d*\.?\d+)rpx/gi,
    (_m, n: string) => `${Math.round(Number(n) * 500) / 1000}px`,
  );

const params = new URL(location.href).searchParams;
chooseUser(params.get('as'), params.get('openid'));

const g = window as unknown as Record<string, unknown>;
g.wx = wx;
installGlobals(navigation.currentPages);
g.requirePlugin = requirePlugin;
installBuiltins();

for (const warning of manifest.warnings as string[]) console.warn(`[preview] ${warning}`);

const root = document.getElementById('xp-app') ?? document.body;
navigation.mount(root);
bars.mount(root);

try {
  manifest.loadApp();
} catch (err) {
  console.error('[preview] app.ts failed to load', err);
}
/**
 * `?path=/pages/fair/index?id=f1&inv=u2` written without encoding the page's own query: the
 * parameters after `path` that are not the preview's (as, openid) belong to the page's path.
 */
function pagePath(): string | null {
  const raw = params.get('path');
  if (!raw) return null;
  const extra = [...params.entries()].filter(([k]) => !['path', 'as', 'openid'].includes(k));
  if (!extra.length) return raw;
  const join = raw.includes('?') ? '&' : '?';
  return raw + join + extra.map(([k, v]) => `${k}=${v}`).join('&');
}
const path = pagePath();
const app = appInstance();
const launch = {
  path: (path ?? `/${(manifest.pages as string[])[0]}`).split('?')[0].replace(/^\//, ''),
  query: {},
  scene: path ? 1007 : 1001,
};
try {
  if (typeof app.onLaunch === 'function') app.onLaunch(launch);
  if (typeof app.onShow === 'function') app.onShow(launch);
} catch (err) {
  console.error('[preview] App onLaunch failed', err);
}
navigation.start(path);
document.documentElement.dataset.xpReady = 'true';
(window as unknown as { __xpPreview: unknown }).__xpPreview = { navigation, bars, config };
