/**
 * Records the size of every `setData` call — what WeChat sends from the logic layer to the view —
 * per page instance, in `window.__xpSetData` (read by bench/pages.ts). Sizes are UTF-8 bytes of
 * JSON.stringify(data); calls of the components inside a page are kept apart from the page's own.
 */

export interface SetDataCall {
  /** performance.now() of the call, ms. */
  at: number;
  bytes: number;
  /** Bytes of each top-level key's value. */
  keys: Record<string, number>;
}

export interface PageSetData {
  route: string;
  /** Bytes of the page's initial `data` (WeChat sends it with the first render). */
  initial: number;
  page: SetDataCall[];
  components: (SetDataCall & { path: string })[];
}

declare global {
  interface Window {
    __xpSetData?: PageSetData[];
  }
}

interface Caller {
  data?: unknown;
  setData?: (data: unknown, callback?: () => void) => void;
  _exparserNode?: ExparserNode;
}

interface ExparserNode {
  ownerShadowRoot?: { getHostNode?: () => ExparserNode | undefined } | null;
}

const encoder = new TextEncoder();
const byNode = new WeakMap<object, PageSetData>();
const records: PageSetData[] = [];
// globalThis, not window: bench/pages.ts type-checks this file under Node's types.
(globalThis as { __xpSetData?: PageSetData[] }).__xpSetData = records;

const utf8 = (json: string | undefined): number => (json ? encoder.encode(json).length : 0);

/** JSON.stringify(data)'s byte length, counted key by key so the keys' shares come for free. */
function measure(data: unknown): SetDataCall {
  const at = Math.round(performance.now());
  if (!data || typeof data !== 'object') return { at, bytes: utf8(JSON.stringify(data)), keys: {} };
  const keys: Record<string, number> = {};
  let bytes = 2;
  for (const [key, value] of Object.entries(data)) {
    const size = utf8(JSON.stringify(value));
    if (!size) continue; // undefined and functions are left out, as JSON.stringify does
    bytes += (bytes > 2 ? 1 : 0) + utf8(JSON.stringify(key)) + 1 + size;
    keys[key] = size;
  }
  return { at, bytes, keys };
}

/** The page a component is rendered in: up the owners' shadow roots to a page's node. */
function pageOf(node: ExparserNode | undefined): PageSetData | undefined {
  for (let n = node, hops = 0; n && hops < 100; hops++) {
    const record = byNode.get(n);
    if (record) return record;
    n = n.ownerShadowRoot?.getHostNode?.();
  }
  return undefined;
}

function wrap(caller: Caller, record: (call: SetDataCall) => void): void {
  const setData = caller.setData;
  if (typeof setData !== 'function') return;
  caller.setData = function (data, callback) {
    try {
      record(measure(data));
    } catch {
      // e.g. a cyclic object: not ours to report; setData says what it thinks of it
    }
    return setData.call(this, data, callback);
  };
}

/** Called from a component's `created` lifetime (registry.ts), `this` being the component. */
export function trackSetData(caller: Caller, path: string, isPage: boolean): void {
  if (isPage) {
    let initial = 0;
    try {
      initial = utf8(JSON.stringify(caller.data));
    } catch {
      // left at 0
    }
    const record: PageSetData = { route: path, initial, page: [], components: [] };
    records.push(record);
    if (caller._exparserNode) byNode.set(caller._exparserNode, record);
    wrap(caller, (call) => record.page.push(call));
    return;
  }
  let page: PageSetData | undefined;
  wrap(caller, (call) => {
    page ??= pageOf(caller._exparserNode);
    page?.components.push({ ...call, path });
  });
}
