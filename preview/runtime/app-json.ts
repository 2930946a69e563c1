/** What the mini-program's app.json says about windows and tabs, as the build put it in. */
import * as manifest from 'xp:manifest';
import type { AppJson, TabBarJson, WindowJson } from '../build';

export const appJson = (): AppJson => manifest.appJson;
export const windowJson = (): WindowJson => manifest.appJson.window ?? {};
export const tabBarJson = (): TabBarJson | undefined => manifest.appJson.tabBar;
export const tabList = (): TabBarJson['list'] => tabBarJson()?.list ?? [];
export const isTabPage = (route: string): boolean => tabList().some((t) => t.pagePath === route);
/** The app's first page (the home page). */
export const firstPage = (): string => manifest.pages[0];
