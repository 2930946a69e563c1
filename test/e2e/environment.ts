/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */
/**
 * What the end-to-end tests run against: Debian's Chromium (installed by scripts/ensure-chromium.sh
 * when missing), local-cloud in memory (with the demo data when the demo loader is there), and the
 * browser preview. The jest project's globalSetup starts them once (global-setup.ts) and passes
 * the URLs on in the environment; a test file run on its own starts its own (`useEnvironment`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from '../../scripts/demo/page-visits';
import type { Preview } from '../../preview/server';
import { startAppPreview } from '../../scripts/preview';

export { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../../scripts/demo/page-visits';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface E2eEnvironment {
  cloudUrl: string;
  previewUrl: string;
  /** True when the demo data was loaded. */
  demo: boolean;
  stop(): Promise<void>;
}

interface CloudHandle {
  url: string;
  stop(): Promise<void>;
}

async function startCloud(
  log: (line: string) => void,
  demoData: boolean,
): Promise<{ cloud: CloudHandle; demo: boolean }> {
  const wantDemo = demoData && process.env.XP_E2E_DEMO !== '0';
  if (wantDemo && existsSync(resolve(REPO_ROOT, 'scripts', 'demo', 'cloud.ts'))) {
    const demo = require('../../scripts/demo/cloud') as {
      startDemoCloud(o: { memory: boolean }): Promise<{ cloud: CloudHandle; clock: unknown }>;
      loadDemo(cloud: CloudHandle, o: { clock: unknown }): Promise<unknown>;
    };
    const { cloud, clock } = await demo.startDemoCloud({ memory: true });
    try {
      await demo.loadDemo(cloud, { clock });
      return { cloud, demo: true };
    } catch (err) {
      log(
        `e2e: demo data did not load (${err instanceof Error ? err.message : String(err)}); running on an empty cloud`,
      );
      await cloud.stop();
    }
  }

  const { startLocalCloud } =
    require('../../local-cloud/index') as typeof import('../../local-cloud/index');
  let admins = '';
  try {
    admins = (require('../../scripts/demo/users') as { DEMO_ADMINS_ENV: string }).DEMO_ADMINS_ENV;
  } catch {
    admins = '';
  }
  const { APP_ROOTS } =
    require('../../scripts/app-roots') as typeof import('../../scripts/app-roots');
  const cloud = await startLocalCloud({
    ...APP_ROOTS,
    memory: true,
    extraFunctionEnv: { ADMINS: admins },
  });
  const { deployIntoLocalCloud } =
    require('../../scripts/deploy/into-local-cloud') as typeof import('../../scripts/deploy/into-local-cloud');
  await deployIntoLocalCloud(cloud);
  return { cloud, demo: false };
}

/**
 * Starts everything. `demoData` (globalSetup: yes; a file run on its own: no, to stay quick) loads
 * the demo world first; the stories make their own users, so they pass either way.
 */
export async function startEnvironment(
  log: (line: string) => void = () => undefined,
  demoData = false,
): Promise<E2eEnvironment> {
  ensureChromium();
  const { cloud, demo } = await startCloud(log, demoData);
  let preview: Preview;
  try {
    preview = await startAppPreview({ cloudUrl: cloud.url, watch: false, log });
  } catch (err) {
    await cloud.stop();
    throw err;
  }
  return {
    cloudUrl: cloud.url,
    previewUrl: preview.url,
    demo,
    async stop() {
      await preview.stop();
      await cloud.stop();
    },
  };
}

export const ENV_KEYS = {
  cloud: 'XP_E2E_CLOUD_URL',
  preview: 'XP_E2E_PREVIEW_URL',
  demo: 'XP_E2E_DEMO_LOADED',
} as const;
