import type { ActionInput } from '../../miniprogram/shared/index';
import { SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { startBackend, type Backend } from './harness';
import { fairInput, REGIONS } from '../fixtures';
import { cadreOf, loginAdmin, loginWorker, publishedJob } from './flows';

/** Saturday 2026-11-21 10:00 in China (02:00 UTC): a morning in 资中. */
export const SATURDAY_10AM = Date.parse('2026-11-21T02:00:00Z');

export const CADRE = 'o-cadre-zizhong-taiping';
export const OTHER_CADRE = 'o-cadre-pubei';
export const EMPLOYER = 'o-emp-taizhou-shoes';
export const WORKER = 'o-worker-li-chunmei';

/** A backend with a settable clock (handed to each invocation as LOCAL_CLOUD_NOW). */
export interface World {
  b: Backend;
  clock: { now: number };
  /** A fresh fair of 庆荣村 (3 slots of 30, three days ahead unless overridden). */
  fair(
    overrides?: Partial<ActionInput<'fair.create'>>,
  ): Promise<{ fairId: string; inviteCode: string }>;
  /** A logged-in worker with a profile from 资中 庆荣村. */
  worker(openid: string, name?: string, phone?: string): Promise<string>;
  subscribe(openid: string, template: keyof typeof SUBSCRIBE_TEMPLATES, count?: number): void;
}

export async function startWorld(
  options: {
    now?: number;
    employer?: boolean;
    log?: boolean;
    /** Extra environment for every function instance (e.g. XP_CRASH_FILE). */
    functionEnv?: Record<string, string>;
  } = {},
): Promise<World & { jobId: string }> {
  const clock = { now: options.now ?? SATURDAY_10AM };
  const b = await startBackend({
    now: () => clock.now,
    ...(options.functionEnv ? { functionEnv: options.functionEnv } : {}),
    // XP_SCAN_LIMIT=0 makes local-cloud fail every query no declared index serves, however small.
    ...(process.env.XP_SCAN_LIMIT ? { scanLimit: Number(process.env.XP_SCAN_LIMIT) } : {}),
    ...(options.log
      ? { log: (l: string) => /error|fail|scan/i.test(l) && process.stderr.write(`${l}\n`) }
      : {}),
  } as never);
  await loginAdmin(b);
  await cadreOf(b, CADRE);
  await cadreOf(b, OTHER_CADRE, { ...REGIONS.pubei });
  const jobId =
    options.employer === false
      ? ''
      : await publishedJob(b, EMPLOYER, clock.now, { title: '制鞋 针车工' });
  const world: World & { jobId: string } = {
    b,
    clock,
    jobId,
    fair: (overrides = {}) => b.ok(CADRE, 'fair.create', fairInput(clock.now, overrides)),
    async worker(openid, name = '李春梅', phone = '13977745678') {
      await loginWorker(b, openid, {
        name,
        phone,
        home: { ...REGIONS.zizhong, town: '太平镇', village: '庆荣村' },
      });
      return openid;
    },
    subscribe: (openid, template, count = 1) =>
      b.cloud.grantSubscription(openid, SUBSCRIBE_TEMPLATES[template], count),
  };
  return world;
}

/** Eleven-digit phones that differ per index: 139 0000 0001, … */
export const phoneOf = (i: number): string => `139${String(i).padStart(8, '0')}`;

/** Documents of one collection in a snapshot. */
export function docs<T = Record<string, unknown>>(
  snap: Record<string, unknown[]>,
  name: string,
): T[] {
  return (snap[name] ?? []) as T[];
}
