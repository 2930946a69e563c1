import {
  contracts,
  DomainError,
  failure,
  failureFromZod,
  isActionName,
  success,
  type ActionName,
  type ActionOutput,
  type Envelope,
  type FunctionName,
  type ParsedInput,
  type Role,
} from '../miniprogram/shared/contracts-all';
import { createHash } from 'node:crypto';
import { parseAdmins } from './admins';
import { COLLECTIONS, type EmployerDoc, type RequestDoc, type UserDoc } from './collections';
import type { Ctx, Services } from './context';
import { isDuplicateKey, Store, type Database } from './db';
import { payloadProblem } from './payload-limits';
import { recordAudit } from './audit';
import { allowed, type Right } from './rights';
import { createUser, openSession } from './session';

/** Actions of one cloud function. */
export type ActionsOf<F extends FunctionName> = {
  [A in ActionName]: (typeof contracts)[A]['fn'] extends F ? A : never;
}[ActionName];

export type Handler<A extends ActionName> = (
  input: ParsedInput<A>,
  ctx: Ctx,
) => Promise<ActionOutput<A>>;

export type Handlers<F extends FunctionName> = { [A in ActionsOf<F>]: Handler<A> };

const KEYED_BY_ENTRY = Symbol('keyedByEntry');

/**
 * Marks a write whose own document is its idempotency record: a unique index makes a retry land
 * on the entry the first call wrote, and the entry keeps `ctx.requestKey`, so the handler answers a
 * replay from it. The router then reads and writes no request record for the action (two database
 * calls fewer on the busiest writes, fair.signUp).
 */
export function keyedByEntry<A extends ActionName>(handler: Handler<A>): Handler<A> {
  return Object.assign(handler, { [KEYED_BY_ENTRY]: true });
}

const isKeyedByEntry = (handler: unknown): boolean =>
  (handler as { [KEYED_BY_ENTRY]?: boolean })[KEYED_BY_ENTRY] === true;

/** What index.ts hands the router: the initialised SDK's pieces, never the SDK itself. */
export interface Platform {
  database: Database;
  services: Services;
  /** The caller's openid from the WeChat context (empty when called without a user). */
  openid(): string;
  now?: () => number;
  env: NodeJS.ProcessEnv;
}

/** What a first visit's user holds, before the call that carries the login makes it. */
const FIRST_VISIT = { roles: ['worker'] } as const satisfies Pick<UserDoc, 'roles'>;

function rightsOf(
  user: Pick<UserDoc, 'roles'> | null,
  employer: EmployerDoc | null,
  isAdmin: boolean,
): Set<Right> {
  const rights = new Set<Right>(['visitor']);
  if (!user) return rights;
  rights.add('worker');
  if (employer) rights.add('employer');
  if (employer?.status === 'verified') rights.add('verifiedEmployer');
  if (user.roles.includes('cadre')) rights.add('cadre');
  if (isAdmin) rights.add('admin');
  return rights;
}

function refusal(action: ActionName, rights: ReadonlySet<Right>) {
  if (!rights.has('worker')) return failure('NOT_LOGGED_IN');
  if (
    rights.has('employer') &&
    !rights.has('verifiedEmployer') &&
    allowed(action, new Set(['verifiedEmployer']))
  ) {
    return failure('EMPLOYER_NOT_VERIFIED');
  }
  return failure('FORBIDDEN');
}

/**
 * The id of an idempotency record: a hash of the caller and their request id, so the record names
 * nobody. It holds only what a replay answers (the action and its result) and its `createdAt`;
 * housekeeping deletes it after a day (REQUEST_RECORD_TTL_MS), long after any retry.
 */
export function requestKeyOf(openid: string, requestId: string): string {
  return createHash('sha256').update(`${openid}\n${requestId}`).digest('hex').slice(0, 40);
}

/** One JSON line per event in the function's log, named by function (and action). */
export function loggerOf(fn: string, action?: string): Ctx['log'] {
  return (message, extra) =>
    console.log(JSON.stringify({ fn, ...(action ? { action } : {}), message, ...extra }));
}

/** The admins of ADMINS, logging the entries skipped and the old variable no longer read. */
export function adminsOf(
  fn: string,
  env: NodeJS.ProcessEnv,
): ReturnType<typeof parseAdmins>['admins'] {
  const { admins, problems } = parseAdmins(env.ADMINS);
  if (problems.length) loggerOf(fn)('ADMINS entries skipped', { problems });
  if (env.ADMIN_OPENIDS && !env.ADMINS) {
    loggerOf(fn)('ADMIN_OPENIDS is no longer read: set ADMINS=openid=省/市/县');
  }
  return admins;
}

/**
 * The `main` of a cloud function: identity, rights, validation, idempotent retries and
 * dispatch to pure handlers. Every outcome is an envelope; nothing is written on a refusal.
 */
export function createMain<F extends FunctionName>(
  fn: F,
  handlers: Handlers<F>,
  platform: Platform,
) {
  const admins = adminsOf(fn, platform.env);

  return async function main(event: unknown): Promise<Envelope<unknown>> {
    const problem = payloadProblem(event);
    if (problem) {
      loggerOf(fn)('event refused before parsing', { problem });
      return failure('INVALID_INPUT', '提交的内容太多或太复杂了，请返回后重新填写');
    }
    const body = (event ?? {}) as {
      action?: unknown;
      input?: unknown;
      requestId?: unknown;
      session?: unknown;
    };
    const action = body.action;
    if (!isActionName(action) || contracts[action].fn !== fn) return failure('UNKNOWN_ACTION');
    const openid = platform.openid();
    if (!openid) return failure('NOT_LOGGED_IN');

    const store = new Store(platform.database);
    const log = loggerOf(fn, action);
    const handler = handlers[action as ActionsOf<F>] as unknown as Handler<ActionName>;
    let answer = async (result: Envelope<unknown>): Promise<Envelope<unknown>> => result;
    try {
      const requestId =
        typeof body.requestId === 'string' && /^[A-Za-z0-9_-]{6,64}$/.test(body.requestId)
          ? body.requestId
          : undefined;
      const requestKey =
        requestId && contracts[action].kind === 'write'
          ? requestKeyOf(openid, requestId)
          : undefined;
      const recorded = !!requestKey && !isKeyedByEntry(handler);
      // The caller and an earlier answer to this request are read at once; the earlier answer is
      // given only to a caller who may still make the call with this input.
      const [found, earlier] = await Promise.all([
        store.findOne<UserDoc>(COLLECTIONS.users, { openid }),
        recorded
          ? store.getById<RequestDoc>(COLLECTIONS.requests, requestKey as string)
          : Promise.resolve(null),
      ]);
      // A call that carries the login (`session: true`, the first of a launch) acts as the user a
      // first visit makes and answers the session beside its data: one round trip, not two. The
      // user is made only once the call is allowed and its input is valid.
      const withSession = body.session === true;
      const created = withSession && !found;
      const employer = found?.roles.includes('employer')
        ? await store.findOne<EmployerDoc>(COLLECTIONS.employers, { ownerOpenid: openid })
        : null;
      const admin = admins.get(openid) ?? null;
      const rights = rightsOf(created ? FIRST_VISIT : found, employer, !!admin);
      if (!allowed(action, rights)) return refusal(action, rights);

      const parsed = contracts[action].input.safeParse(body.input ?? {});
      if (!parsed.success) return failureFromZod(parsed.error);

      const now = platform.now ? platform.now() : Date.now();
      const user = created ? await createUser(store, openid, now) : found;
      const roles = new Set<Role>(user?.roles ?? []);
      if (admin) roles.add('admin');
      const ctx: Ctx = {
        openid,
        now,
        store,
        services: platform.services,
        user,
        employer,
        roles,
        rights,
        admin,
        log,
        ...(requestKey ? { requestKey } : {}),
      };
      // Once the user is made, the login half of the call stands: even a refusal by the handler
      // carries the session.
      answer = async (result) =>
        withSession && user
          ? { ...result, session: await openSession({ ...ctx, user }, created) }
          : result;

      if (earlier && earlier.action === action) return answer(earlier.result as Envelope<unknown>);
      const data = await handler(parsed.data as ParsedInput<ActionName>, ctx);
      // The output schema is the audience's: a field it does not declare (a code, a phone, an
      // openid a handler let slip) is dropped here, and an answer that does not fit is not sent.
      const shown = contracts[action].output.safeParse(data);
      if (!shown.success) {
        log('output does not match its contract', { issues: shown.error.issues.slice(0, 5) });
        return failure('INTERNAL');
      }
      const result = success(shown.data);
      // Only a write that changed something is logged: a repeated check-in or decision is not.
      if (contracts[action].kind === 'write' && store.changes > 0) {
        await recordAudit(ctx, action, parsed.data, shown.data).catch((err: unknown) =>
          log('audit entry not written', { error: String((err as Error)?.message ?? err) }),
        );
      }
      if (recorded) {
        await store
          .insert(COLLECTIONS.requests, { _id: requestKey, action, result, createdAt: ctx.now })
          .catch((err: unknown) => {
            if (!isDuplicateKey(err)) throw err;
          });
      }
      return answer(result);
    } catch (err) {
      if (err instanceof DomainError) return answer(err.toFailure());
      log('unexpected error', { error: err instanceof Error ? err.stack : String(err) });
      return failure('INTERNAL');
    }
  };
}
