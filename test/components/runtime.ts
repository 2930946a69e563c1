/**
 * State behind the `getApp()` and `getCurrentPages()` globals of component tests. Kept on
 * `globalThis` so that it survives `jest.resetModules()` (which loadComponent calls).
 */
export interface TestRuntime {
  /** What `getApp()` returns. */
  app: { globalData: Record<string, unknown> };
  /** What `getCurrentPages()` returns, last = current; `loadPage` pushes onto it. */
  pages: WechatMiniprogram.Component.TrivialInstance[];
}

const KEY = Symbol.for('xiangpin.test.runtime');

/** The runtime of the running test file. */
export function testRuntime(): TestRuntime {
  const holder = globalThis as unknown as Record<symbol, TestRuntime | undefined>;
  holder[KEY] ??= { app: { globalData: {} }, pages: [] };
  return holder[KEY];
}
