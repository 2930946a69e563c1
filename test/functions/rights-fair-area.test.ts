import { chinaDay, type ActionName } from '../../miniprogram/shared/index';
import { FAIR_RULES, type FairAction } from '../../server/rights';
import { refusedUnchanged } from './expect-unchanged';
import {
  CADRE,
  EMPLOYER,
  OTHER_CADRE,
  phoneOf,
  startWorld,
  WORKER,
  type World,
} from '../fixtures/backend/fairs-world';
import { fairInput, REGIONS } from '../fixtures';
import { cadreOf } from '../fixtures/backend/flows';

/**
 * Every fairs action that manages a fair (FAIR_RULES in server/rights.ts) is refused to a cadre
 * of another county and to a cadre of another town of the same county, with nothing written
 * (a poster would credit the invites to them); the fair's own cadre is let through.
 */

jest.setTimeout(180_000);

/** A cadre of 资中县 appointed for 球溪镇, not 太平镇 where the fair is. */
const TOWN_CADRE = 'o-cadre-zizhong-qiuxi';

let w: World & { jobId: string };
let fairId: string;
let signupId: string;
let checkInCode: string;
let employerId: string;
beforeAll(async () => {
  w = await startWorld();
  await cadreOf(w.b, TOWN_CADRE, { ...REGIONS.zizhong, town: '球溪镇' });
  await w.worker(WORKER);
  employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
  ({ fairId } = await w.fair({
    day: chinaDay(w.clock.now),
    employers: [{ employerId, jobIds: [w.jobId] }],
  }));
  const signup = await w.b.ok(WORKER, 'fair.signUp', {
    fairId,
    slotId: 's3',
    name: '李春梅',
    phone: '13977745678',
  });
  signupId = signup._id;
  // Another person's sign-up for the check-in, so cancelling one does not stop the other.
  await w.worker('o-worker-area-checkin', '王秀英', phoneOf(6602));
  checkInCode = (
    await w.b.ok('o-worker-area-checkin', 'fair.signUp', {
      fairId,
      slotId: 's3',
      name: '王秀英',
      phone: phoneOf(6602),
    })
  ).checkInCode!;
});
afterAll(() => w?.b.stop());

type AreaAction = {
  [A in FairAction]: (typeof FAIR_RULES)[A] extends 'open' | 'own' | 'participant' ? never : A;
}[FairAction];

/** An input for each action that checks the fair's area (complete at compile time). */
const INPUTS: Record<AreaAction, () => Promise<unknown> | unknown> = {
  'fair.create': () => fairInput(w.clock.now),
  'fair.update': async () => {
    const fair = await w.b.ok(CADRE, 'fair.get', { fairId });
    return {
      ...fairInput(w.clock.now, {
        day: fair.day,
        employers: [{ employerId, jobIds: [w.jobId] }],
      }),
      fairId,
      rev: fair.rev,
      slots: fair.slots.map((s) => ({ id: s.id, start: s.start, end: s.end, capacity: 40 })),
    };
  },
  'fair.cancel': () => ({ fairId, reason: '场地冲突' }),
  'fair.cancelSignUp': () => ({ signupId }),
  'fair.proxySignUp': () => ({
    fairId,
    slotId: 's3',
    name: '刘光明',
    phone: phoneOf(6601),
    village: '庆荣村',
  }),
  'fair.listSignups': () => ({ fairId }),
  'fair.checkIn': () => ({ fairId, code: checkInCode }),
  'fair.recordAgreement': () => ({ fairId, signupId, jobId: w.jobId }),
  'fair.stats': () => ({ fairId }),
  'fair.exportLedger': () => ({ fairId }),
  'fair.invitePoster': () => ({ fairId }),
};

const AREA_ACTIONS = (Object.keys(FAIR_RULES) as FairAction[]).filter(
  (a): a is AreaAction => a in INPUTS,
);

test('every action whose rule names the fair’s area has a row here', () => {
  expect(AREA_ACTIONS.sort()).toEqual(Object.keys(INPUTS).sort());
});

describe.each([
  ['a cadre of another county (浦北县)', OTHER_CADRE],
  ['a cadre of another town of 资中县 (球溪镇)', TOWN_CADRE],
])('%s', (_who, cadre) => {
  test.each(AREA_ACTIONS)('%s is refused and nothing is written', async (action) => {
    const input = await INPUTS[action]();
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(cadre, action as ActionName, input as never),
    );
    // A sign-up that is not theirs to see is not found; everything else is forbidden.
    expect(res.code).toBe(action === 'fair.cancelSignUp' ? 'NOT_FOUND' : 'FORBIDDEN');
  });
});

describe('the fair’s own cadre (资中县 太平镇)', () => {
  // In this order: the sign-up is checked in and cancelled last, the fair cancelled at the end.
  const order: AreaAction[] = [
    'fair.create',
    'fair.update',
    'fair.proxySignUp',
    'fair.listSignups',
    'fair.stats',
    'fair.exportLedger',
    'fair.invitePoster',
    'fair.recordAgreement',
    'fair.cancelSignUp',
    'fair.checkIn',
    'fair.cancel',
  ];
  test('the order covers every row', () => {
    expect([...order].sort()).toEqual([...AREA_ACTIONS].sort());
  });
  test.each(order)('%s is let through', async (action) => {
    const input = await INPUTS[action]();
    const res = await w.b.call(CADRE, action as ActionName, input as never);
    expect(res).toMatchObject({ ok: true });
  });
});
