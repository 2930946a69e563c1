import { startLocalCloud, type LocalCloud } from '../../local-cloud/index';
import { APP_ROOTS } from '../../scripts/app-roots';
import { deployIntoLocalCloud } from '../../scripts/deploy/into-local-cloud';
import {
  areaCovers,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type AdminArea,
  type Envelope,
  type Failure,
} from '../../miniprogram/shared/contracts-all';
import { DEMO_ADMINS } from '../../scripts/demo/users';
import { formatAdmins } from '../../server/admins';

/** The 人社局 of 浦北县 (the demo's 吴建平): the admin of the fixtures' default company region. */
export const ADMIN = 'o-admin-pubei-rsj';
/** The 人社局 of 资中县, where the fixtures' fairs and cadres are. */
export const ADMIN_ZIZHONG = 'o-admin-zizhong-rsj';
/** 钦州市人社局: a city office, over 浦北县 and the city's other counties. */
export const ADMIN_QINZHOU = 'o-admin-qinzhou-rsj';
/** 广西壮族自治区人社厅: a province office over 钦州市 and so 浦北县. */
export const ADMIN_GUANGXI = 'o-admin-guangxi-rst';
/** 浙江省人社厅: a province office (台州, 金华 …). */
export const ADMIN_ZHEJIANG = 'o-admin-zhejiang-rst';

/** Every admin a test backend is configured with (ADMINS): the tests' and the demo's. */
export const TEST_ADMINS: readonly [string, AdminArea][] = [
  [ADMIN, { province: '广西壮族自治区', city: '钦州市', county: '浦北县' }],
  [ADMIN_ZIZHONG, { province: '四川省', city: '内江市', county: '资中县' }],
  [ADMIN_QINZHOU, { province: '广西壮族自治区', city: '钦州市' }],
  [ADMIN_GUANGXI, { province: '广西壮族自治区' }],
  [ADMIN_ZHEJIANG, { province: '浙江省' }],
  ...DEMO_ADMINS.filter((a) => a.openid !== ADMIN).map((a): [string, AdminArea] => [
    a.openid,
    a.area,
  ]),
];

/** The county (or province) admin whose area holds a place. */
export function adminFor(place: { province: string; city: string; county: string }): string {
  const found = TEST_ADMINS.find(
    ([openid, area]) =>
      openid !== ADMIN_QINZHOU && openid !== ADMIN_GUANGXI && areaCovers(area, place),
  );
  if (!found) throw new Error(`no test admin for ${place.county}`);
  return found[0];
}

export interface Backend {
  cloud: LocalCloud;
  /** Calls an action as `openid` through the real function runtime and returns the envelope. */
  call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
    requestId?: string,
  ): Promise<Envelope<ActionOutput<A>>>;
  /** Like call, but returns the data and fails the test on a refusal. */
  ok<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>>;
  /** Like call, but expects a refusal and returns it. */
  fail<A extends ActionName>(openid: string, action: A, input: unknown): Promise<Failure>;
  /** Sends a raw event (for unknown actions and malformed bodies). */
  raw(fn: string, openid: string, event: unknown): Promise<unknown>;
  snapshot(): Promise<Record<string, unknown[]>>;
  stop(): Promise<void>;
}

const FUNCTION_OF: Record<string, string> = {};

async function fnOf(action: ActionName): Promise<string> {
  if (!FUNCTION_OF[action]) {
    const { contracts } = await import('../../miniprogram/shared/contracts-all');
    for (const [name, c] of Object.entries(contracts)) FUNCTION_OF[name] = c.fn;
  }
  return FUNCTION_OF[action] ?? 'unknown';
}

/** Starts an in-memory local-cloud with the project's functions, and deploys its database into it. */
export async function startBackend(
  options: { now?: () => number; functionEnv?: Record<string, string> } = {},
): Promise<Backend> {
  const { functionEnv, ...rest } = options;
  const cloud = await startLocalCloud({
    ...APP_ROOTS,
    memory: true,
    extraFunctionEnv: { ADMINS: formatAdmins(TEST_ADMINS), ...functionEnv },
    strictIndexes: true,
    log: false,
    ...rest,
  });
  // What a deploy creates: collections, indexes and security rules, by the deploy code itself.
  await deployIntoLocalCloud(cloud);
  return backendOn(cloud);
}

/** A Backend over a running local-cloud (one a test deployed into itself, say). */
export function backendOn(cloud: LocalCloud): Backend {
  const backend: Backend = {
    cloud,
    async call(openid, action, input, requestId) {
      const event = requestId ? { action, input, requestId } : { action, input };
      return (await cloud.callFunction(await fnOf(action), event, { openid })) as Envelope<never>;
    },
    async ok(openid, action, input) {
      const res = await backend.call(openid, action, input);
      if (!res.ok) throw new Error(`${action} refused: ${res.code} ${res.message}`);
      return res.data;
    },
    async fail(openid, action, input) {
      const res = await backend.call(openid, action, input as never);
      if (res.ok) throw new Error(`${action} was expected to be refused but succeeded`);
      return res;
    },
    raw: (fn, openid, event) => cloud.callFunction(fn, event, { openid }),
    snapshot: () => cloud.snapshot(),
    stop: () => cloud.stop(),
  };
  return backend;
}
