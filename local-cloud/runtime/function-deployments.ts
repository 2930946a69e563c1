import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import type { FunctionSpec } from './function-registry';
import type { FunctionRuntime } from './function-runtime';

/** What CloudBase keeps of a deployed function (what GetFunction answers). */
export interface DeployedFunction {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  description: string;
  variables: Record<string, string>;
  triggers: { name: string; type: string; config: string }[];
  installDependency: boolean;
  status: 'Active' | 'CreateFailed';
  statusReason?: string;
}

/** A refusal the management API answers as `{Error: {Code, Message}}`. */
export class DeployError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where local-cloud's own wx-server-sdk is installed: what "云端安装依赖" gives a function here. */
function installedModules(): string {
  // createRequire: the mini-program typings (in the components project's program) redeclare `require`.
  const nodeRequire = createRequire(__filename);
  return dirname(dirname(nodeRequire.resolve('wx-server-sdk/package.json')));
}

/**
 * Cloud functions deployed through the management API (SCF's CreateFunction, UpdateFunctionCode,
 * UpdateFunctionConfiguration, BatchCreateTrigger): the uploaded zip is unpacked into a folder of
 * its own, its dependencies "installed" from local-cloud's node_modules (a package it lists that is
 * not there fails the function, as a failed install does), and the runtime runs it from there with
 * the deployed runtime, timeout, environment variables and config.json permissions.
 */
export class FunctionDeployments {
  readonly functions = new Map<string, DeployedFunction>();
  private readonly root: string;

  constructor(
    private readonly runtime: FunctionRuntime,
    dataDir: string | undefined,
  ) {
    this.root = dataDir
      ? join(dataDir, 'deployed-functions')
      : mkdtempSync(join(tmpdir(), 'local-cloud-functions-'));
    mkdirSync(this.root, { recursive: true });
  }

  get(name: string): DeployedFunction {
    const f = this.functions.get(name);
    if (!f) throw new DeployError('ResourceNotFound.Function', `function ${name} not found`);
    return f;
  }

  async create(f: Omit<DeployedFunction, 'status'>, zipBase64: string): Promise<void> {
    if (this.functions.has(f.name))
      throw new DeployError('ResourceInUse.Function', `function ${f.name} already exists`);
    const fn: DeployedFunction = { ...f, status: 'Active' };
    this.functions.set(f.name, fn);
    await this.unpack(fn, zipBase64);
  }

  async updateCode(name: string, zipBase64: string, installDependency: boolean): Promise<void> {
    const fn = this.get(name);
    fn.installDependency = installDependency;
    await this.unpack(fn, zipBase64);
  }

  updateConfig(
    name: string,
    change: Partial<Pick<DeployedFunction, 'timeout' | 'memorySize' | 'description' | 'variables'>>,
  ): void {
    const fn = this.get(name);
    Object.assign(
      fn,
      Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    );
    this.install(fn);
  }

  addTriggers(name: string, triggers: DeployedFunction['triggers']): void {
    const fn = this.get(name);
    for (const t of triggers) {
      if (fn.triggers.some((x) => x.name === t.name))
        throw new DeployError('ResourceInUse.Trigger', `trigger ${t.name} already exists`);
      fn.triggers.push(t);
    }
  }

  stop(): void {
    if (this.root.startsWith(tmpdir())) rmSync(this.root, { recursive: true, force: true });
  }

  private dirOf(name: string): string {
    return join(this.root, name);
  }

  private async unpack(fn: DeployedFunction, zipBase64: string): Promise<void> {
    if (!zipBase64)
      throw new DeployError(
        'InvalidParameterValue.Code',
        'Code.ZipFile is required (local-cloud takes zip uploads only)',
      );
    const zip = await JSZip.loadAsync(Buffer.from(zipBase64, 'base64'));
    const dir = this.dirOf(fn.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const entry of Object.values(zip.files)) {
      const target = resolve(dir, entry.name);
      if (!target.startsWith(dir + sep))
        throw new DeployError(
          'InvalidParameterValue.Code',
          `zip entry outside the function: ${entry.name}`,
        );
      if (entry.dir) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
    if (!existsSync(join(dir, 'index.js'))) {
      fn.status = 'CreateFailed';
      fn.statusReason = 'index.js is not in the uploaded code (Handler index.main)';
      return;
    }
    if (fn.installDependency) {
      const pkg = existsSync(join(dir, 'package.json'))
        ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
            dependencies?: Record<string, string>;
          })
        : {};
      const modules = installedModules();
      const missing = Object.keys(pkg.dependencies ?? {}).filter(
        (d) => !existsSync(join(modules, d)),
      );
      if (missing.length) {
        fn.status = 'CreateFailed';
        fn.statusReason = `npm install failed: ${missing.join(', ')} not available to local-cloud`;
        return;
      }
      if (!existsSync(join(dir, 'node_modules')))
        symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    }
    fn.status = 'Active';
    fn.statusReason = undefined;
    this.install(fn);
  }

  /** Hands the function, as deployed, to the runtime. */
  private install(fn: DeployedFunction): void {
    if (fn.status !== 'Active') return;
    const dir = this.dirOf(fn.name);
    const configFile = join(dir, 'config.json');
    const config = existsSync(configFile)
      ? (JSON.parse(readFileSync(configFile, 'utf8')) as { permissions?: { openapi?: string[] } })
      : {};
    const spec: FunctionSpec = {
      name: fn.name,
      dir,
      entry: join(dir, 'index.js'),
      openapi: config.permissions?.openapi ?? [],
      timeoutMs: fn.timeout * 1000,
      envVariables: fn.variables,
      runtime: fn.runtime,
    };
    this.runtime.deploy(spec);
  }
}
