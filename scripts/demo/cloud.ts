/**
 * local-cloud as `npm start` and `npm run demo:reset` run it: the demo admins configured, the clock
 * the demo loader moves, the data in `.local-cloud-data/`.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dataDirHolder, startLocalCloud, type LocalCloud } from '../../local-cloud/index';
import { APP_ROOTS, DEFAULT_DATA_DIR, REPO_ROOT } from '../app-roots';
import { deployIntoLocalCloud } from '../deploy/into-local-cloud';
import { demoClock, loadDemo, type DemoClock, type DemoSummary } from './load';
import { DEMO_ADMINS_ENV } from './users';

export { dataDirHolder, REPO_ROOT };
export const DEMO_DATA_DIR = DEFAULT_DATA_DIR;
export const DEFAULT_CLOUD_PORT = 3000;

/** The port local-cloud listens on: CLOUD_PORT, else PORT, else 3000. */
export function cloudPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CLOUD_PORT ?? env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_CLOUD_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`CLOUD_PORT/PORT is not a port: ${raw}`);
  return port;
}

/** True when the directory is missing or holds nothing. */
export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export function wipeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface DemoCloudOptions {
  port?: number;
  /** Default `.local-cloud-data/`; ignored with `memory`. */
  dataDir?: string;
  memory?: boolean;
  log?: boolean | ((line: string) => void);
}

/** Starts local-cloud with the demo admin and a clock the demo loader can move. */
export async function startDemoCloud(
  options: DemoCloudOptions = {},
): Promise<{ cloud: LocalCloud; clock: DemoClock }> {
  const clock = demoClock();
  const cloud = await startLocalCloud({
    ...APP_ROOTS,
    port: options.port ?? 0,
    memory: options.memory ?? false,
    dataDir: options.memory ? undefined : (options.dataDir ?? DEMO_DATA_DIR),
    extraFunctionEnv: { ADMINS: DEMO_ADMINS_ENV },
    now: clock.now,
    log: options.log ?? false,
  });
  await deployIntoLocalCloud(cloud);
  return { cloud, clock };
}

/** One line per fair and the totals, for the console. */
export function describeSummary(s: DemoSummary): string[] {
  const apps = Object.entries(s.applications.byStatus)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const jobs = Object.entries(s.jobs.byStatus)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `demo data loaded in ${(s.ms / 1000).toFixed(1)} s (${s.calls} calls to the real actions${s.retries ? `, ${s.retries} retried after a platform error` : ''})`,
    `  ${s.users} users (${s.workersWithProfile} workers with a 求职意向, ${s.cadres} cadres), employers: ${s.employers.verified} verified, ${s.employers.pending} pending, ${s.employers.rejected} rejected, ${s.employers.suspended} suspended`,
    `  ${s.jobs.total} posts (${jobs})`,
    `  ${s.applications.total} applications (${apps}), ${s.reports} reports`,
    ...s.fairs.map(
      (f) =>
        `  fair ${f.day} ${f.title} [${f.status}]: ${f.signups} sign-ups (${f.proxy} 代登记)` +
        (f.checkIns ? `, ${f.checkIns} checked in, ${f.agreements} agreements` : ''),
    ),
    ...s.trips.trips.map(
      (t) =>
        `  trip ${t.title} [${t.status}]: ${t.booked} booked, ${t.waiting} waiting, ${t.boarded} boarded`,
    ),
    `  ${s.trips.needs} travel needs`,
  ];
}

export { loadDemo };
