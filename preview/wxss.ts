/**
 * WXSS → CSS for the browser preview, done at build time.
 *
 * - `@import "x.wxss"` is inlined (relative to the file, or '/…' from the mini-program root).
 * - `rpx` becomes px for a 375 px wide screen (750 rpx = 375 px).
 * - Class selectors get the placeholder prefix `__XPP__--`, which the runtime replaces with the
 *   component's class prefix (j-component writes `prefix--class` into the DOM), so a component's
 *   styles apply to that component only, as in WeChat.
 * - `page` becomes `__XPPAGE__` (the runtime's page root), `:host` becomes `__XPHOST__` (the
 *   component's element), and built-in tags (`view`, `text`, …) become their elements (`wx-view`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CLASS_PLACEHOLDER = '__XPP__';
export const PAGE_PLACEHOLDER = '__XPPAGE__';
export const HOST_PLACEHOLDER = '__XPHOST__';

/** Tags of WeChat's built-in components, rendered as `wx-<tag>` elements. */
export const BUILTIN_TAGS = [
  'view',
  'text',
  'image',
  'button',
  'input',
  'textarea',
  'picker',
  'picker-view',
  'picker-view-column',
  'switch',
  'checkbox',
  'checkbox-group',
  'radio',
  'radio-group',
  'label',
  'scroll-view',
  'swiper',
  'swiper-item',
  'navigator',
  'icon',
  'form',
  'rich-text',
  'progress',
  'slider',
  'cover-view',
  'cover-image',
  'movable-area',
  'movable-view',
  'block',
  'map',
  'canvas',
  'video',
  'web-view',
  'page-meta',
  'navigation-bar',
];

/** Reads a WXSS file with its @imports inlined. */
export function readWxss(file: string, root: string, seen = new Set<string>()): string {
  if (!existsSync(file) || seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  return text.replace(
    /@import\s+(?:url\()?\s*["']([^"']+)["']\s*\)?\s*;?/g,
    (_all, target: string) => {
      const path = target.startsWith('/') ? join(root, target) : join(dirname(file), target);
      const withExt = /\.(wxss|css)$/.test(path) ? path : `${path}.wxss`;
      return readWxss(withExt, root, seen);
    },
  );
}

function rpxToPx(css: string): string {
  return css.replace(/(-?\d*\.?\d+)rpx/g, (_all, n: string) => {
    const px = Math.round(Number(n) * 0.5 * 1000) / 1000;
    return `${px}px`;
  });
}

const builtinPattern = new RegExp(
  `(^|[\\s>+~,(])(${[...BUILTIN_TAGS].sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s.:#\\[>+~,)])`,
  'g',
);

/** One selector list (the part before `{`). */
export function convertSelector(selector: string): string {
  let s = selector;
  // Class names (not inside attribute brackets or strings; good enough for WXSS in practice).
  s = s.replace(
    /\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g,
    (_all, name: string) => `.${CLASS_PLACEHOLDER}--${name}`,
  );
  s = s.replace(
    /:host(?:\(([^)]*)\))?/g,
    (_all, inner?: string) => `${HOST_PLACEHOLDER}${inner ?? ''}`,
  );
  s = s.replace(
    /(^|[\s>+~,(])page(?=$|[\s.:#[>+~,)])/g,
    (_all, pre: string) => `${pre}${PAGE_PLACEHOLDER}`,
  );
  s = s.replace(builtinPattern, (_all, pre: string, tag: string) => `${pre}wx-${tag}`);
  return s;
}

/** Converts a whole stylesheet (after imports). Handles nested at-rules such as @media. */
export function convertWxss(source: string): string {
  const css = rpxToPx(source.replace(/\/\*[\s\S]*?\*\//g, ''));
  let out = '';
  let i = 0;
  const n = css.length;
  const stack: ('rule' | 'at' | 'keep')[] = [];
  while (i < n) {
    const open = css.indexOf('{', i);
    const close = css.indexOf('}', i);
    if (close >= 0 && (open < 0 || close < open)) {
      out += css.slice(i, close + 1);
      stack.pop();
      i = close + 1;
      continue;
    }
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    // Statement-level at-rules ending in ';' before the '{' (e.g. @charset) pass through.
    let head = css.slice(i, open);
    const semi = head.lastIndexOf(';');
    if (semi >= 0 && stack[stack.length - 1] !== 'rule') {
      out += head.slice(0, semi + 1);
      head = head.slice(semi + 1);
    }
    const trimmed = head.trim();
    const parent = stack[stack.length - 1];
    if (trimmed.startsWith('@')) {
      const isKeyframes = /^@(-\w+-)?keyframes|^@font-face/.test(trimmed);
      out += head + '{';
      stack.push(isKeyframes ? 'keep' : 'at');
    } else if (parent === 'keep' || parent === 'rule') {
      out += head + '{';
      stack.push('keep');
    } else {
      out += convertSelector(head) + '{';
      stack.push('rule');
    }
    i = open + 1;
  }
  return out;
}
