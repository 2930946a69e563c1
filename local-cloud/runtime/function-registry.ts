import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One deployable cloud function and the settings CloudBase would apply to it. */
export interface FunctionSpec {
  name: string;
  dir: string;
  /** The bundled file CloudBase runs. */
  entry: string;
  /** `src/` when the function is written in TypeScript and bundled. */
  srcDir?: string;
  /** APIs listed in config.json `permissions.openapi`. */
  openapi: string[];
  timeoutMs: number;
  envVariables: Record<string, string>;
  /** The CloudBase runtime (`Nodejs20.19`) from cloudbaserc.json; undefined when not declared. */
  runtime?: string;
}

interface CloudbaseRc {
  functions?: {
    name: string;
    timeout?: number;
    runtime?: string;
    envVariables?: Record<string, string>;
  }[];
}

export const DEFAULT_TIMEOUT_SECONDS = 3;

const readJson = <T>(file: string): T | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;

/** Finds the functions under `root` (folders with `src/index.ts` or `index.js`). */
export function discoverFunctions(
  root: string,
  cloudbasercFile?: string,
): Map<string, FunctionSpec> {
  const rc = cloudbasercFile ? readJson<CloudbaseRc>(cloudbasercFile) : undefined;
  const out = new Map<string, FunctionSpec>();
  if (!existsSync(root)) return out;
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const dir = join(root, d.name);
    const srcDir = join(dir, 'src');
    const hasSrc = existsSync(join(srcDir, 'index.ts'));
    if (!hasSrc && !existsSync(join(dir, 'index.js'))) continue;
    const config = readJson<{ permissions?: { openapi?: string[] } }>(join(dir, 'config.json'));
    const settings = rc?.functions?.find((f) => f.name === d.name);
    out.set(d.name, {
      name: d.name,
      dir,
      entry: join(dir, 'index.js'),
      srcDir: hasSrc ? srcDir : undefined,
      openapi: config?.permissions?.openapi ?? [],
      timeoutMs: (settings?.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
      envVariables: settings?.envVariables ?? {},
      runtime: settings?.runtime,
    });
  }
  return out;
}
