import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { ensureBuilt, needsBuild } from './function-builder';
import { runtimeMismatch } from './node-runtime';
import { FunctionInstance, HandOffError, InvocationTimeout } from './function-instance';
import { discoverFunctions, type FunctionSpec } from './function-registry';
import { valueDepth } from './value-depth';

export interface Identity {
  openid: string;
  appid?: string;
  unionid?: string;
}

/** A failed invocation, shaped like wx.cloud.callFunction's error. */
export class FunctionCallError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(errMsg);
    this.name = 'FunctionCallError';
  }
}

export interface RuntimeOptions {
  /** Without one, there are no functions. */
  functionsRoot?: string;
  /** Folders outside a function's src/ that its bundle includes; a change there rebuilds it. */
  sharedSourceRoots: string[];
  cloudbasercFile?: string;
  env: string;
  /** Base URL of the admin endpoint, e.g. http://127.0.0.1:3000 */
  baseUrl: () => string;
  extraFunctionEnv: Record<string, string>;
  log: (line: string) => void;
  /** Instances per function at most (SCF scales out; this bounds a laptop): default `defaultInstances()`. */
  maxInstances?: number;
  /** Idle instances older than this are stopped (default 10 minutes). */
  idleInstanceMs?: number;
  /** A test clock, handed to each invocation as LOCAL_CLOUD_NOW (CloudBase never sets it). */
  now?: () => number;
  /** Events nested deeper are refused before any instance sees them (default 32). */
  maxEventDepth?: number;
}

/** errCode of a call refused for its parameters (INVALID_PARAM). */
export const INVALID_PARAM = -501007;

interface Invocation {
  functionName: string;
  identity: Identity;
}

const DEFAULT_APPID = 'wxlocal0000000000';

/**
 * Instances per function: two per core, between 2 and 8. Every instance is a Node process with
 * the SDK loaded (about a second of CPU to start); beyond the cores' count more of them only
 * queue for the CPU, and a storm on a fresh server pays each one's start.
 */
export function defaultInstances(cores = cpus().length): number {
  return Math.min(8, Math.max(2, 2 * cores));
}

/** Runs cloud functions like CloudBase: warm instances, per-invocation identity, timeouts, logs. */
export class FunctionRuntime {
  private specs = new Map<string, FunctionSpec>();
  /** Functions uploaded through the management API; they stand before any found on disk. */
  private readonly deployed = new Map<string, FunctionSpec>();
  private readonly idle = new Map<string, FunctionInstance[]>();
  private readonly running = new Map<string, number>();
  private readonly queue = new Map<string, (() => void)[]>();
  private readonly all = new Set<FunctionInstance>();
  readonly invocations = new Map<string, Invocation>();
  private stopped = false;

  private readonly reaper: NodeJS.Timeout;

  constructor(private readonly opts: RuntimeOptions) {
    this.refresh();
    // Like SCF, instances idle for a while are reclaimed (a laptop's memory is not a data centre's).
    this.reaper = setInterval(() => this.reap(), 30_000);
    this.reaper.unref();
  }

  private reap(): void {
    const limit = this.opts.idleInstanceMs ?? 10 * 60_000;
    for (const [name, pool] of this.idle) {
      const keep = pool.filter((i) => !i.dead && Date.now() - i.idleSince < limit);
      for (const i of pool) {
        if (keep.includes(i)) continue;
        i.kill();
        this.all.delete(i);
      }
      this.idle.set(name, keep);
    }
  }

  refresh(): void {
    this.specs = this.opts.functionsRoot
      ? discoverFunctions(this.opts.functionsRoot, this.opts.cloudbasercFile)
      : new Map();
    for (const [name, spec] of this.deployed) this.specs.set(name, spec);
  }

  /** Installs (or replaces) a deployed function; warm instances of the old code are stopped. */
  deploy(spec: FunctionSpec): void {
    this.deployed.set(spec.name, spec);
    this.specs.set(spec.name, spec);
    this.retire(spec.name);
  }

  spec(name: string): FunctionSpec | undefined {
    if (!this.specs.has(name)) this.refresh();
    return this.specs.get(name);
  }

  names(): string[] {
    return [...this.specs.keys()];
  }

  private baseEnv(spec: FunctionSpec): Record<string, string> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      TZ: 'UTC',
      SCF_NAMESPACE: this.opts.env,
      SCF_FUNCTIONNAME: spec.name,
      TENCENTCLOUD: 'true',
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'local-cloud-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-cloud-secret-key',
      TENCENTCLOUD_SESSIONTOKEN: 'local-cloud-session-token',
      SILENCE: 'true',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.opts.baseUrl()}/admin/fn/${spec.name}` }),
      ...spec.envVariables,
      ...this.opts.extraFunctionEnv,
    };
    return env;
  }

  private async acquire(spec: FunctionSpec): Promise<FunctionInstance> {
    const max = this.opts.maxInstances ?? defaultInstances();
    for (;;) {
      const pool = this.idle.get(spec.name) ?? [];
      this.idle.set(spec.name, pool);
      let instance = pool.pop();
      while (instance?.dead) instance = pool.pop();
      const running = this.running.get(spec.name) ?? 0;
      if (instance || running < max) {
        this.running.set(spec.name, running + 1);
        if (instance) return instance;
        const created = new FunctionInstance(
          spec.name,
          spec.entry,
          this.baseEnv(spec),
          this.opts.log,
        );
        this.all.add(created);
        return created;
      }
      await new Promise<void>((resolve) => {
        const list = this.queue.get(spec.name) ?? [];
        list.push(resolve);
        this.queue.set(spec.name, list);
      });
    }
  }

  private release(spec: FunctionSpec, instance: FunctionInstance): void {
    this.running.set(spec.name, (this.running.get(spec.name) ?? 1) - 1);
    instance.idleSince = Date.now();
    if (instance.dead || this.stopped) this.all.delete(instance);
    else this.idle.get(spec.name)?.push(instance);
    this.queue.get(spec.name)?.shift()?.();
  }

  /** Drops warm instances of a function (after a rebuild their loaded code is stale). */
  private retire(name: string): void {
    for (const instance of this.idle.get(name) ?? []) {
      instance.kill();
      this.all.delete(instance);
    }
    this.idle.set(name, []);
  }

  /** Invokes a function as `identity`; resolves with its return value (JSON round-tripped). */
  async invoke(
    name: string,
    data: unknown,
    identity: Identity,
    source = 'wx_client',
  ): Promise<unknown> {
    const spec = this.spec(name);
    if (!spec) {
      throw new FunctionCallError(
        -501000,
        `[ResourceNotFound.Function] function not found: ${name}`,
      );
    }
    const action =
      data && typeof data === 'object' && typeof (data as { action?: unknown }).action === 'string'
        ? (data as { action: string }).action
        : '-';
    const maxDepth = this.opts.maxEventDepth ?? 32;
    if (valueDepth(data, maxDepth) > maxDepth) {
      this.opts.log(
        `local-cloud fn ${name} action=${action} refused: event nested deeper than ${maxDepth} levels`,
      );
      throw new FunctionCallError(
        INVALID_PARAM,
        `[InvalidParameter] event nested deeper than ${maxDepth} levels`,
      );
    }
    const mismatch = runtimeMismatch(name, spec.runtime);
    if (mismatch) {
      this.opts.log(`local-cloud fn ${name} refused: ${mismatch}`);
      throw new FunctionCallError(-504002, `functions execute fail | ${mismatch}`);
    }
    const started = Date.now();
    const stale = needsBuild(spec, this.opts.sharedSourceRoots);
    try {
      await ensureBuilt(spec, this.opts.sharedSourceRoots);
    } catch (err) {
      this.opts.log(`local-cloud fn ${name} build failed: ${(err as Error).message}`);
      throw new FunctionCallError(
        -504002,
        `functions execute fail | build failed: ${(err as Error).message}`,
      );
    }
    if (stale) this.retire(name);
    const instance = await this.acquire(spec);
    const id = randomUUID();
    const appid = identity.appid ?? DEFAULT_APPID;
    this.invocations.set(id, { functionName: name, identity });
    const env: Record<string, string> = {
      WX_OPENID: identity.openid,
      WX_APPID: appid,
      WX_UNIONID: identity.unionid ?? '',
      WX_CLIENTIP: '127.0.0.1',
      WX_CLIENTIPV6: '::ffff:127.0.0.1',
      TCB_SOURCE: source,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.opts.baseUrl()}/admin/fn/${name}/${id}` }),
    };
    if (this.opts.now) env.LOCAL_CLOUD_NOW = String(this.opts.now());
    const event =
      data && typeof data === 'object' && !Array.isArray(data)
        ? {
            ...(data as Record<string, unknown>),
            userInfo: { appId: appid, openId: identity.openid },
          }
        : data;
    const context = {
      request_id: id,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.opts.env,
      memory_limit_in_mb: 256,
      time_limit_in_ms: spec.timeoutMs,
    };
    let outcome = 'ok';
    try {
      const msg = await instance.invoke(
        { id, entry: spec.entry, event, context, env },
        spec.timeoutMs,
      );
      if (!msg.ok) {
        outcome = `error ${(msg.error ?? '').split('\n')[0]}`;
        throw new FunctionCallError(-504002, `functions execute fail | ${msg.error ?? ''}`);
      }
      return JSON.parse(msg.json ?? 'null') as unknown;
    } catch (err) {
      if (err instanceof FunctionCallError) throw err;
      if (err instanceof HandOffError) {
        outcome = `refused ${err.message}`;
        throw new FunctionCallError(INVALID_PARAM, `[InvalidParameter] ${err.message}`);
      }
      if (err instanceof InvocationTimeout) {
        outcome = 'timeout';
        throw new FunctionCallError(-504003, `functions execute fail | ${err.message}`);
      }
      outcome = `crash ${(err as Error).message}`;
      throw new FunctionCallError(-504002, `functions execute fail | ${(err as Error).message}`);
    } finally {
      this.invocations.delete(id);
      this.release(spec, instance);
      this.opts.log(
        `local-cloud fn ${name} action=${action} openid=${identity.openid} ${Date.now() - started}ms ${outcome}`,
      );
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.reaper);
    for (const instance of this.all) instance.kill();
    this.all.clear();
    this.idle.clear();
  }
}
