import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaDay } from '../../miniprogram/shared/index';
import type { CounterDrift } from '../../server/stats/recount';
import { startWorld, type World } from '../fixtures/backend/fairs-world';
import { ADMIN } from '../fixtures/backend/harness';
import { loginWorker } from '../fixtures/backend/flows';
import { REGIONS } from '../fixtures';

/**
 * The dashboard's counters are written after the record they count; an instance killed between
 * the two leaves a counter short. The nightly run counts the day again from the records, sets the
 * counters right and reports the drift.
 */

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'xp-recount-'));
const CRASH_FILE = join(dir, 'points');
let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld({ functionEnv: { XP_CRASH_FILE: CRASH_FILE } });
});
afterAll(async () => {
  await w?.b.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function housekeeping(at: number): Promise<CounterDrift[]> {
  const event = {
    Type: 'Timer',
    TriggerName: 'dailyAt2000China',
    Time: new Date(at).toISOString(),
  };
  const res = (await w.b.raw('housekeeping', '', event)) as {
    ok: boolean;
    data: { counterDrift: CounterDrift[] };
  };
  expect(res.ok).toBe(true);
  return res.data.counterDrift;
}

const applications = async () =>
  (await w.b.ok(ADMIN, 'stats.dashboard', { period: { period: 'month' } })).sources
    .find((s) => s.key === 'applications')!
    .figures.find((f) => f.key === 'applications')!.value;

test('an application whose count was lost is counted again overnight, at every level of its place', async () => {
  await loginWorker(w.b, 'o-recount-ok', {
    home: { ...REGIONS.pubei, town: '泉水镇', village: '旧州村' },
  });
  await w.b.ok('o-recount-ok', 'job.apply', { jobId: w.jobId });
  await loginWorker(w.b, 'o-recount-lost', {
    home: { ...REGIONS.pubei, town: '泉水镇', village: '旧州村' },
  });
  writeFileSync(CRASH_FILE, 'job.apply:afterInsert');
  try {
    await expect(w.b.call('o-recount-lost', 'job.apply', { jobId: w.jobId })).rejects.toThrow(
      /exited|SIGKILL/,
    );
  } finally {
    rmSync(CRASH_FILE, { force: true });
  }
  expect(await applications()).toBe(1);

  const day = chinaDay(w.clock.now);
  const drift = await housekeeping(w.clock.now + 86_400_000);
  const village = '广西壮族自治区/钦州市/浦北县/泉水镇/旧州村';
  expect(drift).toEqual(
    expect.arrayContaining([
      { place: village, day, metric: 'applications', kept: 1, counted: 2 },
      { place: '广西壮族自治区/钦州市/浦北县', day, metric: 'applications', kept: 1, counted: 2 },
    ]),
  );
  expect(await applications()).toBe(2);
  // Counted right, nothing more to repair.
  expect(await housekeeping(w.clock.now + 86_400_000 + 60_000)).toEqual([]);
});
