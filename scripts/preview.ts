/**
 * This app's browser preview: preview/ told the mini-program's folder, the demo users and the
 * sentences its voice stand-in offers (the preview knows none of them). `npm start`, the page
 * visits of the screenshots and the page bench, and the end-to-end tests start it through here.
 *
 * Run directly, the preview on its own against a local-cloud that is already running:
 *
 *   npx tsx scripts/preview.ts --cloud http://127.0.0.1:3000 [--port 3001] [--as worker]
 *
 * (`npm start` starts both; this is for running `npm run cloud` yourself.)
 */
import { resolve } from 'node:path';
import { startPreview, type Preview, type PreviewOptions } from '../preview/server';
import { SPEECH_SAMPLES } from './demo/speech-samples';
import { DEMO_USERS } from './demo/users';

export const MINIPROGRAM_ROOT = resolve(__dirname, '..', 'miniprogram');

export function startAppPreview(
  options: Omit<PreviewOptions, 'miniprogramRoot' | 'users'> = {},
): Promise<Preview> {
  return startPreview({
    miniprogramRoot: MINIPROGRAM_ROOT,
    users: DEMO_USERS,
    speechSamples: SPEECH_SAMPLES,
    ...options,
  });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const cloudUrl = arg('cloud') ?? process.env.CLOUD_URL ?? 'http://127.0.0.1:3000';
  const port = Number(arg('port') ?? process.env.PREVIEW_PORT ?? 3001);
  const preview = await startAppPreview({ port, cloudUrl, defaultUser: arg('as') ?? 'worker' });
  console.log(`preview ready at ${preview.url} (cloud ${cloudUrl})`);
  const stop = (): void => {
    void preview.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run directly (not imported). `require.main` is avoided: see scripts/build-functions.ts.
if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
