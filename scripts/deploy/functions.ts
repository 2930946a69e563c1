/**
 * Brings the environment's cloud functions to the repo's, through @cloudbase/manager-node: creates
 * a missing function (code, runtime, timeout, memory, environment variables, timers; config.json
 * with its open-API permissions goes up with the code), uploads the code when its hash (kept in
 * the description) changed, updates timeout, memory and environment variables when they differ
 * (the deployer's variables merged into the console's: one not set in the shell is left as is),
 * and adds missing timers. A second run with nothing changed does nothing.
 */
import { dirname } from 'node:path';
import type CloudBase from '@cloudbase/manager-node';
import type { DesiredFunction } from './desired';

interface FunctionDetail {
  Runtime?: string;
  Timeout?: number;
  MemorySize?: number;
  Description?: string;
  Environment?: { Variables?: { Key: string; Value: string }[] };
  Triggers?: { TriggerName?: string; TriggerDesc?: string }[];
}

const notFound = (err: unknown): boolean =>
  /ResourceNotFound|not ?exist|不存在/i.test(
    `${(err as { code?: string }).code ?? ''} ${(err as Error).message ?? ''}`,
  );

export const descriptionOf = (f: DesiredFunction): string => `乡聘 ${f.codeHash}`;

export async function deployFunctions(
  manager: CloudBase,
  functions: DesiredFunction[],
): Promise<string[]> {
  const done: string[] = [];
  for (const f of functions) {
    let detail: FunctionDetail | undefined;
    try {
      detail = (await manager.functions.getFunctionDetail(f.name)) as FunctionDetail;
    } catch (err) {
      if (!notFound(err)) throw err;
    }
    const current = Object.fromEntries(
      (detail?.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]),
    );
    const envVariables = { ...current, ...f.envVariables };
    const func = {
      name: f.name,
      runtime: f.runtime,
      timeout: f.timeout,
      memorySize: f.memorySize,
      installDependency: f.installDependency,
      ignore: f.ignore,
      triggers: f.triggers,
      description: descriptionOf(f),
      envVariables,
    };
    const functionRootPath = dirname(f.dir);
    if (!detail) {
      await manager.functions.createFunction({
        func: func as never,
        functionRootPath,
        force: false,
        deployMode: 'zip',
      });
      done.push(`function ${f.name}: created (${f.runtime}, ${f.timeout} s, ${f.memorySize} MB)`);
      continue;
    }
    if (detail.Runtime && detail.Runtime !== f.runtime) {
      done.push(
        `function ${f.name}: runs on ${detail.Runtime}, declared ${f.runtime}; a runtime cannot change after creation: delete the function in the console and deploy again`,
      );
    }
    if (detail.Description !== func.description) {
      await manager.functions.updateFunctionCode({
        func: func as never,
        functionRootPath,
        deployMode: 'zip',
      });
      done.push(`function ${f.name}: code uploaded (${f.codeHash})`);
    }
    const changedEnv = Object.keys(envVariables).filter((k) => current[k] !== envVariables[k]);
    if (
      detail.Timeout !== f.timeout ||
      detail.MemorySize !== f.memorySize ||
      detail.Description !== func.description ||
      changedEnv.length
    ) {
      await manager.functions.updateFunctionConfig(func as never);
      done.push(
        `function ${f.name}: settings updated (timeout ${f.timeout} s, memory ${f.memorySize} MB${changedEnv.length ? `, env ${changedEnv.join(', ')}` : ''})`,
      );
    }
    const have = new Set((detail.Triggers ?? []).map((t) => t.TriggerName));
    const missing = f.triggers.filter((t) => !have.has(t.name));
    if (missing.length) {
      await manager.functions.createFunctionTriggers(f.name, missing as never);
      done.push(`function ${f.name}: timers ${missing.map((t) => t.name).join(', ')} created`);
    }
  }
  return done;
}
