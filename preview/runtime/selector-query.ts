/**
 * wx.createSelectorQuery for the page on screen: boundingClientRect, scrollOffset, fields and
 * node (a canvas inside the element). Class selectors get the page's class prefix, as
 * j-component writes classes into the DOM (`prefix--name`).
 */
import { top } from './navigation';
import { tagNameOf } from './registry';

type Callback = (result: unknown) => void;

function rectOf(node: Element | null) {
  if (!node) return null;
  const r = node.getBoundingClientRect();
  return {
    id: node.id,
    dataset: {},
    left: r.left,
    right: r.right,
    top: r.top,
    bottom: r.bottom,
    width: r.width,
    height: r.height,
  };
}

function find(selector: string, all: boolean): Element[] {
  const scope = top()?.wrapper ?? document.body;
  const css = selector.replace(
    /\.([-_a-zA-Z0-9]+)/g,
    (_m, c: string) => `[class~="${tagNameOf(top()?.route ?? '')}--${c}"]`,
  );
  try {
    return all
      ? Array.from(scope.querySelectorAll(css))
      : ([scope.querySelector(css)].filter(Boolean) as Element[]);
  } catch {
    return [];
  }
}

export function selectorQuery() {
  const tasks: (() => unknown)[] = [];
  const nodesRef = (selector: string, all: boolean) => {
    const ref = {
      boundingClientRect: (cb?: Callback) => {
        tasks.push(() => {
          const nodes = find(selector, all);
          const r = all ? nodes.map(rectOf) : rectOf(nodes[0] ?? null);
          cb?.(r);
          return r;
        });
        return query;
      },
      scrollOffset: (cb?: Callback) => {
        tasks.push(() => {
          const r = { scrollTop: window.scrollY, scrollLeft: window.scrollX };
          cb?.(r);
          return r;
        });
        return query;
      },
      fields: (_f: unknown, cb?: Callback) => {
        tasks.push(() => {
          const node = find(selector, false)[0] as HTMLElement | undefined;
          const canvas = node?.querySelector('canvas') ?? null;
          const r = node ? { ...rectOf(node), node: canvas ?? node } : null;
          cb?.(r);
          return r;
        });
        return query;
      },
      node: (cb?: Callback) => ref.fields({ node: true }, cb),
    };
    return ref;
  };
  const query = {
    in: () => query,
    select: (s: string) => nodesRef(s, false),
    selectAll: (s: string) => nodesRef(s, true),
    selectViewport: () => nodesRef('html', false),
    exec: (cb?: (r: unknown[]) => void) => {
      requestAnimationFrame(() => cb?.(tasks.map((t) => t())));
      return query;
    },
  };
  return query;
}
