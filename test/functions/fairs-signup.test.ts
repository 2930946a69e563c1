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
} from '../fixtures/backend/fairs-world';
import { login } from '../fixtures/backend/flows';

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
      personKey: 'tel:13977745678:李春梅',
      workerOpenid: WORKER,
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

  test('a retry of one request (same requestId) is answered from the sign-up itself, writing nothing', async () => {
    const { fairId } = await w.fair();
    const requests = async () => docs(await w.b.snapshot(), 'requests').length;
    const recordsBefore = await requests();
    const first = await w.b.call(WORKER, 'fair.signUp', signUpInput(fairId, 's2'), 'req-su-retry');
    expect(first.ok).toBe(true);
    const before = await w.b.snapshot();
    const again = await w.b.call(WORKER, 'fair.signUp', signUpInput(fairId, 's2'), 'req-su-retry');
    expect(again).toEqual(first);
    expect(await w.b.snapshot()).toEqual(before);
    // The sign-up is the request's record: no request record is kept for it.
    expect(await requests()).toBe(recordsBefore);

    // Cancelled meanwhile: the retry says so and takes no seat (a new sign-up needs a new request).
    const signupId = (first as { data: { _id: string } }).data._id;
    await w.b.ok(WORKER, 'fair.cancelSignUp', { signupId });
    const cancelled = await w.b.snapshot();
    const late = await w.b.call(WORKER, 'fair.signUp', signUpInput(fairId, 's2'), 'req-su-retry');
    expect(late).toMatchObject({ ok: true, data: { _id: signupId, status: 'cancelled' } });
    expect(await w.b.snapshot()).toEqual(cancelled);
    expect((await seatsLeft(fairId)).s2).toBe(30);
    const anew = await w.b.call(WORKER, 'fair.signUp', signUpInput(fairId, 's2'), 'req-su-anew');
    expect(anew).toMatchObject({ ok: true, data: { _id: signupId, status: 'signed' } });
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

  test('a worker the cadre already registered (代登记) gets that sign-up, its code, no second seat', async () => {
    const { fairId } = await w.fair();
    const proxy = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
      village: '庆荣村',
    });
    const own = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    expect(own).toMatchObject({ _id: proxy._id, checkInCode: proxy.checkInCode, slotId: 's1' });
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
    expect(await signupDocs(fairId)).toEqual([
      expect.objectContaining({ _id: proxy._id, workerOpenid: WORKER, proxy: true }),
    ]);
    // Now it is in the worker's 我的, with its code.
    const mine = await w.b.ok(WORKER, 'fair.mySignups', {});
    expect(mine.items.find((i) => i._id === proxy._id)?.checkInCode).toBe(proxy.checkInCode);
  });

  test('the same person signed up from another account is refused, nothing written', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    await w.worker('o-worker-daughter', '李小红', '13977745678');
    const before = await w.b.snapshot();
    const res = await w.b.fail('o-worker-daughter', 'fair.signUp', signUpInput(fairId, 's1'));
    expect(res).toMatchObject({
      code: 'ALREADY_SIGNED_UP',
      message: '李春梅已经报名这场招聘会了，不用再报',
    });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('one family phone signs up two people: two sign-ups, two codes', async () => {
    const { fairId } = await w.fair();
    const mother = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    const father = await w.b.ok(WORKER, 'fair.signUp', {
      ...signUpInput(fairId, 's1'),
      name: '王德顺',
    });
    expect(father._id).not.toBe(mother._id);
    expect(father.checkInCode).not.toBe(mother.checkInCode);
    expect(await seatsLeft(fairId)).toEqual({ s1: 28, s2: 30, s3: 30 });
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
  test('a cadre registers a villager without a smartphone and gets the code to give them', async () => {
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
      proxy: true,
    });
    expect(signup.checkInCode).toMatch(/^\d{6}$/);
    const cadre = await login(w.b, CADRE);
    expect((await signupDocs(fairId))[0]).toMatchObject({
      proxy: true,
      personKey: 'tel:13700005678:王德顺',
      inviter: { type: 'cadre', userId: cadre.userId },
    });
  });

  test('one sign-up per person: the same name and phone again is refused, nothing written', async () => {
    const { fairId } = await w.fair();
    const input = {
      fairId,
      slotId: 's1',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    };
    await w.b.ok(CADRE, 'fair.proxySignUp', input);
    const before = await w.b.snapshot();
    for (const again of [
      { ...input, slotId: 's2' },
      { ...input, name: ' 王 德顺 ' },
      { ...input, village: '上油坊村' },
    ]) {
      const res = await w.b.fail(CADRE, 'fair.proxySignUp', again);
      expect(res).toMatchObject({
        code: 'ALREADY_SIGNED_UP',
        message: '王德顺已经报过名了，不用再登记',
      });
    }
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('one family phone registers several villagers (本人或家里人的手机)', async () => {
    const { fairId } = await w.fair();
    const family = ['王德顺', '张桂兰', '王小军'];
    const codes = [];
    for (const name of family) {
      const s = await w.b.ok(CADRE, 'fair.proxySignUp', {
        fairId,
        slotId: 's1',
        name,
        phone: '13700005678',
        village: '庆荣村',
      });
      codes.push(s.checkInCode);
    }
    expect(new Set(codes).size).toBe(3);
    expect(await seatsLeft(fairId)).toEqual({ s1: 27, s2: 30, s3: 30 });
  });

  test('a villager with no phone is registered with the cadre as contact', async () => {
    const { fairId } = await w.fair();
    const s = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '赵老汉',
      village: '庆荣村',
    });
    expect(s).toMatchObject({ name: '赵老汉', phone: '', noPhone: true, village: '庆荣村' });
    expect(s.checkInCode).toMatch(/^\d{6}$/);
    const listed = await w.b.ok(CADRE, 'fair.listSignups', { fairId });
    expect(listed.items[0]).toMatchObject({ name: '赵老汉', phone: '', noPhone: true });
    // The same name in the same village without a phone is the same person …
    expect(
      (
        await w.b.fail(CADRE, 'fair.proxySignUp', {
          fairId,
          slotId: 's2',
          name: '赵老汉',
          village: '庆荣村',
        })
      ).code,
    ).toBe('ALREADY_SIGNED_UP');
    // … unless the cadre tells them apart by the ID-card tail; another village is another person.
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '赵老汉',
      village: '庆荣村',
      idTail: '351x',
    });
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '赵老汉',
      village: '上油坊村',
    });
    expect(await seatsLeft(fairId)).toEqual({ s1: 30, s2: 27, s3: 30 });
  });

  test('an ID-card tail that is not 4 characters is refused with the field named', async () => {
    const { fairId } = await w.fair();
    const res = await w.b.fail(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '赵老汉',
      village: '庆荣村',
      idTail: '12',
    });
    expect(res).toMatchObject({ code: 'INVALID_INPUT', fields: { idTail: '请填身份证最后4位' } });
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

  test('a worker, an employer (even one at the fair) or another county may not see the list', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    for (const who of [WORKER, EMPLOYER, OTHER_CADRE]) {
      expect((await w.b.fail(who, 'fair.listSignups', { fairId })).code).toBe('FORBIDDEN');
    }
  });

  test('the gate finds a person by name, by the start of a name, or by the phone tail', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    for (const [name, phone] of [
      ['王德顺', '13700005678'],
      ['王秀英', '13700001111'],
      ['张桂兰', '13700002222'],
    ] as const) {
      await w.b.ok(CADRE, 'fair.proxySignUp', {
        fairId,
        slotId: 's2',
        name,
        phone,
        village: '庆荣村',
      });
    }
    const names = async (q: string) =>
      (await w.b.ok(CADRE, 'fair.listSignups', { fairId, q })).items.map((s) => s.name);
    expect(await names('王')).toEqual(['王德顺', '王秀英']);
    expect(await names('王 秀英')).toEqual(['王秀英']);
    expect(await names('2222')).toEqual(['张桂兰']);
    expect(await names('5678')).toEqual(['李春梅', '王德顺']);
    expect(await names('.*')).toEqual([]);
    const res = await w.b.fail(CADRE, 'fair.listSignups', { fairId, q: '王\u0000' });
    expect(res).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { q: '姓名或手机尾号里有看不见的特殊字符，请删掉后重新输入' },
    });
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

describe('per-person storms (issue 11: uniqueness by the database, not by reading first)', () => {
  const person = (fairId: string, slotId = 's1') => ({
    fairId,
    slotId,
    name: '陈玉珍',
    phone: '13611112222',
  });

  test('20 accounts signing up the same person at once: exactly one sign-up, one seat', async () => {
    const { fairId } = await w.fair();
    const accounts = Array.from({ length: 20 }, (_, i) => `o-storm-family-${i}`);
    await Promise.all(accounts.map((o) => login(w.b, o)));
    const results = await Promise.all(
      accounts.map((o) => w.b.call(o, 'fair.signUp', person(fairId))),
    );
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code)))).toEqual(
      new Set(['ALREADY_SIGNED_UP']),
    );
    const active = (await signupDocs(fairId)).filter((s) => s.status !== 'cancelled');
    expect(active).toHaveLength(1);
    expect(await seatsLeft(fairId)).toEqual({ s1: 29, s2: 30, s3: 30 });
  });

  test('20 代登记 of one person at once (two cadres’ phones, retries): exactly one', async () => {
    const { fairId } = await w.fair();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        w.b.call(CADRE, 'fair.proxySignUp', {
          ...person(fairId, ['s1', 's2'][i % 2] as string),
          village: '庆荣村',
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await signupDocs(fairId)).filter((s) => s.status !== 'cancelled')).toHaveLength(1);
    const left = await seatsLeft(fairId);
    expect(left.s1 + left.s2).toBe(59);
  });

  test('a worker’s own sign-up and a cadre’s 代登记 of the same person at the same moment: one per person', async () => {
    const { fairId } = await w.fair({
      slots: [{ start: '09:00', end: '12:00', capacity: 100 }],
    });
    const people = Array.from({ length: 15 }, (_, i) => ({
      openid: `o-storm-self-${i}`,
      name: `周${'一二三四五六七八九十'[i % 10]}${i}`,
      phone: phoneOf(7000 + i),
    }));
    for (const p of people) await w.worker(p.openid, p.name, p.phone);
    const results = await Promise.all(
      people.flatMap((p) => [
        w.b.call(p.openid, 'fair.signUp', { fairId, slotId: 's1', name: p.name, phone: p.phone }),
        w.b.call(CADRE, 'fair.proxySignUp', {
          fairId,
          slotId: 's1',
          name: p.name,
          phone: p.phone,
          village: '庆荣村',
        }),
      ]),
    );
    for (const r of results) if (!r.ok) expect(r.code).toBe('ALREADY_SIGNED_UP');
    const active = (await signupDocs(fairId)).filter((s) => s.status !== 'cancelled');
    expect(active).toHaveLength(15);
    expect(new Set(active.map((s) => s.personKey)).size).toBe(15);
    expect((await seatsLeft(fairId)).s1).toBe(85);
    // Whichever won, a worker whose own call succeeded holds the one sign-up of them (claimed
    // when the cadre's came first), and it is in their 我的.
    for (const [i, p] of people.entries()) {
      const own = results[i * 2];
      if (!own?.ok) continue;
      expect(active.find((s) => s._id === own.data._id)?.workerOpenid).toBe(p.openid);
    }
  });
});

describe('fair.attendees', () => {
  test('a participating employer sees who came: names, masked phones, never a code', async () => {
    const { fairId } = await w.fair();
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    const mine = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    const page = await w.b.ok(EMPLOYER, 'fair.attendees', { fairId });
    expect(page.items).toEqual([
      {
        _id: mine._id,
        name: '李春梅',
        village: '庆荣村',
        slotLabel: '09:00-10:30',
        status: 'signed',
        phone: '139****5678',
      },
    ]);
    expect(JSON.stringify(page)).not.toContain(mine.checkInCode as string);
  });

  test('the code a person shows at the table finds them; a wrong code finds nobody', async () => {
    const { fairId, inviteCode } = await w.fair();
    await w.b.ok(EMPLOYER, 'fair.join', { fairId, jobIds: [w.jobId] });
    const mine = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    const code = mine.checkInCode as string;
    const byCode = await w.b.ok(EMPLOYER, 'fair.attendees', { fairId, code });
    expect(byCode.items.map((a) => a._id)).toEqual([mine._id]);
    const byQr = await w.b.ok(EMPLOYER, 'fair.attendees', {
      fairId,
      code: `XP:${inviteCode}:${code}`,
    });
    expect(byQr.items).toHaveLength(1);
    const wrong = code === '000000' ? '000001' : '000000';
    expect((await w.b.ok(EMPLOYER, 'fair.attendees', { fairId, code: wrong })).items).toEqual([]);
  });

  test('an employer not at the fair, a worker and a cadre are refused', async () => {
    const { fairId } = await w.fair();
    expect((await w.b.fail(EMPLOYER, 'fair.attendees', { fairId })).code).toBe('FORBIDDEN');
    expect((await w.b.fail(WORKER, 'fair.attendees', { fairId })).code).toBe('FORBIDDEN');
    expect((await w.b.fail(CADRE, 'fair.attendees', { fairId })).code).toBe('FORBIDDEN');
  });
});

describe('the check-in code is handed out only while it can be used (issue 10 item 1)', () => {
  test('a fair the cadre cancelled: state and reason, no code, anywhere the worker looks', async () => {
    const { fairId } = await w.fair();
    const mine = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    expect(mine.checkInCode).toMatch(/^\d{6}$/);
    await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '台风天气，为了安全改期' });

    const one = await w.b.ok(WORKER, 'fair.mySignup', { signupId: mine._id });
    expect(one.checkInCode).toBeUndefined();
    expect(one.fair).toMatchObject({ status: 'cancelled', cancelReason: '台风天气，为了安全改期' });
    const list = await w.b.ok(WORKER, 'fair.mySignups', {});
    const item = list.items.find((i) => i._id === mine._id);
    expect(item?.checkInCode).toBeUndefined();
    expect(item?.fair.cancelReason).toBe('台风天气，为了安全改期');
    const fair = await w.b.ok(WORKER, 'fair.get', { fairId });
    expect(fair.cancelReason).toBe('台风天气，为了安全改期');
    expect(fair.mySignup?.checkInCode).toBeUndefined();
    for (const answer of [one, list, fair]) {
      expect(JSON.stringify(answer)).not.toContain(`"${mine.checkInCode as string}"`);
    }
  });

  test('a cancelled sign-up, and a fair whose day has passed, hand out no code', async () => {
    const { fairId } = await w.fair();
    const mine = await w.b.ok(WORKER, 'fair.signUp', signUpInput(fairId, 's1'));
    await w.b.ok(WORKER, 'fair.cancelSignUp', { signupId: mine._id });
    expect(
      (await w.b.ok(WORKER, 'fair.mySignup', { signupId: mine._id })).checkInCode,
    ).toBeUndefined();

    const later = await w.fair({ title: '太平镇返岗招聘会' });
    const other = await w.b.ok(WORKER, 'fair.signUp', signUpInput(later.fairId, 's1'));
    const saved = w.clock.now;
    w.clock.now += 4 * 24 * 3600_000;
    try {
      const over = await w.b.ok(WORKER, 'fair.mySignup', { signupId: other._id });
      expect(over.checkInCode).toBeUndefined();
      expect(over.status).toBe('signed');
    } finally {
      w.clock.now = saved;
    }
  });
});
