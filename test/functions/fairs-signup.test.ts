import type { FairSignupDoc, FairSlotDoc, UserDoc } from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  OTHER_CADRE,
  phoneOf,
  startWorld,
  WORKER,
  type World,
} from './fairs-world';
import { login } from './flows';

jest.setTimeout(180_000);

let w: World & { jobId: string };
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
});
afterAll(() => w?.b.stop());

const signUpInput = (fairId: string, slotId = 's1', extra: Record<string, unknown> = {}) => ({
  fairId,
  slotId,
  name: '李春梅',
  phone: '13977745678',
  ...extra,
});

async function seatsLeft(fairId: string): Promise<Record<string, number>> {
  const fair = await w.b.ok(WORKER, 'fair.get', { fairId });
  return Object.fromEntries(fair.slots.map((s) => [s.id, s.seatsLeft]));
}

async function signupDocs(fairId: string): Promise<FairSignupDoc[]> {
  return docs<FairSignupDoc>(await w.b.snapshot(), 'fairSignups').filter(
    (s) => s.fairId === fairId,
  );
}

describe('fair.signUp', () => {
  test('a worker takes a seat in a slot and gets a six-digit check-in code', async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    expect(signup).toMatchObject({
      fairId,
      slotId: 's1',
      slotLabel: '09:00-10:30',
      name: '李春梅',
      phone: '13977745678',
      status: 'signed',
    });
    expect(signup.checkInCode).toMatch(/^\d{6}$/);
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
    const [doc] = await signupDocs(fairId);
    expect(doc).toMatchObject({
      personKey: `openid:${WORKER}`,
      village: '庆荣村',
      proxy: false,
      inviter: { type: 'direct' },
    });
  });

  test('retrying the same sign-up returns it again and takes no second seat', async () => {
    const { fairId } = await w.fair();
    const first = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's2'));
    const again = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's2'));
    expect(again._id).toBe(first._id);
    expect(again.checkInCode).toBe(first.checkInCode);
    expect((await seatsLeft(fairId)).s2).toBe(29);
  });

  test('signing up for a second slot of the same fair is refused', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    const res = await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId, 's3'));
    expect(res.code).toBe('ALREADY_SIGNED_UP');
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
  });

  test('records who shared the fair with the worker', async () => {
    const { fairId } = await w.fair();
    const cadre = await login(w.b, CADRE);
    const worker = await w.worker('o-worker-share', '张国强', '13800001111');
    await w.b.ok(worker, 'fair.signUp', {
      ...signUpInput(fairId),
      phone: '13800001111',
      inviter: { type: 'share', userId: cadre.userId },
    });
    const [doc] = await signupDocs(fairId);
    expect(doc?.inviter).toEqual({ type: 'share', userId: cadre.userId });
  });

  test("sharing one's own link counts as signing up directly", async () => {
    const { fairId } = await w.fair();
    const me = await login(w.b, WORKER);
    await w.b.ok(WORKER, 'fair.signUp', {
      ...signUpInput(fairId),
      inviter: { type: 'share', userId: me.userId },
    });
    expect((await signupDocs(fairId))[0]?.inviter).toEqual({ type: 'direct' });
  });

  test('a full slot answers SLOT_FULL and writes nothing', async () => {
    const { fairId } = await w.fair({ slots: [{ start: '09:00', end: '11:00', capacity: 1 }] });
    await w.worker('o-worker-first', '赵一', '13800000001');
    await w.b.ok('o-worker-first', 'fair.signUp', {
      ...signUpInput(fairId),
      name: '赵一',
      phone: '13800000001',
    });
    const before = await w.b.snapshot();
    const res = await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId));
    expect(res).toMatchObject({ code: 'SLOT_FULL', message: '这个时段已经约满了，请选别的时段' });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test.each([
    ['a phone that is not a mobile number', { phone: '0832-1234567' }, 'phone'],
    ['no name', { name: '  ' }, 'name'],
    ['a malformed slot id', { slotId: 'S-1' }, 'slotId'],
    ['an operator smuggled in as fair id', { fairId: { $ne: '' } }, 'fairId'],
  ])('%s is refused with the field named and nothing written', async (_label, patch, field) => {
    const { fairId } = await w.fair();
    const before = await w.b.snapshot();
    const res = await w.b.fail(WORKER, 'fair.signUp', { ...signUpInput(fairId), ...patch });
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.[field]).toBeTruthy();
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('a slot the fair does not have is refused', async () => {
    const { fairId } = await w.fair();
    const before = await w.b.snapshot();
    const res = await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId, 's9'));
    expect(res).toMatchObject({ code: 'INVALID_INPUT', fields: { slotId: '请重新选择时段' } });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('a cancelled fair refuses sign-ups with FAIR_NOT_OPEN', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '下雨改期' });
    const before = await w.b.snapshot();
    expect((await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId))).code).toBe('FAIR_NOT_OPEN');
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('a fair whose day has passed refuses sign-ups with FAIR_NOT_OPEN', async () => {
    const { fairId } = await w.fair({ slots: [{ start: '09:00', end: '12:00', capacity: 30 }] });
    const saved = w.clock.now;
    w.clock.now += 4 * 24 * 3600_000;
    try {
      expect((await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId))).code).toBe(
        'FAIR_NOT_OPEN',
      );
    } finally {
      w.clock.now = saved;
    }
  });

  test('someone who has not logged in is asked to log in first', async () => {
    const { fairId } = await w.fair();
    expect((await w.b.fail('o-never-logged-in', 'fair.signUp', signUpInput(fairId))).code).toBe(
      'NOT_LOGGED_IN',
    );
  });

  test('a phone a cadre already registered (代登记) cannot sign up a second time', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
      village: '庆荣村',
    });
    const res = await w.b.fail(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    expect(res.code).toBe('ALREADY_SIGNED_UP');
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
  });
});

describe('fair.cancelSignUp', () => {
  test('cancelling frees the seat once; cancelling again changes nothing', async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    expect(await w.b.ok(WORKER, 'fair.cancelSignUp', { signupId: signup._id })).toEqual({
      status: 'cancelled',
    });
    expect((await seatsLeft(fairId)).s1).toBe(30);
    const before = await w.b.snapshot();
    expect(await w.b.ok(WORKER, 'fair.cancelSignUp', { signupId: signup._id })).toEqual({
      status: 'cancelled',
    });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('after cancelling, the worker can sign up again (same record, a new seat)', async () => {
    const { fairId } = await w.fair();
    const first = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    await w.b.ok(WORKER, 'fair.cancelSignUp', { signupId: first._id });
    const again = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's3'));
    expect(again).toMatchObject({ _id: first._id, slotId: 's3', status: 'signed' });
    expect(await seatsLeft(fairId)).toEqual({ s1: 30, s2: 30, s3: 29 });
    expect(await signupDocs(fairId)).toHaveLength(1);
  });

  test("someone else's sign-up cannot be cancelled and nothing changes", async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId));
    await w.worker('o-worker-nosy', '钱多多', '13800002222');
    const before = await w.b.snapshot();
    expect(
      (await w.b.fail('o-worker-nosy', 'fair.cancelSignUp', { signupId: signup._id })).code,
    ).toBe('NOT_FOUND');
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('the cadre of the fair may cancel a sign-up for a villager', async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '王大爷',
      phone: '13700001234',
      village: '庆荣村',
    });
    expect(await w.b.ok(CADRE, 'fair.cancelSignUp', { signupId: signup._id })).toEqual({
      status: 'cancelled',
    });
    expect((await seatsLeft(fairId)).s2).toBe(30);
  });
});

describe('fair.mySignups', () => {
  test('lists my sign-ups newest first, each with its fair card', async () => {
    const worker = await w.worker('o-worker-my', '孙桂英', '13800003333');
    const a = await w.fair({ title: '太平镇春风行动招聘会' });
    await w.b.ok(worker, 'fair.signUp', {
      ...signUpInput(a.fairId, 's1'),
      name: '孙桂英',
      phone: '13800003333',
    });
    w.clock.now += 60_000;
    const b = await w.fair({ title: '庆荣村返岗专场' });
    await w.b.ok(worker, 'fair.signUp', {
      ...signUpInput(b.fairId, 's2'),
      name: '孙桂英',
      phone: '13800003333',
    });
    const page = await w.b.ok(worker, 'fair.mySignups', {});
    expect(page.items.map((i) => i.fair.title)).toEqual(['庆荣村返岗专场', '太平镇春风行动招聘会']);
    expect(page.items[0]).toMatchObject({
      slotLabel: '10:30-12:00',
      phone: '13800003333',
      fair: { county: '资中县', seatsLeft: 89 },
    });
    expect(page.nextCursor).toBeNull();
  });
});

describe('fair.mySignup', () => {
  test('my sign-up with its 签到码 and the place for the map; nobody else can open it', async () => {
    const worker = await w.worker('o-worker-one', '黄秀英', '13800004444');
    const { fairId } = await w.fair({ title: '上油坊村院坝招聘会' });
    const signup = await w.b.ok(worker, 'fair.signUp', {
      ...signUpInput(fairId, 's1'),
      name: '黄秀英',
      phone: '13800004444',
    });
    const mine = await w.b.ok(worker, 'fair.mySignup', { signupId: signup._id });
    expect(mine).toMatchObject({
      _id: signup._id,
      checkInCode: signup.checkInCode,
      phone: '13800004444',
      status: 'signed',
      fair: { _id: fairId, title: '上油坊村院坝招聘会', county: '资中县' },
    });
    const fair = await w.b.ok(worker, 'fair.get', { fairId });
    expect(mine.fair.location).toEqual(fair.location);

    const other = await w.worker('o-worker-nosy', '李四', '13800005555');
    const refused = await w.b.fail(other, 'fair.mySignup', { signupId: signup._id });
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这次报名' });
    expect((await w.b.fail(worker, 'fair.mySignup', { signupId: { $ne: '' } } as never)).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('fair.proxySignUp (代登记)', () => {
  test('a cadre registers a villager without a smartphone', async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    expect(signup).toMatchObject({
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
      status: 'signed',
    });
    const cadre = await login(w.b, CADRE);
    expect((await signupDocs(fairId))[0]).toMatchObject({
      proxy: true,
      personKey: 'phone:13700005678',
      inviter: { type: 'cadre', userId: cadre.userId },
    });
  });

  test('one sign-up per phone and fair', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    const res = await w.b.fail(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    expect(res.code).toBe('ALREADY_SIGNED_UP');
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
  });

  test('a cadre of another county may not register people for this fair', async () => {
    const { fairId } = await w.fair();
    const before = await w.b.snapshot();
    const res = await w.b.fail(OTHER_CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    expect(res.code).toBe('FORBIDDEN');
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('a worker may not register other people', async () => {
    const { fairId } = await w.fair();
    expect(
      (
        await w.b.fail(WORKER, 'fair.proxySignUp', {
          fairId,
          slotId: 's1',
          name: '王德顺',
          phone: '13700005678',
          village: '庆荣村',
        })
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('fair.listSignups', () => {
  test('the cadre sees everyone with full phones, by slot', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    const all = await w.b.ok(CADRE, 'fair.listSignups', { fairId });
    expect(all.items.map((s) => [s.name, s.phone])).toEqual([
      ['李春梅', '13977745678'],
      ['王德顺', '13700005678'],
    ]);
    const s2 = await w.b.ok(CADRE, 'fair.listSignups', { fairId, slotId: 's2' });
    expect(s2.items.map((s) => s.name)).toEqual(['王德顺']);
  });

  test('a participating employer sees the list with phones masked', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    const page = await w.b.ok(EMPLOYER, 'fair.listSignups', { fairId });
    expect(page.items[0]?.phone).toBe('139****5678');
  });

  test('a worker, or an employer not at the fair, may not see the list', async () => {
    const { fairId } = await w.fair();
    expect((await w.b.fail(WORKER, 'fair.listSignups', { fairId })).code).toBe('FORBIDDEN');
    expect((await w.b.fail(EMPLOYER, 'fair.listSignups', { fairId })).code).toBe('FORBIDDEN');
    expect((await w.b.fail(OTHER_CADRE, 'fair.listSignups', { fairId })).code).toBe('FORBIDDEN');
  });

  test('pages of 20 with a cursor', async () => {
    const { fairId } = await w.fair();
    for (let i = 0; i < 25; i++) {
      await w.b.ok(CADRE, 'fair.proxySignUp', {
        fairId,
        slotId: 's1',
        name: `村民${i}`,
        phone: phoneOf(500 + i),
        village: '庆荣村',
      });
    }
    const first = await w.b.ok(CADRE, 'fair.listSignups', { fairId });
    expect(first.items).toHaveLength(20);
    const second = await w.b.ok(CADRE, 'fair.listSignups', {
      fairId,
      cursor: first.nextCursor ?? '',
    });
    expect(second.items.map((s) => s.name)).toEqual([
      '村民20',
      '村民21',
      '村民22',
      '村民23',
      '村民24',
    ]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('sign-up storm', () => {
  test('300 workers at once on 3 slots of 30: exactly 90 seats, everyone else told the slot is full', async () => {
    const { fairId } = await w.fair();
    const workers = Array.from({ length: 300 }, (_, i) => `o-storm-${i}`);
    for (let i = 0; i < workers.length; i += 20) {
      await Promise.all(workers.slice(i, i + 20).map((o) => login(w.b, o)));
    }
    const slots = ['s1', 's2', 's3'];
    const results = await Promise.all(
      workers.map((o, i) =>
        w.b.call(o, 'fair.signUp', {
          fairId,
          slotId: slots[i % 3] as string,
          name: `工友${i}`,
          phone: phoneOf(i),
        }),
      ),
    );
    const ok = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(90);
    expect(refused).toHaveLength(210);
    expect(new Set(refused.map((r) => (r.ok ? '' : r.code)))).toEqual(new Set(['SLOT_FULL']));

    const snap = await w.b.snapshot();
    const signups = docs<FairSignupDoc>(snap, 'fairSignups').filter((s) => s.fairId === fairId);
    const slotDocs = docs<FairSlotDoc>(snap, 'fairSlots').filter((s) => s.fairId === fairId);
    expect(signups).toHaveLength(90);
    for (const slot of slotDocs) {
      const taken = signups.filter((s) => s.slotId === slot.slotId && s.status === 'signed').length;
      expect(slot.seatsLeft).toBe(0);
      expect(slot.capacity - slot.seatsLeft).toBe(taken);
      expect(taken).toBe(30);
    }
    expect(new Set(signups.map((s) => s.checkInCode)).size).toBe(90);
  });

  test('20 identical sign-ups by one worker at once: one sign-up, one seat', async () => {
    const { fairId } = await w.fair();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => w.b.call(WORKER, 'fair.signUp', signUpInput(fairId, 's2'))),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.data._id : r.code)));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await signupDocs(fairId)).toHaveLength(1);
    expect(await seatsLeft(fairId)).toEqual({ s1: 30, s2: 29, s3: 30 });
    const users = docs<UserDoc>(await w.b.snapshot(), 'users');
    expect(users.filter((u) => u.openid === WORKER)).toHaveLength(1);
  });
});
