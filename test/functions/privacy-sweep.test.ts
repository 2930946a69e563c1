import {
  addDays,
  chinaDay,
  contracts,
  type ActionInput,
  type ActionName,
} from '../../miniprogram/shared/contracts-all';
import { SATURDAY_10AM } from '../fixtures/backend/fairs-world';
import { fairInput, REGIONS, usccFor } from '../fixtures';
import { ADMIN, ADMIN_ZIZHONG, startBackend, type Backend } from '../fixtures/backend/harness';
import { cadreOf, login, loginAdmin, loginWorker, publishedJob } from '../fixtures/backend/flows';

jest.setTimeout(300_000);

/**
 * Every action's answer, for every role, swept for what that role must not get (issue 10 item
 * 3; DESIGN.md "Privacy"): a worker's phone goes only to themselves, the employer of a post they
 * applied to (not after withdrawing) and the cadres of a fair they signed up for; a check-in code
 * only to its person and the fair's cadres at the gate; a 统一社会信用代码 only to the company and
 * the 人社局 of its area; an openid to nobody. Refusals are swept too: a message must not leak.
 */

const ROLES = [
  'visitor',
  'worker', // 罗志强: applied to the post, signed up for the fair
  'otherWorker', // applied, then withdrew
  'employer', // the post's company, at the fair
  'otherEmployer', // another verified company, not at the fair
  'cadre', // 资中 太平镇: the fair's cadre
  'otherCadre', // 浦北
  'admin', // 浦北县: the company's area, not the fair's
  'adminZizhong', // 资中县: the fair's area
] as const;
type Role = (typeof ROLES)[number];

const OPENID: Record<Exclude<Role, 'visitor'>, string> = {
  worker: 'o-sweep-worker-luo',
  otherWorker: 'o-sweep-worker-withdrew',
  employer: 'o-sweep-hr-quanxing',
  otherEmployer: 'o-sweep-hr-other',
  cadre: 'o-sweep-cadre-taiping',
  otherCadre: 'o-sweep-cadre-pubei',
  admin: ADMIN,
  adminZizhong: ADMIN_ZIZHONG,
};

const WORKER_PHONE = '13955501234';
const WITHDREW_PHONE = '13955505678';
const VILLAGER_PHONE = '13766601234';
/** What a cadre wrote after visiting 王秀英: personal, for the area's cadres only. */
const VISIT_NOTE = '腿脚不方便，想在村里找个轻松活';

/** 王秀英 in 太平镇's 劳动力台账, with her consent to 重点人群 残疾人. */
const villagerRecord: ActionInput<'ledger.upsertPerson'> = {
  region: { ...REGIONS.zizhong },
  town: '太平镇',
  village: '庆荣村',
  name: '王秀英',
  phone: VILLAGER_PHONE,
  ageBand: 'from50',
  situation: 'returnedIdle',
  workArea: 'nearHome',
  categories: ['cleaning'],
  focusGroup: 'disabled',
  focusConsent: true,
};

interface World {
  b: Backend;
  jobId: string;
  spareJobId: string;
  applicationId: string;
  withdrawnId: string;
  fairId: string;
  spareFairId: string;
  signupId: string;
  villagerId: string;
  reportId: string;
  /** The post's company (verified: approving it again changes nothing). */
  employerId: string;
  ledgerPersonId: string;
  publicJobId: string;
  publicAppId: string;
  /** Secret values and who may see each. */
  secrets: { value: string; what: string; seenBy: Role[] }[];
}

type Input = (w: World, role: Role) => unknown;

/**
 * Inputs per action: real ones wherever a call is harmless to repeat; a write that would change
 * the world the sweep looks at goes to a spare record (or is sent invalid, so its refusal is
 * swept). Every action of the contracts has a row.
 */
const INPUTS: Record<ActionName, Input[]> = {
  'account.login': [() => ({})],
  'account.updateProfile': [() => ({})],
  'employer.register': [() => ({})],
  'employer.mine': [() => ({})],
  'cadre.redeemInvite': [() => ({ code: 'NOTACODE' })],
  'admin.createCadreInvite': [() => ({ area: { ...REGIONS.zizhong, town: '太平镇' } })],
  'admin.verifyEmployer': [(w) => ({ employerId: w.employerId, approve: true })],
  'admin.listPending': [
    () => ({ kind: 'employers' }),
    () => ({ kind: 'jobs' }),
    () => ({ kind: 'reports' }),
  ],
  'admin.reviewJob': [(w) => ({ jobId: w.spareJobId, approve: true })],
  'admin.resolveReport': [
    () => ({ reportId: 'nosuchreport', outcome: 'noIssue', explanation: '核实过了' }),
  ],
  'job.create': [() => ({})],
  'job.update': [(w) => ({ jobId: w.jobId })],
  'job.setStatus': [(w) => ({ jobId: w.spareJobId, status: 'paused' })],
  'job.search': [() => ({})],
  'job.recommend': [() => ({})],
  'job.get': [(w) => ({ jobId: w.jobId })],
  'job.listMine': [() => ({})],
  // The main post would take back the application withdrawn: the paused one refuses.
  'job.apply': [(w) => ({ jobId: w.spareJobId })],
  'report.create': [(w) => ({ jobId: w.jobId, reason: 'fake' })],
  'report.mine': [() => ({})],
  'application.listMine': [() => ({})],
  'application.withdraw': [() => ({ applicationId: 'nosuchapplication' })],
  'application.listForJob': [(w) => ({ jobId: w.jobId })],
  'application.setStatus': [(w) => ({ applicationId: w.applicationId, status: 'viewed' })],
  'application.inviteInterview': [
    (w) => ({
      applicationId: w.applicationId,
      day: addDays(chinaDay(SATURDAY_10AM), 2),
      clock: '10:00',
      address: '泉水镇工业园区8号 二楼',
      location: { lat: 22.27, lng: 109.55 },
    }),
  ],
  'application.answerInterview': [(w) => ({ applicationId: w.applicationId, answer: 'coming' })],
  'fair.create': [() => ({})],
  'fair.update': [(w) => ({ fairId: w.fairId })],
  'fair.cancel': [(w) => ({ fairId: w.spareFairId, reason: '下大雨改期' })],
  'fair.list': [() => ({}), () => ({ mine: true })],
  'fair.get': [(w) => ({ fairId: w.fairId })],
  'fair.join': [(w) => ({ fairId: w.fairId, jobIds: ['nosuchjob'] })],
  'fair.signUp': [(w) => ({ fairId: w.fairId, slotId: 's1', name: '罗志强', phone: WORKER_PHONE })],
  'fair.cancelSignUp': [() => ({ signupId: 'nosuchsignup' })],
  'fair.mySignups': [() => ({})],
  'fair.mySignup': [(w) => ({ signupId: w.signupId })],
  'me.overview': [() => ({})],
  'fair.proxySignUp': [
    (w) => ({
      fairId: w.fairId,
      slotId: 's1',
      name: '王秀英',
      phone: VILLAGER_PHONE,
      village: '庆荣村',
    }),
  ],
  'fair.listSignups': [(w) => ({ fairId: w.fairId }), (w) => ({ fairId: w.fairId, q: '1234' })],
  'fair.attendees': [(w) => ({ fairId: w.fairId })],
  'fair.checkIn': [(w) => ({ fairId: w.fairId, signupId: w.villagerId })],
  'fair.recordAgreement': [(w) => ({ fairId: w.fairId, signupId: w.signupId, jobId: w.jobId })],
  'fair.stats': [(w) => ({ fairId: w.fairId })],
  'fair.exportLedger': [(w) => ({ fairId: w.fairId })],
  'fair.invitePoster': [(w) => ({ fairId: w.fairId })],

  // trips: its own data is swept in test/functions/trips-privacy.test.ts; here the answers
  // every role gets with this world (no trip of its own) must not leak the fair's secrets.
  'travel.registerNeed': [() => ({})],
  'travel.proxyNeed': [() => ({})],
  'travel.myNeed': [() => ({})],
  'travel.withdrawNeed': [() => ({ needId: 'nosuchneed' })],
  'travel.summary': [() => ({})],
  'trip.create': [() => ({})],
  'trip.update': [() => ({ tripId: 'nosuchtrip' })],
  'trip.cancel': [() => ({ tripId: 'nosuchtrip', reason: '下大雨改期' })],
  'trip.depart': [() => ({ tripId: 'nosuchtrip' })],
  'trip.list': [() => ({}), () => ({ mine: true })],
  'trip.get': [() => ({ tripId: 'nosuchtrip' })],
  'trip.book': [
    () => ({ tripId: 'nosuchtrip', pickupId: 'p1', name: '罗志强', phone: WORKER_PHONE }),
  ],
  'trip.cancelBooking': [() => ({ bookingId: 'nosuchbooking' })],
  'trip.proxyBook': [() => ({})],
  'trip.myBookings': [() => ({})],
  'trip.board': [() => ({ tripId: 'nosuchtrip', code: '123456' })],
  'trip.roster': [() => ({ tripId: 'nosuchtrip' })],
  'trip.exportRoster': [() => ({ tripId: 'nosuchtrip' })],
  'trip.invitePoster': [() => ({ tripId: 'nosuchtrip' })],
  'admin.suspendEmployer': [() => ({ employerId: 'nosuchemployer', reason: '多次被举报收费' })],
  'admin.liftSuspension': [() => ({ employerId: 'nosuchemployer' })],
  'admin.companyProfile': [(w) => ({ employerId: w.employerId })],
  'admin.listEmployers': [() => ({ status: 'verified' }), () => ({ status: 'suspended' })],
  'stats.dashboard': [() => ({}), () => ({ period: { period: 'month' } })],
  'stats.export': [() => ({ table: 'applications.byPlace' })],
  'stats.weeklyReport': [() => ({})],
  'audit.list': [() => ({})],
  'ledger.upsertPerson': [() => villagerRecord],
  'ledger.importPeople': [() => ({ people: [villagerRecord] })],
  'ledger.list': [() => ({}), () => ({ focusOnly: true })],
  'ledger.villageCounts': [() => ({})],
  'ledger.get': [(w) => ({ personId: w.ledgerPersonId })],
  // A visit in the future is refused (after the area check): the refusal is swept.
  'ledger.logVisit': [
    (w) => ({
      personId: w.ledgerPersonId,
      kind: 'call',
      day: addDays(chinaDay(SATURDAY_10AM), 3),
      visitNote: '打电话问了',
    }),
  ],
  'ledger.dueVisits': [() => ({})],
  'ledger.matches': [(w) => ({ personId: w.ledgerPersonId })],
  'ledger.export': [() => ({})],
  'ledger.remove': [() => ({ personId: 'nosuchperson' })],
  'ledger.mine': [() => ({})],
  'ledger.consent': [(w) => ({ personId: w.ledgerPersonId, link: false })],
  'ledger.requestDeletion': [() => ({ personId: 'nosuchperson' })],
  'publicJob.create': [() => ({})],
  'publicJob.approve': [(w) => ({ publicJobId: w.publicJobId, approve: true })],
  'publicJob.list': [() => ({})],
  'publicJob.get': [(w) => ({ publicJobId: w.publicJobId })],
  'publicJob.apply': [
    (w) => ({ publicJobId: w.publicJobId, personId: w.ledgerPersonId, consent: true }),
  ],
  'publicJob.mine': [() => ({})],
  'publicJob.review': [(w) => ({ applicationId: w.publicAppId, to: 'noticed', approve: true })],
  'publicJob.notice': [(w) => ({ publicJobId: w.publicJobId })],
  'publicJob.confirmAttendance': [
    (w) => ({
      applicationId: w.publicAppId,
      month: chinaDay(SATURDAY_10AM).slice(0, 7),
      days: 20,
    }),
  ],
  'publicJob.export': [(w) => ({ publicJobId: w.publicJobId })],
};

/** The value on its own, not as the digits inside a longer number (a timestamp). */
function appears(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z_-])${escaped}(?![0-9A-Za-z_-])`).test(text);
}

let world: World;
beforeAll(async () => {
  const clock = { now: SATURDAY_10AM };
  const b = await startBackend({ now: () => clock.now });
  await loginAdmin(b, ADMIN);
  await loginAdmin(b, ADMIN_ZIZHONG);
  await cadreOf(b, OPENID.cadre);
  await cadreOf(b, OPENID.otherCadre, { ...REGIONS.pubei });
  const jobId = await publishedJob(b, OPENID.employer, clock.now);
  const spareJobId = await publishedJob(b, OPENID.employer, clock.now, { title: '封边工' });
  await b.ok(OPENID.employer, 'job.setStatus', { jobId: spareJobId, status: 'paused' });
  await publishedJob(b, OPENID.otherEmployer, clock.now, { title: '开料工' });
  const employer = await b.ok(OPENID.employer, 'employer.mine', {});
  await loginWorker(b, OPENID.worker, {
    name: '罗志强',
    phone: WORKER_PHONE,
    home: { ...REGIONS.zizhong, town: '太平镇', village: '庆荣村' },
  });
  await loginWorker(b, OPENID.otherWorker, { name: '黄秀兰', phone: WITHDREW_PHONE });
  const { applicationId } = await b.ok(OPENID.worker, 'job.apply', { jobId });
  const withdrawn = await b.ok(OPENID.otherWorker, 'job.apply', { jobId });
  await b.ok(OPENID.otherWorker, 'application.withdraw', {
    applicationId: withdrawn.applicationId,
  });
  const today = chinaDay(clock.now);
  const { fairId } = await b.ok(
    OPENID.cadre,
    'fair.create',
    fairInput(clock.now, {
      day: today,
      slots: [{ start: '09:00', end: '17:00', capacity: 50 }],
      employers: [{ employerId: employer?._id ?? '', jobIds: [jobId] }],
    }),
  );
  const { fairId: spareFairId } = await b.ok(OPENID.cadre, 'fair.create', fairInput(clock.now));
  const signup = await b.ok(OPENID.worker, 'fair.signUp', {
    fairId,
    slotId: 's1',
    name: '罗志强',
    phone: WORKER_PHONE,
  });
  const villager = await b.ok(OPENID.cadre, 'fair.proxySignUp', {
    fairId,
    slotId: 's1',
    name: '王秀英',
    phone: VILLAGER_PHONE,
    village: '庆荣村',
  });
  const { reportId } = await b.ok(OPENID.worker, 'report.create', { jobId, reason: 'fee' });
  // A company of 浦北县 waiting for review: its code is for it and for 浦北县's 人社局.
  await login(b, 'o-sweep-hr-pending');
  const pending = await b.ok('o-sweep-hr-pending', 'employer.register', {
    companyName: '浦北县福旺竹木制品厂',
    uscc: usccFor(424242),
    intro: '做竹凉席和竹筷子的小厂，二十来个工人。',
    contactName: '黄顺发',
    contactPhone: '13977790365',
    region: { ...REGIONS.pubei },
    address: '福旺镇圩镇北街18号',
    location: { lat: 22.4475, lng: 109.6823 },
  });
  // 劳动力台账: 王秀英 (重点人群, a visit) and the worker 罗志强 himself (大龄, which he sees).
  const { personId: ledgerPersonId } = await b.ok(
    OPENID.cadre,
    'ledger.upsertPerson',
    villagerRecord,
  );
  await b.ok(OPENID.cadre, 'ledger.logVisit', {
    personId: ledgerPersonId,
    kind: 'visit',
    day: today,
    visitNote: VISIT_NOTE,
    nextStep: '下周带她去看保洁岗',
    remindOn: addDays(today, 3),
  });
  await b.ok(OPENID.cadre, 'ledger.upsertPerson', {
    ...villagerRecord,
    name: '罗志强',
    phone: WORKER_PHONE,
    ageBand: 'from50',
    focusGroup: 'older',
  });
  const { publicJobId } = await b.ok(OPENID.cadre, 'publicJob.create', {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    position: '村道保洁',
    duties: '每天打扫庆荣村主干道',
    subsidyYuan: 1200,
    headcount: 3,
    eligibility: { groups: ['disabled', 'zeroEmployment'], residence: 'town' },
    applyUntil: addDays(today, 10),
  });
  await b.ok(ADMIN_ZIZHONG, 'publicJob.approve', { publicJobId, approve: true });
  const { applicationId: publicAppId } = await b.ok(OPENID.cadre, 'publicJob.apply', {
    publicJobId,
    personId: ledgerPersonId,
    consent: true,
  });
  await b.ok(OPENID.cadre, 'publicJob.review', {
    applicationId: publicAppId,
    to: 'villageReviewed',
    approve: true,
    note: '村民代表会议评议通过',
  });
  await b.ok(OPENID.cadre, 'publicJob.review', {
    applicationId: publicAppId,
    to: 'noticed',
    approve: true,
  });
  const openids = [...Object.values(OPENID), 'o-sweep-hr-pending'];
  world = {
    b,
    jobId,
    spareJobId,
    applicationId,
    withdrawnId: withdrawn.applicationId,
    fairId,
    spareFairId,
    signupId: signup._id,
    villagerId: villager._id,
    reportId,
    employerId: employer?._id ?? '',
    ledgerPersonId,
    publicJobId,
    publicAppId,
    secrets: [
      {
        value: WORKER_PHONE,
        what: "the worker's phone",
        seenBy: ['worker', 'employer', 'cadre', 'adminZizhong'],
      },
      {
        value: WITHDREW_PHONE,
        what: 'the phone of a worker who withdrew',
        seenBy: ['otherWorker'],
      },
      {
        value: signup.checkInCode as string,
        what: "the worker's check-in code",
        seenBy: ['worker', 'cadre', 'adminZizhong'],
      },
      {
        value: VILLAGER_PHONE,
        what: "a villager's phone (代登记)",
        seenBy: ['cadre', 'adminZizhong'],
      },
      {
        value: villager.checkInCode,
        what: "a villager's check-in code",
        seenBy: ['cadre', 'adminZizhong'],
      },
      { value: pending.employer.uscc, what: 'a company’s 统一社会信用代码', seenBy: ['admin'] },
      { value: VISIT_NOTE, what: 'a visit note (走访记录)', seenBy: ['cadre', 'adminZizhong'] },
      {
        value: '"focusGroup":"disabled"',
        what: "a villager's 重点人群 category",
        seenBy: ['cadre', 'adminZizhong'],
      },
      {
        value: '"focusGroup":"older"',
        what: "the worker's own 重点人群 category",
        seenBy: ['worker', 'cadre', 'adminZizhong'],
      },
      ...openids.map((o) => ({ value: o, what: `the openid ${o}`, seenBy: [] as Role[] })),
    ],
  };
}, 240_000);
afterAll(() => world?.b.stop());

test('every action of the contracts is swept', () => {
  expect(Object.keys(INPUTS).sort()).toEqual(Object.keys(contracts).sort());
});

const cells = (Object.keys(INPUTS) as ActionName[]).flatMap((action) =>
  ROLES.map((role) => ({ action, role })),
);

describe.each(cells)('$action as $role', ({ action, role }) => {
  test('answers nothing this role may not see', async () => {
    const openid = role === 'visitor' ? `o-sweep-visitor-${action}` : OPENID[role];
    const answers: unknown[] = [];
    for (const input of INPUTS[action]) {
      answers.push(await world.b.call(openid, action, input(world, role) as never));
    }
    const text = JSON.stringify(answers);
    const leaks = world.secrets
      .filter((s) => !s.seenBy.includes(role) && s.value && appears(text, s.value))
      .map((s) => s.what);
    expect(leaks).toEqual([]);
  });
});

test('the sweep sees what it looks for: each secret reaches the roles allowed it', async () => {
  const seen = async (role: Exclude<Role, 'visitor'>, action: ActionName, input: unknown) =>
    JSON.stringify(await world.b.call(OPENID[role], action, input as never));
  expect(await seen('employer', 'application.listForJob', { jobId: world.jobId })).toContain(
    WORKER_PHONE,
  );
  expect(await seen('cadre', 'fair.listSignups', { fairId: world.fairId })).toContain(
    VILLAGER_PHONE,
  );
  expect(await seen('worker', 'fair.mySignup', { signupId: world.signupId })).toContain(
    world.secrets[2]?.value,
  );
  expect(await seen('admin', 'admin.listPending', { kind: 'employers' })).toContain(
    world.secrets[5]?.value,
  );
  expect(await seen('cadre', 'ledger.get', { personId: world.ledgerPersonId })).toContain(
    VISIT_NOTE,
  );
  expect(await seen('adminZizhong', 'ledger.list', { focusOnly: true })).toContain(
    '"focusGroup":"disabled"',
  );
  expect(await seen('worker', 'ledger.mine', {})).toContain('"focusGroup":"older"');
  expect(await seen('employer', 'publicJob.notice', { publicJobId: world.publicJobId })).toContain(
    '王*英',
  );
  // …and the ones that used to leak do not any more.
  const employerSees = await seen('employer', 'fair.attendees', { fairId: world.fairId });
  expect(employerSees).toContain('139****1234');
  expect(employerSees).not.toContain(world.secrets[2]?.value);
});
