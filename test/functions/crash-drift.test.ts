import type {
  ApplicationDoc,
  FairSignupDoc,
  FairSlotDoc,
  JobDoc,
  TripBookingDoc,
  TripDoc,
} from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  phoneOf,
  startWorld,
  type World,
} from '../fixtures/backend/fairs-world';
import { employerInput, fairInput } from '../fixtures';
import { tripInput } from '../fixtures/trips';
import { crashSwitch } from '../fixtures/backend/crash';
import { ADMIN } from '../fixtures/backend/harness';
import { login, publishedJob } from '../fixtures/backend/flows';

/**
 * A function instance killed between the two writes of an operation (seat and sign-up, application
 * and applicant count) leaves a counter off; housekeeping's reconciliation puts it right once the
 * counter has been quiet longer than any function runs, and says what it fixed.
 */

jest.setTimeout(180_000);

const crash = crashSwitch();
const { crashAt } = crash;
let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld({ functionEnv: crash.functionEnv });
});
afterAll(async () => {
  await w?.b.stop();
  crash.remove();
});

interface Repair {
  counter: string;
  id: string;
  was: number;
  now: number;
}

/** The daily timer firing at `at`. */
async function housekeeping(at: number): Promise<Repair[]> {
  const event = {
    Type: 'Timer',
    TriggerName: 'dailyAt2000China',
    Time: new Date(at).toISOString(),
  };
  const res = (await w.b.raw('housekeeping', '', event)) as {
    ok: boolean;
    data: { repaired: Repair[] };
  };
  expect(res.ok).toBe(true);
  return res.data.repaired;
}

const MINUTE = 60_000;
const slot = async (fairId: string, slotId: string) =>
  docs<FairSlotDoc>(await w.b.snapshot(), 'fairSlots').find(
    (s) => s.fairId === fairId && s.slotId === slotId,
  )!;
const trip = async (tripId: string) =>
  docs<TripDoc>(await w.b.snapshot(), 'trips').find((t) => t._id === tripId)!;
const job = async (jobId: string) =>
  docs<JobDoc>(await w.b.snapshot(), 'jobs').find((j) => j._id === jobId)!;

test('killed between taking the seat and writing the sign-up: the seat comes back', async () => {
  const worker = await w.worker('o-crash-seat', '陈建国', phoneOf(9001));
  const { fairId } = await w.fair({ slots: [{ start: '09:00', end: '12:00', capacity: 5 }] });
  const input = { fairId, slotId: 's1', name: '陈建国', phone: phoneOf(9001) };

  await crashAt('fair.signUp:afterSeat', () => w.b.call(worker, 'fair.signUp', input));
  const snap = await w.b.snapshot();
  expect(docs<FairSignupDoc>(snap, 'fairSignups').filter((s) => s.fairId === fairId)).toEqual([]);
  expect((await slot(fairId, 's1')).seatsLeft).toBe(4);

  // While the crashed call could still be running, the counter is left alone.
  expect(await housekeeping(w.clock.now + MINUTE)).toEqual([]);
  expect((await slot(fairId, 's1')).seatsLeft).toBe(4);

  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'seatsLeft', id: `${fairId}-s1`, was: 4, now: 5 });
  expect((await slot(fairId, 's1')).seatsLeft).toBe(5);
  // A second run finds nothing more to do; the worker signs up as normal.
  expect(
    (await housekeeping(w.clock.now + 12 * MINUTE)).filter((r) => r.id === `${fairId}-s1`),
  ).toEqual([]);
  await w.b.ok(worker, 'fair.signUp', input);
  expect((await slot(fairId, 's1')).seatsLeft).toBe(4);
});

test('killed between cancelling and giving the seat back: the seat comes back', async () => {
  const worker = await w.worker('o-crash-cancel', '陈建华', phoneOf(9002));
  const { fairId } = await w.fair({ slots: [{ start: '09:00', end: '12:00', capacity: 5 }] });
  const signup = await w.b.ok(worker, 'fair.signUp', {
    fairId,
    slotId: 's1',
    name: '陈建华',
    phone: phoneOf(9002),
  });
  w.clock.now += MINUTE;
  await crashAt('fair.cancelSignUp:afterStatus', () =>
    w.b.call(worker, 'fair.cancelSignUp', { signupId: signup._id }),
  );
  expect((await slot(fairId, 's1')).seatsLeft).toBe(4);
  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'seatsLeft', id: `${fairId}-s1`, was: 4, now: 5 });
  expect((await slot(fairId, 's1')).seatsLeft).toBe(5);
});

test('killed between taking a trip’s seat and writing the booking: the seat comes back', async () => {
  const worker = await w.worker('o-crash-trip-seat', '陈春兰', phoneOf(9011));
  const { tripId } = await w.b.ok(CADRE, 'trip.create', tripInput(w.clock.now, { seats: 5 }));
  const input = { tripId, pickupId: 'p1', name: '陈春兰', phone: phoneOf(9011) };

  await crashAt('trip.book:afterSeat', () => w.b.call(worker, 'trip.book', input));
  const snap = await w.b.snapshot();
  expect(docs<TripBookingDoc>(snap, 'tripBookings').filter((b) => b.tripId === tripId)).toEqual([]);
  expect((await trip(tripId)).seatsLeft).toBe(4);

  // While the crashed call could still be running, the counter is left alone.
  expect((await housekeeping(w.clock.now + MINUTE)).filter((r) => r.id === tripId)).toEqual([]);
  expect((await trip(tripId)).seatsLeft).toBe(4);

  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'tripSeatsLeft', id: tripId, was: 4, now: 5 });
  expect((await trip(tripId)).seatsLeft).toBe(5);
  // A second run finds nothing more to do; the worker books as normal.
  expect((await housekeeping(w.clock.now + 12 * MINUTE)).filter((r) => r.id === tripId)).toEqual(
    [],
  );
  await w.b.ok(worker, 'trip.book', input);
  expect((await trip(tripId)).seatsLeft).toBe(4);
});

test('killed between cancelling a booking and giving the trip’s seat back: the seat comes back', async () => {
  const worker = await w.worker('o-crash-trip-cancel', '陈春花', phoneOf(9012));
  const { tripId } = await w.b.ok(CADRE, 'trip.create', tripInput(w.clock.now, { seats: 5 }));
  const booking = await w.b.ok(worker, 'trip.book', {
    tripId,
    pickupId: 'p2',
    name: '陈春花',
    phone: phoneOf(9012),
  });
  // A villager's booking that stands keeps its seat through the repair.
  await w.b.ok(CADRE, 'trip.proxyBook', {
    tripId,
    pickupId: 'p1',
    name: '王德贵',
    village: '庆荣村',
  });
  w.clock.now += MINUTE;
  await crashAt('trip.cancelBooking:afterStatus', () =>
    w.b.call(worker, 'trip.cancelBooking', { bookingId: booking._id }),
  );
  expect((await trip(tripId)).seatsLeft).toBe(3);
  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'tripSeatsLeft', id: tripId, was: 3, now: 4 });
  expect((await trip(tripId)).seatsLeft).toBe(4);
});

test('killed between the application and the applicant count: the count follows the applications', async () => {
  const worker = await w.worker('o-crash-apply', '黄小燕', phoneOf(9003));
  const jobId = await publishedJob(w.b, EMPLOYER, w.clock.now, { title: '制鞋 包装工' });
  await crashAt('job.apply:afterInsert', () => w.b.call(worker, 'job.apply', { jobId }));
  const apps = docs<ApplicationDoc>(await w.b.snapshot(), 'applications').filter(
    (a) => a.jobId === jobId,
  );
  expect(apps).toHaveLength(1);
  expect((await job(jobId)).applicantCount).toBe(0);

  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'applicantCount', id: jobId, was: 0, now: 1 });
  expect((await job(jobId)).applicantCount).toBe(1);
  // The worker's retry returns the same application and counts nothing twice.
  expect((await w.b.ok(worker, 'job.apply', { jobId })).applicationId).toBe(apps[0]!._id);
  expect((await job(jobId)).applicantCount).toBe(1);
});

test('killed between withdrawing and the applicant count: the count follows the applications', async () => {
  const worker = await w.worker('o-crash-withdraw', '黄小明', phoneOf(9004));
  const jobId = await publishedJob(w.b, EMPLOYER, w.clock.now, { title: '制鞋 质检员' });
  const { applicationId } = await w.b.ok(worker, 'job.apply', { jobId });
  w.clock.now += MINUTE;
  await crashAt('application.withdraw:afterStatus', () =>
    w.b.call(worker, 'application.withdraw', { applicationId }),
  );
  expect((await job(jobId)).applicantCount).toBe(1);
  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({ counter: 'applicantCount', id: jobId, was: 1, now: 0 });
  expect((await job(jobId)).applicantCount).toBe(0);
});

test('killed between registering the company and giving the account its role: the next login finishes it', async () => {
  const hr = 'o-crash-register';
  await login(w.b, hr);
  await crashAt('employer.register:afterInsert', () =>
    w.b.call(hr, 'employer.register', employerInput({}, 9005)),
  );
  expect((await w.b.call(hr, 'employer.mine', {})).ok).toBe(false);
  const session = await login(w.b, hr);
  expect(session.roles).toContain('employer');
  expect(session.employer).toMatchObject({ status: 'pending' });
  expect(await w.b.ok(hr, 'employer.mine', {})).toMatchObject({
    uscc: employerInput({}, 9005).uscc,
  });
});

test('killed while creating a fair: no fair without its slots; creating it again works', async () => {
  const fairsOf = async () =>
    docs<{ _id: string; title: string }>(await w.b.snapshot(), 'fairs').filter(
      (f) => f.title === '太平镇崩溃测试场',
    );
  await crashAt('fair.create:afterSlots', () =>
    w.b.call(CADRE, 'fair.create', fairInput(w.clock.now, { title: '太平镇崩溃测试场' })),
  );
  expect(await fairsOf()).toEqual([]);
  const { fairId } = await w.b.ok(
    CADRE,
    'fair.create',
    fairInput(w.clock.now, { title: '太平镇崩溃测试场' }),
  );
  expect((await fairsOf()).map((f) => f._id)).toEqual([fairId]);
  const fair = await w.b.ok(CADRE, 'fair.get', { fairId });
  expect(fair.slots.map((s) => s.seatsLeft)).toEqual([30, 30, 30]);
});

test('killed between taking a company’s verification back and updating its posts: the posts follow', async () => {
  const hr = 'o-crash-verify-hr';
  const jobId = await publishedJob(w.b, hr, w.clock.now, { title: '木工 封边' });
  const employerId = (await w.b.ok(hr, 'employer.mine', {}))!._id;
  w.clock.now += MINUTE;
  await crashAt('admin.verifyEmployer:afterEmployer', () =>
    w.b.call(ADMIN, 'admin.verifyEmployer', {
      employerId,
      approve: false,
      reason: '营业执照已过期',
    }),
  );
  expect((await job(jobId)).employerVerified).toBe(true);
  const repaired = await housekeeping(w.clock.now + 11 * MINUTE);
  expect(repaired).toContainEqual({
    counter: 'employerVerified',
    id: employerId,
    was: true,
    now: false,
    posts: 1,
  });
  expect((await job(jobId)).employerVerified).toBe(false);
});
