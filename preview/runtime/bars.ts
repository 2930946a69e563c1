/**
 * The navigation bar (title, back or home, the ↻ pull-down refresh and the ··· menu) and the tab
 * bar of app.json, drawn for the page on top, and the wx APIs that change them.
 */
import { firstPage, isTabPage, tabBarJson, tabList, windowJson } from './app-json';
import * as navigation from './navigation';
import { share } from './share';
import * as ui from './ui';

const NAV_HEIGHT = 44;
const TAB_HEIGHT = 56;
const SCREEN_HEIGHT = 812;

let navBar: HTMLElement;
let tabBar: HTMLElement | undefined;
let tabBarHidden = false;
let refreshing = false;
const badges: Record<number, string> = {};

/** The height left for the page on top (wx.getSystemInfo's windowHeight). */
export function windowHeight(): number {
  const t = navigation.top();
  let h = SCREEN_HEIGHT;
  if (!t || t.json.navigationStyle !== 'custom') h -= NAV_HEIGHT;
  if (t && isTabPage(t.route) && !tabBarHidden) h -= TAB_HEIGHT;
  return h;
}

export function setTitle(title: string): void {
  const t = navigation.top();
  if (!t) return;
  t.title = String(title);
  renderBars();
  navigation.announce();
}

export function setBarColor(front?: string, background?: string): void {
  const t = navigation.top();
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

export function setTabBadge(index: number, text: string): void {
  badges[index] = text;
  renderBars();
}

export function pullDownRefresh(): void {
  const t = navigation.top();
  if (!t) return;
  refreshing = true;
  renderBars();
  navigation.callPage(t, 'onPullDownRefresh');
  setTimeout(stopPullDownRefresh, 3000);
}

export function stopPullDownRefresh(): void {
  if (!refreshing) return;
  refreshing = false;
  renderBars();
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderNavBar(t: navigation.PageEntry): void {
  const json = { ...windowJson(), ...t.json };
  const custom = json.navigationStyle === 'custom';
  document.body.classList.toggle('xp-custom-nav', custom);
  navBar.textContent = '';
  navBar.style.display = custom ? 'none' : '';
  navBar.style.background = json.navigationBarBackgroundColor ?? '#ffffff';
  navBar.style.color = json.navigationBarTextStyle === 'white' ? '#ffffff' : '#000000';
  const left = el('div', 'xp-nav-left');
  if (navigation.depth() > 1) {
    const back = el('button', 'xp-nav-back', '‹');
    back.setAttribute('aria-label', '返回');
    back.onclick = () => navigation.navigateBack(1);
    left.appendChild(back);
  } else if (!isTabPage(t.route)) {
    const home = el('button', 'xp-nav-home', '⌂');
    home.setAttribute('aria-label', '首页');
    home.onclick = () => {
      const first = firstPage();
      if (isTabPage(first)) navigation.switchTab(`/${first}`);
      else navigation.reLaunch(`/${first}`);
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
}

function renderTabBar(t: navigation.PageEntry): void {
  const showTabs = isTabPage(t.route) && !tabBarHidden;
  document.body.classList.toggle('xp-has-tabbar', showTabs);
  if (!tabBar) return;
  tabBar.style.display = showTabs ? '' : 'none';
  tabBar.textContent = '';
  const conf = tabBarJson() ?? { list: [] };
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
    const tap = { index, pagePath: item.pagePath, text: item.text };
    b.onclick = () => {
      if (on) {
        window.scrollTo({ top: 0, behavior: 'smooth' });
        navigation.callPage(t, 'onTabItemTap', tap);
        return;
      }
      navigation.switchTab(`/${item.pagePath}`);
      navigation.callPage(navigation.top(), 'onTabItemTap', tap);
    };
    tabBar?.appendChild(b);
  });
}

function renderBars(): void {
  const t = navigation.top();
  if (!t) return;
  renderNavBar(t);
  renderTabBar(t);
}

/** Puts the navigation bar above the pages and the tab bar (when app.json has one) below. */
export function mount(root: HTMLElement): void {
  navBar = el('div', 'xp-navbar');
  root.prepend(navBar);
  if (tabList().length) {
    tabBar = el('div', 'xp-tabbar');
    tabBar.setAttribute('role', 'tablist');
    root.appendChild(tabBar);
  }
  navigation.onTopChange(renderBars);
}
