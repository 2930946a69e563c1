/**
 * `npm run deploy [-- --dry-run]`: makes the CloudBase environment hold what the repo declares —
 * collections with their indexes and security rules, and every cloud function with its settings
 * (see desired.ts) — through @cloudbase/manager-node, and prints what it did. Idempotent. The
 * environment id and the API key come from the environment (CLOUDBASE_ENV_ID,
 * TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY); `--dry-run` needs none of them and changes
 * nothing. `--only database` skips the functions.
 */
import { resolve } from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import { needsBuild } from '../../local-cloud/runtime/function-builder';
import { discoverFunctions } from '../../local-cloud/runtime/function-registry';
import { APP_ROOTS } from '../app-roots';
import { buildFunctions } from '../build-functions';
import { deployCollections } from './database';
import { desiredCollections, desiredFunctions } from './desired';
import { deployFunctions } from './functions';
import { planText } from './plan';

export interface DeployOptions {
  envId: string;
  secretId: string;
  secretKey: string;
  /** An HTTP proxy every management request goes through (local-cloud in tests). */
  proxy?: string;
  only?: 'database';
  log?: (line: string) => void;
}

/** Deploys the repo into an environment; returns what it did (empty when nothing changed). */
export async function deploy(options: DeployOptions): Promise<string[]> {
  const manager = new CloudBase({
    envId: options.envId,
    secretId: options.secretId,
    secretKey: options.secretKey,
    ...(options.proxy ? { proxy: options.proxy } : {}),
  });
  const done = await deployCollections(manager, options.envId, desiredCollections());
  if (options.only !== 'database') {
    // Bundle what is missing or older than its sources (a fresh clone: all of them).
    const specs = discoverFunctions(APP_ROOTS.functionsRoot, APP_ROOTS.cloudbasercFile);
    const stale = [...specs.values()]
      .filter((spec) => spec.srcDir && needsBuild(spec, APP_ROOTS.sharedSourceRoots))
      .map((spec) => spec.name);
    if (stale.length) await buildFunctions(stale);
    done.push(...(await deployFunctions(manager, desiredFunctions())));
  }
  for (const line of done) options.log?.(line);
  return done;
}

async function main(argv: string[]): Promise<void> {
  const envId = process.env.CLOUDBASE_ENV_ID ?? '';
  if (argv.includes('--dry-run')) {
    console.log(planText(envId, desiredCollections(), desiredFunctions()));
    console.log('\n--dry-run: nothing was changed.');
    return;
  }
  const secretId = process.env.TENCENTCLOUD_SECRETID ?? '';
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY ?? '';
  const missing = [
    ...(envId ? [] : ['CLOUDBASE_ENV_ID (the CloudBase environment id)']),
    ...(secretId ? [] : ['TENCENTCLOUD_SECRETID']),
    ...(secretKey ? [] : ['TENCENTCLOUD_SECRETKEY (访问管理 → API密钥)']),
  ];
  if (missing.length) {
    console.error(`npm run deploy needs: ${missing.join(', ')}. Try --dry-run to see the plan.`);
    process.exit(1);
  }
  const onlyAt = argv.indexOf('--only');
  const done = await deploy({
    envId,
    secretId,
    secretKey,
    proxy: process.env.CLOUDBASE_PROXY,
    only: onlyAt >= 0 && argv[onlyAt + 1] === 'database' ? 'database' : undefined,
    log: (line) => console.log(line),
  });
  console.log(
    done.length
      ? `\ndeployed to ${envId}: ${done.length} change(s)`
      : `${envId} already matches the repo: nothing changed`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`npm run deploy failed: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  });
}
