/**
 * The last lists a page showed, kept in storage so a weak village network still shows something at
 * once; the page then asks the server again (stale-while-revalidate).
 */
const PREFIX = 'xp:cache:';
/** Bump when a cached shape changes, so old entries are ignored rather than misread. */
const VERSION = 2;

/** Keys of lists more than one page reads or writes. */
export const CACHE_KEYS = {
  applications: 'applications',
  signups: 'me:signups',
} as const;

/** The sign-up shown on the 签到码 page, written by the pages that know it. */
export function signupKey(id: string): string {
  return `signup:${id}`;
}

interface Entry<T> {
  v: number;
  at: number;
  data: T;
}

export function readCache<T>(key: string): { data: T; at: number } | undefined {
  try {
    const entry = wx.getStorageSync(PREFIX + key) as Entry<T> | '';
    if (entry && entry.v === VERSION) return { data: entry.data, at: entry.at };
  } catch {
    // storage unavailable: behave as empty
  }
  return undefined;
}

export function writeCache<T>(key: string, data: T): void {
  try {
    wx.setStorageSync(PREFIX + key, { v: VERSION, at: Date.now(), data } satisfies Entry<T>);
  } catch {
    // storage full or unavailable: the cache is an optimisation only
  }
}

export function removeCache(key: string): void {
  try {
    wx.removeStorageSync(PREFIX + key);
  } catch {
    // storage unavailable: nothing kept to remove
  }
}
