/**
 * `npm start`: the whole product on this machine.
 *
 * 1. builds what it needs: the WeChat npm build (`scripts/pack-npm.ts`, in its own process) and the
 *    cloud function bundles (`buildFunctions`);
 * 2. starts local-cloud on http://127.0.0.1:3000 (CLOUD_PORT or PORT to change it) with its data in
 *    `.local-cloud-data/`, and loads the demo data when that folder is empty;
 * 3. starts the browser preview (`scripts/preview.ts`, PREVIEW_PORT, default 3001);
 * 4. prints the addresses and the demo users, and stops everything on Ctrl-C.
 *
 * `--no-build` skips step 1 (when nothing changed since the last build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chinaDay } from '../miniprogram/shared/index';
import { buildFunctions } from './build-functions';
import {
  cloudPort,
  DEMO_DATA_DIR,
  describeSummary,
  isEmptyDir,
  loadDemo,
  REPO_ROOT,
  startDemoCloud,
  wipeDir,
} from './demo/cloud';
import { DEMO_USERS } from './demo/users';
import { startAppPreview } from './preview';
import type { Preview } from '../preview/server';

const DEFAULT_PREVIEW_PORT = 3001;

function previewPort(): number {
  const raw = process.env.PREVIEW_PORT;
  const port = raw ? Number(raw) : DEFAULT_PREVIEW_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PREVIEW_PORT is not a port: ${raw}`);
  return port;
}

/** miniprogram_npm is up to date when it is newer than the files that decide what goes in it. */
function npmBuildIsFresh(): boolean {
  const dir = join(REPO_ROOT, 'miniprogram', 'miniprogram_npm');
  if (!existsSync(dir) || readdirSync(dir).length === 0) return false;
  const built = statSync(dir).mtimeMs;
  const inputs = ['package.json', 'package-lock.json', 'project.config.json'].map((f) =>
    join(REPO_ROOT, f),
  );
  return inputs.every((f) => !existsSync(f) || statSync(f).mtimeMs < built);
}

function build(): void {
  if (npmBuildIsFresh()) {
    console.log('miniprogram_npm is up to date');
    return;
  }
  const started = Date.now();
  // packNpm must not run in a process that later compiles or renders the pages (see DESIGN.md).
  const tsxCli = createRequire(__filename).resolve('tsx/cli');
  const pack = spawnSync(process.execPath, [tsxCli, join(REPO_ROOT, 'scripts', 'pack-npm.ts')], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (pack.status !== 0) {
    process.stderr.write(pack.stdout + pack.stderr);
    throw new Error('the WeChat npm build (scripts/pack-npm.ts) failed');
  }
  console.log(`built miniprogram_npm (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * The demo's dates are relative to the day it was loaded: when it holds fairs but none is still to
 * come, it was loaded days ago.
 */
async function demoIsStale(cloud: {
  snapshot(): Promise<Record<string, unknown[]>>;
}): Promise<boolean> {
  const fairs = ((await cloud.snapshot()).fairs ?? []) as { day?: string; status?: string }[];
  const today = chinaDay(Date.now());
  return fairs.length > 0 && !fairs.some((f) => f.status === 'upcoming' && (f.day ?? '') >= today);
}

async function main(): Promise<void> {
  const noBuild = process.argv.includes('--no-build');
  if (!noBuild) {
    build();
    const started = Date.now();
    const files = await buildFunctions();
    console.log(
      `bundled ${files.length} cloud functions (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  const dataDir = DEMO_DATA_DIR;
  const fresh = isEmptyDir(dataDir);
  const where = relative(process.cwd(), dataDir) || dataDir;
  const port = cloudPort();
  const { cloud, clock } = await startDemoCloud({ port, dataDir }).catch((err: unknown) => {
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(
        `port ${port} is in use (another npm start?): stop it, or set CLOUD_PORT to another port`,
      );
    }
    throw err;
  });
  let preview: Preview | undefined;
  let stopping = false;
  let loading = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    try {
      await preview?.stop();
    } finally {
      await cloud.stop();
    }
    // Half a demo is worse than none: the next start loads it again.
    if (loading) wipeDir(dataDir);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  if (fresh) {
    console.log(`loading the demo data into ${where} (first start)…`);
    loading = true;
    try {
      const summary = await loadDemo(cloud, { clock, log: (line) => console.log(line) });
      loading = false;
      for (const line of describeSummary(summary)) console.log(line);
    } catch (err) {
      if (stopping) return;
      console.error(err instanceof Error ? err.message : err);
      console.error(
        `the demo data could not be loaded; ${where} is removed so the next start tries again.`,
      );
      await cloud.stop();
      wipeDir(dataDir);
      process.exit(1);
    }
  } else {
    console.log(`using the data in ${where} (npm run demo:reset reloads the demo data)`);
    if (await demoIsStale(cloud)) {
      console.log(
        'note: the demo data was loaded days ago and its fairs are over; npm run demo:reset (with npm start stopped) brings the dates back to today.',
      );
    }
  }

  let previewProblem: string | undefined;
  try {
    preview = await startAppPreview({ port: previewPort(), cloudUrl: cloud.url });
  } catch (err) {
    // local-cloud stays useful without the preview (WeChat DevTools can use it).
    previewProblem = `it failed to start: ${err instanceof Error ? err.message : String(err)}`;
  }

  const width = Math.max(...DEMO_USERS.map((u) => u.key.length));
  console.log('');
  if (preview) {
    console.log(`乡聘 is running. Open the preview:  ${preview.url}`);
  } else {
    console.log(
      `乡聘 local-cloud is running. The browser preview is not available: ${previewProblem}.`,
    );
    console.log(
      'Meanwhile WeChat DevTools can use local-cloud (README: developing with WeChat DevTools).',
    );
  }
  console.log(`local-cloud (functions, database, gateway): ${cloud.url}   data: ${where}`);
  console.log(
    'demo users (pick one in the preview’s role switcher; openid for DevTools’ xp:devGateway):',
  );
  for (const u of DEMO_USERS)
    console.log(`  ${u.key.padEnd(width)}  ${u.openid.padEnd(26)}  ${u.label}`);
  console.log('Ctrl-C stops everything. npm run demo:reset reloads the demo data.');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
