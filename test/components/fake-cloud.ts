/**
 * The one fake cloud of the component tests (worker pages, components and subpackage pages): the
 * transport `callCloud` sends through, answering per action with data parsed by the action's
 * contract output schema (fixtures cannot drift from the contract), and recording every call.
 * A new one is a fresh launch: no session yet, and `account.login` answers a signed-in worker
 * unless a test answers it otherwise; a call that carries the login gets that answer as its
 * session, as from the router.
 */
import {
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
} from '../../miniprogram/shared/contracts-all';
import { resetSession } from '../../miniprogram/services/session';

export type Reply =
  | { ok: true; data: unknown }
  | { ok: false; code: string; message: string; fields?: Record<string, string> };
type Handler = (input: never) => Reply | Promise<Reply>;

/** A signed-in worker with no profile yet. */
export const WORKER_SESSION: ActionOutput<'account.login'> = {
  userId: 'u_worker',
  roles: ['worker'],
  profile: null,
  employer: null,
  cadre: null,
  admin: null,
};

export class FakeCloud {
  readonly calls: { action: ActionName; input: Record<string, unknown> }[] = [];
  private readonly handlers = new Map<ActionName, Handler>();

  constructor() {
    resetSession();
    this.ok('account.login', WORKER_SESSION);
  }

  /** Answers `action` with `data` (or what `data(input)` returns), parsed by its contract. */
  ok<A extends ActionName>(
    action: A,
    data: ActionOutput<A> | ((input: ActionInput<A>) => ActionOutput<A>),
  ): this {
    this.handlers.set(action, (input: ActionInput<A>) => {
      const value = typeof data === 'function' ? (data as (i: unknown) => unknown)(input) : data;
      return { ok: true, data: contracts[action].output.parse(value) };
    });
    return this;
  }

  fail(action: ActionName, code: string, message: string, fields?: Record<string, string>): this {
    this.handlers.set(action, () => ({ ok: false, code, message, ...(fields ? { fields } : {}) }));
    return this;
  }

  /** Answers `action` with whatever `handler` returns (a slow or raw answer). */
  on(action: ActionName, handler: Handler): this {
    this.handlers.set(action, handler);
    return this;
  }

  /** The network is down for this action (callCloud retries, then reports NETWORK). */
  offline(action: ActionName): this {
    this.handlers.set(action, () => Promise.reject(new Error('offline')));
    return this;
  }

  /** Answers only when `release()` is called, to see the loading state. */
  hold<A extends ActionName>(action: A, data: ActionOutput<A>): { release: () => void } {
    let release = () => {};
    this.handlers.set(
      action,
      () =>
        new Promise<Reply>((resolve) => {
          release = () => resolve({ ok: true, data: contracts[action].output.parse(data) });
        }),
    );
    return { release: () => release() };
  }

  /** The inputs `action` was called with, in order. */
  inputsOf(action: ActionName): Record<string, unknown>[] {
    return this.calls.filter((c) => c.action === action).map((c) => c.input);
  }

  readonly transport = async (_fn: string, body: Record<string, unknown>): Promise<unknown> => {
    const action = body['action'] as ActionName;
    const input = body['input'] as Record<string, unknown>;
    this.calls.push({ action, input });
    const handler = this.handlers.get(action);
    if (!handler) throw new Error(`FakeCloud: no answer for ${action}`);
    const reply = await (handler as (input: unknown) => Reply | Promise<Reply>)(input);
    // Like the router: a call that carries the login answers the session (account.login's) too.
    if (body['session'] !== true) return reply;
    const login = this.handlers.get('account.login') as ((input: unknown) => Reply) | undefined;
    const session = await Promise.resolve(login?.({})).catch(() => undefined);
    return session?.ok ? { ...reply, session: session.data } : reply;
  };
}
