import { startLocalCloud, type LocalCloud } from '../../local-cloud/index';
import { APP_ROOTS } from '../../scripts/app-roots';
import type {
  ActionInput,
  ActionName,
  ActionOutput,
  Envelope,
  Failure,
} from '../../miniprogram/shared/index';

/** The admin (人社局) openid every backend in tests is configured with. */
export const ADMIN = 'o-admin-pubei-rsj';

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
    const { contracts } = await import('../../miniprogram/shared/contracts');
    for (const [name, c] of Object.entries(contracts)) FUNCTION_OF[name] = c.fn;
  }
  return FUNCTION_OF[action] ?? 'unknown';
}

/** Starts an in-memory local-cloud with the project's functions and indexes. */
export async function startBackend(options: { now?: () => number } = {}): Promise<Backend> {
  const cloud = await startLocalCloud({
    ...APP_ROOTS,
    memory: true,
    adminOpenids: [ADMIN],
    strictIndexes: true,
    log: false,
    ...options,
  });
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
