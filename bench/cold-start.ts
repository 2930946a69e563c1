/**
 * Cold start: each cloud function's bundle (bytes, gzip bytes: what CloudBase uploads and loads)
 * and, in local-cloud, the first call of a new instance (process start, wx-server-sdk and the
 * bundle loaded) against a warm call, for an action every router refuses without touching the
 * database (so only the start is measured).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startLocalCloud } from '../local-cloud/index';
import { APP_ROOTS } from '../scripts/app-roots';
import { listFunctions } from '../scripts/build-functions';

/** Fresh servers per function (each first call starts a new instance). */
const ROUNDS = 5;

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(): Promise<void> {
  const rows: string[] = [];
  for (const name of listFunctions()) {
    const code = readFileSync(join(APP_ROOTS.functionsRoot, name, 'index.js'));
    const cold: number[] = [];
    const warm: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const cloud = await startLocalCloud({ ...APP_ROOTS, memory: true, log: false });
      try {
        for (const list of [cold, warm]) {
          const t = process.hrtime.bigint();
          await cloud.callFunction(
            name,
            { action: 'bench.unknown', input: {} },
            { openid: 'o-bench' },
          );
          list.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      } finally {
        await cloud.stop();
      }
    }
    rows.push(
      `${name.padEnd(13)} bundle ${String(code.length).padStart(7)} B  gzip ${String(gzipSync(code).length).padStart(6)} B  cold ${median(cold).toFixed(0).padStart(5)} ms (goal: measured, bundle minified)  warm ${median(warm).toFixed(1).padStart(6)} ms`,
    );
    console.log(rows[rows.length - 1]);
  }
  console.log(`\nbundles and cold starts (median of ${ROUNDS} fresh instances each):`);
  for (const r of rows) console.log(r);
}
