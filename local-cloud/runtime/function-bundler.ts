import { build } from 'esbuild';
import { join } from 'node:path';
import type { FunctionSpec } from './function-registry';
import { esbuildTarget } from './node-runtime';

/**
 * Bundles a TypeScript function's `src/index.ts` (and whatever it imports) into the `index.js`
 * CloudBase runs: CommonJS for Node 16 (CloudBase's runtime), `wx-server-sdk` left external
 * (CloudBase installs it from the function's package.json), minified. The one esbuild configuration of the
 * repo: `npm run build:functions` and local-cloud's on-demand builds both come here.
 */
export async function bundleFunction(
  spec: Pick<FunctionSpec, 'srcDir' | 'entry' | 'runtime'>,
): Promise<void> {
  if (!spec.srcDir) throw new Error(`${spec.entry} has no src/ to bundle`);
  await build({
    entryPoints: [join(spec.srcDir, 'index.ts')],
    outfile: spec.entry,
    bundle: true,
    platform: 'node',
    target: esbuildTarget(spec.runtime),
    format: 'cjs',
    external: ['wx-server-sdk'],
    // Minified (a smaller upload and a quicker parse at cold start); names kept for stack traces
    // and the source map beside it maps them back to src/.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: '// Generated from src/ by local-cloud/runtime/function-bundler.ts — do not edit.',
    },
  });
}
