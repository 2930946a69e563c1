import type { ActionOutput, WorkerProfile } from '../shared/index';
import { callCloud } from './call-cloud';
import { readCache, writeCache } from './cache';

export type Session = ActionOutput<'account.login'>;

const KEY = 'session';
let current: Session | undefined;
let pending: Promise<Session> | undefined;

/**
 * The caller's session from `account.login`, asked once per launch. On a network failure the
 * last session seen is used, so the app still knows the worker's county and roles.
 */
export function getSession(force = false): Promise<Session> {
  if (current && !force) return Promise.resolve(current);
  if (pending && !force) return pending;
  pending = callCloud('account.login', {})
    .then((session) => {
      current = session;
      writeCache(KEY, session);
      return session;
    })
    .catch((err: unknown) => {
      const cached = readCache<Session>(KEY);
      if (cached) {
        current = cached.data;
        return cached.data;
      }
      throw err;
    })
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** The session already loaded this launch, if any (no request). */
export function peekSession(): Session | undefined {
  return current ?? readCache<Session>(KEY)?.data;
}

/** Keeps the cached session in step after the profile was saved. */
export function updateSessionProfile(profile: WorkerProfile): void {
  const base = current ?? readCache<Session>(KEY)?.data;
  if (!base) return;
  current = { ...base, profile };
  writeCache(KEY, current);
}

/** Forgets the session (tests, and after a role change such as redeeming a cadre invite). */
export function resetSession(): void {
  current = undefined;
  pending = undefined;
}
