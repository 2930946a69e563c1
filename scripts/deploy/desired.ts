/**
 * What a deploy makes the CloudBase environment hold, read from the repo: every collection with its
 * security rule and indexes (database/collections.json) and every cloud function with its settings
 * (cloudbaserc.json), open-API permissions and timers (its config.json), and environment variables
 * taken from the deployer's environment (never from a file in the repo).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readCollectionDeclarations,
  type AclTag,
  type IndexDeclaration,
} from '../../local-cloud/db/index-declarations';
import { APP_ROOTS, COLLECTIONS_FILE } from '../app-roots';

export interface DesiredCollection {
  name: string;
  rule: AclTag;
  indexes: IndexDeclaration[];
}

export interface Trigger {
  name: string;
  type: string;
  config: string;
}

export interface DesiredFunction {
  name: string;
  dir: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  installDependency: boolean;
  ignore: string[];
  triggers: Trigger[];
  /** config.json `permissions.openapi`: uploaded with the code, CloudBase reads it there. */
  openapi: string[];
  /** Set from the deployer's environment; merged into what the console holds. */
  envVariables: Record<string, string>;
  /** sha256 of the bundle and config.json, kept in the function's description. */
  codeHash: string;
}

/** Function environment variables a deployer may set (the app reads these and only these). */
export const FUNCTION_ENV_NAMES = ['ADMINS', 'MINIPROGRAM_STATE'] as const;

export function desiredCollections(file = COLLECTIONS_FILE): DesiredCollection[] {
  const { indexes, rules } = readCollectionDeclarations(file);
  return Object.keys(indexes).map((name) => ({
    name,
    rule: rules[name] ?? 'ADMINONLY',
    indexes: indexes[name] ?? [],
  }));
}

interface RcFunction {
  name: string;
  timeout?: number;
  memorySize?: number;
  runtime?: string;
  installDependency?: boolean;
  ignore?: string[];
  triggers?: Trigger[];
}

export function desiredFunctions(
  env: NodeJS.ProcessEnv = process.env,
  rcFile = APP_ROOTS.cloudbasercFile,
  root = APP_ROOTS.functionsRoot,
): DesiredFunction[] {
  const rc = JSON.parse(readFileSync(rcFile, 'utf8')) as { functions: RcFunction[] };
  const envVariables = Object.fromEntries(
    FUNCTION_ENV_NAMES.filter((k) => env[k] !== undefined).map((k) => [k, String(env[k])]),
  );
  return rc.functions.map((f) => {
    const dir = join(root, f.name);
    const configFile = join(dir, 'config.json');
    const config = existsSync(configFile)
      ? (JSON.parse(readFileSync(configFile, 'utf8')) as {
          permissions?: { openapi?: string[] };
          triggers?: Trigger[];
        })
      : {};
    const bundle = join(dir, 'index.js');
    const hash = createHash('sha256');
    for (const file of [bundle, configFile, join(dir, 'package.json')])
      if (existsSync(file)) hash.update(readFileSync(file));
    if (!f.runtime) throw new Error(`cloudbaserc.json: function ${f.name} has no runtime`);
    return {
      name: f.name,
      dir,
      runtime: f.runtime,
      timeout: f.timeout ?? 3,
      memorySize: f.memorySize ?? 256,
      installDependency: f.installDependency ?? true,
      ignore: f.ignore ?? [],
      triggers: f.triggers ?? config.triggers ?? [],
      openapi: config.permissions?.openapi ?? [],
      envVariables,
      codeHash: existsSync(bundle) ? hash.digest('hex').slice(0, 16) : '(bundled when deploying)',
    };
  });
}
