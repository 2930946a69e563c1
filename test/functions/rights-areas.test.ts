import { chinaDay, type ActionName } from '../../miniprogram/shared/index';
import { fairInput, jobInput, REGIONS } from '../fixtures';
import {
  ADMIN,
  ADMIN_GUANGXI,
  ADMIN_QINZHOU,
  ADMIN_ZHEJIANG,
  ADMIN_ZIZHONG,
  startBackend,
  type Backend,
} from '../fixtures/backend/harness';
import {
  loginAdmin,
  loginWorker,
  publishedJob,
  registeredEmployer,
} from '../fixtures/backend/flows';

jest.setTimeout(300_000);

/**
 * Admins act only inside their area (ADMINS: a county, a city or a province). The table: every
 * action an admin takes on someone's record × admins of five areas. 浦北县's records are open to
 * 浦北县's own 人社局, to 钦州市's and to 广西's; 资中县's only to 资中县's. Everyone else is refused
 * (FORBIDDEN, or NOT_FOUND where the record is hidden from them) and nothing is written.
 */
const ADMINS = {
  浦北县: ADMIN,
  钦州市: ADMIN_QINZHOU,
  广西: ADMIN_GUANGXI,
  资中县: ADMIN_ZIZHONG,
  浙江省: ADMIN_ZHEJIANG,
} as const;
type AdminName = keyof typeof ADMINS;

const OVER_PUBEI: AdminName[] = ['浦北县', '钦州市', '广西'];
const OVER_ZIZHONG: AdminName[] = ['资中县'];

interface World {
  b: Backend;
  pubeiEmployer: string;
  zizhongEmployer: string;
  pubeiHeldJob: string;
  pubeiRejectedJob: string;
  pubeiLiveJob: string;
  zizhongFair: string;
  todayFair: string;
  todayCode: string;
}

interface Row {
  action: ActionName;
  what: string;
  allowed: AdminName[];
  refusal?: string;
  input(w: World, admin: string, n: number): Promise<unknown> | unknown;
}

let seq = 0;
const TABLE: Row[] = [
  {
    action: 'admin.createCadreInvite',
    what: 'an invite for a town of 浦北县',
    allowed: OVER_PUBEI,
    input: () => ({ area: { ...REGIONS.pubei, town: '泉水镇' } }),
  },
  {
    action: 'admin.createCadreInvite',
    what: 'an invite for a town of 资中县',
    allowed: OVER_ZIZHONG,
    input: () => ({ area: { ...REGIONS.zizhong, town: '太平镇' } }),
  },
  {
    action: 'admin.verifyEmployer',
    what: 'a company of 浦北县',
    allowed: OVER_PUBEI,
    input: (w) => ({ employerId: w.pubeiEmployer, approve: true }),
  },
  {
    action: 'admin.verifyEmployer',
    what: 'a company of 资中县',
    allowed: OVER_ZIZHONG,
    input: (w) => ({ employerId: w.zizhongEmployer, approve: false, reason: '营业执照看不清' }),
  },
  {
    action: 'admin.reviewJob',
    what: 'a held post of a 浦北县 company',
    allowed: OVER_PUBEI,
    input: (w) => ({ jobId: w.pubeiHeldJob, approve: true }),
  },
  {
    action: 'admin.resolveReport',
    what: 'a report on a 浦北县 company’s post',
    allowed: OVER_PUBEI,
    async input(w, _admin, n) {
      const reporter = `o-worker-area-reporter-${n}`;
      await loginWorker(w.b, reporter);
      const { reportId } = await w.b.ok(reporter, 'report.create', {
        jobId: w.pubeiLiveJob,
        reason: 'fake',
      });
      return { reportId, outcome: 'noIssue', explanation: '电话核实，岗位还在招' };
    },
  },
  {
    action: 'job.get',
    what: 'a post of a 浦北县 company taken down by review',
    allowed: OVER_PUBEI,
    refusal: 'NOT_FOUND',
    input: (w) => ({ jobId: w.pubeiRejectedJob }),
  },
  {
    action: 'fair.create',
    what: 'a fair in 浦北县',
    allowed: OVER_PUBEI,
    input: () =>
      fairInput(Date.now(), {
        region: { ...REGIONS.pubei },
        town: '泉水镇',
        village: '旧州村',
      }),
  },
  {
    action: 'fair.create',
    what: 'a fair in 资中县',
    allowed: OVER_ZIZHONG,
    input: () => fairInput(Date.now()),
  },
  {
    action: 'fair.update',
    what: 'a fair of 资中县',
    allowed: OVER_ZIZHONG,
    async input(w, admin) {
      const fair = await w.b.ok(admin, 'fair.get', { fairId: w.zizhongFair });
      return {
        ...fairInput(Date.now()),
        fairId: w.zizhongFair,
        rev: fair.rev,
        slots: fair.slots.map((s) => ({
          id: s.id,
          start: s.start,
          end: s.end,
          capacity: s.capacity,
        })),
        address: `庆荣村村委会院坝${++seq}号`,
      };
    },
  },
  {
    action: 'fair.cancel',
    what: 'a fair of 资中县',
    allowed: OVER_ZIZHONG,
    async input(w) {
      const { fairId } = await w.b.ok(ADMIN_ZIZHONG, 'fair.create', fairInput(Date.now()));
      return { fairId, reason: '下大雨，改期再办' };
    },
  },
  {
    action: 'fair.proxySignUp',
    what: 'a villager at a fair of 资中县',
    allowed: OVER_ZIZHONG,
    input: (w, _admin, n) => ({
      fairId: w.zizhongFair,
      slotId: 's1',
      name: `王秀英${'一二三四五六七八九十'[n % 10]}`,
      phone: `1390000${String(1000 + n)}`,
      village: '庆荣村',
    }),
  },
  ...(['fair.listSignups', 'fair.stats', 'fair.exportLedger', 'fair.invitePoster'] as const).map(
    (action): Row => ({
      action,
      what: 'a fair of 资中县',
      allowed: OVER_ZIZHONG,
      input: (w) => ({ fairId: w.zizhongFair }),
    }),
  ),
  {
    action: 'fair.checkIn',
    what: 'a person at a fair of 资中县 on its day',
    allowed: OVER_ZIZHONG,
    input: (w) => ({ fairId: w.todayFair, code: w.todayCode }),
  },
];

let world: World;
beforeAll(async () => {
  const b = await startBackend();
  for (const openid of Object.values(ADMINS)) await loginAdmin(b, openid);
  const now = Date.now();
  const pubeiEmployer = (await registeredEmployer(b, 'o-hr-area-pubei'))._id;
  const zizhongEmployer = (
    await registeredEmployer(b, 'o-hr-area-zizhong', {
      companyName: '资中县银山镇鸿展服装厂',
      region: { ...REGIONS.zizhong },
    })
  )._id;
  const pubeiLiveJob = await publishedJob(b, 'o-hr-area-pubei-2', now);
  const held = await b.ok(
    'o-hr-area-pubei-2',
    'job.create',
    jobInput(now, { duties: '流水线装配，日赚千元不是梦' }),
  );
  const rejected = await b.ok(
    'o-hr-area-pubei-2',
    'job.create',
    jobInput(now, { duties: '流水线装配，日赚千元，名额有限' }),
  );
  await b.ok(ADMIN, 'admin.reviewJob', {
    jobId: rejected.jobId,
    approve: false,
    reason: '夸大收入',
  });
  const { fairId: zizhongFair } = await b.ok(ADMIN_ZIZHONG, 'fair.create', fairInput(now));
  const { fairId: todayFair } = await b.ok(
    ADMIN_ZIZHONG,
    'fair.create',
    fairInput(now, {
      day: chinaDay(now),
      slots: [{ start: '00:00', end: '23:59', capacity: 50 }],
    }),
  );
  await loginWorker(b, 'o-worker-area', { name: '罗志强', phone: '13900001111' });
  const signup = await b.ok('o-worker-area', 'fair.signUp', {
    fairId: todayFair,
    slotId: 's1',
    name: '罗志强',
    phone: '13900001111',
  });
  world = {
    b,
    pubeiEmployer,
    zizhongEmployer,
    pubeiHeldJob: held.jobId,
    pubeiRejectedJob: rejected.jobId,
    pubeiLiveJob,
    zizhongFair,
    todayFair,
    todayCode: signup.checkInCode ?? '',
  };
  expect(held.status).toBe('reviewing');
}, 240_000);
afterAll(() => world?.b.stop());

// Before the table below acts on them: what waits for each admin.
describe('admin.listPending', () => {
  test.each(Object.keys(ADMINS) as AdminName[])(
    'the admin of %s sees the companies and held posts of their area only',
    async (admin) => {
      const openid = ADMINS[admin];
      const employers = await world.b.ok(openid, 'admin.listPending', { kind: 'employers' });
      const jobs = await world.b.ok(openid, 'admin.listPending', { kind: 'jobs' });
      const companyIds = employers.items.map((i) => (i.kind === 'employer' ? i.employer._id : ''));
      const jobIds = jobs.items.map((i) => (i.kind === 'job' ? i.job._id : ''));
      const expected = OVER_PUBEI.includes(admin)
        ? { companyIds: [world.pubeiEmployer], jobIds: [world.pubeiHeldJob] }
        : OVER_ZIZHONG.includes(admin)
          ? { companyIds: [world.zizhongEmployer], jobIds: [] }
          : { companyIds: [], jobIds: [] };
      expect({ companyIds, jobIds }).toEqual(expected);
    },
  );
});

const cells = TABLE.flatMap((row) =>
  (Object.keys(ADMINS) as AdminName[]).map((admin) => ({
    ...row,
    admin,
    allowedHere: row.allowed.includes(admin),
  })),
);

let n = 0;
describe.each(cells)('$action on $what by the admin of $admin', (cell) => {
  test(
    cell.allowedHere
      ? 'is done'
      : `is refused with ${cell.refusal ?? 'FORBIDDEN'}, nothing written`,
    async () => {
      const openid = ADMINS[cell.admin];
      const input = await cell.input(world, cell.allowedHere ? openid : ADMIN_ZIZHONG, ++n);
      if (cell.allowedHere) {
        const res = await world.b.call(openid, cell.action, input as never);
        expect(res).toMatchObject({ ok: true });
      } else {
        const before = await world.b.snapshot();
        const res = await world.b.call(openid, cell.action, input as never);
        expect(res).toMatchObject({ ok: false, code: cell.refusal ?? 'FORBIDDEN' });
        expect(await world.b.snapshot()).toEqual(before);
      }
    },
  );
});
