/**
 * Run with tsx in a child process by worker-local-cloud.test.ts: starts local-cloud with the real
 * functions and a small world (a verified employer with a published post in 浦北, the cadre of 资中
 * 太平镇, the worker 王德明), prints one JSON line `{ url, jobId }`, and serves until killed.
 * (The page tests run in jsdom, where local-cloud's esbuild and bson cannot load.)
 */
import { startWorld } from '../fixtures/backend/fairs-world';

const WORKER = 'o-worker-wang-deming';

async function main(): Promise<void> {
  const world = await startWorld({ now: Date.now() });
  await world.worker(WORKER, '王德明', '13981234567');
  process.stdout.write(`${JSON.stringify({ url: world.b.cloud.url, jobId: world.jobId })}\n`);
  const stop = () => void world.b.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
