import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXAMPLE_ENV_ID, uploadProblems } from '../../scripts/release/upload-checks';

const ROOT = join(__dirname, '..', '..');
const READY = {
  CLOUD_ENV: 'xiangpin-prod-7g2k9',
  SUBSCRIBE_TEMPLATES: {
    applicationStatus: 'aB3xYz_applicationStatus',
    interviewInvite: 'aB3xYz_interviewInvite',
    fairReminder: 'aB3xYz_fairReminder',
    fairCancelled: 'aB3xYz_fairCancelled',
    tripMatched: 'aB3xYz_tripMatched',
    tripReminder: 'aB3xYz_tripReminder',
    tripCancelled: 'aB3xYz_tripCancelled',
    tripSeat: 'aB3xYz_tripSeat',
  },
};

test('npm run upload refuses the repo as committed: it names each placeholder and uploads nothing', () => {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/release/upload.ts',
      '--preview',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        MINIPROGRAM_APPID: 'wx0123456789abcdef',
        MINIPROGRAM_PRIVATE_KEY_PATH: '',
      },
      timeout: 60_000,
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('npm run upload 没有上传');
  for (const name of Object.keys(READY.SUBSCRIBE_TEMPLATES)) {
    expect(run.stderr).toContain(`SUBSCRIBE_TEMPLATES.${name}`);
  }
  expect(run.stderr).toContain('CLOUD_ENV');
  expect(run.stderr).toContain('MINIPROGRAM_PRIVATE_KEY_PATH');
  expect(run.stdout).not.toContain('预览已生成');
});

test('a filled-in config passes; the example env id or one placeholder left is refused', () => {
  expect(uploadProblems(READY)).toEqual([]);
  expect(uploadProblems({ ...READY, CLOUD_ENV: EXAMPLE_ENV_ID })).toEqual([
    expect.stringContaining('CLOUD_ENV'),
  ]);
  expect(
    uploadProblems({
      ...READY,
      SUBSCRIBE_TEMPLATES: { ...READY.SUBSCRIBE_TEMPLATES, fairReminder: 'TEMPLATE_FAIR_REMINDER' },
    }),
  ).toEqual([expect.stringContaining('SUBSCRIBE_TEMPLATES.fairReminder')]);
});
