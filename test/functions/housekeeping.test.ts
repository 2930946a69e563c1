import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { addDays, chinaDay, chinaTime } from '../../miniprogram/shared/index';
import type { FairDoc, FairSignupDoc, JobDoc } from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  SATURDAY_10AM,
  startWorld,
  WORKER,
  type World,
} from '../fixtures/backend/fairs-world';
import { ADMIN } from '../fixtures/backend/harness';
import { fairInput } from '../fixtures';
import { publishedJob } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

/** Saturday 2026-11-21 in China. */
const TODAY = chinaDay(SATURDAY_10AM);

let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

interface Report {
  today: string;
  expiredJobs: number;
  reminders: { sent: number; notSubscribed: number; failed: number };
  finishedFairs: number;
  expiredRequests: number;
}

/** What CloudBase sends a timer-triggered function; `Time` is the trigger instant in UTC. */
async function tick(
  at: number,
  openid = '',
): Promise<{ ok: boolean; data?: Report; code?: string }> {
  const event = {
    Type: 'Timer',
    TriggerName: 'dailyAt2000China',
    Time: new Date(at).toISOString(),
    Message: '',
  };
  return (await w.b.raw('housekeeping', openid, event)) as {
    ok: boolean;
    data?: Report;
    code?: string;
  };
}

const jobStatus = async (jobId: string) =>
  docs<JobDoc>(await w.b.snapshot(), 'jobs').find((j) => j._id === jobId)?.status;
const fairStatus = async (fairId: string) =>
  docs<FairDoc>(await w.b.snapshot(), 'fairs').find((f) => f._id === fairId)?.status;

describe('posts past their 有效期', () => {
  test('a post open until today stays open all China day and expires at 00:00 China (16:00 UTC)', async () => {
    const jobId = await publishedJob(w.b, EMPLOYER, w.clock.now, {
      title: '鞋厂 成型工',
      validUntil: TODAY,
    });
    const paused = await publishedJob(w.b, EMPLOYER, w.clock.now, {
      title: '鞋厂 仓管',
      validUntil: TODAY,
    });
    await w.b.ok(EMPLOYER, 'job.setStatus', { jobId: paused, status: 'paused' });
    const closed = await publishedJob(w.b, EMPLOYER, w.clock.now, {
      title: '鞋厂 质检',
      validUntil: TODAY,
    });
    await w.b.ok(EMPLOYER, 'job.setStatus', { jobId: closed, status: 'closed' });

    // 23:59 China on the last day is 15:59 UTC: the UTC day and the China day are the same day.
    expect((await tick(chinaTime(TODAY, '23:59'))).data?.expiredJobs).toBe(0);
    expect(await jobStatus(jobId)).toBe('published');

    // 00:00:30 China the next day is still 16:00 UTC of the same UTC day.
    const next = await tick(chinaTime(addDays(TODAY, 1), '00:00') + 30_000);
    expect(new Date(chinaTime(addDays(TODAY, 1), '00:00')).toISOString()).toBe(
      `${TODAY}T16:00:00.000Z`,
    );
    expect(next.data).toMatchObject({ today: addDays(TODAY, 1), expiredJobs: 2 });
    expect([await jobStatus(jobId), await jobStatus(paused), await jobStatus(closed)]).toEqual([
      'expired',
      'expired',
      'closed',
    ]);

    // Running again changes nothing.
    const before = await w.b.snapshot();
    expect((await tick(chinaTime(addDays(TODAY, 1), '00:05'))).data?.expiredJobs).toBe(0);
    expect(await w.b.snapshot()).toEqual(before);
  });
});

describe('fair reminders the day before', () => {
  test('signed-up workers who subscribed get one reminder; others are skipped quietly; a rerun sends none', async () => {
    const tomorrow = addDays(TODAY, 1);
    const { fairId } = await w.fair({ day: tomorrow });
    const later = await w.fair({ day: addDays(TODAY, 2), title: '太平镇第二场' });
    await w.worker('o-hk-subscribed', '周秀兰', '13800004444');
    await w.worker('o-hk-cancelled', '吴建华', '13800005555');
    w.subscribe('o-hk-subscribed', 'fairReminder', 3);
    w.subscribe('o-hk-cancelled', 'fairReminder', 3);
    await w.b.ok('o-hk-subscribed', 'fair.signUp', {
      fairId,
      slotId: 's2',
      name: '周秀兰',
      phone: '13800004444',
    });
    await w.b.ok('o-hk-subscribed', 'fair.signUp', {
      fairId: later.fairId,
      slotId: 's1',
      name: '周秀兰',
      phone: '13800004444',
    });
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
    });
    const gone = await w.b.ok('o-hk-cancelled', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '吴建华',
      phone: '13800005555',
    });
    await w.b.ok('o-hk-cancelled', 'fair.cancelSignUp', { signupId: gone._id });
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's3',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });

    const sentBefore = w.b.cloud.outbox().length;
    const run = await tick(chinaTime(TODAY, '20:00'));
    expect(run.data?.reminders).toEqual({ sent: 1, notSubscribed: 1, failed: 0 });
    const sent = w.b.cloud.outbox().slice(sentBefore);
    expect(sent).toEqual([
      expect.objectContaining({
        touser: 'o-hk-subscribed',
        templateId: SUBSCRIBE_TEMPLATES.fairReminder,
        page: `pages/fair/index?id=${fairId}`,
        data: {
          thing1: { value: '庆荣村院坝招聘会' },
          time2: { value: '2026年11月22日 10:30' },
          thing3: { value: '庆荣村村委会院坝' },
          thing4: { value: '请10:30-12:00入场，带身份证' },
        },
      }),
    ]);
    const signups = docs<FairSignupDoc>(await w.b.snapshot(), 'fairSignups').filter(
      (s) => s.fairId === fairId,
    );
    expect(
      signups
        .filter((s) => s.remindedAt)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['周秀兰', '李春梅', '王德顺'].sort());

    const rerun = await tick(chinaTime(TODAY, '20:00') + 60_000);
    expect(rerun.data?.reminders).toEqual({ sent: 0, notSubscribed: 0, failed: 0 });
    expect(w.b.cloud.outbox().length).toBe(sentBefore + 1);
  });

  test('"tomorrow" is the China day: a run at 00:30 China (16:30 UTC the day before) reminds for the day after', async () => {
    const dayAfterNext = addDays(TODAY, 2);
    const { fairId } = await w.fair({ day: dayAfterNext, title: '庆荣村第三场' });
    await w.worker('o-hk-edge', '郑春花', '13800006666');
    w.subscribe('o-hk-edge', 'fairReminder');
    await w.b.ok('o-hk-edge', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '郑春花',
      phone: '13800006666',
    });
    const before = w.b.cloud.outbox().length;
    // 23:30 China on TODAY (15:30 UTC): tomorrow is TODAY+1, not this fair.
    await tick(chinaTime(TODAY, '23:30'));
    expect(w.b.cloud.outbox().filter((m) => m.touser === 'o-hk-edge')).toHaveLength(0);
    // 00:30 China on TODAY+1 (16:30 UTC on TODAY): tomorrow is this fair's day (周秀兰 has one that day too).
    await tick(chinaTime(addDays(TODAY, 1), '00:30'));
    expect(
      w.b.cloud
        .outbox()
        .slice(before)
        .map((m) => m.touser)
        .sort(),
    ).toEqual(['o-hk-edge', 'o-hk-subscribed']);
  });

  test('a fair moved to another day is reminded again the day before its new day', async () => {
    const { fairId } = await w.fair({ day: addDays(TODAY, 1), title: '庆荣村改期的一场' });
    await w.worker('o-hk-moved', '何桂芳', '13800009999');
    w.subscribe('o-hk-moved', 'fairReminder', 2);
    await w.b.ok('o-hk-moved', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '何桂芳',
      phone: '13800009999',
    });
    await tick(chinaTime(TODAY, '20:00'));
    const newDay = addDays(TODAY, 4);
    await w.b.ok(CADRE, 'fair.update', {
      ...fairInput(w.clock.now),
      day: newDay,
      title: '庆荣村改期的一场',
      slots: fairInput(w.clock.now).slots.map((slot, i) => ({ ...slot, id: `s${i + 1}` })),
      fairId,
      rev: 0,
    });
    const before = w.b.cloud.outbox().filter((m) => m.touser === 'o-hk-moved').length;
    await tick(chinaTime(addDays(newDay, -1), '20:00'));
    expect(w.b.cloud.outbox().filter((m) => m.touser === 'o-hk-moved')).toHaveLength(before + 1);
  });
});

describe('finished fairs', () => {
  test('a fair is finished once its China day is over, not before; cancelled fairs stay cancelled', async () => {
    const { fairId } = await w.fair({
      day: TODAY,
      slots: [{ start: '14:00', end: '16:00', capacity: 30 }],
    });
    const cancelled = await w.fair({
      day: TODAY,
      title: '取消的一场',
      slots: [{ start: '14:00', end: '16:00', capacity: 30 }],
    });
    await w.b.ok(CADRE, 'fair.cancel', { fairId: cancelled.fairId, reason: '场地冲突' });
    await tick(chinaTime(TODAY, '23:59'));
    expect(await fairStatus(fairId)).toBe('upcoming');
    const run = await tick(chinaTime(addDays(TODAY, 1), '00:00'));
    expect(run.data?.finishedFairs).toBeGreaterThanOrEqual(1);
    expect(await fairStatus(fairId)).toBe('finished');
    expect(await fairStatus(cancelled.fairId)).toBe('cancelled');
    expect((await tick(chinaTime(addDays(TODAY, 1), '20:00'))).data?.finishedFairs).toBe(0);
  });
});

describe('who may run it', () => {
  test('the timer (no user) and the admin may; a worker calling it is refused and nothing changes', async () => {
    const before = await w.b.snapshot();
    expect(await tick(SATURDAY_10AM, WORKER)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.b.snapshot()).toEqual(before);
    expect((await tick(SATURDAY_10AM, ADMIN)).ok).toBe(true);
  });
});

describe('idempotency records', () => {
  test('a retried write’s record names nobody, has createdAt, and is deleted once a day old', async () => {
    const start = w.clock.now;
    const input = fairInput(start, { title: '重试建的一场', day: addDays(TODAY, 3) });
    const first = await w.b.call(CADRE, 'fair.create', input, 'req-housekeeping-1');
    expect(first.ok).toBe(true);
    expect(await w.b.call(CADRE, 'fair.create', input, 'req-housekeeping-1')).toEqual(first);
    const records = docs<{ _id: string; action: string; createdAt: number }>(
      await w.b.snapshot(),
      'requests',
    );
    const mine = records.filter((r) => r.createdAt === start && r.action === 'fair.create');
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0]).sort()).toEqual(['_id', 'action', 'createdAt', 'result']);
    expect(JSON.stringify(mine[0])).not.toContain(CADRE);

    const kept = await tick(start + 23 * 3600_000);
    expect(docs(await w.b.snapshot(), 'requests').map((r) => r._id)).toContain(mine[0]._id);
    expect(kept.data?.expiredRequests).toBe(0);
    const pruned = await tick(start + 25 * 3600_000);
    expect(pruned.data?.expiredRequests).toBeGreaterThanOrEqual(1);
    expect(docs(await w.b.snapshot(), 'requests').map((r) => r._id)).not.toContain(mine[0]._id);
  });
});
