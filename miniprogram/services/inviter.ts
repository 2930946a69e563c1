import type { Inviter } from '../shared/index';

const KEY = 'xp:inviters';
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** What a fair page was opened with: `?id=`, `?code=`, `?inv=` or a poster's `scene`. */
export interface FairEntry {
  fairId?: string;
  inviteCode?: string;
  inviter?: Inviter;
}

const USER_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Reads a fair page's options: a poster's scene is `f=K7P2QX&i=u123` (≤ 32 characters). */
export function parseFairOptions(options: Record<string, string | undefined>): FairEntry {
  const entry: FairEntry = {};
  if (options['scene']) {
    const scene = decodeURIComponent(options['scene']);
    const params: Record<string, string> = {};
    for (const part of scene.split('&')) {
      const [k, v] = part.split('=');
      if (k && v) params[k] = v;
    }
    if (params['f']) entry.inviteCode = params['f'].toUpperCase();
    const uid = params['i'];
    entry.inviter = uid && USER_ID.test(uid) ? { type: 'poster', userId: uid } : { type: 'poster' };
  }
  if (options['id']) entry.fairId = options['id'];
  if (options['code']) entry.inviteCode = options['code'].toUpperCase();
  const inv = options['inv'];
  if (inv && USER_ID.test(inv) && !entry.inviter) entry.inviter = { type: 'share', userId: inv };
  return entry;
}

type Stored = Record<string, { inviter: Inviter; at: number }>;

function readAll(): Stored {
  try {
    const all = wx.getStorageSync(KEY) as Stored | '';
    return all || {};
  } catch {
    return {};
  }
}

/** Remembers who brought the user to a fair (the first inviter wins), for the later sign-up. */
export function rememberInviter(fairId: string, inviter: Inviter | undefined): void {
  if (!inviter) return;
  const all = readAll();
  const now = Date.now();
  if (all[fairId] && now - all[fairId].at < KEEP_MS) return;
  for (const k of Object.keys(all)) if (now - (all[k]?.at ?? 0) > KEEP_MS) delete all[k];
  all[fairId] = { inviter, at: now };
  try {
    wx.setStorageSync(KEY, all);
  } catch {
    // not critical
  }
}

export function inviterFor(fairId: string): Inviter {
  return readAll()[fairId]?.inviter ?? { type: 'direct' };
}
