/**
 * The local-cloud the function benchmarks run against: in memory, with strict indexes and the app
 * deployed into it, the deployed function timeout raised to 60 s (local-cloud's query engine is
 * not CloudBase, and the point is to see how the cost grows).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../local-cloud/index';
import { APP_ROOTS } from '../scripts/app-roots';
import { deployIntoLocalCloud } from '../scripts/deploy/into-local-cloud';

/** Starts it for the bench `name` with `admins` (the ADMINS setting); `stop` removes it all. */
export async function startBenchCloud(
  name: string,
  admins: string,
): Promise<{ cloud: LocalCloud; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const rcFile = join(dir, 'cloudbaserc.json');
  const rc = JSON.parse(readFileSync(join(__dirname, '..', 'cloudbaserc.json'), 'utf8')) as {
    functions: { timeout: number }[];
  };
  rc.functions.forEach((f) => (f.timeout = 60));
  writeFileSync(rcFile, JSON.stringify(rc));
  const cloud = await startLocalCloud({
    ...APP_ROOTS,
    memory: true,
    extraFunctionEnv: { ADMINS: admins },
    strictIndexes: true,
    log: false,
    cloudbasercFile: rcFile,
  });
  await deployIntoLocalCloud(cloud);
  return {
    cloud,
    async stop() {
      await cloud.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
