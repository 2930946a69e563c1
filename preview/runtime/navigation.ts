/**
 * The page stack of the preview and the page lifecycle calls WeChat makes (onLoad(query), onShow,
 * onReady, onHide, onUnload, onPageScroll, onReachBottom). Pages are the app's `Component()`
 * pages rendered by j-component; tab pages stay alive while another tab is on screen.
 * The bars (bars.ts) follow the page on top through `onTopChange`.
 */
import * as manifest from 'xp:manifest';
import type { WindowJson } from '../build';
import { firstPage, isTabPage, windowJson } from './app-json';
import { createComponent, tagNameOf, type RootComponent } from './registry';
import * as ui from './ui';

/** A page instance as j-component makes it: its data, methods and lifecycle functions. */
export type PageInstance = Record<string, unknown>;

export interface PageEntry {
  route: string;
  query: Record<string, string>;
  comp: RootComponent;
  instance: PageInstance;
  wrapper: HTMLElement;
  title: string;
  scrollY: number;
  /** The page's JSON (its window settings); wx.setNavigationBarColor changes it. */
  json: WindowJson;
  reachedBottom: boolean;
}

const stack: PageEntry[] = [];
const tabPages = new Map<string, PageEntry>();
const topListeners: (() => void)[] = [];
let host: HTMLElement;
let launch = { path: '', query: {} as Record<string, string>, scene: 1001 };

export const currentPages = (): PageInstance[] => stack.map((p) => p.instance);
export const top = (): PageEntry | undefined => stack[stack.length - 1];
export const depth = (): number => stack.length;
export const launchOptions = () => ({ ...launch, referrerInfo: {} });

/** Called whenever another page comes on top (or the same page again). */
export function onTopChange(listener: () => void): void {
  topListeners.push(listener);
}

/** Parses `url` ('/pages/a/index?x=1', or relative to the current page) into route and query. */
export function parseUrl(
  url: string,
  from = top()?.route ?? '',
): { route: string; query: Record<string, string> } {
  const [pathPart, queryPart = ''] = url.split('?', 2);
  let route: string;
  if (pathPart.startsWith('/')) route = pathPart.slice(1);
  else {
    const parts = from.split('/');
    parts.pop();
    for (const seg of pathPart.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    route = parts.join('/');
  }
  route = route.replace(/\.(html|wxml|ts|js)$/, '');
  const query: Record<string, string> = {};
  for (const pair of queryPart.split('&')) {
    if (!pair) continue;
    const i = pair.indexOf('=');
    // WeChat passes query values to onLoad as written in the url (not decoded).
    if (i < 0) query[pair] = '';
    else query[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return { route, query };
}

export const pathOf = (entry: Pick<PageEntry, 'route' | 'query'>): string => {
  const qs = Object.entries(entry.query)
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`))
    .join('&');
  return `/${entry.route}${qs ? `?${qs}` : ''}`;
};

function isThenable(value: unknown): value is Promise<unknown> {
  return !!value && typeof (value as { catch?: unknown }).catch === 'function';
}

/** Calls a page's method (a lifecycle function or a handler); errors are logged, not thrown. */
export function callPage(
  entry: PageEntry | undefined,
  method: string,
  ...args: unknown[]
): unknown {
  if (!entry) return undefined;
  const fn = entry.instance[method];
  if (typeof fn !== 'function') return undefined;
  try {
    const result: unknown = fn.apply(entry.instance, args);
    if (isThenable(result)) {
      result.catch((err: unknown) =>
        console.error(`[preview] ${entry.route} ${method} failed`, err),
      );
    }
    return result;
  } catch (err) {
    console.error(`[preview] ${entry.route} ${method} threw`, err);
    return undefined;
  }
}

function pageLifetime(entry: PageEntry, name: string): void {
  try {
    entry.comp.triggerPageLifeTime(name);
  } catch (err) {
    console.error(`[preview] pageLifetimes.${name} of ${entry.route}`, err);
  }
}

function applyPageMeta(entry: PageEntry): void {
  const root = entry.wrapper.dataset.rootFontSize;
  document.documentElement.style.fontSize = root && root !== 'system' ? root : '';
}

/** page-meta (a built-in) reports its values here. */
export function pageMetaChanged(wrapper: HTMLElement): void {
  const t = top();
  if (t && t.wrapper === wrapper) applyPageMeta(t);
}

/** Tells the address bar and the phone frame (shell.ts) which page is on top. */
export function announce(): void {
  const t = top();
  if (!t) return;
  const path = pathOf(t);
  const url = new URL(location.href);
  url.searchParams.set('path', path);
  history.replaceState(null, '', url.toString());
  document.title = t.title;
  window.parent?.postMessage({ type: 'xp:route', path, title: t.title, depth: stack.length }, '*');
}

function show(entry: PageEntry, isNew: boolean): void {
  for (const p of [...stack, ...tabPages.values()]) {
    p.wrapper.classList.toggle('xp-page-top', p === entry);
  }
  applyPageMeta(entry);
  for (const listener of topListeners) listener();
  window.scrollTo(0, isNew ? 0 : entry.scrollY);
  if (!isNew) {
    callPage(entry, 'onShow');
    pageLifetime(entry, 'show');
  }
  announce();
}

function hide(entry: PageEntry): void {
  entry.scrollY = window.scrollY;
  callPage(entry, 'onHide');
  pageLifetime(entry, 'hide');
}

function unload(entry: PageEntry): void {
  callPage(entry, 'onUnload');
  try {
    entry.comp.detach();
  } catch (err) {
    console.error(err);
  }
  entry.wrapper.remove();
  if (tabPages.get(entry.route) === entry) tabPages.delete(entry.route);
}

function open(route: string, query: Record<string, string>): PageEntry {
  if (!manifest.components[route]?.isPage) {
    throw new Error(`page "${route}" is not found in app.json`);
  }
  const wrapper = document.createElement('div');
  const comp = createComponent(route);
  const json = manifest.components[route].json;
  wrapper.className = `xp-page xp-page-${tagNameOf(route)}`;
  wrapper.dataset.route = route;
  host.appendChild(wrapper);
  const title = String(json.navigationBarTitleText ?? windowJson().navigationBarTitleText ?? '');
  const entry: PageEntry = {
    route,
    query,
    comp,
    instance: comp.instance,
    wrapper,
    title,
    scrollY: 0,
    json,
    reachedBottom: false,
  };
  entry.instance.route = route;
  entry.instance.__route__ = route;
  entry.instance.options = { ...query };
  stack.push(entry);
  comp.attach(wrapper);
  show(entry, true);
  callPage(entry, 'onLoad', { ...query });
  callPage(entry, 'onShow');
  pageLifetime(entry, 'show');
  setTimeout(() => callPage(entry, 'onReady'), 0);
  return entry;
}

/** Opens a tab page and keeps it for the next switchTab. */
function openTab(route: string, query: Record<string, string>): PageEntry {
  const entry = open(route, query);
  tabPages.set(route, entry);
  return entry;
}

export function navigateTo(url: string): { eventChannel: Record<string, () => void> } {
  const { route, query } = parseUrl(url);
  if (isTabPage(route)) throw new Error('can not navigateTo a tabbar page');
  if (stack.length >= 10) throw new Error('webview count limit exceed');
  const current = top();
  if (current) hide(current);
  try {
    open(route, query);
  } catch (err) {
    if (current) show(current, false);
    throw err;
  }
  return {
    eventChannel: {
      emit: () => undefined,
      on: () => undefined,
      once: () => undefined,
      off: () => undefined,
    },
  };
}

export function redirectTo(url: string): void {
  const { route, query } = parseUrl(url);
  if (isTabPage(route)) throw new Error('can not redirectTo a tabbar page');
  const current = stack.pop();
  if (current) unload(current);
  open(route, query);
}

export function navigateBack(delta = 1): void {
  if (stack.length <= 1) {
    // WeChat does nothing on the first page; the preview's home button is there instead.
    return;
  }
  const n = Math.min(delta, stack.length - 1);
  for (let i = 0; i < n; i++) {
    const entry = stack.pop();
    if (entry) unload(entry);
  }
  const t = top();
  if (t) show(t, false);
}

function clearStack(keepTabs: boolean): void {
  while (stack.length) {
    const entry = stack.pop() as PageEntry;
    if (keepTabs && tabPages.get(entry.route) === entry) {
      hide(entry);
      continue;
    }
    unload(entry);
  }
}

export function switchTab(url: string): void {
  const { route } = parseUrl(url);
  if (!isTabPage(route)) throw new Error('can not switchTab to a non-tabbar page');
  const current = top();
  if (current && current.route === route && stack.length === 1) return;
  clearStack(true);
  const existing = tabPages.get(route);
  if (existing) {
    stack.push(existing);
    show(existing, false);
  } else openTab(route, {});
}

export function reLaunch(url: string): void {
  const { route, query } = parseUrl(url, '');
  clearStack(false);
  for (const entry of [...tabPages.values()]) unload(entry);
  tabPages.clear();
  if (isTabPage(route)) openTab(route, query);
  else open(route, query);
}

function onScroll(): void {
  const t = top();
  if (!t) return;
  callPage(t, 'onPageScroll', { scrollTop: window.scrollY });
  const distance = Number(t.json.onReachBottomDistance ?? windowJson().onReachBottomDistance ?? 50);
  const atBottom =
    window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - distance;
  if (atBottom && !t.reachedBottom) {
    t.reachedBottom = true;
    callPage(t, 'onReachBottom');
  } else if (!atBottom) t.reachedBottom = false;
}

/** Adds the element the pages live in to `root`. */
export function mount(root: HTMLElement): void {
  host = document.createElement('div');
  host.className = 'xp-pages';
  root.appendChild(host);
  window.addEventListener('scroll', onScroll, { passive: true });
}

/** Opens the first page: `path` from the address bar (a shared link), or the first page. */
export function start(path: string | null): void {
  const first = firstPage();
  const target = path ? parseUrl(path, '') : { route: first, query: {} };
  launch = { path: target.route, query: target.query, scene: path ? 1007 : 1001 };
  try {
    if (isTabPage(target.route)) openTab(target.route, target.query);
    else open(target.route, target.query);
  } catch (err) {
    console.error(err);
    ui.showToast({ title: `打不开 ${target.route}`, icon: 'error', duration: 3000 });
    if (target.route !== first) {
      if (isTabPage(first)) openTab(first, {});
      else open(first, {});
    }
  }
}
