/**
 * Helpers of the end-to-end tests: one Chromium per test file, the app opened at a page as a demo
 * user, 375×812 like the phone frame.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ENV_KEYS,
  startEnvironment,
  type E2eEnvironment,
} from './environment';

export interface Session {
  browser: Browser;
  previewUrl: string;
  cloudUrl: string;
  demo: boolean;
  /**
   * A fresh phone showing `path` as the demo user `as` (a key) or `{ openid }`. `storage` is what
   * the phone already has in wx storage (e.g. `{ '__preview:privacyAgreed': true }`).
   */
  openApp(
    path: string,
    as: string | { openid: string },
    storage?: Record<string, unknown>,
  ): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Call in beforeAll: uses the globalSetup's servers, or starts its own when run without it
 * (with the demo data loaded when `demo`: one to three minutes).
 */
export async function openSession(options: { demo?: boolean } = {}): Promise<Session> {
  let own: E2eEnvironment | undefined;
  let previewUrl = process.env[ENV_KEYS.preview];
  let cloudUrl = process.env[ENV_KEYS.cloud];
  let demo = process.env[ENV_KEYS.demo] === '1';
  if (!previewUrl || !cloudUrl) {
    own = await startEnvironment((line) => console.warn(line), options.demo ?? false);
    previewUrl = own.previewUrl;
    cloudUrl = own.cloudUrl;
    demo = own.demo;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  const base = previewUrl;
  return {
    browser,
    previewUrl: base,
    cloudUrl,
    demo,
    async openApp(
      path: string,
      as: string | { openid: string },
      storage?: Record<string, unknown>,
    ): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        locale: 'zh-CN',
      });
      contexts.push(context);

      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      if (process.env.XP_E2E_VERBOSE)
        page.on('console', (m) => console.log(`[app ${m.type()}] ${m.text()}`));
      (page as unknown as { xpErrors: string[] }).xpErrors = errors;
      const url = new URL('app.html', base);
      url.searchParams.set('path', path);
      if (typeof as === 'string') url.searchParams.set('as', as);
      else url.searchParams.set('openid', as.openid);
      await page.goto(url.toString());
      await page.waitForSelector('html[data-xp-ready="true"]');
      if (storage) {
        // After the first load (choosing the user starts from an empty phone), then open again.
        const entries = Object.entries(storage).map(([k, v]) => [`wx:${k}`, JSON.stringify(v)]);
        type Store = { localStorage: { setItem(k: string, v: string): void } };
        await page.evaluate((list) => {
          for (const [k, v] of list) (globalThis as unknown as Store).localStorage.setItem(k, v);
        }, entries);
        await page.reload();
        await page.waitForSelector('html[data-xp-ready="true"]');
      }
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await own?.stop();
    },
  };
}

/** Uncaught errors the page raised (a preview or page bug). */
export function pageErrors(page: Page): string[] {
  return (page as unknown as { xpErrors?: string[] }).xpErrors ?? [];
}

/** The root font size (px) the page has set through <page-meta root-font-size>. */
export async function rootFontPx(page: Page): Promise<number> {
  return page.evaluate(
    'parseFloat(getComputedStyle(document.documentElement).fontSize)',
  ) as Promise<number>;
}

/** The computed font size (px) of the first element showing exactly `text`. */
export async function fontPxOf(page: Page, text: string): Promise<number> {
  const handle = page.getByText(text, { exact: true }).first();
  // The tests' TypeScript has no DOM library: reach getComputedStyle through globalThis.
  type Styles = { getComputedStyle(el: unknown): { fontSize: string } };
  return handle.evaluate((el) =>
    parseFloat((globalThis as unknown as Styles).getComputedStyle(el).fontSize),
  );
}

/** Polls `read` until `ok` holds (or times out, returning the last value for the assertion). */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** The page on screen (the pages under it in the stack, and other tab pages, stay in the DOM hidden). */
export function onScreen(page: Page) {
  return page.locator('.xp-page-top');
}

/** Where the stories save what each step looked like (git-ignored; look at them after a run). */
export const STORY_SHOTS_DIR = resolve(__dirname, '..', '..', 'screenshots');

/** Saves the phone's screen as screenshots/<story>-<nn>-<step>.png. */
export async function saveStep(page: Page, story: string, step: string): Promise<void> {
  mkdirSync(STORY_SHOTS_DIR, { recursive: true });
  const nn = String((shotCounts[story] = (shotCounts[story] ?? 0) + 1)).padStart(2, '0');
  await page.screenshot({ path: join(STORY_SHOTS_DIR, `${story}-${nn}-${step}.png`) });
}
const shotCounts: Record<string, number> = {};

/** Boxes (px) of the buttons of an action row. */
export async function actionButtonBoxes(
  row: Locator,
): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const buttons = row.locator('wx-button');
  const out = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = await buttons.nth(i).boundingBox();
    if (box) out.push(box);
  }
  return out;
}

/** Opens another page of the app on the same phone. */
export async function go(page: Page, path: string): Promise<void> {
  await page.goto(page.url().replace(/path=[^&]*/, `path=${encodeURIComponent(path)}`));
  await page.waitForSelector('html[data-xp-ready="true"]');
}

/** Answers the text dialog (askText) with `words` and its confirm button. */
export async function answer(page: Page, words: string): Promise<void> {
  await page.locator('.xp-modal-input').fill(words);
  await page.locator('.xp-modal-confirm').click();
}

/** Picks `label` in the selector sheet a picker opened, and confirms. */
export async function pick(page: Page, label: string | RegExp): Promise<void> {
  await page.locator('.xp-picker-option', { hasText: label }).first().click();
  await page.getByRole('button', { name: '确定' }).click();
}

/** Sets the native date or time sheet a picker opened to `value`, and confirms. */
export async function pickNative(page: Page, value: string): Promise<void> {
  await page.locator('.xp-picker-native').fill(value);
  await page.locator('.xp-picker-ok').click();
}
