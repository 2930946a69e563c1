import {
  contracts,
  ERROR_MESSAGES,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type Contract,
  type Contracts,
  type Envelope,
  type ErrorCode,
  type FunctionName,
  type MainContracts,
} from '../shared/index';
import { CLOUD_ENV } from '../config';
import { getSession, rideSession } from './session';

/** The one error a caller sees: the server's code and Chinese message (and per-field messages). */
export class CloudError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

export const NETWORK_MESSAGE = '网络不好，请检查网络后再试';

/** Sends one request body to a cloud function and resolves with what the function returned. */
export type Transport = (fn: FunctionName, body: Record<string, unknown>) => Promise<unknown>;

/** Where development builds send calls instead of WeChat CloudBase (see README). */
export interface DevGateway {
  url: string;
  openid: string;
}
export const DEV_GATEWAY_KEY = 'xp:devGateway';

const cloudTransport: Transport = async (fn, body) => {
  const res = await wx.cloud.callFunction({ name: fn, data: body });
  return res.result;
};

function gatewayTransport(gateway: DevGateway): Transport {
  return (fn, body) =>
    new Promise((resolve, reject) => {
      wx.request({
        url: `${gateway.url}/functions/${fn}`,
        method: 'POST',
        data: { data: body },
        header: { 'content-type': 'application/json', 'x-wx-openid': gateway.openid },
        success: (res) => {
          const data = res.data as { result?: unknown } | undefined;
          if (res.statusCode === 200 && data && 'result' in data) resolve(data.result);
          else reject(new Error(`gateway answered ${res.statusCode}`));
        },
        fail: (err) => reject(new Error(err.errMsg)),
      });
    });
}

// The contracts callCloud knows: the main package's, and those a subpackage registers when its
// pages load (package-<name>/lib/cloud.ts); a subpackage's contracts are downloaded with it.
const known: Partial<Record<ActionName, Contract>> = { ...contracts };

/** A subpackage makes its own actions callable (and checked) by handing over their contracts. */
export function registerContracts(more: Partial<Contracts>): void {
  Object.assign(known, more);
}

let override: Transport | undefined;
let cloudReady = false;

/** Tests and tools replace the transport; `undefined` restores the default. */
export function setTransport(transport: Transport | undefined): void {
  override = transport;
}

function currentTransport(): Transport {
  if (override) return override;
  const gateway = wx.getStorageSync(DEV_GATEWAY_KEY) as DevGateway | '';
  if (gateway && gateway.url) return gatewayTransport(gateway);
  if (!cloudReady) {
    wx.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
    cloudReady = true;
  }
  return cloudTransport;
}

function newRequestId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface CallOptions {
  /** Extra attempts after a network failure (the same requestId, so writes are not doubled). */
  retries?: number;
}

/** The actions whose contracts the main package carries; a subpackage's own go through its lib/cloud. */
export type MainAction = keyof MainContracts;

/** callCloud / call over the actions `Action` (a subpackage's lib/cloud widens them to its own). */
export type CallCloud<Action extends ActionName> = <A extends Action>(
  action: A,
  input: ActionInput<A>,
  options?: CallOptions,
) => Promise<ActionOutput<A>>;

/**
 * Calls an action and returns its typed output, or throws one CloudError with the server's
 * Chinese message. The output is checked against the contract before it reaches a page. Typed for
 * every action; pages take `callCloud` (main-package actions) or their subpackage's lib/cloud.
 */
export async function callRegistered<A extends ActionName>(
  action: A,
  input: ActionInput<A>,
  options: CallOptions = {},
): Promise<ActionOutput<A>> {
  const contract = known[action];
  if (!contract) {
    // A programming error, not the user's: the page forgot its package's lib/cloud.
    throw new Error(
      `${action}: its contracts are not loaded; import call from its package's lib/cloud`,
    );
  }
  // Without a session at hand, this call also logs in (its answer carries the session).
  const rider = action === 'account.login' ? undefined : rideSession();
  const body = { action, input, requestId: newRequestId(), ...(rider && { session: true }) };
  try {
    const retries = options.retries ?? 2;
    let raw: unknown;
    for (let attempt = 0; ; attempt++) {
      try {
        raw = await currentTransport()(contract.fn, body);
        break;
      } catch {
        if (attempt >= retries) throw new CloudError('NETWORK', NETWORK_MESSAGE);
        await sleep(400 * 2 ** attempt);
      }
    }
    const envelope = raw as Envelope<unknown> | undefined;
    if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
      throw new CloudError('INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
    const session = rider && contracts['account.login'].output.safeParse(envelope.session);
    if (session?.success) rider?.take(session.data);
    if (!envelope.ok) throw new CloudError(envelope.code, envelope.message, envelope.fields);
    const parsed = contract.output.safeParse(envelope.data);
    if (!parsed.success) throw new CloudError('INTERNAL', ERROR_MESSAGES.INTERNAL);
    return parsed.data as ActionOutput<A>;
  } finally {
    rider?.miss(); // no session came back: account.login is asked (a no-op after take)
  }
}

/** `callRegistered` for the main package's actions. */
export const callCloud: CallCloud<MainAction> = callRegistered;

/**
 * `callRegistered` once the back end knows the user: the session (kept on the phone, or
 * `account.login`) comes first, because a page opened straight from a shared link or a notice
 * has not logged in yet.
 */
export async function callAfterLogin<A extends ActionName>(
  action: A,
  input: ActionInput<A>,
  options?: CallOptions,
): Promise<ActionOutput<A>> {
  await getSession();
  return callRegistered(action, input, options);
}

/** `callAfterLogin` for the main package's actions. */
export const call: CallCloud<MainAction> = callAfterLogin;

/**
 * A subpackage's way to the cloud (`package-<name>/lib/cloud.ts`): registers its own contracts
 * and gives `callCloud` / `call` typed for the main package's actions and its own, with the
 * contracts its pages check forms against.
 */
export function subpackageCloud<Own extends Partial<Contracts>>(own: Own) {
  registerContracts(own);
  type Action = MainAction | (keyof Own & ActionName);
  return {
    callCloud: callRegistered as CallCloud<Action>,
    call: callAfterLogin as CallCloud<Action>,
    contracts: { ...contracts, ...own },
  };
}
