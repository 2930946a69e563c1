import type { ActionName } from '../../miniprogram/shared/index';
import { chinaDay } from '../../miniprogram/shared/index';
import { CADRE, EMPLOYER, startWorld, WORKER, type World } from '../fixtures/backend/fairs-world';
import { fairInput } from '../fixtures';

jest.setTimeout(180_000);

/**
 * Every fairs action given bad input, by a caller the rights table lets through: refused with
 * INVALID_INPUT, the field named, and not one document written.
 */
let w: World & { jobId: string };
let fairId = '';
let signupId = '';
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
  const employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
  ({ fairId } = await w.fair({
    day: chinaDay(w.clock.now),
    employers: [{ employerId, jobIds: [w.jobId] }],
  }));
  signupId = (
    await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's3',
      name: '李春梅',
      phone: '13977745678',
    })
  )._id;
});
afterAll(() => w?.b.stop());

type Case = [ActionName, string, () => Record<string, unknown>, string];

const CASES: Case[] = [
  ['fair.create', CADRE, () => ({ ...fairInput(w.clock.now), title: '会' }), 'title'],
  [
    'fair.create',
    CADRE,
    () => ({ ...fairInput(w.clock.now), location: { lat: 91, lng: 104.9 } }),
    'location.lat',
  ],
  ['fair.create', CADRE, () => ({ ...fairInput(w.clock.now), organiser: '乡政府' }), '_'],
  [
    'fair.update',
    CADRE,
    () => ({
      ...fairInput(w.clock.now),
      fairId,
      rev: 0,
      slots: [{ id: 'S1!', start: '09:00', end: '10:00', capacity: 5 }],
    }),
    'slots.0.id',
  ],
  ['fair.update', CADRE, () => ({ ...fairInput(w.clock.now), fairId }), 'rev'],
  ['fair.cancel', CADRE, () => ({ fairId, reason: '雨' }), 'reason'],
  ['fair.list', WORKER, () => ({ near: { lat: 'north', lng: 104 } }), 'near.lat'],
  ['fair.get', WORKER, () => ({ fairId: '../users' }), 'fairId'],
  ['fair.join', EMPLOYER, () => ({ fairId, jobIds: 'all' }), 'jobIds'],
  [
    'fair.signUp',
    WORKER,
    () => ({ fairId, slotId: 's1', name: '李春梅', phone: '1397774567' }),
    'phone',
  ],
  ['fair.cancelSignUp', WORKER, () => ({ signupId: { $exists: true } }), 'signupId'],
  ['fair.mySignups', WORKER, () => ({ cursor: 'x'.repeat(201) }), 'cursor'],
  [
    'fair.proxySignUp',
    CADRE,
    () => ({ fairId, slotId: 's1', name: '王德顺', phone: '13700005678' }),
    'village',
  ],
  ['fair.listSignups', CADRE, () => ({ fairId, slotId: 's'.repeat(13) }), 'slotId'],
  ['fair.checkIn', CADRE, () => ({ fairId, code: '   ' }), 'code'],
  [
    'fair.recordAgreement',
    EMPLOYER,
    () => ({ fairId, signupId, jobId: w.jobId, note: '好'.repeat(101) }),
    'note',
  ],
  ['fair.stats', CADRE, () => ({}), 'fairId'],
  ['fair.exportLedger', CADRE, () => ({ fairId: 42 }), 'fairId'],
  ['fair.invitePoster', CADRE, () => ({ fairId: '' }), 'fairId'],
];

test.each(CASES)(
  '%s by %s with bad input is refused and writes nothing',
  async (action, openid, input, field) => {
    const before = await w.b.snapshot();
    const res = await w.b.fail(openid, action, input());
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Object.keys(res.fields ?? {})).toContain(field);
    expect(await w.b.snapshot()).toEqual(before);
  },
);
