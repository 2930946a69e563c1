/**
 * Page harness for the employer, cadre and admin subpackages: loads a page written with
 * `Component()` in miniprogram-simulate with its TDesign children, and fakes the cloud with
 * envelopes whose data is parsed by the contract's own output schema (fixtures cannot drift).
 */
import simulate from 'miniprogram-simulate';
import {
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
} from '../../../miniprogram/shared/contracts';
import { resetSession } from '../../../miniprogram/services/session';
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

export interface Call {
  action: ActionName;
  input: unknown;
}

type Reply =
  | { ok: true; data: unknown }
  | { ok: false; code: string; message: string; fields?: Record<string, string> };
type Handler = (input: never) => Reply | Promise<Reply>;

/** A signed-in worker; pages log in (account.login) before their first call. */
export const WORKER_SESSION = {
  userId: 'u_worker',
  roles: ['worker' as const],
  profile: null,
  employer: null,
  cadre: null,
  admin: null,
};

/** A fake cloud: answers per action, records every call. */
export class FakeCloud {
  readonly calls: Call[] = [];
  private handlers = new Map<ActionName, Handler>();

  constructor() {
    // Each test starts logged out, as a fresh launch would.
    resetSession();
    this.ok('account.login', WORKER_SESSION);
  }

  /** Answers `action` with `data`, checked against the contract's output schema first. */
  ok<A extends ActionName>(
    action: A,
    data: ActionOutput<A> | ((input: ActionInput<A>) => ActionOutput<A>),
  ): this {
    this.handlers.set(action, (input) => {
      const value = typeof data === 'function' ? (data as (i: unknown) => unknown)(input) : data;
      return { ok: true, data: contracts[action].output.parse(value) };
    });
    return this;
  }

  fail(action: ActionName, code: string, message: string, fields?: Record<string, string>): this {
    this.handlers.set(action, () => ({ ok: false, code, message, ...(fields ? { fields } : {}) }));
    return this;
  }

  on(action: ActionName, handler: Handler): this {
    this.handlers.set(action, handler);
    return this;
  }

  callsOf(action: ActionName): unknown[] {
    return this.calls.filter((c) => c.action === action).map((c) => c.input);
  }

  readonly transport = async (_fn: string, body: Record<string, unknown>): Promise<unknown> => {
    const action = body['action'] as ActionName;
    this.calls.push({ action, input: body['input'] });
    const handler = this.handlers.get(action);
    if (!handler) throw new Error(`FakeCloud: no answer for ${action}`);
    return (handler as (input: unknown) => Reply | Promise<Reply>)(body['input']);
  };
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
  // TDesign components are virtual hosts (no DOM node of their own): read the native node inside.
  const dom = (el.dom ?? el.querySelector('.t-button')?.dom) as HTMLElement | undefined;
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

/** Taps an element (a TDesign button forwards it as its own tap). */
export async function tap(page: Page, selector: string): Promise<void> {
  const el = find(page, selector);
  if (!el) throw new Error(`no element ${selector}`);
  // A TDesign button forwards a tap on the native button inside it.
  const inner = typeof el.querySelector === 'function' ? el.querySelector('.t-button') : undefined;
  (inner ?? el).dispatchEvent('tap');
  await settle();
}

/** Picks a value in a native picker. */
export function pick(page: Page, selector: string, value: unknown): void {
  const el = page.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  el.dispatchEvent('change', { detail: { value } });
}
