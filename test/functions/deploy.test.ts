import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startLocalCloud, TEST_CA_FILE, type LocalCloud } from '../../local-cloud/index';
import { APP_ROOTS, REPO_ROOT } from '../../scripts/app-roots';
import { desiredCollections, desiredFunctions } from '../../scripts/deploy/desired';
import { deployIntoLocalCloud } from '../../scripts/deploy/into-local-cloud';
import { formatAdmins } from '../../server/admins';
import { backendOn, TEST_ADMINS } from '../fixtures/backend/harness';
import { loginWorker, publishedJob } from '../fixtures/backend/flows';

jest.setTimeout(120_000);

/**
 * What `npm run deploy -- <args>` prints, run as a deployer runs it (in its own process, which
 * this one's local-cloud answers: so never a synchronous spawn).
 */
function npmRunDeploy(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        ![
          'CLOUDBASE_ENV_ID',
          'TENCENTCLOUD_SECRETID',
          'TENCENTCLOUD_SECRETKEY',
          'TCB_BASE_URL',
          'ADMINS',
          'MINIPROGRAM_STATE',
        ].includes(k),
    ),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'scripts/deploy/index.ts',
        ...args,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...clean, ...env }, timeout: 90_000 },
      (err, stdout, stderr) =>
        done({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run deploy into an empty local-cloud (it serves the management API, like LocalStack)', () => {
  let cloud: LocalCloud;
  const deployer = (): Record<string, string> => ({
    CLOUDBASE_ENV_ID: cloud.env,
    TENCENTCLOUD_SECRETID: 'local-cloud-deployer',
    TENCENTCLOUD_SECRETKEY: 'local-cloud-deployer',
    // Every management request goes through local-cloud, which presents its test certificate.
    CLOUDBASE_PROXY: cloud.url,
    NODE_EXTRA_CA_CERTS: TEST_CA_FILE,
    ADMINS: formatAdmins(TEST_ADMINS),
  });
  beforeAll(async () => {
    // Empty: no functions folder, no declaration file; only the mini-program's pages (for codes).
    cloud = await startLocalCloud({
      appJsonFile: APP_ROOTS.appJsonFile,
      memory: true,
      strictIndexes: true,
      log: (l) => /error|fail|scan/i.test(l) && process.stderr.write(`${l}\n`),
    });
  });
  afterAll(() => cloud.stop());

  test('creates every collection (indexes, rule) and every function (runtime, settings, env, timer)', async () => {
    expect(cloud.database.collections.size).toBe(0);
    await expect(cloud.callFunction('accounts', {}, { openid: 'o-1' })).rejects.toMatchObject({
      errCode: -501000,
    });
    const run = await npmRunDeploy([], deployer());
    expect(run.stderr).not.toContain('failed');
    expect(run.status).toBe(0);
    for (const c of desiredCollections()) {
      expect(run.stdout).toContain(`collection ${c.name}: created`);
      expect(run.stdout).toContain(`collection ${c.name}: security rule PRIVATE → ADMINONLY`);
      expect(cloud.database.collections.get(c.name)?.indexes.map((ix) => ix.decl)).toEqual(
        c.indexes,
      );
      expect(cloud.database.ruleOf(c.name)).toBe('ADMINONLY');
    }
    for (const f of desiredFunctions()) {
      expect(run.stdout).toContain(`function ${f.name}: created (Nodejs20.19, ${f.timeout} s`);
    }
  });

  test('a second deploy changes nothing', async () => {
    const run = await npmRunDeploy([], deployer());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('already matches the repo: nothing changed');
  });

  test('the deployed functions run a scenario: a post is published, found by distance, applied to once', async () => {
    const backend = backendOn(cloud);
    // Verifying the company needs an admin: ADMINS came from the deployer's shell.
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

describe('the deploy helper tests and npm start use (same code, database only)', () => {
  test('deploys the declarations into an empty local-cloud; a second call changes nothing', async () => {
    const cloud = await startLocalCloud({ memory: true, log: false });
    try {
      const first = await deployIntoLocalCloud(cloud);
      expect(first.filter((l) => l.endsWith(': created'))).toHaveLength(
        desiredCollections().length,
      );
      expect(await deployIntoLocalCloud(cloud)).toEqual([]);
    } finally {
      await cloud.stop();
    }
  });
});

describe('npm run deploy', () => {
  test('--dry-run on a fresh checkout prints the whole plan without credentials and changes nothing', async () => {
    const run = await npmRunDeploy(['--dry-run']);
    expect(run.status).toBe(0);
    for (const c of desiredCollections())
      expect(run.stdout).toContain(`  ${c.name}  rule ADMINONLY`);
    for (const f of ['accounts', 'jobs', 'fairs', 'trips', 'stats', 'workforce', 'housekeeping'])
      expect(run.stdout).toMatch(new RegExp(`  ${f}  Nodejs20\\.19`));
    expect(run.stdout).toContain('timers: dailyAt2000China');
    expect(run.stdout).toContain('nothing was changed');
  });

  test('without credentials it refuses and says which are missing', async () => {
    const run = await npmRunDeploy([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CLOUDBASE_ENV_ID');
    expect(run.stderr).toContain('TENCENTCLOUD_SECRETKEY');
  });
});
