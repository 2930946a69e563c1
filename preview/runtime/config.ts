/**
 * What the preview server tells the app document (window.__XP_CONFIG__), and the storage that
 * `wx.getStorageSync`/`setStorageSync` use: localStorage, one `wx:<key>` entry per key, JSON.
 */
import type { PreviewConfig } from '../preview-config';

export const config: PreviewConfig = (window as unknown as { __XP_CONFIG__?: PreviewConfig })
  .__XP_CONFIG__ ?? { cloudUrl: null, users: [], defaultUser: 'worker' };

export const STORAGE_PREFIX = 'wx:';
export const GATEWAY_KEY = 'xp:devGateway';

export function storageGet(key: string): unknown {
  const raw = localStorage.getItem(STORAGE_PREFIX + key);
  if (raw === null) return '';
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function storageSet(key: string, value: unknown): void {
  if (value === undefined) {
    localStorage.removeItem(STORAGE_PREFIX + key);
    return;
  }
  localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
}

export function storageRemove(key: string): void {
  localStorage.removeItem(STORAGE_PREFIX + key);
}

export function storageKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k && k.startsWith(STORAGE_PREFIX)) keys.push(k.slice(STORAGE_PREFIX.length));
  }
  return keys;
}

export function storageClear(): void {
  for (const k of storageKeys()) localStorage.removeItem(STORAGE_PREFIX + k);
}

/** The demo user the app acts as (from the gateway entry in storage). */
export function currentOpenid(): string | undefined {
  const gateway = storageGet(GATEWAY_KEY) as { openid?: string } | '';
  return gateway ? gateway.openid : undefined;
}

/**
 * Points the app at local-cloud as `userKey` (a fresh device for that user: the rest of the
 * storage is cleared) when the key differs from the current user; keeps the gateway URL current.
 */
export function chooseUser(userKey: string | null, openid?: string | null): void {
  const gateway = storageGet(GATEWAY_KEY) as { url?: string; openid?: string } | '';
  // `?openid=` acts as any user (tests and tools); `?as=` as a demo user by key.
  const wanted = openid
    ? { key: openid, openid }
    : userKey
      ? config.users.find((u) => u.key === userKey)
      : undefined;
  if (userKey && !wanted) console.warn(`[preview] no demo user "${userKey}"`);
  if (!config.cloudUrl) return;
  if (wanted && (!gateway || gateway.openid !== wanted.openid)) {
    storageClear();
    storageSet(GATEWAY_KEY, { url: config.cloudUrl, openid: wanted.openid });
    return;
  }
  if (!gateway || !gateway.openid) {
    const fallback = config.users.find((u) => u.key === config.defaultUser) ?? config.users[0];
    storageSet(GATEWAY_KEY, { url: config.cloudUrl, openid: fallback?.openid ?? 'o-preview-user' });
    return;
  }
  if (gateway.url !== config.cloudUrl)
    storageSet(GATEWAY_KEY, { ...gateway, url: config.cloudUrl });
}
