import type { ActionInput, ActionOutput } from '../../miniprogram/shared/index';
import { ADMIN, adminFor, type Backend } from './harness';
import { employerInput, jobInput, REGIONS, workerProfile } from '../fixtures';

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

/** An admin (浦北县's by default), logged in (admins are users too: rights need a login first). */
export async function loginAdmin(backend: Backend, openid: string = ADMIN): Promise<Session> {
  return login(backend, openid);
}

/** The admin of the company's area verifies it. */
async function verify(
  backend: Backend,
  employer: { _id: string; region: Parameters<typeof adminFor>[0] },
) {
  const admin = adminFor(employer.region);
  await loginAdmin(backend, admin);
  await backend.ok(admin, 'admin.verifyEmployer', { employerId: employer._id, approve: true });
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
  await verify(backend, employer);
  return employer._id;
}

/** A cadre of an area: the area's admin makes an invite, the person redeems it. */
export async function cadreOf(
  backend: Backend,
  openid: string,
  area: ActionInput<'admin.createCadreInvite'>['area'] = { ...REGIONS.zizhong, town: '太平镇' },
): Promise<ActionOutput<'cadre.redeemInvite'>> {
  const admin = adminFor(area);
  await loginAdmin(backend, admin);
  const { code } = await backend.ok(admin, 'admin.createCadreInvite', { area });
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
      const employer = await backend.ok(employerOpenid, 'employer.mine', {});
      if (employer) await verify(backend, employer);
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
