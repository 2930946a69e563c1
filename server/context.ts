import type { AdminArea, Role, TemplateKey } from '../miniprogram/shared/index';
import type { EmployerDoc, UserDoc } from './collections';
import type { Store } from './db';
import type { Right } from './rights';

/** What `security.msgSecCheck` v2 says of a text. */
export type SecVerdict = 'pass' | 'review' | 'risky';

export type { TemplateKey };

export interface SubscribeMessage {
  touser: string;
  template: TemplateKey;
  /** Mini-program page the message opens, with its query. */
  page: string;
  data: Record<string, { value: string }>;
}

/** The platform services a handler may use; index.ts builds them from wx-server-sdk. */
export interface Services {
  /** msgSecCheck v2 on one user-written text; `keywords` are the words its keyword strategy hit. */
  secCheck(
    openid: string,
    content: string,
    scene: 1 | 2 | 3 | 4,
  ): Promise<{ verdict: SecVerdict; label: string; keywords: string[] }>;
  /** Sends a subscription message; false when the user holds no subscription for it. */
  notify(message: SubscribeMessage): Promise<boolean>;
  /** A wxacode.getUnlimited PNG. */
  wxacode(scene: string, page: string): Promise<Uint8Array>;
}

export interface Ctx {
  openid: string;
  /** Request time, epoch ms (UTC instant; business days via shared/time). */
  now: number;
  store: Store;
  services: Services;
  /** The caller's user document; null for a visitor who has not logged in. */
  user: UserDoc | null;
  /** The caller's company, when they registered one. */
  employer: EmployerDoc | null;
  /** Effective roles and rights (admin from the deployment's ADMINS). */
  roles: ReadonlySet<Role>;
  rights: ReadonlySet<Right>;
  /** The area the caller answers for as a 人社局 admin (ADMINS); null for everyone else. */
  admin: AdminArea | null;
  log(message: string, extra?: Record<string, unknown>): void;
  /**
   * The caller's retry key for this write (`requestKeyOf(openid, requestId)`), when they sent a
   * request id. A handler marked `keyedByEntry` keeps it on the entry it writes and answers a
   * replay from that entry; for every other write the router keeps a request record.
   */
  requestKey?: string;
}
