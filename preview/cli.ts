/**
 * The browser preview on its own, against a local-cloud that is already running:
 *
 *   npx tsx preview/cli.ts --cloud http://127.0.0.1:3000 [--port 3001] [--as worker]
 *
 * (`npm start` starts both; this is for running `npm run cloud` yourself.)
 */
import { startPreview } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const cloudUrl = arg('cloud') ?? process.env.CLOUD_URL ?? 'http://127.0.0.1:3000';
  const port = Number(arg('port') ?? process.env.PREVIEW_PORT ?? 3001);
  const preview = await startPreview({ port, cloudUrl, defaultUser: arg('as') ?? 'worker' });
  console.log(`preview ready at ${preview.url} (cloud ${cloudUrl})`);
  const stop = (): void => {
    void preview.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
