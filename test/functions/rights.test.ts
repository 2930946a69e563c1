import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contracts, type ActionName } from '../../miniprogram/shared/contracts-all';
import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import {
  cadreOf,
  login,
  loginAdmin,
  loginWorker,
  registeredEmployer,
  verifiedEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(300_000);

/**
 * The rights table, every action × every role, through the real functions. Each row says which
 * roles may call the action; everyone else is refused with the code the UI acts on (NOT_LOGGED_IN
 * → log in, EMPLOYER_NOT_VERIFIED → wait for review, FORBIDDEN) and nothing is written.
 * Record-level rules (owner, cadre of the fair's area, employer of the applied post) are tested
 * with each action. Add a row for every new action.
 */
const ROLES = ['visitor', 'worker', 'employer', 'verifiedEmployer', 'cadre', 'admin'] as const;
type TestRole = (typeof ROLES)[number];

const ANYONE: TestRole[] = [...ROLES];
const USERS: TestRole[] = ['worker', 'employer', 'verifiedEmployer', 'cadre', 'admin'];
const EMPLOYERS: TestRole[] = ['employer', 'verifiedEmployer'];
const VERIFIED: TestRole[] = ['verifiedEmployer'];
const CADRES: TestRole[] = ['cadre', 'admin'];
const ADMINS: TestRole[] = ['admin'];
const ORGANISERS: TestRole[] = ['verifiedEmployer', 'cadre', 'admin'];

const TABLE: Record<ActionName, TestRole[]> = {
  'account.login': ANYONE,
  'account.updateProfile': USERS,
  'employer.register': USERS,
  'employer.mine': EMPLOYERS,
  'cadre.redeemInvite': USERS,
  'admin.createCadreInvite': ADMINS,
  'admin.verifyEmployer': ADMINS,
  'admin.listPending': ADMINS,

  'job.create': VERIFIED,
  'job.update': VERIFIED,
  'job.setStatus': EMPLOYERS,
  'job.search': ANYONE,
  'job.recommend': ANYONE,
  'job.get': ANYONE,
  'job.listMine': EMPLOYERS,
  'job.apply': USERS,
  'admin.reviewJob': ADMINS,
  'report.create': USERS,
  'report.mine': USERS,
  'admin.resolveReport': ADMINS,
  'application.listMine': USERS,
  'application.withdraw': USERS,
  'application.listForJob': EMPLOYERS,
  'application.setStatus': EMPLOYERS,
  'application.inviteInterview': EMPLOYERS,
  'application.answerInterview': USERS,

  // fairs: rows kept by the fairs function's owner
  'fair.create': CADRES,
  'fair.update': CADRES,
  'fair.cancel': CADRES,
  'fair.list': ANYONE,
  'fair.get': ANYONE,
  'fair.join': VERIFIED,
  'fair.signUp': USERS,
  'fair.cancelSignUp': USERS,
  'fair.mySignups': USERS,
  'me.overview': USERS,
  'fair.mySignup': USERS,
  'fair.proxySignUp': CADRES,
  'fair.listSignups': CADRES,
  'fair.attendees': VERIFIED,
  'fair.checkIn': CADRES,
  'fair.recordAgreement': ['verifiedEmployer', 'cadre', 'admin'],
  'fair.stats': CADRES,
  'fair.exportLedger': CADRES,
  'fair.invitePoster': CADRES,

  // trips: organisers are cadres, admins and verified employers (their own hires)
  'travel.registerNeed': USERS,
  'travel.proxyNeed': CADRES,
  'travel.myNeed': USERS,
  'travel.withdrawNeed': USERS,
  'travel.summary': CADRES,
  'trip.create': ORGANISERS,
  'trip.update': ORGANISERS,
  'trip.cancel': ORGANISERS,
  'trip.depart': ORGANISERS,
  'trip.list': ANYONE,
  'trip.get': ANYONE,
  'trip.book': USERS,
  'trip.cancelBooking': USERS,
  'trip.proxyBook': CADRES,
  'trip.myBookings': USERS,
  'trip.board': ORGANISERS,
  'trip.roster': ORGANISERS,
  'trip.exportRoster': ORGANISERS,
  'trip.invitePoster': ORGANISERS,
  'admin.suspendEmployer': ADMINS,
  'admin.liftSuspension': ADMINS,
  'admin.companyProfile': ADMINS,
  'admin.listEmployers': ADMINS,

  'stats.dashboard': CADRES,
  'stats.export': CADRES,
  'stats.weeklyReport': CADRES,
  'audit.list': ADMINS,
  // workforce (劳动力台账, 公益性岗位): record-level area rules in workforce-*.test.ts
  'ledger.upsertPerson': CADRES,
  'ledger.importPeople': CADRES,
  'ledger.list': CADRES,
  'ledger.villageCounts': CADRES,
  'ledger.get': CADRES,
  'ledger.logVisit': CADRES,
  'ledger.dueVisits': CADRES,
  'ledger.matches': CADRES,
  'ledger.export': CADRES,
  'ledger.remove': CADRES,
  'ledger.mine': USERS,
  'ledger.consent': USERS,
  'ledger.requestDeletion': USERS,
  'publicJob.create': CADRES,
  'publicJob.approve': ADMINS,
  'publicJob.list': USERS,
  'publicJob.get': USERS,
  'publicJob.apply': USERS,
  'publicJob.mine': USERS,
  'publicJob.review': CADRES,
  'publicJob.notice': ANYONE,
  'publicJob.confirmAttendance': CADRES,
  'publicJob.export': CADRES,
};

const RIGHTS_REFUSALS = ['NOT_LOGGED_IN', 'FORBIDDEN', 'EMPLOYER_NOT_VERIFIED'];

/** The refusal a role that is not in the row gets. */
function expectedRefusal(role: TestRole, allowed: TestRole[]): string {
  if (role === 'visitor') return 'NOT_LOGGED_IN';
  if (role === 'employer' && allowed.includes('verifiedEmployer')) return 'EMPLOYER_NOT_VERIFIED';
  return 'FORBIDDEN';
}

const deployed = (fn: string) =>
  existsSync(join(__dirname, '..', '..', 'cloudfunctions', fn, 'src', 'index.ts'));

const OPENID: Record<Exclude<TestRole, 'visitor'>, string> = {
  worker: 'o-rights-worker',
  employer: 'o-rights-employer-pending',
  verifiedEmployer: 'o-rights-employer-verified',
  cadre: 'o-rights-cadre',
  admin: ADMIN,
};

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginAdmin(backend);
  await loginWorker(backend, OPENID.worker);
  await registeredEmployer(backend, OPENID.employer);
  await verifiedEmployer(backend, OPENID.verifiedEmployer);
  await cadreOf(backend, OPENID.cadre);
}, 120_000);
afterAll(() => backend?.stop());

test('every action of the contracts has a row', () => {
  expect(Object.keys(TABLE).sort()).toEqual(Object.keys(contracts).sort());
});

test('the roles are what the table assumes', async () => {
  expect((await login(backend, OPENID.worker)).roles).toEqual(['worker']);
  expect((await login(backend, OPENID.employer)).employer?.status).toBe('pending');
  expect((await login(backend, OPENID.verifiedEmployer)).employer?.status).toBe('verified');
  expect((await login(backend, OPENID.cadre)).roles).toContain('cadre');
  expect((await login(backend, ADMIN)).roles).toContain('admin');
});

const rows = (Object.keys(TABLE) as ActionName[]).flatMap((action) =>
  ROLES.map((role) => ({
    action,
    role,
    allowed: TABLE[action].includes(role),
    fn: contracts[action].fn,
  })),
);

describe.each(rows.filter((r) => deployed(r.fn)))(
  '$action as $role',
  ({ action, role, allowed }) => {
    test(
      allowed
        ? 'passes the rights table'
        : `is refused with ${expectedRefusal(role, TABLE[action])}, nothing written`,
      async () => {
        // A visitor is a fresh openid each time: an allowed account.login would make them a user.
        const openid = role === 'visitor' ? `o-rights-visitor-${action}` : OPENID[role];
        const before = await backend.snapshot();
        // An empty input: allowed callers get through the table and stop at validation (or succeed
        // for actions without required fields); refused callers never reach validation.
        const res = await backend.call(openid, action, {} as never);
        if (allowed) {
          if (!res.ok) expect(RIGHTS_REFUSALS).not.toContain(res.code);
        } else {
          expect(res).toMatchObject({ ok: false, code: expectedRefusal(role, TABLE[action]) });
          expect(await backend.snapshot()).toEqual(before);
        }
      },
    );
  },
);
