import { addDays, chinaDay } from '../../miniprogram/shared/index';
import { startBackend, type Backend } from '../fixtures/backend/harness';
import { jobInput } from '../fixtures';
import { testClock } from './expect-unchanged';
import { loginAdmin, loginWorker, publishedJob, verifiedEmployer } from '../fixtures/backend/flows';

jest.setTimeout(120_000);

/**
 * 有效期 is a China calendar day. The functions run in UTC, where the China day ends at 16:00:
 * local-cloud hands each invocation the test clock (LOCAL_CLOUD_NOW), so these edges are exact.
 */
const D = '2026-12-01';
const AT_2330_CHINA = Date.parse(`${D}T15:30:00Z`); // 23:30 +08:00 on D
const AT_0001_CHINA_NEXT = Date.parse(`${D}T16:01:00Z`); // 00:01 +08:00 on D+1, still D in UTC
const HR = 'o-hr-tz';
const WORKER = 'o-worker-tz';
const clock = testClock(Date.parse(`${D}T01:00:00Z`));
let backend: Backend;
let jobId: string;

beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  await loginAdmin(backend);
  await verifiedEmployer(backend, HR);
  await loginWorker(backend, WORKER);
  jobId = await publishedJob(backend, HR, clock.now(), { validUntil: D });
}, 60_000);
afterAll(() => backend?.stop());

test('a post valid until today is still open at 23:30 in China (15:30 UTC)', async () => {
  clock.set(AT_2330_CHINA);
  expect(chinaDay(clock.now())).toBe(D);
  const { items } = await backend.ok('o-visitor', 'job.search', {});
  expect(items.map((c) => c._id)).toContain(jobId);
  expect((await backend.ok('o-visitor', 'job.get', { jobId })).contact).not.toBeNull();
  expect(await backend.ok(WORKER, 'job.apply', { jobId })).toMatchObject({ status: 'applied' });
});

test('one minute after midnight in China it is closed, though UTC still says the same day', async () => {
  clock.set(AT_0001_CHINA_NEXT);
  expect(new Date(clock.now()).toISOString().slice(0, 10)).toBe(D);
  const { items } = await backend.ok('o-visitor', 'job.search', {});
  expect(items.map((c) => c._id)).not.toContain(jobId);
  const job = await backend.ok('o-visitor', 'job.get', { jobId });
  expect(job.status).toBe('expired');
  expect(job.contact).toBeNull();
  await loginWorker(backend, 'o-worker-late');
  expect((await backend.fail('o-worker-late', 'job.apply', { jobId })).code).toBe('JOB_NOT_OPEN');
});

test('at 00:01 in China a 有效期 of the UTC date is already "before today"', async () => {
  clock.set(AT_0001_CHINA_NEXT);
  const res = await backend.fail(HR, 'job.create', jobInput(clock.now(), { validUntil: D }));
  expect(res.code).toBe('INVALID_INPUT');
  expect(res.fields?.validUntil).toBe('有效期不能早于今天');
  const ok = await backend.ok(
    HR,
    'job.create',
    jobInput(clock.now(), { validUntil: addDays(D, 1) }),
  );
  expect(ok.status).toBe('published');
});

test('at 23:30 in China the 180-day limit counts from the China day', async () => {
  clock.set(AT_2330_CHINA);
  expect(
    (await backend.call(HR, 'job.create', jobInput(clock.now(), { validUntil: addDays(D, 180) })))
      .ok,
  ).toBe(true);
  expect(
    (await backend.fail(HR, 'job.create', jobInput(clock.now(), { validUntil: addDays(D, 181) })))
      .code,
  ).toBe('INVALID_INPUT');
});
