/**
 * `npm run cloud -- --port <p> [--memory | --data <dir>] [--strict-indexes] [--quiet]
 *   [--function-env KEY=VALUE …]`
 * Starts local-cloud and prints one ready line with its URL. Each `--function-env` sets one
 * environment variable of every function (e.g. the app's `ADMINS`).
 */
import { relative, resolve } from 'node:path';
import { startLocalCloud } from './index';

/** The values of a repeatable `--name VALUE` flag. */
function repeated(argv: string[], name: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === `--${name}` && argv[i + 1] !== undefined) out.push(argv[i + 1]);
    else if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
  });
  return out;
}

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) out[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  const functionEnv = Object.fromEntries(
    repeated(argv, 'function-env').map((kv) => {
      const eq = kv.indexOf('=');
      if (eq < 1) throw new Error(`--function-env wants KEY=VALUE, got ${kv}`);
      return [kv.slice(0, eq), kv.slice(eq + 1)];
    }),
  );
  if (args.memory && args.data) throw new Error('--memory and --data exclude each other');
  const repo = resolve(__dirname, '..');
  const dataDir =
    typeof args.data === 'string' ? resolve(args.data) : resolve(repo, '.local-cloud-data');
  const cloud = await startLocalCloud({
    port: typeof args.port === 'string' ? Number(args.port) : 0,
    memory: args.memory === true,
    dataDir,
    functionsRoot: typeof args.functions === 'string' ? resolve(args.functions) : undefined,
    strictIndexes: args['strict-indexes'] === true,
    adminOpenids:
      typeof args.admins === 'string' ? args.admins.split(',').filter(Boolean) : undefined,
    extraFunctionEnv: functionEnv,
    log: args.quiet !== true,
  });
  const where = args.memory ? 'memory' : relative(process.cwd(), dataDir) || '.';
  console.log(`local-cloud ready at ${cloud.url} (env ${cloud.env}, data ${where})`);
  const shutdown = (): void => {
    void cloud.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
