/**
 * Bundles every cloud function `cloudfunctions/<fn>/src/index.ts` (with the shared contracts and
 * `server/`) into `cloudfunctions/<fn>/index.js`, the file CloudBase runs, with local-cloud's
 * bundler (the one esbuild configuration).
 */
import { resolve } from 'node:path';
import { bundleFunction } from '../local-cloud/runtime/function-bundler';
import { discoverFunctions } from '../local-cloud/runtime/function-registry';
import { APP_ROOTS } from './app-roots';

/** Names of the function folders written in TypeScript (those with a `src/index.ts`). */
export function listFunctions(): string[] {
  return [...discoverFunctions(APP_ROOTS.functionsRoot).values()]
    .filter((f) => f.srcDir)
    .map((f) => f.name)
    .sort();
}

/** Bundles the named functions (all by default); returns the output paths. */
export async function buildFunctions(names: string[] = listFunctions()): Promise<string[]> {
  const specs = discoverFunctions(APP_ROOTS.functionsRoot, APP_ROOTS.cloudbasercFile);
  return Promise.all(
    names.map(async (name) => {
      const spec = specs.get(name);
      if (!spec?.srcDir) throw new Error(`no cloud function ${name} with a src/index.ts`);
      await bundleFunction(spec);
      return spec.entry;
    }),
  );
}

// Run directly (not imported by local-cloud or tests). `require.main` is avoided: the component
// tests type-check this file with WeChat's typings, whose `require` has no `main`.
if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  const names = process.argv.slice(2);
  buildFunctions(names.length ? names : undefined).then(
    (files) =>
      console.log(
        `built ${files.length} cloud functions: ${files.map((f) => f.split('/').slice(-2)[0]).join(', ')}`,
      ),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
