import { chinaDay } from '../../miniprogram/shared/index';
import type { EmployerDoc, FairAgreementDoc, ReportDoc } from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  phoneOf,
  startWorld,
  type World,
} from '../fixtures/backend/fairs-world';
import { employerInput } from '../fixtures';
import { login } from '../fixtures/backend/flows';

/**
 * The uniqueness rules the fairs and signup storms do not cover already, each run as a storm of
 * concurrent calls through the real SDK: the database (a unique index on a normalised key) keeps
 * exactly one, and every caller gets the friendly answer.
 */

jest.setTimeout(180_000);

let w: World & { jobId: string };
let employerId: string;
beforeAll(async () => {
  w = await startWorld();
  employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
});
afterAll(() => w?.b.stop());

test('one 统一社会信用代码, five accounts registering it at once (spaces, lower case): one company', async () => {
  const owners = [1, 2, 3, 4, 5].map((i) => `o-hr-uscc-storm-${i}`);
  for (const o of owners) await login(w.b, o);
  const base = employerInput({}, 4242);
  const spellings = [
    base.uscc,
    base.uscc.toLowerCase(),
    ` ${base.uscc.slice(0, 9)} ${base.uscc.slice(9)} `,
  ];
  const results = await Promise.all(
    owners.map((o, i) =>
      w.b.call(o, 'employer.register', { ...base, uscc: spellings[i % spellings.length]! }),
    ),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results) {
    if (r.ok) continue;
    expect(r.code).toBe('ALREADY_REGISTERED');
    expect(r.fields).toHaveProperty('uscc');
  }
  const companies = docs<EmployerDoc>(await w.b.snapshot(), 'employers').filter(
    (e) => e.uscc === base.uscc,
  );
  expect(companies).toHaveLength(1);
});

test('ten reports of one post by one worker at once: one report, every answer names it', async () => {
  const worker = 'o-worker-report-storm';
  await w.worker(worker, '王小红', phoneOf(8101));
  const results = await Promise.all(
    Array.from({ length: 10 }, () =>
      w.b.ok(worker, 'report.create', { jobId: w.jobId, reason: 'fee', details: '要交押金' }),
    ),
  );
  const reports = docs<ReportDoc>(await w.b.snapshot(), 'reports').filter(
    (r) => r.reporterOpenid === worker,
  );
  expect(reports).toHaveLength(1);
  expect(new Set(results.map((r) => r.reportId))).toEqual(new Set([reports[0]!._id]));
});

test('达成意向 recorded by the cadre and the employer at the same moment: one agreement', async () => {
  const fair = await w.fair({
    day: chinaDay(w.clock.now),
    employers: [{ employerId, jobIds: [w.jobId] }],
  });
  const signup = await w.b.ok(CADRE, 'fair.proxySignUp', {
    fairId: fair.fairId,
    slotId: 's3',
    name: '刘光明',
    phone: phoneOf(8201),
    village: '庆荣村',
  });
  const input = { fairId: fair.fairId, signupId: signup._id, jobId: w.jobId };
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      w.b.ok(i % 2 ? EMPLOYER : CADRE, 'fair.recordAgreement', input),
    ),
  );
  const agreements = docs<FairAgreementDoc>(await w.b.snapshot(), 'fairAgreements').filter(
    (a) => a.fairId === fair.fairId,
  );
  expect(agreements).toHaveLength(1);
  expect(new Set(results.map((r) => r.agreementId))).toEqual(new Set([agreements[0]!._id]));
});

test('a worker’s own sign-up and a cadre’s 代登记 spelling the name differently (李 春梅 / 李春梅): one', async () => {
  const fair = await w.fair({ slots: [{ start: '09:00', end: '12:00', capacity: 50 }] });
  const people = Array.from({ length: 6 }, (_, i) => ({
    openid: `o-storm-spelling-${i}`,
    name: `李春${'一二三四五六'[i]}`,
    phone: phoneOf(8300 + i),
  }));
  for (const p of people) await w.worker(p.openid, p.name, p.phone);
  const spaced = (name: string) => `${name[0]} ${name.slice(1)}`;
  const results = await Promise.all(
    people.flatMap((p) => [
      w.b.call(p.openid, 'fair.signUp', {
        fairId: fair.fairId,
        slotId: 's1',
        name: p.name,
        phone: p.phone,
      }),
      w.b.call(CADRE, 'fair.proxySignUp', {
        fairId: fair.fairId,
        slotId: 's1',
        name: spaced(p.name),
        phone: p.phone,
        village: '庆荣村',
      }),
    ]),
  );
  for (const r of results) if (!r.ok) expect(r.code).toBe('ALREADY_SIGNED_UP');
  const active = docs<{ fairId: string; status: string }>(
    await w.b.snapshot(),
    'fairSignups',
  ).filter((s) => s.fairId === fair.fairId && s.status !== 'cancelled');
  expect(active).toHaveLength(6);
  const slot = docs<{ fairId: string; seatsLeft: number }>(await w.b.snapshot(), 'fairSlots').find(
    (s) => s.fairId === fair.fairId,
  );
  expect(slot?.seatsLeft).toBe(44);
});
