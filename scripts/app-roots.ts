/**
 * This app's layout, as local-cloud is told it by every caller (npm start, npm run cloud, tests,
 * benches): local-cloud itself knows no folder of the app.
 */
import { join, resolve } from 'node:path';
import type { AppRoots } from '../local-cloud/index';

export const REPO_ROOT = resolve(__dirname, '..');

export const APP_ROOTS = {
  functionsRoot: join(REPO_ROOT, 'cloudfunctions'),
  // Code the function bundles take from outside their own src/.
  sharedSourceRoots: [join(REPO_ROOT, 'server'), join(REPO_ROOT, 'miniprogram', 'shared')],
  cloudbasercFile: join(REPO_ROOT, 'cloudbaserc.json'),
  appJsonFile: join(REPO_ROOT, 'miniprogram', 'app.json'),
} satisfies AppRoots;

/**
 * Every collection with its security rule and indexes: what `npm run deploy` creates, on CloudBase
 * and in local-cloud alike (scripts/deploy/into-local-cloud.ts); local-cloud does not read it.
 */
export const COLLECTIONS_FILE = join(REPO_ROOT, 'database', 'collections.json');

/** Where `npm start` and `npm run cloud` keep their data (git-ignored). */
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.local-cloud-data');
