import type { ActionOutput, WorkerProfile } from '../shared/index';
import { callCloud } from './call-cloud';
import { readCache, removeCache, writeCache } from './cache';

export type Session = ActionOutput<'account.login'>;

const KEY = 'session';
/**
 * A session kept on the phone is used at once (a returning worker's first screen waits for no
 * login); one older than this is asked again in the background, so roles and the weekly 活跃
 * count follow.
 */
export const SESSION_FRESH_MS = 60 * 60 * 1000;

let current: Session | undefined;
let pending: Promise<Session> | undefined;
/** Bumped by every change made here: a login answer asked before it is stale and dropped. */
let generation = 0;

function ask(): Promise<Session> {
  const gen = ++generation;
  const request: Promise<Session> = callCloud('account.login', {})
    .then((session) => {
      if (gen !== generation) return current ?? session;
      current = session;
      writeCache(KEY, session);
      return session;
    })
    .finally(() => {
      if (pending === request) pending = undefined;
    });
  pending = request;
  return request;
}

/**
 * The caller's session from `account.login`. The one kept on the phone answers at once (asked
 * again in the background when older than SESSION_FRESH_MS); without one, or when `force`d, the
 * server is asked, and on a network failure the last session seen is used, so the app still
 * knows the worker's county and roles.
 */
export function getSession(force = false): Promise<Session> {
  if (current && !force) return Promise.resolve(current);
  if (pending && !force) return pending;
  if (!force) {
    const kept = readCache<Session>(KEY);
    if (kept) {
      current = kept.data;
      if (Date.now() - kept.at > SESSION_FRESH_MS) ask().catch(() => undefined);
      return Promise.resolve(kept.data);
    }
  }
  return ask().catch((err: unknown) => {
    const kept = readCache<Session>(KEY);
    if (kept) {
      current = kept.data;
      return kept.data;
    }
    throw err;
  });
}

/** The session already loaded this launch, if any (no request). */
export function peekSession(): Session | undefined {
  return current ?? readCache<Session>(KEY)?.data;
}

/** Takes a session the server just answered in another reply (me.overview) as the current one. */
export function takeSession(session: Session): void {
  generation++;
  current = session;
  writeCache(KEY, session);
}

/** Keeps the cached session in step after the profile was saved. */
export function updateSessionProfile(profile: WorkerProfile): void {
  const base = current ?? readCache<Session>(KEY)?.data;
  if (!base) return;
  generation++;
  current = { ...base, profile };
  writeCache(KEY, current);
}

/**
 * Forgets the session, the kept one too, so the next getSession asks the server (tests, and
 * after a role change such as redeeming a cadre invite).
 */
export function resetSession(): void {
  generation++;
  current = undefined;
  pending = undefined;
  removeCache(KEY);
}
