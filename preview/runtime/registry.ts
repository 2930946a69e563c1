/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */
/**
 * Registers the mini-program's components with j-component the way miniprogram-simulate does
 * (children first, `Component()` picks up the template, usingComponents and tag of the component
 * being loaded), and injects each component's converted WXSS with its class prefix.
 */

const jComponent = require('j-component') as {
  register(def: Record<string, unknown>): string;
  behavior(def: Record<string, unknown>): string;
  create(id: string, props?: Record<string, unknown>): RootComponent;
};
import * as manifest from 'xp:manifest';
import { trackSetData } from './setdata';

export interface RootComponent {
  dom: HTMLElement;
  instance: Record<string, unknown>;
  attach(parent: HTMLElement): void;
  detach(): void;
  triggerPageLifeTime(name: string, ...args: unknown[]): void;
}

interface Loading {
  id: string;
  path: string;
  template: unknown;
  usingComponents: Record<string, string>;
  tagName: string;
}

declare global {
  interface Window {
    __xpGwx?: (path: string) => unknown;
  }
}

const ids = new Map<string, string>();
const readied = new WeakSet<object>();

/** Fires a component's `ready` lifetime once (j-component's attach and our `attached` both ask). */
function readyOnce(node: unknown): void {
  const n = node as { triggerLifeTime?: (name: string, args?: unknown[]) => void } | undefined;
  if (!n || typeof n.triggerLifeTime !== 'function' || readied.has(n)) return;
  readied.add(n);
  n.triggerLifeTime('ready', []);
}
(globalThis as unknown as { __xpReady: typeof readyOnce }).__xpReady = readyOnce;
const tagNames = new Set<string>();
let nowLoad: Loading | undefined;
let registeredNow = false;

function tagFor(path: string): string {
  const parts = path.split('/');
  let tag: string;
  const npm = parts.indexOf('miniprogram_npm');
  if (npm >= 0) {
    const pkg = parts[npm + 1] ?? 'npm';
    const dir = parts.length - npm > 3 ? parts[parts.length - 2] : parts[parts.length - 1];
    tag = pkg.startsWith('tdesign') ? `t-${dir}` : `${pkg}-${dir}`;
  } else if (manifest.components[path]?.isPage) {
    tag = `page-${parts
      .filter((p) => p !== 'pages' && p !== 'index')
      .join('-')
      .replace(/^package-/, '')}`;
  } else {
    const last =
      parts[parts.length - 1] === 'index' ? parts[parts.length - 2] : parts[parts.length - 1];
    tag = last.includes('-') ? last : `xp-${last}`;
  }
  tag = tag.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  let unique = tag;
  for (let n = 2; tagNames.has(unique); n++) unique = `${tag}-${n}`;
  tagNames.add(unique);
  return unique;
}

function injectCss(key: string, css: string): void {
  const style = document.createElement('style');
  style.dataset.xp = key;
  style.textContent = css;
  document.head.appendChild(style);
}

function cssFor(css: string, prefix: string, pageSelector: string): string {
  return css
    .split('__XPP__')
    .join(prefix)
    .split('__XPPAGE__')
    .join(pageSelector)
    .split('__XPHOST__')
    .join(prefix);
}

function compileTemplate(path: string): unknown {
  const gwx = window.__xpGwx;
  if (!gwx) throw new Error('gwx.js (the compiled WXML) is not loaded');
  const fn = gwx(`${path}.wxml`);
  if (typeof fn !== 'function') throw new Error(`no compiled template for ${path}.wxml`);
  return fn;
}

/** `Component(options)` as the mini-program calls it while one of its files is loading. */
function componentConstructor(options: Record<string, unknown>): void {
  const load = nowLoad;
  if (!load) {
    console.warn('[preview] Component() called outside a component load; ignored');
    return;
  }
  const userOptions = (options.options ?? {}) as Record<string, unknown>;
  const definition: Record<string, unknown> = {
    id: load.id,
    path: load.path,
    template: load.template,
    usingComponents: load.usingComponents,
    tagName: load.tagName,
    ...options,
    options: { classPrefix: load.tagName, ...userOptions },
  };
  const relations = options.relations as Record<string, Record<string, unknown>> | undefined;
  if (relations) {
    const fixed: Record<string, Record<string, unknown>> = {};
    for (const [key, value] of Object.entries(relations)) {
      const target = resolvePath(load.path, key);
      const id = target ? ensureRegistered(target) : undefined;
      if (id) {
        fixed[id] = { ...value, target: id };
      } else fixed[key] = value;
    }
    definition.relations = fixed;
  }
  const lifetimes = { ...((options.lifetimes as Record<string, unknown>) ?? {}) };
  const entry = manifest.components[load.path];
  const created = (lifetimes.created ?? options.created) as
    ((this: object, ...a: unknown[]) => unknown) | undefined;
  lifetimes.created = function (this: object, ...args: unknown[]) {
    trackSetData(this, load.path, entry?.isPage ?? false);
    return created?.apply(this, args);
  };
  // `ready` for components rendered after the page was attached (j-component fires it only when
  // the page is attached): scheduled from `attached`, once per component (see readyOnce).
  const attached = (lifetimes.attached ?? options.attached) as
    ((this: { _exparserNode: unknown }, ...a: unknown[]) => unknown) | undefined;
  lifetimes.attached = function (this: { _exparserNode: unknown }, ...args: unknown[]) {
    const result = attached?.apply(this, args);
    const node = this._exparserNode;
    setTimeout(() => readyOnce(node), 0);
    return result;
  };
  definition.lifetimes = lifetimes;
  const isolation = userOptions.styleIsolation as string | undefined;
  if (
    entry?.isPage ||
    userOptions.addGlobalClass ||
    isolation === 'apply-shared' ||
    isolation === 'shared'
  ) {
    injectCss(`app:${load.path}`, cssFor(manifest.appCss, load.tagName, '.xp-page'));
  }
  if (entry) {
    injectCss(
      load.path,
      cssFor(entry.css, load.tagName, entry.isPage ? `.xp-page-${load.tagName}` : '.xp-page'),
    );
  }
  jComponent.register(definition);
  registeredNow = true;
}

function resolvePath(from: string, key: string): string | undefined {
  if (key.startsWith('/')) return key.slice(1);
  const parts = from.split('/');
  parts.pop();
  for (const seg of key.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const path = parts.join('/');
  return manifest.components[path] ? path : undefined;
}

/** Registers a component (and, first, the components it uses); returns its j-component id. */
export function ensureRegistered(path: string): string | undefined {
  const known = ids.get(path);
  if (known) return known;
  const entry = manifest.components[path];
  if (!entry) {
    console.warn(`[preview] ${path} is not a component of this mini-program`);
    return undefined;
  }
  const tagName = tagFor(path);
  const id = `xp-${tagName}`;
  ids.set(path, id);
  const usingComponents: Record<string, string> = {};
  for (const [tag, child] of Object.entries(entry.using)) {
    const childId = ensureRegistered(child);
    if (childId) usingComponents[tag] = childId;
  }
  const previous = nowLoad;
  const previousRegistered = registeredNow;
  nowLoad = { id, path, template: compileTemplate(path), usingComponents, tagName };
  registeredNow = false;
  try {
    if (entry.load) entry.load();
    if (!registeredNow) {
      // A template-only component, or a module that was already evaluated: register it plainly.
      componentConstructor({});
    }
  } catch (err) {
    console.error(`[preview] loading ${path} failed`, err);
    throw err;
  } finally {
    nowLoad = previous;
    registeredNow = previousRegistered;
  }
  return id;
}

export function tagNameOf(path: string): string | undefined {
  const id = ids.get(path);
  return id?.slice(3);
}

export function createComponent(path: string): RootComponent {
  const id = ensureRegistered(path);
  if (!id) throw new Error(`cannot load ${path}`);
  return jComponent.create(id);
}

/** The globals the mini-program's files call: Component, Behavior, App, getApp, Page. */
export function installGlobals(getCurrentPages: () => unknown[]): void {
  const g = window as unknown as Record<string, unknown>;
  let app: Record<string, unknown> = { globalData: {} };
  g.Component = componentConstructor;
  g.Behavior = (def: Record<string, unknown>) => jComponent.behavior(def);
  g.App = (def: Record<string, unknown>) => {
    app = def;
    if (!app.globalData) app.globalData = {};
  };
  g.getApp = () => app;
  g.getCurrentPages = getCurrentPages;
  g.Page = (def: Record<string, unknown>) => {
    // Pages here are written with Component(); a Page() page still renders (data + methods).
    const { data, options: opts, behaviors, ...rest } = def;
    const methods: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) if (typeof v === 'function') methods[k] = v;
    componentConstructor({ data, options: opts, behaviors, methods });
  };
}

export function appInstance(): Record<string, unknown> {
  return (window as unknown as { getApp(): Record<string, unknown> }).getApp();
}
