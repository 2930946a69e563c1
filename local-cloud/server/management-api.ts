import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudError } from '../db/cloud-error';
import type { Database } from '../db/database';
import { ACL_TAGS, type AclTag, type IndexDeclaration } from '../db/index-declarations';
import {
  DeployError,
  type DeployedFunction,
  type FunctionDeployments,
} from '../runtime/function-deployments';
import { readJson, sendJson, type BodyLimits } from './http-io';

export interface ManagementApiDeps {
  db: Database;
  functions: FunctionDeployments;
  env: string;
  limits: BodyLimits;
  log: (line: string) => void;
}

type Params = Record<string, unknown>;

/** A Tencent Cloud API error: `{Response: {Error: {Code, Message}, RequestId}}`. */
class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

interface CreateIndex {
  IndexName?: unknown;
  MgoKeySchema?: {
    MgoIndexKeys?: { Name?: unknown; Direction?: unknown }[];
    MgoIsUnique?: unknown;
  };
}

function indexOf(c: CreateIndex): IndexDeclaration {
  const name = str(c.IndexName);
  const keys = (c.MgoKeySchema?.MgoIndexKeys ?? []).map((k) => ({
    name: str(k.Name),
    direction: str(k.Direction) as IndexDeclaration['keys'][number]['direction'],
  }));
  if (!name || keys.length === 0 || keys.some((k) => !k.name))
    throw new ApiError(
      'InvalidParameter',
      'CreateIndexes: an index needs IndexName and MgoIndexKeys',
    );
  for (const k of keys) {
    if (!['1', '-1', '2dsphere'].includes(k.direction))
      throw new ApiError(
        'InvalidParameter',
        `index ${name}: Direction must be "1", "-1" or "2dsphere"`,
      );
  }
  return { name, keys, ...(c.MgoKeySchema?.MgoIsUnique === true ? { unique: true } : {}) };
}

/**
 * The part of the CloudBase management API (Tencent Cloud API 3.0, services `tcb` and `scf`) that
 * a deploy calls, as `@cloudbase/manager-node` sends it: `POST` with the action in `X-TC-Action` and its
 * parameters as JSON (the TC3 signature is not checked); answers `{Response: {..., RequestId}}` or
 * `{Response: {Error: {Code, Message}, RequestId}}`. Collections (tables), their indexes and their
 * security rules (AclTag); the environment's description; cloud functions (zip uploads, settings,
 * timers: `runtime/function-deployments.ts`).
 */
export function managementApi({ db, functions, env, limits, log }: ManagementApiDeps) {
  function table(p: Params): string {
    const name = str(p.TableName) || str(p.CollectionName);
    if (!name) throw new ApiError('MissingParameter', 'TableName is required');
    return name;
  }
  function existing(p: Params) {
    const name = table(p);
    const c = db.collections.get(name);
    if (!c) throw new ApiError('ResourceNotFound', `Db or Table not exist: ${name}`);
    return c;
  }
  function checkEnv(p: Params): void {
    if (p.EnvId !== undefined && p.EnvId !== env)
      throw new ApiError(
        'ResourceNotFound.Env',
        `environment ${str(p.EnvId)} not found (this is ${env})`,
      );
  }

  const actions: Record<string, (p: Params) => Promise<Params> | Params> = {
    DescribeEnvInfo: (p) => {
      checkEnv(p);
      return {
        EnvInfo: {
          EnvBaseInfo: {
            EnvId: env,
            Alias: env,
            Status: 'NORMAL',
            Source: 'miniapp',
            Region: 'ap-shanghai',
            Databases: [{ InstanceId: `${env}-db`, Status: 'RUNNING', Region: 'ap-shanghai' }],
            Functions: [{ Namespace: env, Region: 'ap-shanghai' }],
            Storages: [],
            LogServices: [],
          },
        },
      };
    },
    ListTables: () => {
      const tables = [...db.collections.values()].map((c) => ({
        TableName: c.name,
        Count: c.size,
        IndexCount: c.indexes.length,
      }));
      return { Tables: tables, Pager: { Offset: 0, Limit: tables.length, Total: tables.length } };
    },
    DescribeTable: (p) => {
      const c = existing(p);
      return {
        Indexes: c.indexes.map((ix) => ({
          Name: ix.decl.name,
          Unique: ix.unique,
          Keys: ix.decl.keys.map((k) => ({ Name: k.name, Direction: k.direction })),
        })),
        IndexNum: c.indexes.length,
      };
    },
    CreateTable: async (p) => {
      const name = table(p);
      if (db.collections.has(name)) throw new ApiError('ResourceInUse', `Table exist: ${name}`);
      await db.createCollection(name);
      return {};
    },
    UpdateTable: (p) => {
      const c = existing(p);
      for (const d of (p.DropIndexes as { IndexName?: unknown }[] | undefined) ?? [])
        c.dropIndex(str(d.IndexName));
      for (const ix of (p.CreateIndexes as CreateIndex[] | undefined) ?? []) {
        try {
          c.addIndex(indexOf(ix));
        } catch (err) {
          if (err instanceof CloudError) throw new ApiError('FailedOperation', err.message);
          throw err;
        }
      }
      return {};
    },
    DescribeDatabaseACL: (p) => {
      checkEnv(p);
      existing(p);
      return { AclTag: db.ruleOf(table(p)) };
    },
    ModifyDatabaseACL: (p) => {
      checkEnv(p);
      existing(p);
      const tag = str(p.AclTag);
      if (!(ACL_TAGS as readonly string[]).includes(tag))
        throw new ApiError(
          'InvalidParameterValue',
          `AclTag must be one of ${ACL_TAGS.join(', ')} (CUSTOM rules are not emulated)`,
        );
      db.rules.set(table(p), tag as AclTag);
      return {};
    },
  };

  const fnName = (p: Params): string => {
    const name = str(p.FunctionName);
    if (!name) throw new ApiError('MissingParameter', 'FunctionName is required');
    return name;
  };
  const variablesOf = (p: Params): Record<string, string> | undefined => {
    const list = (p.Environment as { Variables?: { Key?: unknown; Value?: unknown }[] } | undefined)
      ?.Variables;
    return list ? Object.fromEntries(list.map((v) => [str(v.Key), str(v.Value)])) : undefined;
  };
  const zipOf = (p: Params): string => str((p.Code as { ZipFile?: unknown } | undefined)?.ZipFile);
  const detail = (f: DeployedFunction): Params => ({
    FunctionName: f.name,
    Namespace: env,
    Runtime: f.runtime,
    Handler: 'index.main',
    Timeout: f.timeout,
    MemorySize: f.memorySize,
    Description: f.description,
    InstallDependency: f.installDependency ? 'TRUE' : 'FALSE',
    Environment: { Variables: Object.entries(f.variables).map(([Key, Value]) => ({ Key, Value })) },
    Triggers: f.triggers.map((t) => ({ TriggerName: t.name, Type: t.type, TriggerDesc: t.config })),
    Status: f.status,
    StatusReasons: f.statusReason
      ? [{ ErrorCode: 'InstallFailed', ErrorMessage: f.statusReason }]
      : [],
  });

  /** SCF (service `scf`): the function actions a deploy calls. */
  const scf: Record<string, (p: Params) => Promise<Params> | Params> = {
    GetFunction: (p) => detail(functions.get(fnName(p))),
    CreateFunction: async (p) => {
      const runtime = str(p.Runtime);
      if (!/^Nodejs\d+\.\d+$/.test(runtime))
        throw new ApiError(
          'InvalidParameterValue.Runtime',
          `Runtime ${runtime || '(none)'} is not a Node runtime`,
        );
      await functions.create(
        {
          name: fnName(p),
          runtime,
          timeout: Number(p.Timeout ?? 3),
          memorySize: Number(p.MemorySize ?? 128),
          description: str(p.Description),
          variables: variablesOf(p) ?? {},
          triggers: [],
          installDependency: p.InstallDependency === 'TRUE',
        },
        zipOf(p),
      );
      return {};
    },
    UpdateFunctionCode: async (p) => {
      await functions.updateCode(fnName(p), zipOf(p), p.InstallDependency === 'TRUE');
      return {};
    },
    UpdateFunctionConfiguration: (p) => {
      functions.updateConfig(fnName(p), {
        timeout: p.Timeout === undefined ? undefined : Number(p.Timeout),
        memorySize: p.MemorySize === undefined ? undefined : Number(p.MemorySize),
        description: p.Description === undefined ? undefined : str(p.Description),
        variables: variablesOf(p),
      });
      return {};
    },
    BatchCreateTrigger: (p) => {
      const list = JSON.parse(str(p.Triggers) || '[]') as {
        TriggerName?: unknown;
        Type?: unknown;
        TriggerDesc?: unknown;
      }[];
      for (const t of list) {
        if (t.Type !== 'timer')
          throw new ApiError('InvalidParameterValue.Type', 'only timer triggers are emulated');
        if (!/^\S+( \S+){6}$/.test(str(t.TriggerDesc)))
          throw new ApiError(
            'InvalidParameterValue.TriggerDesc',
            `timer "${str(t.TriggerDesc)}" is not a 7-field cron`,
          );
      }
      functions.addTriggers(
        fnName(p),
        list.map((t) => ({ name: str(t.TriggerName), type: 'timer', config: str(t.TriggerDesc) })),
      );
      return {};
    },
  };

  /** Serves one request for `service` (`tcb` or `scf`). */
  return async function management(
    req: IncomingMessage,
    res: ServerResponse,
    service: 'tcb' | 'scf',
  ): Promise<void> {
    const RequestId = randomUUID();
    const action = String(req.headers['x-tc-action'] ?? '');
    try {
      const body = await readJson(req, limits).catch(() => ({}));
      const handler = (service === 'scf' ? scf : actions)[action];
      if (!handler)
        throw new ApiError(
          'InvalidAction',
          `local-cloud does not implement ${service} action ${action || '(none)'}`,
        );
      const out = await handler((body ?? {}) as Params);
      log(`local-cloud ${service} ${action} ok`);
      sendJson(res, 200, { Response: { ...out, RequestId } });
    } catch (err) {
      const e =
        err instanceof ApiError || err instanceof DeployError
          ? err
          : new ApiError('InternalError', String((err as Error)?.message ?? err));
      log(`local-cloud ${service} ${action} ${e.code}: ${e.message}`);
      sendJson(res, 200, { Response: { Error: { Code: e.code, Message: e.message }, RequestId } });
    }
  };
}
