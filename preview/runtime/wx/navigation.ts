/** Navigation between pages, the navigation and tab bars, page scrolling and selector queries. */
import * as bars from '../bars';
import * as navigation from '../navigation';
import { selectorQuery } from '../selector-query';
import { api, type WxFamily } from './api';

type Url = { url: string };
type TabIndex = { index: number };

export const navigationApis: WxFamily = {
  navigateTo: api('navigateTo', (o: Url) => navigation.navigateTo(o.url)),
  redirectTo: api('redirectTo', (o: Url) => navigation.redirectTo(o.url)),
  switchTab: api('switchTab', (o: Url) => navigation.switchTab(o.url)),
  reLaunch: api('reLaunch', (o: Url) => navigation.reLaunch(o.url)),
  navigateBack: api('navigateBack', (o: { delta?: number }) =>
    navigation.navigateBack(o.delta ?? 1),
  ),
  setNavigationBarTitle: api('setNavigationBarTitle', (o: { title: string }) =>
    bars.setTitle(o.title),
  ),
  setNavigationBarColor: api(
    'setNavigationBarColor',
    (o: { frontColor?: string; backgroundColor?: string }) =>
      bars.setBarColor(o.frontColor, o.backgroundColor),
  ),
  showNavigationBarLoading: api('showNavigationBarLoading', () => undefined),
  hideNavigationBarLoading: api('hideNavigationBarLoading', () => undefined),
  hideHomeButton: api('hideHomeButton', () => undefined),
  setBackgroundColor: api('setBackgroundColor', () => undefined),
  setBackgroundTextStyle: api('setBackgroundTextStyle', () => undefined),
  pageScrollTo: api(
    'pageScrollTo',
    (o: { scrollTop?: number; duration?: number; selector?: string; offsetTop?: number }) => {
      if (typeof o.scrollTop === 'number')
        window.scrollTo({ top: o.scrollTop, behavior: o.duration === 0 ? 'auto' : 'smooth' });
      else if (o.selector) {
        const node = document.querySelector(`.xp-page-top ${o.selector}`);
        if (node)
          window.scrollTo({
            top: node.getBoundingClientRect().top + window.scrollY + (o.offsetTop ?? 0),
          });
      }
    },
  ),
  startPullDownRefresh: api('startPullDownRefresh', () => bars.pullDownRefresh()),
  stopPullDownRefresh: api('stopPullDownRefresh', () => bars.stopPullDownRefresh()),
  showTabBar: api('showTabBar', () => bars.setTabBarHidden(false)),
  hideTabBar: api('hideTabBar', () => bars.setTabBarHidden(true)),
  setTabBarBadge: api('setTabBarBadge', (o: TabIndex & { text: string }) =>
    bars.setTabBadge(o.index, o.text),
  ),
  removeTabBarBadge: api('removeTabBarBadge', (o: TabIndex) => bars.setTabBadge(o.index, '')),
  showTabBarRedDot: api('showTabBarRedDot', (o: TabIndex) => bars.setTabBadge(o.index, '•')),
  hideTabBarRedDot: api('hideTabBarRedDot', (o: TabIndex) => bars.setTabBadge(o.index, '')),
  createSelectorQuery: () => selectorQuery(),
};
