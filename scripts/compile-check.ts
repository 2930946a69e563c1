/**
 * The WeChat compile check, offline: compiles the mini-program with miniprogram-ci
 * `getCompiledResult` (a dummy key and an `attr` override keep it off WeChat's servers), fails on
 * WXML/JSON/TS syntax errors and missing pages or components, checks every .wxml with WeChat's
 * template compiler (wcc), proves zod runs without `eval`/`new Function`, and prints the size of
 * each package as the bytes of what the compiler returns for it.
 *
 *   tsx scripts/compile-check.ts [projectPath]
 *
 * Run `npm run build:npm` first, in another process: when miniprogram_npm is created in the
 * compiling process, nothing in it is filtered.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import * as ci from 'miniprogram-ci';

/**
 * Budgets: the platform allows 2 MB per package; smaller is faster in villages. The main package
 * (every worker page, downloaded before the first screen) stays ≤ 400 KiB (issue 18): 393.8 KiB
 * once the trips contracts and models moved to package-trips. The plan to 300 KiB is in
 * docs/main-package-size.md.
 */
export const MAIN_PACKAGE_BUDGET = 400 * 1024;
export const SUBPACKAGE_BUDGET = 500 * 1024;

export const ROOT = resolve(__dirname, '..');

export interface PackageSize {
  /** `main`, or the subpackage's name (its root when it has no name). */
  name: string;
  /** '' for the main package, else the subpackage root ('package-employer/'). */
  root: string;
  bytes: number;
  files: number;
  budget: number;
}

export type CompiledFiles = Record<string, string | Buffer>;

interface ProjectConfig {
  appid?: string;
  miniprogramRoot?: string;
}

interface AppJson {
  pages?: string[];
  subpackages?: { root: string; name?: string }[];
  subPackages?: { root: string; name?: string }[];
}

/** An error the check reports as a failure of the project (not of this script). */
export class CompileCheckError extends Error {}

function readProjectConfig(projectPath: string): ProjectConfig {
  const file = join(projectPath, 'project.config.json');
  if (!existsSync(file)) throw new CompileCheckError(`no project.config.json in ${projectPath}`);
  return JSON.parse(readFileSync(file, 'utf8')) as ProjectConfig;
}

export function miniprogramRoot(projectPath: string = ROOT): string {
  return join(projectPath, readProjectConfig(projectPath).miniprogramRoot ?? '');
}

/** Compiles the project with WeChat's compiler, offline; keys are paths from the mini-program root. */
export async function compile(projectPath: string = ROOT): Promise<CompiledFiles> {
  const config = readProjectConfig(projectPath);
  const project = new ci.Project({
    appid: config.appid ?? 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKey: 'dummy',
    ignores: ['node_modules/**/*'],
  });
  // The real attr() asks WeChat's server for the account's limits; these are the public defaults.
  const attr = { ...ci.DefaultProjectAttr, setting: { ...ci.DefaultProjectAttr.setting } };
  project.attr = async () => attr;
  // The compiler leaves an empty md5-named folder in the working directory: give it a temp one.
  const cwd = process.cwd();
  const scratch = mkdtempSync(join(tmpdir(), 'xiangpin-compile-cwd-'));
  process.chdir(scratch);
  try {
    return await ci.getCompiledResult({
      project,
      version: '0.0.0',
      desc: 'compile check',
      // minifyWXML as on upload; it is also what reports broken WXML (code 10038).
      setting: { useProjectConfig: true, minifyWXML: true } as never,
      onProgressUpdate: () => undefined,
    });
  } catch (err) {
    const e = err as { code?: number; message?: string; path?: string };
    const where = e.path ? ` (${e.path})` : '';
    throw new CompileCheckError(
      `WeChat compiler error ${e.code ?? '?'}${where}: ${e.message ?? String(err)}`,
    );
  } finally {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function byteLength(content: string | Buffer): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.length;
}

/** Sizes per package of a compiled result: a file belongs to the subpackage whose root holds it. */
export function packageSizes(files: CompiledFiles): PackageSize[] {
  const appJson = files['app.json'];
  if (appJson === undefined) throw new CompileCheckError('the compiled result has no app.json');
  const app = JSON.parse(appJson.toString()) as AppJson;
  const subs = (app.subpackages ?? app.subPackages ?? []).map((s) => ({
    name: s.name ?? s.root.replace(/\/$/, ''),
    root: s.root.replace(/^\//, '').replace(/\/?$/, '/'),
  }));
  const sizes: PackageSize[] = [
    { name: 'main', root: '', bytes: 0, files: 0, budget: MAIN_PACKAGE_BUDGET },
    ...subs.map((s) => ({ ...s, bytes: 0, files: 0, budget: SUBPACKAGE_BUDGET })),
  ];
  for (const [path, content] of Object.entries(files)) {
    const pkg = sizes.find((p, i) => i > 0 && path.startsWith(p.root)) ?? sizes[0]!;
    pkg.bytes += byteLength(content);
    pkg.files += 1;
  }
  return sizes;
}

/** Compiles the project and returns the size of each package (for benchmarks; exit afterwards). */
export async function measurePackages(projectPath: string = ROOT): Promise<PackageSize[]> {
  return packageSizes(await compile(projectPath));
}

function walk(
  dir: string,
  ext: string,
  skip: (path: string) => boolean,
  out: string[] = [],
): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) walk(path, ext, skip, out);
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

/**
 * Checks every .wxml of the project (not miniprogram_npm) with wcc, the template compiler of
 * WeChat DevTools (shipped in miniprogram-compiler): it also catches what the minifier lets
 * through, such as an element left open at the end of a file. Returns the errors.
 */
export function checkWxml(root: string): string[] {
  const wcc = join(
    dirname(createRequire(__filename).resolve('miniprogram-compiler/package.json')),
    'bin',
    process.platform === 'darwin'
      ? 'mac/wcc'
      : process.platform === 'win32'
        ? 'windows/wcc.exe'
        : 'linux/wcc',
  );
  // npm installs the binary without its execute bit when install scripts do not run (npm ci
  // here); miniprogram-compiler itself fixes the mode the same way before each use.
  if (process.platform !== 'win32') chmodSync(wcc, 0o755);
  const skip = (p: string): boolean => /[\\/](miniprogram_npm|node_modules)$/.test(p);
  const errors: string[] = [];
  // The app's WXS modules go with every page, so a <wxs src> finds its file.
  const wxs = walk(root, '.wxs', skip).map((f) => relative(root, f).split('\\').join('/'));
  for (const file of walk(root, '.wxml', skip)) {
    const rel = relative(root, file).split('\\').join('/');
    const run = spawnSync(wcc, ['-d', '-cc', '0', rel, ...wxs, '-gn', '$gwx'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    if (run.status !== 0) errors.push(run.stderr.toString().trim() || `${rel}: wcc failed`);
  }
  return errors;
}

/**
 * Requires in the compiled JS (outside miniprogram_npm) that name no file of the output. The
 * mini-program's loader adds `.js` to a relative path but never looks for a folder's index.js,
 * and the upload drops files it thinks unused, so `require("./catalog")` for ./catalog/index.ts
 * breaks on the phone although every source file exists.
 */
export function findMissingRequires(files: CompiledFiles): string[] {
  const missing: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (!path.endsWith('.js') || path.startsWith('miniprogram_npm/')) continue;
    for (const m of content.toString().matchAll(/\brequire\("([^"]+)"\)/g)) {
      const spec = m[1] ?? '';
      const candidates = spec.startsWith('.')
        ? [posix.join(posix.dirname(path), spec)]
        : [spec, `miniprogram_npm/${spec}`, `miniprogram_npm/${spec}/index`];
      if (!candidates.some((c) => files[c] !== undefined || files[`${c}.js`] !== undefined)) {
        missing.push(`${path} requires "${spec}"`);
      }
    }
  }
  return missing;
}

/** Finds `eval(` and `new Function(` in compiled JS of the given paths. */
export function findCodeGeneration(files: CompiledFiles, prefix: string): string[] {
  const found: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (!path.startsWith(prefix) || !path.endsWith('.js')) continue;
    const code = content.toString();
    for (const m of code.matchAll(/\bnew\s+Function\s*\(|(?<![.\w$])eval\s*\(/g)) {
      found.push(`${path}: ${code.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    }
  }
  return found;
}

/**
 * A CommonJS `require` over compiled files, run in `context`: what the mini-program's module
 * loader does with the compiler's output (relative paths, `.js` optional).
 */
function compiledRequire(files: CompiledFiles, context: Context): (path: string) => unknown {
  const cache = new Map<string, { exports: unknown }>();
  const load = (path: string): unknown => {
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(path, module);
    const wrapper = runInContext(
      `(function (module, exports, require) {${files[path]!.toString()}\n})`,
      context,
      { filename: path },
    ) as (m: typeof module, e: unknown, r: (spec: string) => unknown) => void;
    wrapper(module, module.exports, (spec) => load(resolveIn(path, spec)));
    return module.exports;
  };
  const resolveIn = (from: string, spec: string): string => {
    const base = posix.join(posix.dirname(from), spec);
    const found = [base, `${base}.js`, `${base}/index.js`].find((c) => files[c] !== undefined);
    if (!found) throw new Error(`${from} requires "${spec}", which is not in the package`);
    return found;
  };
  return load;
}

/**
 * Runs zod from compiled files in a V8 context where `eval` and `new Function` throw, and parses
 * valid and invalid data with a schema using the features the contracts use. Throws if it fails.
 */
export function runZodWithoutEval(files: CompiledFiles, entry: string): void {
  const context = createContext({ console }, { codeGeneration: { strings: false, wasm: false } });
  const zod = compiledRequire(files, context)(entry);
  const check = runInContext(
    `(function (zod) {
      var z = zod.z || zod;
      var Post = z.object({
        title: z.string().min(2).max(30),
        headcount: z.number().int().positive(),
        wageUnit: z.enum(['月', '日', '时', '计件']),
        benefits: z.array(z.string()).default([]),
        validUntil: z.union([z.number(), z.string().datetime({ offset: true })]),
        phone: z.string().regex(/^1[3-9]\\d{9}$/).optional(),
      }).strict().refine(function (p) { return p.headcount < 10000; }, { message: '招聘人数太多' });
      var ok = Post.safeParse({ title: '电子厂普工', headcount: 80, wageUnit: '月',
        validUntil: '2026-12-31T23:59:59+08:00', phone: '13812345678' });
      var bad = Post.safeParse({ title: '工', headcount: 0, wageUnit: '年', validUntil: true, extra: 1 });
      if (!ok.success) throw new Error('valid post rejected: ' + JSON.stringify(ok.error.issues));
      if (bad.success || bad.error.issues.length < 4) throw new Error('invalid post accepted');
    })`,
    context,
  ) as (zod: unknown) => void;
  check(zod);
}

export interface ZodReport {
  /** Where the zod that was run came from. */
  source: 'compiled output' | 'miniprogram_npm';
  bytes: number;
}

/** Proves zod ships and runs in the mini-program runtime (see DESIGN.md, Contracts). */
export function checkZod(files: CompiledFiles, root: string): ZodReport {
  const packed = join(root, 'miniprogram_npm', 'zod', 'index.js');
  if (!existsSync(packed)) {
    throw new CompileCheckError('miniprogram_npm/zod is missing: run `npm run build:npm` first');
  }
  const generated = findCodeGeneration(files, 'miniprogram_npm/zod/');
  if (generated.length > 0) {
    throw new CompileCheckError(`zod uses code generation:\n  ${generated.join('\n  ')}`);
  }
  const entry = 'miniprogram_npm/zod/index.js';
  const compiled = files[entry];
  const runnable = compiled ? files : { [entry]: readFileSync(packed, 'utf8') };
  try {
    runZodWithoutEval(runnable, entry);
  } catch (err) {
    throw new CompileCheckError(`zod does not run without eval: ${(err as Error).message}`);
  }
  return {
    source: compiled ? 'compiled output' : 'miniprogram_npm',
    bytes: byteLength(runnable[entry]!),
  };
}

export function formatBytes(bytes: number): string {
  return `${bytes} B (${(bytes / 1024).toFixed(1)} KiB)`;
}

/** The whole check; returns the report lines, throws CompileCheckError with all problems found. */
export async function runCompileCheck(projectPath: string = ROOT): Promise<string[]> {
  const root = miniprogramRoot(projectPath);
  const lines: string[] = [];
  const wxmlErrors = checkWxml(root);
  if (wxmlErrors.length > 0)
    throw new CompileCheckError(`WXML errors:\n  ${wxmlErrors.join('\n  ')}`);

  const started = Date.now();
  const files = await compile(projectPath);
  lines.push(`compiled ${Object.keys(files).length} files in ${Date.now() - started} ms`);

  const missing = findMissingRequires(files);
  if (missing.length > 0) {
    throw new CompileCheckError(`requires of files not in the package:\n  ${missing.join('\n  ')}`);
  }

  const sizes = packageSizes(files);
  const over: string[] = [];
  for (const p of sizes) {
    const label = p.root ? `subpackage ${p.name} (${p.root})` : 'main package';
    lines.push(
      `${label}: ${formatBytes(p.bytes)}, ${p.files} files, budget ${formatBytes(p.budget)}`,
    );
    if (p.bytes > p.budget)
      over.push(`${label} is ${formatBytes(p.bytes)}, over ${formatBytes(p.budget)}`);
  }
  if (over.length > 0)
    throw new CompileCheckError(`${lines.join('\n')}\nover budget:\n  ${over.join('\n  ')}`);

  const zod = checkZod(files, root);
  const from =
    zod.source === 'compiled output'
      ? 'in the compiled output'
      : 'not in the compiled output (nothing imports it yet); ran the packed miniprogram_npm/zod';
  lines.push(`zod: ${formatBytes(zod.bytes)} ${from}; parses without eval/new Function`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  const projectPath = resolve(process.argv[2] ?? ROOT);
  runCompileCheck(projectPath).then(
    (lines) => {
      for (const line of lines) console.log(`compile check: ${line}`);
      console.log('compile check: OK');
      // getCompiledResult leaves a forked worker that keeps Node alive.
      process.exit(0);
    },
    (err: unknown) => {
      if (err instanceof CompileCheckError) console.error(`compile check FAILED: ${err.message}`);
      else console.error('compile check crashed:', err);
      process.exit(1);
    },
  );
}
