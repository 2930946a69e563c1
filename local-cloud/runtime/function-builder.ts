import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunction } from './function-bundler';
import type { FunctionSpec } from './function-registry';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const lastFresh = new Map<string, number>();
const RECHECK_MS = 1000;

/**
 * Whether `index.js` is missing or older than the sources it is bundled from: the function's
 * `src/` and the shared folders its bundle takes code from. A fresh answer is trusted for a
 * second, so a burst of invocations does not walk the source trees each time.
 */
export function needsBuild(spec: FunctionSpec, sharedSourceRoots: string[] = []): boolean {
  if (!spec.srcDir) return false;
  if (!existsSync(spec.entry)) return true;
  if (Date.now() - (lastFresh.get(spec.entry) ?? 0) < RECHECK_MS) return false;
  const sources = [spec.srcDir, ...sharedSourceRoots];
  const stale = Math.max(...sources.map(newestMtime)) > statSync(spec.entry).mtimeMs;
  if (!stale) lastFresh.set(spec.entry, Date.now());
  return stale;
}

const building = new Map<string, Promise<void>>();

/** Bundles a function when needed; concurrent callers share one build. */
export function ensureBuilt(spec: FunctionSpec, sharedSourceRoots: string[] = []): Promise<void> {
  if (!needsBuild(spec, sharedSourceRoots)) return Promise.resolve();
  let pending = building.get(spec.entry);
  if (!pending) {
    pending = bundleFunction(spec).finally(() => {
      building.delete(spec.entry);
      lastFresh.delete(spec.entry);
    });
    building.set(spec.entry, pending);
  }
  return pending;
}
