import { addDays, chinaDay, chinaTime, startOfChinaDay } from '../../miniprogram/shared/index';
import {
  CADRE,
  SATURDAY_10AM,
  startWorld,
  WORKER,
  type World,
} from '../fixtures/backend/fairs-world';

jest.setTimeout(180_000);

/**
 * The fair is on Monday 2026-11-23 in China. That China day starts at 16:00 UTC on Sunday the
 * 22nd and ends at 16:00 UTC on Monday: the functions run in UTC and must still use the China day.
 */
const FAIR_DAY = addDays(chinaDay(SATURDAY_10AM), 2);
const STARTS = startOfChinaDay(FAIR_DAY);
const MINUTE = 60_000;

let w: World & { jobId: string };
let fairId: string;
beforeAll(async () => {
  w = await startWorld({ employer: false });
  await w.worker(WORKER);
  ({ fairId } = await w.fair({ day: FAIR_DAY }));
});
afterAll(() => w?.b.stop());

const at = async <T>(ms: number, run: () => Promise<T>): Promise<T> => {
  const saved = w.clock.now;
  w.clock.now = ms;
  try {
    return await run();
  } finally {
    w.clock.now = saved;
  }
};

const listed = () =>
  w.b
    .ok(WORKER, 'fair.list', { county: '资中县' })
    .then((p) => p.items.some((f) => f._id === fairId));

test('the China day of the fair starts at 16:00 UTC the day before', () => {
  expect(new Date(STARTS).toISOString()).toBe('2026-11-22T16:00:00.000Z');
});

test('the fair is listed until the end of its China day (16:00 UTC on the day), then leaves the list', async () => {
  expect(await at(STARTS - MINUTE, listed)).toBe(true);
  expect(await at(STARTS + 15 * 60 * MINUTE, listed)).toBe(true); // 23:00 China on the day, 15:00 UTC
  expect(await at(STARTS + 24 * 60 * MINUTE, listed)).toBe(false); // 00:00 China the next day, 16:00 UTC
});

test('check-in opens with the China fair day: not at 23:30 China the evening before, yes at 07:30 China (23:30 UTC the day before)', async () => {
  const signup = await w.b.ok(WORKER, 'fair.signUp', {
    fairId,
    slotId: 's3',
    name: '李春梅',
    phone: '13977745678',
  });
  // 23:30 China the evening before (15:30 UTC): not yet the fair day.
  expect(
    (
      await at(STARTS - 30 * MINUTE, () =>
        w.b.fail(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode }),
      )
    ).code,
  ).toBe('INVALID_INPUT');
  // 07:30 China on the fair day is 23:30 UTC of the previous UTC day.
  const out = await at(chinaTime(FAIR_DAY, '07:30'), () =>
    w.b.ok(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode as string }),
  );
  expect(new Date(out.signup.checkedInAt ?? 0).toISOString()).toBe('2026-11-22T23:30:00.000Z');
});

test('a slot takes sign-ups until it ends in China time, on the fair day itself', async () => {
  await w.worker('o-worker-late', '陈建国', '13800007777');
  const input = { fairId, slotId: 's1', name: '陈建国', phone: '13800007777' };
  // s1 is 09:00-10:30 China = 01:00-02:30 UTC.
  const late = await at(chinaTime(FAIR_DAY, '10:30'), () =>
    w.b.fail('o-worker-late', 'fair.signUp', input),
  );
  expect(late).toMatchObject({
    code: 'FAIR_NOT_OPEN',
    message: '这个时段已经结束了，请选别的时段',
  });
  const inTime = await at(chinaTime(FAIR_DAY, '10:29'), () =>
    w.b.ok('o-worker-late', 'fair.signUp', input),
  );
  expect(inTime.status).toBe('signed');
});

test('after 00:00 China the next day (16:00 UTC on the fair day) sign-ups are closed', async () => {
  await w.worker('o-worker-next-day', '黄秋菊', '13800008888');
  const input = { fairId, slotId: 's3', name: '黄秋菊', phone: '13800008888' };
  const res = await at(STARTS + 24 * 60 * MINUTE, () =>
    w.b.fail('o-worker-next-day', 'fair.signUp', input),
  );
  expect(res.code).toBe('FAIR_NOT_OPEN');
});
