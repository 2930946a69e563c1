import { ADMIN_ZIZHONG as ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { REGIONS } from '../fixtures';
import { refusedUnchanged, testClock } from './expect-unchanged';
import { login, loginAdmin } from '../fixtures/backend/flows';

jest.setTimeout(60_000);

const clock = testClock();
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend({ now: clock.now });
  await loginAdmin(backend, ADMIN);
}, 60_000);
afterAll(() => backend?.stop());

const TAIPING = { ...REGIONS.zizhong, town: '太平镇' };

async function invite(note?: string) {
  return backend.ok(ADMIN, 'admin.createCadreInvite', { area: TAIPING, ...(note ? { note } : {}) });
}

describe('admin.createCadreInvite', () => {
  test('makes a short readable code valid for seven days', async () => {
    const { code, expiresAt } = await invite('庆荣村 就业专干');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(expiresAt).toBe(clock.now() + 7 * 24 * 3600 * 1000);
  });

  test('a cadre cannot make invites', async () => {
    const { code } = await invite();
    await login(backend, 'o-cadre-noinvite');
    await backend.ok('o-cadre-noinvite', 'cadre.redeemInvite', { code });
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-cadre-noinvite', 'admin.createCadreInvite', { area: TAIPING }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});

describe('cadre.redeemInvite', () => {
  test('makes the caller a cadre of the invite area', async () => {
    const { code } = await invite();
    await login(backend, 'o-cadre-tang');
    const out = await backend.ok('o-cadre-tang', 'cadre.redeemInvite', {
      code: code.toLowerCase(),
    });
    expect(out.roles).toEqual(expect.arrayContaining(['worker', 'cadre']));
    expect(out.cadre).toEqual(TAIPING);
    const session = await login(backend, 'o-cadre-tang');
    expect(session.roles).toContain('cadre');
    expect(session.cadre).toEqual(TAIPING);
  });

  test('a code works once: a second person is refused', async () => {
    const { code } = await invite();
    await login(backend, 'o-cadre-first');
    await login(backend, 'o-cadre-second');
    await backend.ok('o-cadre-first', 'cadre.redeemInvite', { code });
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-cadre-second', 'cadre.redeemInvite', { code }),
    );
    expect(res.code).toBe('INVITE_INVALID');
  });

  test('the same person redeeming again (a lost reply) succeeds again', async () => {
    const { code } = await invite();
    await login(backend, 'o-cadre-retry');
    const first = await backend.ok('o-cadre-retry', 'cadre.redeemInvite', { code });
    expect(await backend.ok('o-cadre-retry', 'cadre.redeemInvite', { code })).toEqual(first);
  });

  test('ten people racing for one code: exactly one becomes a cadre', async () => {
    const { code } = await invite();
    const people = Array.from({ length: 10 }, (_, i) => `o-race-${i}`);
    for (const p of people) await login(backend, p);
    const results = await Promise.all(
      people.map((p) => backend.call(p, 'cadre.redeemInvite', { code })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const users = (await backend.snapshot()).users as { openid: string; roles: string[] }[];
    expect(
      users.filter((u) => u.openid.startsWith('o-race-') && u.roles.includes('cadre')),
    ).toHaveLength(1);
  });

  test('an expired code is refused and says so', async () => {
    const { code } = await invite();
    await login(backend, 'o-cadre-late');
    clock.advance(7 * 24 * 3600 * 1000 + 1);
    try {
      const res = await refusedUnchanged(backend, () =>
        backend.call('o-cadre-late', 'cadre.redeemInvite', { code }),
      );
      expect(res.code).toBe('INVITE_INVALID');
      expect(res.message).toMatch(/过期/);
    } finally {
      clock.set(Date.now());
    }
  });

  test('an unknown code is refused', async () => {
    await login(backend, 'o-cadre-guess');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-cadre-guess', 'cadre.redeemInvite', { code: 'ABCDEFGH' }),
    );
    expect(res.code).toBe('INVITE_INVALID');
  });

  test.each([
    ['a malformed code', { code: 'ab-1' }],
    ['an operator instead of a code', { code: { $exists: true } }],
    ['a missing code', {}],
  ])('%s is refused as bad input, nothing written', async (_label, input) => {
    await login(backend, 'o-cadre-badinput');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-cadre-badinput', 'cadre.redeemInvite', input as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });
});
