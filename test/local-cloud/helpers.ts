import { join } from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../local-cloud/index';

export const FIXTURES = join(__dirname, 'fixtures');

/** Starts an in-memory local-cloud with the fixture functions, indexes and app.json. */
export function startFixtureCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  return startLocalCloud({
    memory: true,
    functionsRoot: join(FIXTURES, 'functions'),
    cloudbasercFile: join(FIXTURES, 'cloudbaserc.json'),
    indexesFile: join(FIXTURES, 'indexes.json'),
    appJsonFile: join(FIXTURES, 'app.json'),
    log: false,
    ...options,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = any;

/**
 * The real wx-server-sdk, pointed at `cloud` through environment variables only (as a function on
 * CloudBase is); a fresh module instance per call.
 */
export function sdkFor(cloud: LocalCloud): Sdk {
  Object.assign(process.env, cloud.sdkEnv());
  let sdk: Sdk;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk = require('wx-server-sdk');
  });
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  return sdk;
}

/** The errCode of a rejected SDK call. */
export async function errCodeOf(
  promise: Promise<unknown>,
): Promise<{ errCode: number; errMsg: string; code?: string }> {
  try {
    await promise;
  } catch (err) {
    // wx-server-sdk throws { errCode, errMsg }; a few transaction calls rethrow the raw { code, message }.
    const e = err as { errCode: number; errMsg?: string; code?: string; message?: string };
    return { errCode: e.errCode, errMsg: String(e.errMsg ?? e.message), code: e.code };
  }
  throw new Error('expected the call to fail');
}

/**
 * The database of @cloudbase/node-sdk (which wx-server-sdk wraps): it has `updateAndReturn`,
 * which wx-server-sdk's typings leave out. Call after `sdkFor(cloud)` (same environment).
 */
export function nodeSdkDatabase(cloud: LocalCloud): Sdk {
  Object.assign(process.env, cloud.sdkEnv());
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tcb = require('@cloudbase/node-sdk');
  return tcb.init({ env: cloud.env }).database();
}
