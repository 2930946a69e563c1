/**
 * Loads a mini-program component or page (written with `Component()`) into miniprogram-simulate,
 * with its TDesign (and other miniprogram_npm) children resolved the way WeChat resolves them.
 *
 *   const row = loadComponent('components/action-row/index', { props: { actions } });
 *   const page = loadPage('pages/jobs/index', { query: { id: 'j1' } });
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type * as Simulate from 'miniprogram-simulate';
import { testRuntime } from './runtime';

/** The mini-program root: paths given to the loaders are relative to it. */
export const MINIPROGRAM_ROOT = resolve(__dirname, '..', '..', 'miniprogram');
const NPM_DIR = join(MINIPROGRAM_ROOT, 'miniprogram_npm');

/** A rendered component (j-component); `instance` is the `this` of the component's methods. */
export type LoadedComponent = Simulate.RootComponent<
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.IAnyObject
>;

export interface LoadOptions {
  /** Extra or replacing `usingComponents` entries (tag -> path from the mini-program root, '/…'). */
  usingComponents?: Record<string, string>;
  /** Properties to render with. */
  props?: Record<string, unknown>;
  /** Attach to a parent in the document (default true), which runs `attached` and lays out the DOM. */
  attach?: boolean;
}

interface ComponentJson {
  usingComponents?: Record<string, string>;
}

function readJson(path: string): ComponentJson | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ComponentJson) : undefined;
}

function componentPath(path: string): string {
  const absolute = isAbsolute(path) ? path : join(MINIPROGRAM_ROOT, path);
  return absolute.replace(/\.(ts|js|json|wxml|wxss)$/, '');
}

/** Where WeChat finds an npm-style `usingComponents` value, as a '/…' path from the root. */
function npmComponent(value: string): string | undefined {
  for (const candidate of [value, `${value}/index`]) {
    if (existsSync(join(NPM_DIR, `${candidate}.json`))) return `/miniprogram_npm/${candidate}`;
  }
  return undefined;
}

/**
 * The `usingComponents` override simulate needs: every npm-style name used by the component or by
 * the project's own components it uses, mapped into miniprogram_npm. simulate applies the override
 * to every component it loads, so one tag must mean one component throughout the tree.
 */
export function npmUsingComponents(path: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const json = readJson(`${file}.json`);
    if (!json) throw new Error(`no component at ${relative(MINIPROGRAM_ROOT, file)}(.json)`);
    for (const [tag, value] of Object.entries(json.usingComponents ?? {})) {
      if (value.startsWith('plugin://')) continue;
      if (value.startsWith('/') || value.startsWith('.')) {
        const child = value.startsWith('/')
          ? join(MINIPROGRAM_ROOT, value)
          : join(dirname(file), value);
        if (!child.startsWith(NPM_DIR)) visit(child);
        continue;
      }
      const target = npmComponent(value);
      if (!target) {
        const hint = existsSync(NPM_DIR) ? '' : ' (no miniprogram_npm: run `npm run build:npm`)';
        throw new Error(
          `<${tag}> uses "${value}", not found in miniprogram/miniprogram_npm${hint}`,
        );
      }
      if (mapping[tag] && mapping[tag] !== target) {
        throw new Error(
          `<${tag}> means both ${mapping[tag]} and ${target}; use one tag per component`,
        );
      }
      mapping[tag] = target;
    }
  };
  visit(path);
  return mapping;
}

/** What the current test rendered: closed when it ends (see `closeRendered`). */
const rendered: LoadedComponent[] = [];

/**
 * Closes everything the test rendered, as WeChat closes a page: its `setData` does nothing from now
 * on. A cloud call the page started may answer after the test ended, when jsdom is already torn
 * down; rendering then would throw outside any test and kill the jest worker.
 */
export function closeRendered(): void {
  for (const component of rendered.splice(0)) {
    (component.instance as { setData: (data: object) => void }).setData = () => undefined;
  }
}

/** Component ids registered per simulate instance (a new one after each `jest.resetModules()`). */
const registered = new WeakMap<object, Map<string, string>>();

/**
 * Loads and renders a component (path from the mini-program root, without extension). A component
 * is registered once per module registry and rendered afresh on each call, like WeChat's one module
 * instance per app; `fresh: true` first calls `jest.resetModules()` for fresh module state.
 */
export function loadComponent(
  path: string,
  options: LoadOptions & { fresh?: boolean } = {},
): LoadedComponent {
  const file = componentPath(path);
  if (options.fresh) jest.resetModules();
  // Required here, not imported: after a reset this is the registry's new simulate. Loading the
  // same component twice into one simulate silently fails (its require cache), hence `registered`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulate = require('miniprogram-simulate') as typeof Simulate;
  const usingComponents = { ...npmUsingComponents(file), ...options.usingComponents };
  const ids = registered.get(simulate) ?? new Map<string, string>();
  registered.set(simulate, ids);
  const key = `${file} ${JSON.stringify(usingComponents)}`;
  let id = ids.get(key);
  if (!id) {
    id = simulate.load(file, {
      rootPath: MINIPROGRAM_ROOT,
      usingComponents,
      // The official compiler (wcc) compiles every .wxml under the root once per simulate
      // instance (it caches by rootPath); TDesign's templates alone are ~700 KB of output.
      compilerOptions: { maxBuffer: 64 * 1024 * 1024 },
    });
    ids.set(key, id);
  }
  const component = simulate.render(id, options.props) as LoadedComponent;
  rendered.push(component);
  if (options.attach ?? true) {
    const parent = document.createElement('parent-wrapper');
    document.body.appendChild(parent);
    component.attach(parent);
  }
  return component;
}

/**
 * Loads a page written with `Component()`, makes it the current page (`getCurrentPages()`), and
 * calls its `onLoad(query)` as WeChat would.
 */
export function loadPage(
  path: string,
  options: LoadOptions & { query?: Record<string, string> } = {},
): LoadedComponent {
  const page = loadComponent(path, options);
  testRuntime().pages.push(page.instance);
  const onLoad = (page.instance as { onLoad?: (query: Record<string, string>) => unknown }).onLoad;
  onLoad?.call(page.instance, options.query ?? {});
  return page;
}

/** Any node of a rendered tree (a component or a native element such as a button). */
export type Node = Simulate.Component<
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.IAnyObject
>;

/**
 * Finds a node through nested components, one selector per level:
 * `find(page, '.apply', '#go')` is the `#go` inside the `.apply` component of the page.
 */
export function find(root: Node, ...selectors: string[]): Node {
  let node = root;
  for (const selector of selectors) {
    const next = node.querySelector(selector);
    if (!next) throw new Error(`nothing matches ${selectors.join(' > ')} (stopped at ${selector})`);
    node = next;
  }
  return node;
}

/** Taps a node and waits for the event to go through (simulate dispatches asynchronously). */
export async function tap(node: Node): Promise<void> {
  node.dispatchEvent('tap');
  await new Promise((done) => setTimeout(done, 0));
}

/** Events named `name` that the component triggers from now on (their `detail`s). */
export function recordEvents(component: Node, name: string): unknown[] {
  const details: unknown[] = [];
  // j-component has addEventListener (on the component's exparser node) but does not type it.
  const listenable = component as unknown as {
    addEventListener(name: string, handler: (event: { detail: unknown }) => void): void;
  };
  listenable.addEventListener(name, (event) => details.push(event.detail));
  return details;
}
