/**
 * Setup of the `components` jest project (jsdom). Provides the globals of the WeChat runtime that
 * miniprogram-simulate lacks: `getApp` and `getCurrentPages`. simulate itself defines `Component`,
 * `Behavior` and a `wx` mock (without `wx.cloud`) when load.ts requires it.
 */
import { closeRendered } from './load';
import { testRuntime } from './runtime';

Object.assign(globalThis, {
  getApp: () => testRuntime().app,
  getCurrentPages: () => [...testRuntime().pages],
});

beforeEach(() => {
  const runtime = testRuntime();
  runtime.app.globalData = {};
  runtime.pages.length = 0;
});

afterEach(closeRendered);
