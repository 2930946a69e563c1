import type { AddressInfo } from 'node:net';
import { Database } from './db/database';
import { readCollectionDeclarations } from './db/index-declarations';
import { SecCheck } from './openapi/sec-check';
import { Subscriptions, type OutboxMessage } from './openapi/subscriptions';
import { Wxacode } from './openapi/wxacode';
import { FunctionDeployments } from './runtime/function-deployments';
import { FunctionRuntime, type Identity } from './runtime/function-runtime';
import type { BodyLimits } from './server/http-io';
import { createHttpServer, DEFAULT_CALL_LIMITS } from './server/http-server';

export { FunctionCallError, type Identity } from './runtime/function-runtime';
export type { OutboxMessage } from './openapi/subscriptions';
export { lockHolder as dataDirHolder } from './db/dir-lock';
export { TEST_CA_FILE } from './server/proxy-tunnel';

/**
 * Where an app keeps what local-cloud serves; its callers say, local-cloud assumes no layout.
 * Everything is optional: without `functionsRoot` there are no functions, without `indexesFile`
 * no indexes (and only collections made with createCollection).
 */
export interface AppRoots {
  /** Folder of function folders (each with `src/index.ts` or `index.js`). */
  functionsRoot?: string;
  /** Folders outside a function's `src/` its bundle takes code from: a change there rebuilds it. */
  sharedSourceRoots?: string[];
  /**
   * Collection declarations, `{ collections: { name: { rule, indexes: [ { name, unique, keys } ] } } }`
   * (or `name: [indexes]`): each collection exists at start with its indexes and security rule.
   */
  indexesFile?: string;
  /** Per-function `timeout` and `envVariables` (the CloudBase CLI's cloudbaserc.json). */
  cloudbasercFile?: string;
  /** The mini-program's app.json: the pages `wxacode.getUnlimited` accepts. */
  appJsonFile?: string;
}

export interface LocalCloudOptions extends AppRoots {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Keep everything in memory (tests); otherwise journal to `dataDir` (then required). */
  memory?: boolean;
  dataDir?: string;
  /** Fail a query that scans more than `scanLimit` documents (default 1000) without a usable index. */
  strictIndexes?: boolean;
  scanLimit?: number;
  /** Environment variables every function gets (the app's settings, e.g. its admins). */
  extraFunctionEnv?: Record<string, string>;
  log?: boolean | ((line: string) => void);
  /** Clock for serverDate, and for functions as LOCAL_CLOUD_NOW. */
  now?: () => number;
  /** Environment id (SCF_NAMESPACE); default `local`. */
  env?: string;
  /** How long a transaction may stay open; CloudBase's 30 s by default. */
  transactionTimeoutMs?: number;
  /** Word list for msgSecCheck; default `local-cloud/openapi/sec-check-words.json`. */
  secCheckWordsFile?: string;
  /** Function calls (gateway bodies, events): default 1 MiB and 32 levels of nesting. */
  callLimits?: Partial<BodyLimits>;
  /** Warm instances per function at most; default two per core, 2 to 8. */
  instancesPerFunction?: number;
}

export interface LocalCloud {
  /** http://127.0.0.1:PORT */
  url: string;
  env: string;
  /** Invokes a function as a user; resolves with its return value, like wx.cloud.callFunction's result. */
  callFunction(name: string, data: unknown, identity: Identity): Promise<unknown>;
  /** Environment variables that point a wx-server-sdk in another process at this server. */
  sdkEnv(): Record<string, string>;
  /** Every collection's documents as plain JSON. */
  snapshot(): Promise<Record<string, unknown[]>>;
  /** Messages sent with subscribeMessage.send. */
  outbox(): OutboxMessage[];
  /** Records `count` accepted subscriptions (what wx.requestSubscribeMessage gives). */
  grantSubscription(openid: string, templateId: string, count?: number): void;
  stop(): Promise<void>;
  /** The engine itself (benchmarks, tooling). */
  readonly database: Database;
  /** PNG images made by wxacode.getUnlimited. */
  wxacodes(): { id: number; page: string; scene: string; envVersion: string; png: Buffer }[];
}

function logger(option: LocalCloudOptions['log']): (line: string) => void {
  if (typeof option === 'function') return option;
  if (option) return (line) => console.log(line);
  return () => undefined;
}

/** Starts a local CloudBase on 127.0.0.1 that the unmodified wx-server-sdk talks to. */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const env = options.env ?? 'local';
  const log = logger(options.log);
  const now = options.now ?? Date.now;
  if (!options.memory && !options.dataDir) {
    throw new Error('local-cloud: give a dataDir, or memory: true');
  }
  const callLimits = { ...DEFAULT_CALL_LIMITS, ...options.callLimits };
  const declared = options.indexesFile
    ? readCollectionDeclarations(options.indexesFile)
    : { indexes: {}, rules: {} };
  const db = await Database.open({
    dataDir: options.memory ? undefined : options.dataDir,
    indexes: declared.indexes,
    rules: declared.rules,
    strictIndexes: options.strictIndexes,
    scanLimit: options.scanLimit,
    transactionTimeoutMs: options.transactionTimeoutMs,
    now,
    log,
  });
  let url = '';
  const runtime = new FunctionRuntime({
    functionsRoot: options.functionsRoot,
    sharedSourceRoots: options.sharedSourceRoots ?? [],
    cloudbasercFile: options.cloudbasercFile,
    maxEventDepth: callLimits.maxDepth,
    maxInstances: options.instancesPerFunction,
    env,
    baseUrl: () => url,
    extraFunctionEnv: options.extraFunctionEnv ?? {},
    log,
    now: options.now,
  });
  const services = {
    secCheck: new SecCheck(options.secCheckWordsFile),
    subscriptions: new Subscriptions(now),
    wxacode: new Wxacode(options.appJsonFile, now),
  };
  const deployments = new FunctionDeployments(
    runtime,
    options.memory ? undefined : options.dataDir,
  );
  const server = createHttpServer({ db, deployments, runtime, services, env, log, callLimits });
  // Longer than any client's idle-socket timeout (the SDK's agent frees sockets after 4.8 s, Node's
  // global agent after 5 s): otherwise the server may close a socket just as a client reuses it,
  // and that request dies with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
    });
  } catch (err) {
    // e.g. the port is taken: release the data directory for the next attempt.
    await db.close();
    throw err;
  }
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    env,
    database: db,
    callFunction: (name, data, identity) => runtime.invoke(name, data, identity),
    sdkEnv: () => ({
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${url}/admin` }),
      TENCENTCLOUD_SECRETID: 'local-cloud-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-cloud-secret-key',
      TENCENTCLOUD: 'true',
      SILENCE: 'true',
      SCF_NAMESPACE: env,
    }),
    snapshot: async () => JSON.parse(JSON.stringify(db.snapshot())) as Record<string, unknown[]>,
    outbox: () => services.subscriptions.outbox.map((m) => ({ ...m })),
    grantSubscription: (openid, templateId, count = 1) =>
      services.subscriptions.grant(openid, templateId, count),
    wxacodes: () => services.wxacode.images.map((i) => ({ ...i })),
    async stop() {
      await runtime.stop();
      deployments.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
}
