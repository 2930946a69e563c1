/**
 * `npm run bench`: runs every `bench/*.ts` module's `run()` in turn;
 * `npm run bench -- pages functions` only the modules named.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const all = readdirSync(__dirname)
    .filter(
      (f) => f.endsWith('.ts') && !f.startsWith('.') && f !== 'index.ts' && !f.endsWith('.d.ts'),
    )
    .sort();
  const only = process.argv.slice(2).map((a) => a.replace(/\.ts$/, ''));
  const unknown = only.filter((name) => !all.includes(`${name}.ts`));
  if (unknown.length) {
    throw new Error(
      `no bench ${unknown.join(', ')}; there are: ${all.map((f) => f.slice(0, -3)).join(', ')}`,
    );
  }
  const modules = only.length ? all.filter((f) => only.includes(f.slice(0, -3))) : all;
  for (const file of modules) {
    const mod = (await import(join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') continue;
    console.log(`\n=== bench/${file} ===`);
    const started = Date.now();
    await mod.run();
    console.log(`(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
