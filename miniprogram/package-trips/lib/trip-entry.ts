import type { Inviter } from '../../shared/index';

const USER_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** What the trip page was opened with: `?id=`, `?inv=`, or a poster's scene `t=<code>&i=<inviter>`. */
export interface TripEntry {
  tripId?: string;
  inviteCode?: string;
  inviter?: Inviter;
}

export function parseTripOptions(options: Record<string, string | undefined>): TripEntry {
  const entry: TripEntry = {};
  if (options['scene']) {
    const params: Record<string, string> = {};
    for (const part of decodeURIComponent(options['scene']).split('&')) {
      const [k, v] = part.split('=');
      if (k && v) params[k] = v;
    }
    if (params['t']) entry.inviteCode = params['t'].toUpperCase();
    const uid = params['i'];
    entry.inviter = uid && USER_ID.test(uid) ? { type: 'poster', userId: uid } : { type: 'poster' };
  }
  if (options['id']) entry.tripId = options['id'];
  const inv = options['inv'];
  if (inv && USER_ID.test(inv) && !entry.inviter) entry.inviter = { type: 'share', userId: inv };
  return entry;
}
