/**
 * The local-cloud command: starts it and prints one ready line with its URL.
 *
 *   tsx local-cloud/cli.ts --port <p> (--memory | --data <dir>) [--functions <dir>]
 *     [--shared <dir,dir>] [--indexes <file>] [--cloudbaserc <file>] [--app-json <file>]
 *     [--strict-indexes] [--function-env KEY=VALUE …] [--quiet]
 *
 * Each `--function-env` sets one environment variable of every function (e.g. the app's
 * `ADMINS`). An app passes its own layout (see `runCli`'s defaults); `npm run cloud` is this repo's.
 */
import { relative, resolve } from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from './index';

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

/** Starts local-cloud from command-line flags; `defaults` are the calling app's roots and data. */
export async function runCli(
  argv: string[],
  defaults: LocalCloudOptions = {},
  onReady?: (cloud: LocalCloud) => Promise<unknown>,
): Promise<void> {
  const args = parseArgs(argv);
  const path = (key: string): string | undefined =>
    typeof args[key] === 'string' ? resolve(args[key] as string) : undefined;
  const functionEnv = Object.fromEntries(
    repeated(argv, 'function-env').map((kv) => {
      const eq = kv.indexOf('=');
      if (eq < 1) throw new Error(`--function-env wants KEY=VALUE, got ${kv}`);
      return [kv.slice(0, eq), kv.slice(eq + 1)];
    }),
  );
  if (args.memory && args.data) throw new Error('--memory and --data exclude each other');
  const memory = args.memory === true;
  const dataDir = path('data') ?? defaults.dataDir;
  if (!memory && !dataDir) throw new Error('give --memory or --data <dir>');
  const cloud = await startLocalCloud({
    ...defaults,
    port: typeof args.port === 'string' ? Number(args.port) : (defaults.port ?? 0),
    memory,
    dataDir,
    functionsRoot: path('functions') ?? defaults.functionsRoot,
    sharedSourceRoots:
      typeof args.shared === 'string'
        ? args.shared
            .split(',')
            .filter(Boolean)
            .map((d) => resolve(d))
        : defaults.sharedSourceRoots,
    indexesFile: path('indexes') ?? defaults.indexesFile,
    cloudbasercFile: path('cloudbaserc') ?? defaults.cloudbasercFile,
    appJsonFile: path('app-json') ?? defaults.appJsonFile,
    strictIndexes: args['strict-indexes'] === true || defaults.strictIndexes,
    extraFunctionEnv: { ...defaults.extraFunctionEnv, ...functionEnv },
    log: args.quiet !== true,
  });
  if (onReady) await onReady(cloud);
  const where = memory ? 'memory' : relative(process.cwd(), dataDir ?? '') || '.';
  console.log(`local-cloud ready at ${cloud.url} (env ${cloud.env}, data ${where})`);
  const shutdown = (): void => {
    void cloud.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Runs `runCli` as a program: a failure to start prints the error and exits 1. */
export function runCliMain(
  defaults: LocalCloudOptions = {},
  onReady?: (cloud: LocalCloud) => Promise<unknown>,
): void {
  runCli(process.argv.slice(2), defaults, onReady).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) runCliMain();
