/**
 * A call that carries the login (`session: true`): a fresh phone's first screen is one round trip,
 * so any action can make the first visit's user and answer the session beside its data.
 */
import { fairInput, PLACES, REGIONS, workerProfile } from '../fixtures';
import { OTHER_CADRE, startWorld, type World } from '../fixtures/backend/fairs-world';
import { login } from '../fixtures/backend/flows';
import { refusedUnchanged } from './expect-unchanged';

jest.setTimeout(60_000);

type Ridden = { ok: boolean; data?: unknown; session?: Record<string, unknown>; code?: string };

let w: World;
const ride = (fn: string, openid: string, action: string, input: unknown) =>
  w.b.raw(fn, openid, { action, input, session: true }) as Promise<Ridden>;
const usersOf = async (openid: string) =>
  ((await w.b.snapshot()).users as { openid: string; activeWeek?: string }[]).filter(
    (u) => u.openid === openid,
  );

beforeAll(async () => {
  w = await startWorld({ employer: false });
  await w.fair(); // 资中县 庆荣村
  await w.b.ok(
    OTHER_CADRE,
    'fair.create',
    fairInput(w.clock.now, {
      title: '旧州村招聘会',
      region: { ...REGIONS.pubei },
      town: '泉水镇',
      village: '旧州村',
      address: '旧州村村委会',
      location: { ...PLACES.pubeiTown },
    }),
  );
}, 60_000);
afterAll(() => w?.b.stop());

describe('a call that carries the login', () => {
  test('a first visit: 我的 is answered with the new user’s session and empty lists', async () => {
    const res = await ride('fairs', 'o-first-visit', 'me.overview', {});
    expect(res.ok).toBe(true);
    expect(res.data).toEqual({
      applications: { items: [], nextCursor: null },
      signups: { items: [], nextCursor: null },
    });
    expect(res.session).toMatchObject({ roles: ['worker'], profile: null, employer: null });
    expect(await usersOf('o-first-visit')).toHaveLength(1);
    // account.login later finds the same user: one account, one public id.
    const again = await login(w.b, 'o-first-visit');
    expect(again.userId).toBe(res.session?.userId);
    expect(await usersOf('o-first-visit')).toHaveLength(1);
  });

  test('without asking for the session, a first visit is not let into 我的 and nothing is written', async () => {
    const refused = await refusedUnchanged(w.b, () =>
      w.b.raw('fairs', 'o-no-ride', { action: 'me.overview', input: {} }),
    );
    expect(refused.code).toBe('NOT_LOGGED_IN');
  });

  test('bad input on a first visit is refused in Chinese and makes no user', async () => {
    const refused = await refusedUnchanged(w.b, () =>
      ride('fairs', 'o-bad-first', 'fair.list', { county: 5 }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a first visit refused by the rights table makes no user', async () => {
    const refused = await refusedUnchanged(w.b, () =>
      ride('fairs', 'o-not-cadre', 'fair.create', fairInput(w.clock.now)),
    );
    expect(refused.code).toBe('FORBIDDEN');
  });

  test('a refusal by the action itself still carries the login it made', async () => {
    const res = await ride('fairs', 'o-not-cadre-2', 'fair.list', { mine: true });
    expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN', session: { roles: ['worker'] } });
    expect(await usersOf('o-not-cadre-2')).toHaveLength(1);
  });

  test('a returning worker: the session carries the 求职意向 and the visit counts as 活跃', async () => {
    await login(w.b, 'o-returning');
    await w.b.ok('o-returning', 'account.updateProfile', workerProfile());
    expect((await usersOf('o-returning'))[0].activeWeek).toBeUndefined();
    const res = await ride('jobs', 'o-returning', 'job.recommend', { limit: 20 });
    expect(res.ok).toBe(true);
    expect(res.session).toMatchObject({ profile: { name: '李春梅' }, roles: ['worker'] });
    expect((await usersOf('o-returning'))[0].activeWeek).toEqual(expect.any(String));
  });

  test('fair.list home: the fairs of the caller’s home county, all of them for a newcomer', async () => {
    const titles = async (openid: string) => {
      const res = await ride('fairs', openid, 'fair.list', { home: true });
      return (res.data as { items: { title: string }[] }).items.map((f) => f.title);
    };
    // o-returning's 求职意向 is at home in 浦北县 旧州村.
    expect(await titles('o-returning')).toEqual(['旧州村招聘会']);
    expect((await titles('o-newcomer')).sort()).toEqual(
      ['庆荣村院坝招聘会', '旧州村招聘会'].sort(),
    );
  });

  test('a call that does not ask carries no session', async () => {
    const res = (await w.b.raw('fairs', 'o-returning', {
      action: 'fair.list',
      input: {},
    })) as Ridden;
    expect(res.ok).toBe(true);
    expect(res).not.toHaveProperty('session');
  });
});
