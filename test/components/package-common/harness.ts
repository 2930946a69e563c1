/**
 * Page harness for the employer, cadre and admin subpackages: loads a page written with
 * `definePage()` in miniprogram-simulate with its TDesign children; the cloud is the one
 * FakeCloud of the component tests (../fake-cloud.ts).
 */
import simulate from 'miniprogram-simulate';
import { setTransport } from '../../../miniprogram/services/call-cloud';
import { FakeCloud } from '../fake-cloud';
import { loadComponent, type LoadedComponent } from '../load';

// First loads compile the page's templates with wcc; on a busy 2-core machine that takes seconds.
jest.setTimeout(30_000);

export type Page = LoadedComponent;

/**
 * Loads a page ('package-employer/pages/post/index') with fresh module state (so callCloud's
 * transport set by the test is the one the page imports), without calling onLoad: the test sets
 * the fake cloud first and then calls `page.instance.onLoad(query)`.
 */
export function loadPage(pagePath: string): Page {
  return loadComponent(pagePath);
}

export { FakeCloud, WORKER_SESSION } from '../fake-cloud';

/**
 * Call at the top of a test file: before each test a fresh FakeCloud (a fresh launch) that
 * callCloud sends through; what it returns always speaks for the current test's one.
 */
export function useFakeCloud(): FakeCloud {
  let current = new FakeCloud();
  beforeEach(() => {
    current = new FakeCloud();
    setTransport(current.transport);
  });
  return new Proxy(current, { get: (_, key) => Reflect.get(current, key) as unknown });
}

/** wx.showModal answers `confirm` (and `content` typed in an editable one); the spy reads what was shown. */
export function answerModal(confirm: boolean, content = '') {
  return jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm,
      cancel: !confirm,
      content,
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
}

/** Lets pending promises and setData settle. */
export async function settle(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await simulate.sleep(0);
}

/** Components whose inside the page's tests reach into by id (their buttons are the page's). */
const OPEN_COMPONENTS = ['action-row'];

/** An element of the page, or one inside an action row (ids there are the page's ids). */
export function find(page: Page, selector: string): ReturnType<Page['querySelector']> {
  const direct = page.querySelector(selector);
  if (direct) return direct;
  // simulate selects custom components by id only: find the hosts in the DOM, then by their id.
  const root = page.dom as HTMLElement | undefined;
  for (const tag of OPEN_COMPONENTS) {
    for (const node of Array.from(root?.querySelectorAll(tag) ?? [])) {
      const id = (node as HTMLElement & { __wxElement?: { id?: string } }).__wxElement?.id;
      const inner = id ? page.querySelector(`#${id}`)?.querySelector(selector) : undefined;
      if (inner) return inner;
    }
  }
  return direct;
}

/** The visible text of the page or of one element. */
export function textOf(page: Page, selector?: string): string {
  const el = selector ? find(page, selector) : page;
  if (!el) throw new Error(`no element ${selector}`);
  const dom = el.dom as HTMLElement | undefined;
  return (
    dom?.textContent
      ?.replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

export function exists(page: Page, selector: string): boolean {
  return !!find(page, selector);
}

/** Types into a native input or textarea. */
export function type(page: Page, selector: string, value: string): void {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  el.dispatchEvent('input', { detail: { value } });
}

/** Taps an element. */
export async function tap(page: Page, selector: string): Promise<void> {
  const el = find(page, selector);
  if (!el) throw new Error(`no element ${selector}`);
  el.dispatchEvent('tap');
  await settle();
}

/** Picks a value in a native picker. */
export function pick(page: Page, selector: string, value: unknown): void {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  el.dispatchEvent('change', { detail: { value } });
}
