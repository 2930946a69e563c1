import type { ActionOutput, WorkerProfile } from '../shared/index';
import { callCloud } from './call-cloud';
import { readCache, removeCache, writeCache } from './cache';

export type Session = ActionOutput<'account.login'>;

const KEY = 'session';
/**
 * A session kept on the phone is used at once (a returning worker's first screen waits for no
 * login); with one older than this the next cloud call also asks for the session
 * (rideSession), so roles and the weekly 活跃 count follow.
 */
export const SESSION_FRESH_MS = 60 * 60 * 1000;

let current: Session | undefined;
let pending: Promise<Session> | undefined;
/** The kept session is older than SESSION_FRESH_MS: the next call asks for a new one. */
let stale = false;
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

/** Takes the session kept on the phone as this launch's, noting whether it is stale. */
function adoptKept(): Session | undefined {
  const kept = readCache<Session>(KEY);
  if (!kept) return undefined;
  current = kept.data;
  stale = Date.now() - kept.at > SESSION_FRESH_MS;
  return current;
}

/** How a cloud call that carries the login settles the session it was asked for. */
export interface SessionRider {
  take(session: Session): void;
  /** The call came back without a session (it failed): `account.login` is asked instead. */
  miss(): void;
}

/**
 * Lets the next cloud call carry the login when this launch has no session to use (a fresh phone,
 * or one kept longer than SESSION_FRESH_MS): the call asks for the session beside its data, and
 * getSession waits for that answer instead of sending `account.login`, so a first screen is one
 * round trip. Undefined when a session is at hand or already on its way.
 */
export function rideSession(): SessionRider | undefined {
  if (pending) return undefined;
  if (!current) adoptKept();
  if (current && !stale) return undefined;
  stale = false;
  const gen = ++generation;
  let settled = false;
  let settle!: { resolve: (s: Session) => void; reject: (err: unknown) => void };
  const request = new Promise<Session>((resolve, reject) => (settle = { resolve, reject }));
  request.catch(() => undefined); // whoever waits for it hears of a failure; nobody else must
  // A kept session still answers at once; only a phone without one waits for the ride.
  if (!current) pending = request;
  const end = (): boolean => {
    if (settled) return false;
    settled = true;
    if (pending === request) pending = undefined;
    return true;
  };
  return {
    take(session) {
      if (!end()) return;
      if (gen === generation) {
        current = session;
        writeCache(KEY, session);
      }
      settle.resolve(current ?? session);
    },
    miss() {
      if (!end()) return;
      if (current) {
        stale = true; // the next call asks again
        settle.resolve(current);
      } else {
        getSession().then(settle.resolve, settle.reject);
      }
    },
  };
}

/**
 * The caller's session from `account.login`. The one kept on the phone answers at once; a call
 * carrying the login (rideSession) is waited for; without either, or when `force`d, the server is
 * asked, and on a network failure the last session seen is used, so the app still
 * knows the worker's county and roles.
 */
export function getSession(force = false): Promise<Session> {
  if (current && !force) return Promise.resolve(current);
  if (pending && !force) return pending;
  if (!force) {
    const kept = adoptKept();
    if (kept) return Promise.resolve(kept);
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
  stale = false;
  removeCache(KEY);
}
