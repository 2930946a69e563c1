/**
 * `npm run cloud -- --port <p> [--memory | --data <dir>] [--strict-indexes] [--quiet]`
 * Starts local-cloud and prints one ready line with its URL.
 */
import { relative, resolve } from 'node:path';
import { startLocalCloud } from './index';

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
  const args = parseArgs(process.argv.slice(2));
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
