import { ADMIN, startBackend, type Backend } from './harness';
import { workerProfile } from './fixtures';
import { login } from './flows';

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
    const sessions = await Promise.all(Array.from({ length: 10 }, () => login(backend, 'o-worker-storm')));
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
    expect(session.profile).toMatchObject({ name: '李春梅', workArea: 'nearHome', categories: ['woodwork', 'factory'] });
  });
});
