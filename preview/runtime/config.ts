/**
 * What the preview server tells the app document (window.__XP_CONFIG__), and the user the app
 * acts as: the gateway entry in the app's storage points its calls at local-cloud as that user.
 */
import type { PreviewConfig } from '../preview-config';
import { storageClear, storageGet, storageSet } from './storage';

export const config: PreviewConfig = (window as unknown as { __XP_CONFIG__?: PreviewConfig })
  .__XP_CONFIG__ ?? { cloudUrl: null, users: [], defaultUser: '' };

/** The storage entry the app's call helper reads to reach local-cloud as a user. */
export const GATEWAY_KEY = 'xp:devGateway';

export interface GatewayEntry {
  url?: string;
  openid?: string;
}

/** The gateway entry in the app's storage ('' when there is none, as wx storage answers). */
export const gatewayEntry = (): GatewayEntry | '' => storageGet(GATEWAY_KEY) as GatewayEntry | '';

/** The demo user the app acts as (from the gateway entry in storage). */
export function currentOpenid(): string | undefined {
  const gateway = gatewayEntry();
  return gateway ? gateway.openid : undefined;
}

/**
 * Points the app at local-cloud as `userKey` (a fresh device for that user: the rest of the
 * storage is cleared) when the key differs from the current user; keeps the gateway URL current.
 */
export function chooseUser(userKey: string | null, openid?: string | null): void {
  const gateway = gatewayEntry();
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
