/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */
/**
 * Builds the browser preview from the mini-program's own files, in memory:
 *
 * - `gwx.js`: every WXML template under miniprogram/ compiled by WeChat's own WXML compiler (wcc,
 *   from miniprogram-compiler — the same compiler the miniprogram-simulate tests use);
 * - `app.js`: one esbuild bundle of j-component, the preview runtime (built-ins, `wx`, router) and
 *   every page and component reachable from app.json (TypeScript compiled as is), with each
 *   component's JSON and converted WXSS inlined;
 * - `app.css`: the runtime's own styles.
 *
 * Pages are discovered from app.json (main package and subpackages), components from
 * `usingComponents` (project paths and npm-style names in miniprogram_npm/, as WeChat resolves them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { convertWxss, readWxss } from './wxss';

/** The preview's own packages (j-component, miniprogram-exparser) for the runtime bundle. */
const PREVIEW_NODE_MODULES = resolve(__dirname, '..', 'node_modules');

/** The window settings of app.json (`window`) and of a page's JSON that the preview reads. */
export interface WindowJson {
  navigationBarTitleText?: string;
  navigationBarBackgroundColor?: string;
  navigationBarTextStyle?: string;
  navigationStyle?: string;
  enablePullDownRefresh?: boolean;
  onReachBottomDistance?: number;
  [key: string]: unknown;
}

export interface TabBarJson {
  color?: string;
  selectedColor?: string;
  backgroundColor?: string;
  list: { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }[];
  [key: string]: unknown;
}

export interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
  window?: WindowJson;
  tabBar?: TabBarJson;
  usingComponents?: Record<string, string>;
  /** WeChat's privacy check before privacy APIs (wx.onNeedPrivacyAuthorization). */
  __usePrivacyCheck__?: boolean;
  [key: string]: unknown;
}

export interface ComponentEntry {
  /** Path from the mini-program root without extension, e.g. `pages/jobs/index`. */
  path: string;
  isPage: boolean;
  json: Record<string, unknown>;
  /** tag → component path (resolved). */
  using: Record<string, string>;
  css: string;
  /** The script file (absolute), .ts or .js; undefined for a template-only component. */
  script?: string;
}

export interface PreviewBuild {
  appJson: AppJson;
  pages: string[];
  components: Record<string, ComponentEntry>;
  gwxJs: string;
  appJs: string;
  appCss: string;
  /** Problems found while discovering (missing components…), shown in the console. */
  warnings: string[];
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export function readAppJson(root: string): AppJson {
  const json = readJson(join(root, 'app.json'));
  if (!json) throw new Error(`no app.json in ${root}`);
  return json as unknown as AppJson;
}

/** Every page route of app.json, main package first. */
export function pageRoutes(app: AppJson): string[] {
  const subs = app.subpackages ?? app.subPackages ?? [];
  return [
    ...app.pages,
    ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ];
}

function resolveComponent(root: string, from: string, value: string): string | undefined {
  const candidates: string[] = [];
  if (value.startsWith('/')) candidates.push(join(root, value));
  else if (value.startsWith('.')) candidates.push(join(root, dirname(from), value));
  else {
    // npm-style: miniprogram_npm next to the component, then up to the root (WeChat's lookup).
    let dir = dirname(join(root, from));
    for (;;) {
      candidates.push(
        join(dir, 'miniprogram_npm', value),
        join(dir, 'miniprogram_npm', value, 'index'),
      );
      if (resolve(dir) === resolve(root) || !dir.startsWith(root)) break;
      dir = dirname(dir);
    }
    candidates.push(join(root, value));
  }
  for (const c of candidates) {
    if (existsSync(`${c}.json`)) return relative(root, c).split('\\').join('/');
  }
  return undefined;
}

function scriptOf(root: string, path: string): string | undefined {
  for (const ext of ['.ts', '.js']) {
    const file = join(root, `${path}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Pages and the components they use, transitively. */
export function discover(
  root: string,
): Pick<PreviewBuild, 'appJson' | 'pages' | 'components' | 'warnings'> {
  const appJson = readAppJson(root);
  const pages = pageRoutes(appJson);
  const components: Record<string, ComponentEntry> = {};
  const warnings: string[] = [];
  const appUsing = appJson.usingComponents ?? {};
  const visit = (path: string, isPage: boolean): void => {
    if (components[path]) {
      if (isPage) components[path].isPage = true;
      return;
    }
    const json = readJson(join(root, `${path}.json`));
    if (!json) {
      warnings.push(`${path}: no ${path}.json`);
      return;
    }
    const entry: ComponentEntry = {
      path,
      isPage,
      json,
      using: {},
      css: convertWxss(readWxss(join(root, `${path}.wxss`), root)),
      script: scriptOf(root, path),
    };
    components[path] = entry;
    if (!existsSync(join(root, `${path}.wxml`))) warnings.push(`${path}: no ${path}.wxml`);
    // app.json's usingComponents are global for the project's own pages and components.
    const using = {
      ...(path.includes('miniprogram_npm/') ? {} : appUsing),
      ...((json.usingComponents as Record<string, string> | undefined) ?? {}),
    };
    for (const [tag, value] of Object.entries(using)) {
      if (value.startsWith('plugin://')) continue;
      const target = resolveComponent(root, path, value);
      if (!target) {
        warnings.push(`${path}: <${tag}> "${value}" not found (npm run build:npm?)`);
        continue;
      }
      entry.using[tag] = target;
      visit(target, false);
    }
  };
  for (const page of pages) visit(page, true);
  return { appJson, pages, components, warnings };
}

/** WeChat's WXML compiler over the whole mini-program, as a classic script defining `__xpGwx`. */
export function compileWxml(root: string): string {
  const compiler = require('miniprogram-compiler') as {
    wxmlToJs(root: string, options: Record<string, unknown>): string;
  };
  const body = compiler.wxmlToJs(root, { maxBuffer: 64 * 1024 * 1024 });
  return `window.__webview_engine_version__ = 0.02;\nwindow.__xpGwx = (function () {\n${body}\n})();\n`;
}

const RUNTIME_ENTRY = join(__dirname, 'runtime', 'index.ts');

/** Resolves bare imports the way WeChat's npm build does: miniprogram_npm first. */
function miniprogramNpmPlugin(root: string): Plugin {
  return {
    name: 'miniprogram-npm',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!args.importer.startsWith(root)) return undefined;
        if (args.path.startsWith('xp:')) return undefined;
        let dir = dirname(args.importer);
        while (dir.startsWith(root)) {
          const base = join(dir, 'miniprogram_npm', args.path);
          for (const c of [base, `${base}.js`, join(base, 'index.js')]) {
            if (existsSync(c) && (c.endsWith('.js') || existsSync(join(c, 'index.js')))) {
              return { path: c.endsWith('.js') ? c : join(c, 'index.js') };
            }
          }
          if (dir === root) break;
          dir = dirname(dir);
        }
        return undefined;
      });
    },
  };
}

/**
 * j-component as miniprogram-simulate uses it, with three changes: element ids are written to the
 * DOM (as WeChat DevTools shows them), so a page's `id="submit"` can be found in the browser;
 * `ready` fires for components rendered after the page was attached (see registry.ts); and
 * SelectorQuery's `fields({ node: true })` gives the canvas node.
 */
function jComponentPatchPlugin(): Plugin {
  return {
    name: 'j-component-ids',
    setup(b) {
      b.onLoad({ filter: /j-component[\\/]src[\\/]componentmanager\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('writeIdToDOM: false'))
          throw new Error('j-component changed: writeIdToDOM not found');
        return {
          contents: source.replace('writeIdToDOM: false', 'writeIdToDOM: true'),
          loader: 'js',
        };
      });
      // `ready` once per component, also for components rendered after the page was attached
      // (j-component fires it only at attach; WeChat fires it for every component).
      b.onLoad({ filter: /j-component[\\/]src[\\/]render[\\/]component\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const anchor = "node => node.triggerLifeTime('ready')";
        if (!source.includes(anchor)) throw new Error('j-component changed: ready at attach');
        const guarded =
          "node => (globalThis.__xpReady ? globalThis.__xpReady(node) : node.triggerLifeTime('ready'))";
        return { contents: source.replace(anchor, () => guarded), loader: 'js' };
      });
      // SelectorQuery fields({ node: true }): the canvas node (TDesign's qrcode draws on it).
      b.onLoad({ filter: /j-component[\\/]src[\\/]tool[\\/]selectorquery\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const anchor = 'if (fields.properties) {';
        if (!source.includes(anchor)) throw new Error('j-component changed: SelectorQuery fields');
        const node =
          "if (fields.node) { const dom = node.$$; itemRes.node = dom && dom.querySelector ? (dom.querySelector('canvas') || dom) : null }\n";
        return { contents: source.replace(anchor, () => node + anchor), loader: 'js' };
      });
    },
  };
}

function manifestPlugin(
  root: string,
  found: ReturnType<typeof discover>,
  appCssText: string,
): Plugin {
  return {
    name: 'xp-manifest',
    setup(b) {
      b.onResolve({ filter: /^xp:manifest$/ }, () => ({ path: 'manifest', namespace: 'xp' }));
      b.onLoad({ filter: /.*/, namespace: 'xp' }, () => {
        const lines: string[] = [];
        lines.push(`export const appJson = ${JSON.stringify(found.appJson)};`);
        lines.push(`export const pages = ${JSON.stringify(found.pages)};`);
        lines.push(`export const appCss = ${JSON.stringify(appCssText)};`);
        lines.push(`export const warnings = ${JSON.stringify(found.warnings)};`);
        const appScript = scriptOf(root, 'app');
        lines.push(
          `export const loadApp = () => { ${appScript ? `require(${JSON.stringify(appScript)});` : ''} };`,
        );
        lines.push('export const components = {');
        for (const c of Object.values(found.components)) {
          const load = c.script ? `() => { require(${JSON.stringify(c.script)}); }` : 'undefined';
          lines.push(
            `  ${JSON.stringify(c.path)}: { path: ${JSON.stringify(c.path)}, isPage: ${c.isPage}, json: ${JSON.stringify(c.json)}, using: ${JSON.stringify(c.using)}, css: ${JSON.stringify(c.css)}, load: ${load} },`,
          );
        }
        lines.push('};');
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

/** Builds everything in memory from the mini-program in `root` (a second or two). */
export async function buildPreview(root: string): Promise<PreviewBuild> {
  const found = discover(root);
  const appCss = convertWxss(readWxss(join(root, 'app.wxss'), root));
  const gwxJs = compileWxml(root);
  const result = await build({
    entryPoints: [RUNTIME_ENTRY],
    bundle: true,
    write: false,
    outfile: join(__dirname, '.out', 'app.js'),
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'inline',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"', global: 'window' },
    nodePaths: [PREVIEW_NODE_MODULES],
    plugins: [
      manifestPlugin(root, found, appCss),
      miniprogramNpmPlugin(root),
      jComponentPatchPlugin(),
    ],
    tsconfig: join(root, 'tsconfig.json'),
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!js) throw new Error('esbuild produced no JavaScript');
  const runtimeCss = readFileSync(join(__dirname, 'runtime', 'runtime.css'), 'utf8');
  return { ...found, gwxJs, appJs: js.text, appCss: runtimeCss };
}
