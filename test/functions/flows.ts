import type { ActionInput, ActionOutput } from '../../miniprogram/shared/index';
import { ADMIN, type Backend } from './harness';
import { employerInput, jobInput, REGIONS, workerProfile } from './fixtures';

/**
 * Multi-step set-ups the function tests share (accounts, jobs, fairs): each goes through the real
 * actions, as a user would, and returns what later steps need.
 */

export type Session = ActionOutput<'account.login'>;

/** First login: creates the user. */
export function login(backend: Backend, openid: string): Promise<Session> {
  return backend.ok(openid, 'account.login', {});
}

/** A logged-in worker with a 求职意向 (defaults: 李春梅 of 浦北 旧州村, 木工/普工). */
export async function loginWorker(
  backend: Backend,
  openid: string,
  profile: Partial<ActionInput<'account.updateProfile'>> = {},
): Promise<Session> {
  await login(backend, openid);
  await backend.ok(openid, 'account.updateProfile', { ...workerProfile(), ...profile });
  return login(backend, openid);
}

/** The admin, logged in (admins are users too: the rights table needs a login first). */
export async function loginAdmin(backend: Backend): Promise<Session> {
  return login(backend, ADMIN);
}

/** A deterministic USCC seed per openid, so two employers never share a 统一社会信用代码. */
export function seedOf(openid: string): number {
  let h = 7;
  for (const ch of openid) h = (h * 31 + ch.charCodeAt(0)) % 900_000_000;
  return h + 1;
}

/** A registered company awaiting review. */
export async function registeredEmployer(
  backend: Backend,
  openid: string,
  overrides: Partial<ActionInput<'employer.register'>> = {},
  seed = seedOf(openid),
): Promise<ActionOutput<'employer.register'>['employer']> {
  await login(backend, openid);
  const { employer } = await backend.ok(
    openid,
    'employer.register',
    employerInput(overrides as never, seed),
  );
  return employer;
}

/** A company the admin verified; returns its id. */
export async function verifiedEmployer(
  backend: Backend,
  openid: string,
  seed = seedOf(openid),
  overrides: Partial<ActionInput<'employer.register'>> = {},
): Promise<string> {
  const employer = await registeredEmployer(backend, openid, overrides, seed);
  await loginAdmin(backend);
  await backend.ok(ADMIN, 'admin.verifyEmployer', { employerId: employer._id, approve: true });
  return employer._id;
}

/** A cadre of an area: the admin makes an invite, the person redeems it. */
export async function cadreOf(
  backend: Backend,
  openid: string,
  area: ActionInput<'admin.createCadreInvite'>['area'] = { ...REGIONS.zizhong, town: '太平镇' },
): Promise<ActionOutput<'cadre.redeemInvite'>> {
  await loginAdmin(backend);
  const { code } = await backend.ok(ADMIN, 'admin.createCadreInvite', { area });
  await login(backend, openid);
  return backend.ok(openid, 'cadre.redeemInvite', { code });
}

/** A published post of a verified employer (made verified first if needed); returns its id. */
export async function publishedJob(
  backend: Backend,
  employerOpenid: string,
  now: number,
  overrides: Partial<ActionInput<'job.create'>> = {},
): Promise<string> {
  const session = await login(backend, employerOpenid);
  if (session.employer?.status !== 'verified') {
    if (session.employer) {
      await loginAdmin(backend);
      await backend.ok(ADMIN, 'admin.verifyEmployer', {
        employerId: session.employer._id,
        approve: true,
      });
    } else {
      await verifiedEmployer(backend, employerOpenid);
    }
  }
  const { jobId, status } = await backend.ok(
    employerOpenid,
    'job.create',
    jobInput(now, overrides),
  );
  if (status !== 'published') throw new Error(`publishedJob: the post went to ${status}`);
  return jobId;
}
