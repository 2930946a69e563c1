import { ADMIN, startBackend, type Backend } from '../fixtures/backend/harness';
import { workerProfile } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import { login } from '../fixtures/backend/flows';

jest.setTimeout(60_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(() => backend?.stop());

describe('account.login', () => {
  test('the first login creates the user with a short public id and the worker role', async () => {
    const session = await login(backend, 'o-worker-lcm');
    expect(session.userId).toMatch(/^[a-z2-9]{8}$/);
    expect(session.roles).toEqual(['worker']);
    expect(session.profile).toBeNull();
    expect(session.employer).toBeNull();
    expect(session.cadre).toBeNull();
    const { users } = await backend.snapshot();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ openid: 'o-worker-lcm', shortId: session.userId });
  });

  test('logging in again returns the same user and creates nothing', async () => {
    const first = await login(backend, 'o-worker-again');
    const before = await backend.snapshot();
    const second = await login(backend, 'o-worker-again');
    expect(second.userId).toBe(first.userId);
    expect((await backend.snapshot()).users).toHaveLength(before.users!.length);
  });

  test('ten concurrent first logins of one person make one user', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 10 }, () => login(backend, 'o-worker-storm')),
    );
    expect(new Set(sessions.map((s) => s.userId)).size).toBe(1);
    const users = (await backend.snapshot()).users as { openid: string }[];
    expect(users.filter((u) => u.openid === 'o-worker-storm')).toHaveLength(1);
  });

  test('an admin configured for the deployment gets the admin role', async () => {
    const session = await login(backend, ADMIN);
    expect(session.roles).toEqual(expect.arrayContaining(['worker', 'admin']));
  });

  test('the session carries the saved 求职意向', async () => {
    await login(backend, 'o-worker-profile');
    await backend.ok('o-worker-profile', 'account.updateProfile', workerProfile());
    const session = await login(backend, 'o-worker-profile');
    expect(session.profile).toMatchObject({
      name: '李春梅',
      workArea: 'nearHome',
      categories: ['woodwork', 'factory'],
    });
  });
});

describe('account.updateProfile', () => {
  test('saves the 求职意向 and the home point used for distances', async () => {
    await login(backend, 'o-worker-home');
    const { profile } = await backend.ok('o-worker-home', 'account.updateProfile', workerProfile());
    expect(profile).toMatchObject({
      name: '李春梅',
      home: { county: '浦北县', village: '旧州村' },
    });
    const user = (
      (await backend.snapshot()).users as { openid: string; homePoint: unknown }[]
    ).find((u) => u.openid === 'o-worker-home');
    expect(user?.homePoint).toEqual({ type: 'Point', coordinates: [109.5562, 22.2686] });
  });

  test('a new profile replaces the old one: fields left out are gone', async () => {
    await login(backend, 'o-worker-replace');
    await backend.ok(
      'o-worker-replace',
      'account.updateProfile',
      workerProfile({ expectedPayYuan: 5000, skills: ['电焊'] }),
    );
    const { homeLocation: _h, expectedPayYuan: _e, ...rest } = workerProfile();
    await backend.ok('o-worker-replace', 'account.updateProfile', { ...rest, skills: [] });
    const session = await login(backend, 'o-worker-replace');
    expect(session.profile?.expectedPayYuan).toBeUndefined();
    expect(session.profile?.skills).toEqual([]);
    const user = (
      (await backend.snapshot()).users as { openid: string; homePoint?: unknown }[]
    ).find((u) => u.openid === 'o-worker-replace');
    expect(user?.homePoint).toBeUndefined();
  });

  test('going out to work needs the cities', async () => {
    await login(backend, 'o-worker-cities');
    const res = await refusedUnchanged(backend, () =>
      backend.call(
        'o-worker-cities',
        'account.updateProfile',
        workerProfile({ workArea: 'cities', cities: [] }),
      ),
    );
    expect(res).toMatchObject({ code: 'INVALID_INPUT', message: '请选择想去的城市' });
  });

  test('a name msgSecCheck judges risky is refused', async () => {
    await login(backend, 'o-worker-risky');
    const res = await refusedUnchanged(backend, () =>
      backend.call(
        'o-worker-risky',
        'account.updateProfile',
        workerProfile({ skills: ['代孕中介'] }),
      ),
    );
    expect(res.code).toBe('CONTENT_RISKY');
  });

  test.each([
    ['a wrong phone', { phone: '12345' }],
    ['a wrong type', { categories: 'woodwork' }],
    ['an operator smuggled in', { name: { $set: 'x' } }],
    ['an unknown 工种', { categories: ['astronaut'] }],
  ])('%s is refused, nothing written', async (_label, overrides) => {
    await login(backend, 'o-worker-badprofile');
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-worker-badprofile', 'account.updateProfile', {
        ...workerProfile(),
        ...(overrides as object),
      } as never),
    );
    expect(res.code).toBe('INVALID_INPUT');
  });

  test('a visitor must log in first', async () => {
    const res = await refusedUnchanged(backend, () =>
      backend.call('o-never-logged-in', 'account.updateProfile', workerProfile()),
    );
    expect(res.code).toBe('NOT_LOGGED_IN');
  });
});
