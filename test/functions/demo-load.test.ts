/**
 * The demo data `npm start` loads: it loads through the real actions without a single refusal,
 * with strict indexes, and holds what the README promises (counts per collection, applications in
 * every status, a finished fair with check-ins and agreements, fairs upcoming and cancelled, every
 * demo user able to do what the role switcher says).
 */
import { addDays, chinaDay, type ApplicationStatus } from '../../miniprogram/shared/index';
import { demoClock, loadDemo, type DemoSummary } from '../../scripts/demo/load';
import { DEMO_USERS, demoUser } from '../../scripts/demo/users';
import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';

jest.setTimeout(300_000);

const clock = demoClock();
let backend: Backend;
let summary: DemoSummary;
let snapshot: Record<string, Record<string, unknown>[]>;

beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  summary = await loadDemo(backend.cloud, { clock });
  snapshot = (await backend.snapshot()) as Record<string, Record<string, unknown>[]>;
});

afterAll(async () => {
  await backend?.stop();
});

const count = (
  collection: string,
  where: (doc: Record<string, unknown>) => boolean = () => true,
): number => (snapshot[collection] ?? []).filter(where).length;

test('the demo admin is the admin the test backend is configured with', () => {
  expect(demoUser('admin').openid).toBe(ADMIN);
});

test('吴建平 (浦北县) sees 浦北县 only: a company, held and flagged posts, a report', async () => {
  const admin = demoUser('admin').openid;
  const companies = await backend.ok(admin, 'admin.listPending', { kind: 'employers' });
  expect(
    companies.items.map((i) => (i.kind === 'employer' ? i.employer.region.county : '')),
  ).toEqual(['浦北县']);
  const jobs = await backend.ok(admin, 'admin.listPending', { kind: 'jobs' });
  const kinds = jobs.items.map((i) => (i.kind === 'job' ? i.job.status : ''));
  expect(kinds.sort()).toEqual(['published', 'reviewing']);
  for (const i of jobs.items) {
    if (i.kind === 'job') expect(i.job.flags[0]?.marks.length).toBeGreaterThan(0);
  }
  const reports = await backend.ok(admin, 'admin.listPending', { kind: 'reports' });
  // 聚才's second report was settled by its suspension: the unpaid wages one waits.
  expect(reports.items.map((i) => (i.kind === 'report' ? i.report.reason : ''))).toEqual([
    'unpaid',
  ]);
});

test('浦北县聚才劳务: reported twice, warned once, suspended; its posts are out of search', async () => {
  const admin = demoUser('admin').openid;
  const suspended = await backend.ok(admin, 'admin.listEmployers', { status: 'suspended' });
  expect(suspended.items.map((e) => e.companyName)).toEqual(['浦北县聚才劳务服务有限公司']);
  const profile = await backend.ok(admin, 'admin.companyProfile', {
    employerId: suspended.items[0]!._id,
  });
  expect(profile.suspension?.reason).toContain('押金');
  expect(profile.reportGroups).toEqual([
    expect.objectContaining({ count: 2, open: 0, outcome: 'suspend' }),
  ]);
  expect(profile.posts.map((p) => p.status)).toEqual(['suspended', 'suspended']);
  const search = await backend.ok(demoUser('worker').openid, 'job.search', { keyword: '聚才' });
  expect(search.items).toEqual([]);
});

test('the 数据看板 has a past: registrations and applications over several weeks, fairs held', async () => {
  const view = await backend.ok(demoUser('admin').openid, 'stats.dashboard', {});
  const town = await backend.ok(demoUser('cadre-taiping').openid, 'stats.dashboard', {});
  const trend = (key: string, v = view) =>
    v.sources.flatMap((s) => s.trends).find((t) => t.key === key)?.series ?? [];
  const weeksWith = (key: string, series: string, v = view): number =>
    trend(key, v)
      .find((x) => x.key.endsWith(series))
      ?.values.filter((n) => n > 0).length ?? 0;
  expect(weeksWith('workers.weekly', 'registered')).toBeGreaterThanOrEqual(4);
  expect(weeksWith('applications.weekly', 'applications')).toBeGreaterThanOrEqual(2);
  // 浦北县 held 大垌村's and 新塘村's a week apart; 太平镇 held 庆荣村's last week.
  expect(weeksWith('fairs.weekly', 'held')).toBe(2);
  expect(weeksWith('fairs.signupsWeekly', 'signups')).toBe(2);
  expect(weeksWith('fairs.weekly', 'held', town)).toBeGreaterThanOrEqual(1);
  expect(view.children.length).toBeGreaterThan(1);
});

test('the 操作记录 has a past: each entry carries the day it happened in the story', () => {
  const today = chinaDay(Date.now());
  const days = new Set((snapshot['auditLog'] ?? []).map((e) => chinaDay(e['createdAt'] as number)));
  // The cadres' and companies' first days, 庆荣村's and 大垌村's fair days, today.
  expect(days.size).toBeGreaterThanOrEqual(5);
  expect([...days].sort()[0]! <= addDays(today, -40)).toBe(true);
  expect(days).toContain(addDays(today, -9));
  const suspended = (snapshot['auditLog'] ?? []).find(
    (e) => e['action'] === 'admin.suspendEmployer',
  );
  expect(chinaDay(suspended?.['createdAt'] as number)).toBe(today);
});

test('梁保华 follows his 公益岗 application: 村评议 passed, 公示 up', async () => {
  const mine = await backend.ok(demoUser('worker').openid, 'publicJob.mine', {});
  expect(mine.items).toEqual([
    expect.objectContaining({ position: '公路养护员', town: '泉水镇', step: 'noticed' }),
  ]);
});

test('向桂英 sees the outcome of her report', async () => {
  const mine = await backend.ok(demoUser('worker3').openid, 'report.mine', {});
  expect(mine.items[0]).toMatchObject({ status: 'resolved', outcome: 'takeDown' });
  expect(mine.items[0]?.explanation).toContain('已下架');
});

test('today’s fair is open for check-in; 罗志强 is signed up and still to come', async () => {
  const today = chinaDay(Date.now());
  const fair = snapshot.fairs?.find((f) => f.day === today) as { _id: string; status: string };
  expect(fair.status).toBe('upcoming');
  const cadre = demoUser('cadre-taiping').openid;
  const stats = await backend.ok(cadre, 'fair.stats', { fairId: fair._id });
  expect(stats.totals.checkedIn).toBe(9);
  const luo = await backend.ok(cadre, 'fair.listSignups', { fairId: fair._id, q: '罗志强' });
  expect(luo.items.map((s) => s.status)).toEqual(['signed']);
  // The README's example: his code, from his 签到码 page, typed at the gate.
  const mine = await backend.ok(demoUser('worker2').openid, 'fair.mySignups', {});
  const code = mine.items.find((s) => s.fairId === fair._id)?.checkInCode as string;
  expect(code).toMatch(/^\d{6}$/);
  const out = await backend.ok(cadre, 'fair.checkIn', { fairId: fair._id, code });
  expect(out).toMatchObject({ alreadyCheckedIn: false, signup: { name: '罗志强' } });
});

test('an interview with time, place and the worker’s answer; a cancelled fair with its reason', async () => {
  const me = demoUser('worker').openid;
  const apps = await backend.ok(me, 'application.listMine', {});
  const invited = apps.items.find((a) => a.status === 'interview');
  expect(invited?.interview).toMatchObject({ answer: 'coming', address: expect.any(String) });
  const signups = await backend.ok(me, 'fair.mySignups', {});
  const called = signups.items.find((s) => s.fair.status === 'cancelled');
  expect(called?.fair.cancelReason).toContain('台风');
  expect(called?.checkInCode).toBeUndefined();
});

test('loads with every collection filled', () => {
  expect(summary.retries).toBeLessThan(10);
  expect(count('users')).toBe(summary.users);
  expect(count('users')).toBeGreaterThanOrEqual(150);
  expect(count('employers')).toBe(25);
  expect(count('employers', (e) => e.status === 'verified')).toBe(21);
  expect(count('employers', (e) => e.status === 'pending')).toBe(2);
  expect(count('employers', (e) => e.status === 'rejected')).toBe(1);
  expect(count('employers', (e) => e.status === 'suspended')).toBe(1);
  expect(count('jobs')).toBeGreaterThanOrEqual(250);
  expect(count('jobs', (j) => j.status === 'published')).toBeGreaterThanOrEqual(240);
  for (const status of ['expired', 'paused', 'filled', 'closed', 'reviewing', 'rejected']) {
    expect([status, count('jobs', (j) => j.status === status)]).toEqual([
      status,
      expect.any(Number),
    ]);
    expect(count('jobs', (j) => j.status === status)).toBeGreaterThan(0);
  }
  expect(count('applications')).toBeGreaterThanOrEqual(200);
  expect(count('fairs')).toBe(9);
  expect(count('fairSignups')).toBeGreaterThanOrEqual(200);
  expect(count('fairAgreements')).toBe(89 + 5 + 3);
  expect(count('reports')).toBe(5);
  expect(count('cadreInvites', (i) => !!i.usedBy)).toBe(3);
});

test('applications end in every status', () => {
  const statuses: ApplicationStatus[] = [
    'applied',
    'viewed',
    'interview',
    'hired',
    'rejected',
    'withdrawn',
  ];
  for (const status of statuses) {
    expect([status, count('applications', (a) => a.status === status) > 0]).toEqual([status, true]);
    expect(summary.applications.byStatus[status]).toBe(
      count('applications', (a) => a.status === status),
    );
  }
});

test('the demo worker sees applications in every status and the reasons behind recommendations', async () => {
  const me = demoUser('worker').openid;
  const mine = await backend.ok(me, 'application.listMine', {});
  expect(new Set(mine.items.map((a) => a.status))).toEqual(
    new Set(['applied', 'viewed', 'interview', 'hired', 'rejected', 'withdrawn']),
  );
  const recommended = await backend.ok(me, 'job.recommend', {});
  expect(recommended.items.length).toBeGreaterThan(5);
  expect(recommended.items[0]?.reasons?.length).toBeGreaterThan(0);
  const signups = await backend.ok(me, 'fair.mySignups', {});
  expect(signups.items.map((s) => s.fair.status).sort()).toEqual(['cancelled', 'upcoming']);
});

test('庆荣村: a finished fair with its check-ins and 89 agreements', async () => {
  const fair = snapshot.fairs?.find((f) => f.title === '庆荣村院坝招聘会') as {
    _id: string;
    status: string;
    day: string;
  };
  expect(fair.status).toBe('finished');
  expect(fair.day).toBe(addDays(chinaDay(Date.now()), -7));
  const stats = await backend.ok(demoUser('cadre-taiping').openid, 'fair.stats', {
    fairId: fair._id,
  });
  expect(stats.totals.checkedIn).toBe(122);
  expect(stats.totals.agreements).toBe(89);
  expect(stats.totals.proxy).toBe(30);
  expect(stats.inviters.length).toBeGreaterThan(1);
  const ledger = await backend.ok(demoUser('cadre-taiping').openid, 'fair.exportLedger', {
    fairId: fair._id,
  });
  expect(ledger.rows).toBeGreaterThanOrEqual(141);
});

test('fairs tomorrow and next week are open, one is cancelled, and a full slot refuses', async () => {
  const today = chinaDay(Date.now());
  const tomorrow = snapshot.fairs?.find((f) => f.day === addDays(today, 1)) as {
    _id: string;
    status: string;
  };
  expect(tomorrow.status).toBe('upcoming');
  expect(count('fairs', (f) => f.status === 'cancelled')).toBe(1);
  expect(
    count('fairs', (f) => f.status === 'upcoming' && (f.day as string) > addDays(today, 1)),
  ).toBeGreaterThanOrEqual(3);
  expect(count('fairs', (f) => f.status === 'upcoming' && f.day === today)).toBe(1);

  const detail = await backend.ok(demoUser('worker3').openid, 'fair.get', { fairId: tomorrow._id });
  const full = detail.slots.find((s) => s.seatsLeft === 0);
  expect(full).toBeDefined();
  const refusal = await backend.fail(demoUser('worker3').openid, 'fair.signUp', {
    fairId: tomorrow._id,
    slotId: full?.id,
    name: '向桂英',
    phone: '18274460931',
  });
  expect(refusal.code).toBe('SLOT_FULL');
});

test('every demo user can do what the role switcher says', async () => {
  for (const user of DEMO_USERS) {
    const session = await backend.ok(user.openid, 'account.login', {});
    switch (user.key) {
      case 'worker':
      case 'worker2':
      case 'worker3':
        expect([user.key, session.profile?.name]).toEqual([user.key, user.name]);
        break;
      case 'newcomer':
        expect(session.profile).toBeNull();
        expect(session.roles).toEqual(['worker']);
        break;
      case 'employer':
      case 'employer-taizhou': {
        expect([user.key, session.employer?.status]).toEqual([user.key, 'verified']);
        const mine = await backend.ok(user.openid, 'job.listMine', {});
        expect(mine.items.length).toBeGreaterThan(5);
        if (user.key === 'employer') {
          // The first screen of its 我的岗位 shows posts with applicants, whose phones it may call.
          expect(mine.items.slice(0, 5).some((j) => j.applicantCount > 0)).toBe(true);
          const jobId = mine.items.find((j) => j.applicantCount > 0)?._id as string;
          const applicants = await backend.ok(user.openid, 'application.listForJob', { jobId });
          expect(applicants.items[0]?.phone).toMatch(/^1\d{10}$/);
        }
        break;
      }
      case 'employer-pending':
        expect(session.employer?.status).toBe('pending');
        break;
      case 'cadre-taiping':
      case 'cadre-pubei': {
        expect([user.key, session.roles.includes('cadre')]).toEqual([user.key, true]);
        const fairs = await backend.ok(user.openid, 'fair.list', { mine: true });
        expect(fairs.items.length).toBeGreaterThanOrEqual(2);
        break;
      }
      case 'admin':
      case 'admin-zizhong': {
        expect(session.roles).toContain('admin');
        expect(session.admin?.county).toBe(user.key === 'admin' ? '浦北县' : '资中县');
        const pending = await backend.ok(user.openid, 'admin.listPending', { kind: 'employers' });
        expect(pending.items.length).toBe(1);
        break;
      }
      default: {
        const unknown: never = user;
        throw new Error(`the test does not know the demo user ${JSON.stringify(unknown)}`);
      }
    }
  }
});

test('返岗直达: 资中 buses (one full with a waiting list, one departed with its boarding), 浦北 专车, 婺城 train, needs', async () => {
  const [gone, taizhou, jiaxing, quanshui, train] = summary.trips.trips;
  expect(gone).toMatchObject({ status: 'departed', booked: 15, boarded: 13 });
  expect(taizhou).toMatchObject({ status: 'open', booked: 13, waiting: 0 });
  expect(jiaxing).toMatchObject({ status: 'open', booked: 8, waiting: 3 });
  expect(quanshui).toMatchObject({ status: 'open', booked: 6 });
  expect(train).toMatchObject({ title: '贵阳→金华返岗专列（宜居家具）', status: 'open' });
  expect(count('trips')).toBe(5);
  expect(count('travelNeeds', (n) => n.status === 'matched')).toBeGreaterThan(0);
  expect(count('travelNeeds', (n) => n.status === 'open')).toBeGreaterThan(0);
  const needs = await backend.ok(demoUser('cadre-taiping').openid, 'travel.summary', {});
  expect(needs.groups.map((g) => g.city)).toContain('台州');
});

test('太平镇 has its 劳动力台账 and two 公益性岗位 with a 公示 up', async () => {
  const cadre = demoUser('cadre-taiping').openid;
  expect(count('workforcePeople')).toBeGreaterThanOrEqual(100);
  expect(
    count('workforcePeople', (p) => typeof p.phone === 'string' && p.phone !== ''),
  ).toBeGreaterThan(30);
  expect(count('workforcePeople', (p) => p.phone === '')).toBeGreaterThan(30);
  expect(count('workforcePeople', (p) => !!p.workerOpenid)).toBeGreaterThan(0);
  expect(count('workforcePeople', (p) => !!p.focusGroup && !!p.focusConsentAt)).toBeGreaterThan(2);
  const due = await backend.ok(cadre, 'ledger.dueVisits', {});
  expect(due.items.length).toBeGreaterThan(5);
  const counts = await backend.ok(cadre, 'ledger.villageCounts', {});
  expect(counts.villages.length).toBe(8);
  const firstPage = await backend.ok(cadre, 'ledger.list', {});
  expect(firstPage.items.length).toBe(20);
  expect(firstPage.nextCursor).not.toBeNull();
  const jobs = await backend.ok(cadre, 'publicJob.list', {});
  expect(jobs.items.map((j) => j.status)).toEqual(['open', 'open']);
  const steps = new Set((snapshot.publicJobApplications ?? []).map((a) => a.step as string));
  expect([...steps].sort()).toEqual(
    ['applied', 'noticed', 'onDuty', 'townApproved', 'villageReviewed'].sort(),
  );
  const forest = jobs.items.find((j) => j.position === '护林员');
  const notice = await backend.ok('o-demo-visitor', 'publicJob.notice', {
    publicJobId: forest?._id ?? '',
  });
  expect(notice.people.length).toBeGreaterThanOrEqual(3);
  expect(notice.people[0]?.maskedName).toMatch(/\*/);
});
