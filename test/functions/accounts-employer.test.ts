import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { employerInput, usccFor } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import { login, loginAdmin, registeredEmployer } from '../fixtures/backend/flows';

jest.setTimeout(60_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await loginAdmin(backend);
}, 60_000);
afterAll(() => backend?.stop());

describe('employer.register', () => {
  test('registers the company for review and makes the caller an employer', async () => {
    await login(backend, 'o-hr-quanxing');
    const { employer } = await backend.ok(
      'o-hr-quanxing',
      'employer.register',
      employerInput({}, 101),
    );
    expect(employer).toMatchObject({
      companyName: '浦北县泉兴家具有限公司',
      uscc: usccFor(101),
      status: 'pending',
      location: { lat: 22.2712, lng: 109.5561 },
    });
    const session = await login(backend, 'o-hr-quanxing');
    expect(session.roles).toContain('employer');
    expect(session.employer).toEqual({
      _id: employer._id,
      companyName: employer.companyName,
      status: 'pending',
    });
    expect(await backend.ok('o-hr-quanxing', 'employer.mine', {})).toEqual(employer);
  });

  test('accepts a lower-case code with spaces and stores it normalised', async () => {
    await login(backend, 'o-hr-spaces');
    const code = usccFor(102)
      .toLowerCase()
      .replace(/(.{6})/, '$1 ');
    const { employer } = await backend.ok(
      'o-hr-spaces',
      'employer.register',
      employerInput({ uscc: code }, 102),
    );
    expect(employer.uscc).toBe(usccFor(102));
  });

  test('a second registration by the same person is refused', async () => {
    await registeredEmployer(backend, 'o-hr-twice', {}, 103);
    const res = await refusedUnchanged(backend, () =>
      backend.call(
        'o-hr-twice',
        'employer.register',
        employerInput({ companyName: '另一家公司' }, 104),
      ),
    );
    expect(res.code).toBe('ALREADY_REGISTERED');
  });

  test('a code another account registered is refused on that field', async () => {
    await registeredEmployer(backend, 'o-hr-first', {}, 105);
    await login(backend, 'o-hr-copycat');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-hr-copycat', 'employer.register', employerInput({}, 105)),
    );
    expect(res.code).toBe('ALREADY_REGISTERED');
    expect(res.fields).toHaveProperty('uscc');
  });

  test('five concurrent registrations of one person make one company', async () => {
    await login(backend, 'o-hr-storm');
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        backend.call('o-hr-storm', 'employer.register', employerInput({}, 200 + i)),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
      Array(4).fill('ALREADY_REGISTERED'),
    );
    const employers = (await backend.snapshot()).employers as { ownerOpenid: string }[];
    expect(employers.filter((e) => e.ownerOpenid === 'o-hr-storm')).toHaveLength(1);
  });

  test('after a rejection the company registers again with corrected facts', async () => {
    const first = await registeredEmployer(backend, 'o-hr-rejected', {}, 106);
    await backend.ok(ADMIN, 'admin.verifyEmployer', {
      employerId: first._id,
      approve: false,
      reason: '营业执照名称不符',
    });
    expect(await backend.ok('o-hr-rejected', 'employer.mine', {})).toMatchObject({
      status: 'rejected',
      rejectReason: '营业执照名称不符',
    });
    const { employer } = await backend.ok(
      'o-hr-rejected',
      'employer.register',
      employerInput({ companyName: '浦北县泉兴木业有限公司' }, 106),
    );
    expect(employer).toMatchObject({
      _id: first._id,
      companyName: '浦北县泉兴木业有限公司',
      status: 'pending',
    });
    expect(employer.rejectReason).toBeUndefined();
  });

  test('a company name or intro msgSecCheck judges risky is refused, nothing stored', async () => {
    await login(backend, 'o-hr-risky');
    const res = await refusedUnchanged(backend, () =>
      backend.call(
        'o-hr-risky',
        'employer.register',
        employerInput({ intro: '我们是正规公司，兼营线上博彩推广，长期招聘客服人员。' }, 107),
      ),
    );
    expect(res.code).toBe('CONTENT_RISKY');
    expect(res.fields).toHaveProperty('intro');
  });

  test('a text msgSecCheck wants reviewed is kept, with a flag for the admin', async () => {
    await login(backend, 'o-hr-review');
    const { employer } = await backend.ok(
      'o-hr-review',
      'employer.register',
      employerInput({ intro: '家具厂长期招工，想了解的加微信领红包，员工120人。' }, 108),
    );
    expect(employer.status).toBe('pending');
    const stored = (
      (await backend.snapshot()).employers as { _id: string; flags: unknown[] }[]
    ).find((e) => e._id === employer._id);
    expect(stored?.flags).toEqual([
      {
        field: 'intro',
        fieldLabel: '单位简介',
        label: '疑似广告',
        text: '家具厂长期招工，想了解的加微信领红包，员工120人。',
        marks: [{ start: 12, end: 18 }],
      },
    ]);
  });

  test('a wrong 统一社会信用代码 is refused with a message on that field', async () => {
    await login(backend, 'o-hr-badcode');
    const res = await refusedUnchanged(backend, () =>
      backend.call(
        'o-hr-badcode',
        'employer.register',
        employerInput({ uscc: '91450722000000001X' }),
      ),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.fields?.uscc).toMatch(/统一社会信用代码/);
  });

  test.each([
    [
      'a missing field',
      (() => {
        const { companyName: _c, ...rest } = employerInput({}, 109);
        return rest;
      })(),
    ],
    ['a wrong type', { ...employerInput({}, 109), contactPhone: 13877712345 }],
    ['an operator smuggled into a field', { ...employerInput({}, 109), companyName: { $ne: '' } }],
    ['an unknown field', { ...employerInput({}, 109), status: 'verified' }],
  ])('%s is refused and nothing is written', async (_label, input) => {
    await login(backend, 'o-hr-bad-input');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-hr-bad-input', 'employer.register', input as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a visitor who has not logged in is asked to log in', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-visitor', 'employer.register', employerInput({}, 110)),
    );
    expect(res.code).toBe('NOT_LOGGED_IN');
  });
});

describe('employer.mine', () => {
  test('a worker without a company is not an employer', async () => {
    await login(backend, 'o-worker-nocompany');
    expect((await backend.fail('o-worker-nocompany', 'employer.mine', {})).code).toBe('FORBIDDEN');
  });
});

describe('the accounts function', () => {
  test('an unknown action is refused and nothing is written', async () => {
    const before = await backend.snapshot();
    expect(
      await backend.raw('accounts', 'o-hr-quanxing', { action: 'employer.delete', input: {} }),
    ).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
    expect(
      await backend.raw('accounts', 'o-hr-quanxing', { action: 'job.create', input: {} }),
    ).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
    expect(await backend.raw('accounts', 'o-hr-quanxing', 'not an object')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
    expect(await backend.snapshot()).toEqual(before);
  });

  test('a retried write with the same requestId answers the first result', async () => {
    await login(backend, 'o-hr-retry');
    const first = await backend.call(
      'o-hr-retry',
      'employer.register',
      employerInput({}, 111),
      'req-register-1',
    );
    const again = await backend.call(
      'o-hr-retry',
      'employer.register',
      employerInput({}, 111),
      'req-register-1',
    );
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
  });
});
