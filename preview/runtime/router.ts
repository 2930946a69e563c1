/* eslint-disable @typescript-eslint/no-explicit-any -- the runtime drives untyped j-component/exparser objects */
/**
 * The page stack, navigation bar and tab bar of the preview, and the page lifecycle calls WeChat
 * makes (onLoad(query), onShow, onReady, onHide, onUnload, onReachBottom, onPullDownRefresh,
 * onShareAppMessage). Pages are the app's `Component()` pages rendered by j-component.
 */
import * as manifest from 'xp:manifest';
import { createComponent, tagNameOf, type RootComponent } from './registry';
import * as ui from './ui';

export interface PageEntry {
  route: string;
  query: Record<string, string>;
  comp: RootComponent;
  instance: Record<string, any>;
  wrapper: HTMLElement;
  title: string;
  scrollY: number;
  json: Record<string, any>;
  reachedBottom: boolean;
}

const NAV_HEIGHT = 44;
const TAB_HEIGHT = 56;

const stack: PageEntry[] = [];
const tabPages = new Map<string, PageEntry>();
let navBar: HTMLElement;
let tabBar: HTMLElement | undefined;
let host: HTMLElement;
let tabBarHidden = false;
let launch = { path: '', query: {} as Record<string, string>, scene: 1001 };

export const appJson = (): Record<string, unknown> => manifest.appJson as Record<string, unknown>;
const windowJson = (): Record<string, any> => (manifest.appJson as any).window ?? {};
const tabList = (): {
  pagePath: string;
  text: string;
  iconPath?: string;
  selectedIconPath?: string;
}[] => (manifest.appJson as any).tabBar?.list ?? [];

export const isTabPage = (route: string): boolean => tabList().some((t) => t.pagePath === route);
export const currentPages = (): Record<string, unknown>[] => stack.map((p) => p.instance);
export const top = (): PageEntry | undefined => stack[stack.length - 1];
export const launchOptions = () => ({ ...launch, referrerInfo: {} });

export function windowHeight(): number {
  const t = top();
  let h = 812;
  if (!t || t.json.navigationStyle !== 'custom') h -= NAV_HEIGHT;
  if (t && isTabPage(t.route) && !tabBarHidden) h -= TAB_HEIGHT;
  return h;
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

function call(entry: PageEntry | undefined, method: string, ...args: unknown[]): unknown {
  if (!entry) return undefined;
  const fn = entry.instance[method];
  if (typeof fn !== 'function') return undefined;
  try {
    const result = fn.apply(entry.instance, args);
    if (result && typeof (result as Promise<unknown>).catch === 'function') {
      (result as Promise<unknown>).catch((err) =>
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

function announce(): void {
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
  renderBars();
  window.scrollTo(0, isNew ? 0 : entry.scrollY);
  if (!isNew) {
    call(entry, 'onShow');
    pageLifetime(entry, 'show');
  }
  announce();
}

function hide(entry: PageEntry): void {
  entry.scrollY = window.scrollY;
  call(entry, 'onHide');
  pageLifetime(entry, 'hide');
}

function unload(entry: PageEntry): void {
  call(entry, 'onUnload');
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
  const json = manifest.components[route].json as Record<string, any>;
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
  call(entry, 'onLoad', { ...query });
  call(entry, 'onShow');
  pageLifetime(entry, 'show');
  setTimeout(() => call(entry, 'onReady'), 0);
  return entry;
}

export function navigateTo(url: string, _events?: unknown): Record<string, unknown> {
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
  } else {
    const entry = open(route, {});
    tabPages.set(route, entry);
  }
}

export function reLaunch(url: string): void {
  const { route, query } = parseUrl(url, '');
  clearStack(false);
  for (const entry of [...tabPages.values()]) unload(entry);
  tabPages.clear();
  const entry = open(route, query);
  if (isTabPage(route)) tabPages.set(route, entry);
}

export function setTitle(title: string): void {
  const t = top();
  if (!t) return;
  t.title = String(title);
  renderBars();
  announce();
}

export function setBarColor(front?: string, background?: string): void {
  const t = top();
  if (!t) return;
  if (front)
    t.json = { ...t.json, navigationBarTextStyle: front === '#ffffff' ? 'white' : 'black' };
  if (background) t.json = { ...t.json, navigationBarBackgroundColor: background };
  renderBars();
}

export function setTabBarHidden(hidden: boolean): void {
  tabBarHidden = hidden;
  renderBars();
}

const badges: Record<number, string> = {};
export function setTabBadge(index: number, text: string): void {
  badges[index] = text;
  renderBars();
}

let refreshing = false;
export function pullDownRefresh(): void {
  const t = top();
  if (!t) return;
  refreshing = true;
  renderBars();
  call(t, 'onPullDownRefresh');
  setTimeout(stopPullDownRefresh, 3000);
}

export function stopPullDownRefresh(): void {
  if (!refreshing) return;
  refreshing = false;
  renderBars();
}

/** The share card a page makes (onShareAppMessage), shown as what a friend would receive. */
export async function share(from: 'button' | 'menu', target?: unknown): Promise<void> {
  const t = top();
  if (!t) return;
  if (typeof t.instance.onShareAppMessage !== 'function') {
    await ui.standIn('分享', ['这个页面没有 onShareAppMessage，微信里不能转发。']);
    return;
  }
  let card = (call(t, 'onShareAppMessage', { from, target, webViewUrl: '' }) ?? {}) as Record<
    string,
    any
  >;
  if (card && typeof card.then === 'function') card = await card;
  if (card.promise && typeof card.promise.then === 'function')
    card = { ...card, ...(await card.promise) };
  const path = String(card.path || pathOf(t));
  const link = `${location.origin}/?path=${encodeURIComponent(path)}`;
  const i = await ui.standIn(
    '转发给朋友',
    [
      `卡片标题：${card.title || t.title || '乡聘'}`,
      `打开的页面：${path}`,
      card.imageUrl ? `卡片图片：${card.imageUrl}` : '卡片图片：页面截图',
      `在预览里打开这张卡片：${link}`,
    ],
    [{ text: '关闭' }, { text: '像朋友一样打开', primary: true }],
  );
  (window as unknown as { __xpLastShare?: unknown }).__xpLastShare = { ...card, path, link };
  window.parent?.postMessage({ type: 'xp:share', title: card.title, path, link }, '*');
  if (i === 1) reLaunch(path);
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderBars(): void {
  const t = top();
  if (!t) return;
  const json = { ...windowJson(), ...t.json };
  const custom = json.navigationStyle === 'custom';
  document.body.classList.toggle('xp-custom-nav', custom);
  navBar.textContent = '';
  navBar.style.display = custom ? 'none' : '';
  navBar.style.background = json.navigationBarBackgroundColor ?? '#ffffff';
  navBar.style.color = json.navigationBarTextStyle === 'white' ? '#ffffff' : '#000000';
  const left = el('div', 'xp-nav-left');
  if (stack.length > 1) {
    const back = el('button', 'xp-nav-back', '‹');
    back.setAttribute('aria-label', '返回');
    back.onclick = () => navigateBack(1);
    left.appendChild(back);
  } else if (!isTabPage(t.route)) {
    const home = el('button', 'xp-nav-home', '⌂');
    home.setAttribute('aria-label', '首页');
    home.onclick = () => {
      const first = (manifest.pages as string[])[0];
      if (isTabPage(first)) switchTab(`/${first}`);
      else reLaunch(`/${first}`);
    };
    left.appendChild(home);
  }
  navBar.appendChild(left);
  navBar.appendChild(el('div', 'xp-nav-title', t.title));
  const capsule = el('div', 'xp-nav-capsule');
  if (json.enablePullDownRefresh) {
    const refresh = el('button', 'xp-nav-refresh', refreshing ? '…' : '↻');
    refresh.setAttribute('aria-label', '下拉刷新');
    refresh.title = '下拉刷新（onPullDownRefresh）';
    refresh.onclick = () => pullDownRefresh();
    capsule.appendChild(refresh);
  }
  const more = el('button', 'xp-nav-more', '···');
  more.setAttribute('aria-label', '更多');
  more.onclick = async () => {
    const canShare = typeof t.instance.onShareAppMessage === 'function';
    const items = [canShare ? '转发给朋友' : '转发（本页未开启）', '重新进入小程序'];
    const i = await ui.showActionSheet({ itemList: items });
    if (i === 0 && canShare) void share('menu');
    if (i === 1) location.reload();
  };
  capsule.appendChild(more);
  navBar.appendChild(capsule);

  const showTabs = isTabPage(t.route) && !tabBarHidden;
  document.body.classList.toggle('xp-has-tabbar', showTabs);
  if (tabBar) {
    tabBar.style.display = showTabs ? '' : 'none';
    tabBar.textContent = '';
    const conf = (manifest.appJson as any).tabBar ?? {};
    tabBar.style.background = conf.backgroundColor ?? '#ffffff';
    tabList().forEach((item, index) => {
      const on = item.pagePath === t.route;
      const b = el('button', `xp-tab${on ? ' xp-tab-on' : ''}`);
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(on));
      b.style.color = on ? (conf.selectedColor ?? '#0052d9') : (conf.color ?? '#4b5563');
      const icon = on ? (item.selectedIconPath ?? item.iconPath) : item.iconPath;
      if (icon) {
        const img = document.createElement('img');
        img.className = 'xp-tab-icon';
        img.src = `/mp/${icon.replace(/^\//, '')}`;
        img.alt = '';
        b.appendChild(img);
      }
      b.appendChild(el('span', 'xp-tab-text', item.text));
      if (badges[index]) b.appendChild(el('span', 'xp-tab-badge', badges[index]));
      b.onclick = () => {
        if (on) {
          window.scrollTo({ top: 0, behavior: 'smooth' });
          call(t, 'onTabItemTap', { index, pagePath: item.pagePath, text: item.text });
          return;
        }
        switchTab(`/${item.pagePath}`);
        call(top(), 'onTabItemTap', { index, pagePath: item.pagePath, text: item.text });
      };
      tabBar?.appendChild(b);
    });
  }
}

function onScroll(): void {
  const t = top();
  if (!t) return;
  call(t, 'onPageScroll', { scrollTop: window.scrollY });
  const distance = Number(t.json.onReachBottomDistance ?? windowJson().onReachBottomDistance ?? 50);
  const atBottom =
    window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - distance;
  if (atBottom && !t.reachedBottom) {
    t.reachedBottom = true;
    call(t, 'onReachBottom');
  } else if (!atBottom) t.reachedBottom = false;
}

/** wx.createSelectorQuery for the page on screen (boundingClientRect, scrollOffset, fields). */
export function selectorQuery() {
  const tasks: (() => unknown)[] = [];
  const rectOf = (node: Element | null) => {
    if (!node) return null;
    const r = node.getBoundingClientRect();
    return {
      id: node.id,
      dataset: {},
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
    };
  };
  const find = (selector: string, all: boolean): Element[] => {
    const scope = top()?.wrapper ?? document.body;
    const css = selector.replace(
      /\.([-_a-zA-Z0-9]+)/g,
      (_m, c: string) => `[class~="${tagNameOf(top()?.route ?? '')}--${c}"]`,
    );
    try {
      return all
        ? Array.from(scope.querySelectorAll(css))
        : ([scope.querySelector(css)].filter(Boolean) as Element[]);
    } catch {
      return [];
    }
  };
  const nodesRef = (selector: string, all: boolean) => {
    const ref = {
      boundingClientRect: (cb?: (r: unknown) => void) => {
        tasks.push(() => {
          const nodes = find(selector, all);
          const r = all ? nodes.map(rectOf) : rectOf(nodes[0] ?? null);
          cb?.(r);
          return r;
        });
        return query;
      },
      scrollOffset: (cb?: (r: unknown) => void) => {
        tasks.push(() => {
          const r = { scrollTop: window.scrollY, scrollLeft: window.scrollX };
          cb?.(r);
          return r;
        });
        return query;
      },
      fields: (_f: unknown, cb?: (r: unknown) => void) => {
        tasks.push(() => {
          const node = find(selector, false)[0] as HTMLElement | undefined;
          const canvas = node?.querySelector('canvas') ?? null;
          const r = node ? { ...rectOf(node), node: canvas ?? node } : null;
          cb?.(r);
          return r;
        });
        return query;
      },
      node: (cb?: (r: unknown) => void) => ref.fields({ node: true }, cb),
    };
    return ref;
  };
  const query = {
    in: () => query,
    select: (s: string) => nodesRef(s, false),
    selectAll: (s: string) => nodesRef(s, true),
    selectViewport: () => nodesRef('html', false),
    exec: (cb?: (r: unknown[]) => void) => {
      requestAnimationFrame(() => cb?.(tasks.map((t) => t())));
      return query;
    },
  };
  return query;
}

export function mount(root: HTMLElement): void {
  navBar = el('div', 'xp-navbar');
  host = el('div', 'xp-pages');
  root.append(navBar, host);
  if (tabList().length) {
    tabBar = el('div', 'xp-tabbar');
    tabBar.setAttribute('role', 'tablist');
    root.appendChild(tabBar);
  }
  window.addEventListener('scroll', onScroll, { passive: true });
}

/** Opens the first page: `path` from the address bar (a shared link), or the first page. */
export function start(path: string | null): void {
  const first = (manifest.pages as string[])[0];
  const target = path ? parseUrl(path, '') : { route: first, query: {} };
  launch = { path: target.route, query: target.query, scene: path ? 1007 : 1001 };
  try {
    if (isTabPage(target.route)) {
      const entry = open(target.route, target.query);
      tabPages.set(target.route, entry);
    } else open(target.route, target.query);
  } catch (err) {
    console.error(err);
    ui.showToast({ title: `打不开 ${target.route}`, icon: 'error', duration: 3000 });
    if (target.route !== first) {
      const entry = open(first, {});
      if (isTabPage(first)) tabPages.set(first, entry);
    }
  }
}
