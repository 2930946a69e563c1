/**
 * Test kit for the worker pages and components (main package): the one FakeCloud (fake-cloud.ts),
 * an in-memory `wx` storage, and `wx` calls recorded.
 */
import { FakeCloud } from './fake-cloud';
import { setTransport } from '../../miniprogram/services/call-cloud';
import { resetSession } from '../../miniprogram/services/session';
import { resetLocation } from '../../miniprogram/services/location';
import type { LoadedComponent, Node } from './load';

// The first page of a file waits for the WXML compiler (wcc) over the whole tree.
jest.setTimeout(30_000);

export { FakeCloud };

export interface WxRecord {
  storage: Map<string, unknown>;
  toasts: string[];
  modals: { title?: string; content?: string }[];
  navigations: string[];
  subscriptions: string[][];
  calls: string[];
  locations: { latitude: number; longitude: number }[];
  /** What the next showModal answers (confirm = true by default). */
  modalConfirm: boolean;
  /** What is typed into an editable showModal. */
  modalContent: string;
  /** The position wx.getLocation gives, or undefined for a refusal. */
  position: { latitude: number; longitude: number } | undefined;
  locationAllowed: boolean;
}

let baseInfo: WechatMiniprogram.AppBaseInfo | undefined;

/** Replaces the `wx` calls the pages use with recorded fakes; storage lives in memory. */
export function installWx(): WxRecord {
  // simulate defines the global wx when first required.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('miniprogram-simulate');
  // simulate's own base info (TDesign reads SDKVersion from it), captured before it is replaced.
  baseInfo ??= wx.getAppBaseInfo();
  const rec: WxRecord = {
    storage: new Map(),
    toasts: [],
    modals: [],
    navigations: [],
    subscriptions: [],
    calls: [],
    locations: [],
    modalConfirm: true,
    modalContent: '',
    position: undefined,
    locationAllowed: false,
  };
  type Callback = (res: unknown) => void;
  type Opts = Record<string, unknown> & {
    success?: Callback;
    fail?: Callback;
    complete?: Callback;
  };
  const done = (o: Opts, res: unknown = {}) => {
    o?.['success']?.(res);
    o?.['complete']?.(res);
    return Promise.resolve(res);
  };
  Object.assign(wx, {
    getStorageSync: (k: string) =>
      rec.storage.has(k) ? JSON.parse(JSON.stringify(rec.storage.get(k))) : '',
    setStorageSync: (k: string, v: unknown) =>
      void rec.storage.set(k, JSON.parse(JSON.stringify(v))),
    removeStorageSync: (k: string) => void rec.storage.delete(k),
    showToast: (o: Opts) => {
      rec.toasts.push(String(o['title']));
      return done(o);
    },
    showModal: (o: Opts) => {
      rec.modals.push({ title: o['title'] as string, content: o['content'] as string });
      return done(o, {
        confirm: rec.modalConfirm,
        cancel: !rec.modalConfirm,
        content: rec.modalContent,
      });
    },
    navigateTo: (o: Opts) => {
      rec.navigations.push(String(o['url']));
      return done(o);
    },
    redirectTo: (o: Opts) => {
      rec.navigations.push(String(o['url']));
      return done(o);
    },
    switchTab: (o: Opts) => {
      rec.navigations.push(String(o['url']));
      return done(o);
    },
    navigateBack: (o: Opts) => done(o),
    requestSubscribeMessage: (o: Opts) => {
      rec.subscriptions.push(o['tmplIds'] as string[]);
      return done(o);
    },
    makePhoneCall: (o: Opts) => {
      rec.calls.push(String(o['phoneNumber']));
      return done(o);
    },
    openLocation: (o: Opts) => {
      rec.locations.push({
        latitude: o['latitude'] as number,
        longitude: o['longitude'] as number,
      });
      return done(o);
    },
    getSetting: (o: Opts) =>
      done(o, { authSetting: { 'scope.userLocation': rec.locationAllowed } }),
    getLocation: (o: Opts) => {
      if (!rec.position) {
        const err = { errMsg: 'getLocation:fail auth deny' };
        o?.['fail']?.(err);
        o?.['complete']?.(err);
        return undefined;
      }
      return done(o, { ...rec.position });
    },
    setScreenBrightness: (o: Opts) => done(o),
    setNavigationBarTitle: (o: Opts) => done(o),
    stopPullDownRefresh: (o: Opts) => done(o),
    getSystemInfoSync: () => ({ fontSizeSetting: 16, windowWidth: 375, windowHeight: 700 }),
    getAppBaseInfo: () => ({ ...baseInfo, fontSizeSetting: 16 }),
  });
  return rec;
}

/** Fresh fake cloud and `wx` for each test; module caches of the services cleared. */
export function setup(): { cloud: FakeCloud; wxr: WxRecord } {
  const cloud = new FakeCloud();
  setTransport(cloud.transport);
  resetSession();
  resetLocation();
  const wxr = installWx();
  return { cloud, wxr };
}

/** Lets pending promises, timers of 0 ms and setData settle. */
export async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Waits until `check` passes (for retries with back-off, up to `ms`). */
export async function until(check: () => void, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** The visible text of a node: its text pieces joined by one space, as a reader scans them. */
export function textOf(node: Node | LoadedComponent, selector?: string): string {
  const el = selector ? node.querySelector(selector) : node;
  if (!el) throw new Error(`nothing matches ${selector}`);
  // Typed structurally: the root tsconfig has no DOM lib.
  interface TextNode {
    textContent: string | null;
  }
  const root = el.dom as unknown as {
    ownerDocument: {
      createTreeWalker(root: unknown, what: number): { nextNode(): TextNode | null };
    };
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '')
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

export function has(node: Node | LoadedComponent, selector: string): boolean {
  return !!node.querySelector(selector);
}

/** Taps the element and lets the handlers run. */
export async function tapOn(node: Node | LoadedComponent, selector: string): Promise<void> {
  const el = node.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.dispatchEvent('tap');
  await settle();
}

/** Taps the n-th element matching `selector` inside the child component `within`. */
export async function tapNth(
  node: Node | LoadedComponent,
  within: string,
  selector: string,
  n: number,
): Promise<void> {
  const child = node.querySelector(within);
  if (!child) throw new Error(`nothing matches ${within}`);
  const all = child.querySelectorAll(selector);
  const el = all[n];
  if (!el) throw new Error(`only ${all.length} of ${selector} in ${within}`);
  el.dispatchEvent('tap');
  await settle();
}

export async function typeInto(
  node: Node | LoadedComponent,
  selector: string,
  value: string,
): Promise<void> {
  const el = node.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.dispatchEvent('input', { detail: { value } });
  await settle();
}

export async function pickIn(
  node: Node | LoadedComponent,
  selector: string,
  value: unknown,
): Promise<void> {
  const el = node.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.dispatchEvent('change', { detail: { value } });
  await settle();
}
