import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../local-cloud/index';
import { APP_ROOTS, REPO_ROOT } from '../../scripts/app-roots';
import { desiredCollections } from '../../scripts/deploy/desired';
import { deployIntoLocalCloud } from '../../scripts/deploy/into-local-cloud';
import { formatAdmins } from '../../server/admins';
import { backendOn, TEST_ADMINS } from './harness';
import { loginWorker, publishedJob } from './flows';

jest.setTimeout(120_000);

/** What `npm run deploy -- <args>` prints, run as a deployer runs it. */
function npmRunDeploy(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['CLOUDBASE_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'].includes(k),
    ),
  );
  return spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/deploy/index.ts', ...args],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 },
  );
}

describe('deploying into an empty local-cloud (the CloudBase management API it serves)', () => {
  let cloud: LocalCloud;
  beforeAll(async () => {
    // Empty: no declaration file; the functions are the repo's, found on disk.
    cloud = await startLocalCloud({
      ...APP_ROOTS,
      memory: true,
      strictIndexes: true,
      extraFunctionEnv: { ADMINS: formatAdmins(TEST_ADMINS) },
      log: (l) => /error|fail|scan/i.test(l) && process.stderr.write(`${l}\n`),
    });
  });
  afterAll(() => cloud.stop());

  test('creates every collection with its indexes and rule; a second deploy changes nothing', async () => {
    expect(Object.keys(await cloud.snapshot())).toEqual([]);
    const first = await deployIntoLocalCloud(cloud);
    const declared = desiredCollections();
    for (const c of declared) {
      expect(first).toContain(`collection ${c.name}: created`);
      expect(first).toContain(`collection ${c.name}: security rule PRIVATE → ADMINONLY`);
      if (c.indexes.length)
        expect(first).toContain(
          `collection ${c.name}: indexes ${c.indexes.map((ix) => ix.name).join(', ')} created`,
        );
      const made = cloud.database.collections.get(c.name);
      expect(made?.indexes.map((ix) => ix.decl)).toEqual(c.indexes);
      expect(cloud.database.ruleOf(c.name)).toBe('ADMINONLY');
    }
    expect(await deployIntoLocalCloud(cloud)).toEqual([]);
  });

  test('the functions run on what was deployed: a post is published, found by distance, applied to once', async () => {
    const backend = backendOn(cloud);
    const jobId = await publishedJob(backend, 'o-deploy-hr', Date.now(), {
      title: '部署后发布的岗位',
    });
    await loginWorker(backend, 'o-deploy-worker');
    // The 2dsphere index the deploy made serves the distance search (strictIndexes is on).
    const found = await backend.ok('o-deploy-worker', 'job.search', {
      near: { lng: 109.55, lat: 22.27 },
      sort: 'distance',
    });
    expect(found.items.map((j) => j._id)).toContain(jobId);
    // Applying twice leaves one application (the unique index the deploy made backs it).
    await backend.ok('o-deploy-worker', 'job.apply', { jobId });
    await backend.call('o-deploy-worker', 'job.apply', { jobId });
    const applications = (await cloud.snapshot()).applications as { jobId: string }[];
    expect(applications.filter((a) => a.jobId === jobId)).toHaveLength(1);
  });
});

describe('npm run deploy', () => {
  test('--dry-run on a fresh checkout prints the whole plan without credentials and changes nothing', () => {
    const run = npmRunDeploy(['--dry-run']);
    expect(run.status).toBe(0);
    for (const c of desiredCollections())
      expect(run.stdout).toContain(`  ${c.name}  rule ADMINONLY`);
    for (const f of ['accounts', 'jobs', 'fairs', 'housekeeping'])
      expect(run.stdout).toMatch(new RegExp(`  ${f}  Nodejs20\\.19`));
    expect(run.stdout).toContain('timers: dailyAt2000China');
    expect(run.stdout).toContain('nothing was changed');
  });

  test('without credentials it refuses and says which are missing', () => {
    const run = npmRunDeploy([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CLOUDBASE_ENV_ID');
    expect(run.stderr).toContain('TENCENTCLOUD_SECRETKEY');
  });
});
