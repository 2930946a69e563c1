/**
 * The app's wx storage (`wx.getStorageSync`, `setStorageSync` …): localStorage, one `wx:<key>`
 * entry per key, JSON. A browser profile is a phone: a fresh context starts empty.
 */
export const STORAGE_PREFIX = 'wx:';

export function storageHas(key: string): boolean {
  return localStorage.getItem(STORAGE_PREFIX + key) !== null;
}

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
