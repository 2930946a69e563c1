/**
 * The compile check run as `npm run compile` runs it (a child process), on a tiny project copied
 * to a temp dir: it passes on a good project and exits non-zero on each kind of breakage.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findMissingRequires, packageSizes } from '../../scripts/compile-check';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PACKED_ZOD = join(ROOT, 'miniprogram', 'miniprogram_npm', 'zod');

type Files = Record<string, string | Buffer>;

const GOOD: Files = {
  'project.config.json': JSON.stringify({
    appid: 'touristappid',
    compileType: 'miniprogram',
    miniprogramRoot: 'miniprogram/',
    setting: { useCompilerPlugins: ['typescript'], ignoreUploadUnusedFiles: true, es6: true },
  }),
  'miniprogram/app.json': JSON.stringify({
    pages: ['pages/home/index'],
    subpackages: [{ root: 'package-cadre/', name: 'cadre', pages: ['pages/fair/index'] }],
  }),
  'miniprogram/app.ts': 'App({});\n',
  'miniprogram/shared/post.ts': [
    "import { z } from 'zod';",
    'export const Post = z.object({ title: z.string().min(2), headcount: z.number().int() });',
  ].join('\n'),
  'miniprogram/pages/home/index.ts': [
    "import { Post } from '../../shared/post';",
    "Component({ methods: { onLoad() { this.setData({ ok: Post.safeParse({ title: '普工', headcount: 3 }).success }); } } });",
  ].join('\n'),
  'miniprogram/pages/home/index.json': '{ "usingComponents": {} }',
  'miniprogram/pages/home/index.wxml': '<view class="home">招工 {{ok}}</view>\n',
  'miniprogram/package-cadre/pages/fair/index.ts': 'Component({ methods: { onLoad() {} } });\n',
  'miniprogram/package-cadre/pages/fair/index.json': '{ "usingComponents": {} }',
  'miniprogram/package-cadre/pages/fair/index.wxml':
    '<view wx:for="{{slots}}">{{item.time}}</view>\n',
};

function project(changes: Files = {}, removed: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'xiangpin-compile-'));
  for (const [path, content] of Object.entries({ ...GOOD, ...changes })) {
    if (removed.includes(path)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  cpSync(PACKED_ZOD, join(dir, 'miniprogram', 'miniprogram_npm', 'zod'), { recursive: true });
  return dir;
}

const made: string[] = [];

function check(changes: Files = {}, removed: string[] = []): { code: number; output: string } {
  const dir = project(changes, removed);
  made.push(dir);
  const run = spawnSync(TSX, [join(ROOT, 'scripts', 'compile-check.ts'), dir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { code: run.status ?? -1, output: `${run.stdout}\n${run.stderr}` };
}

beforeAll(() => {
  if (!existsSync(PACKED_ZOD)) {
    const run = spawnSync(TSX, [join(ROOT, 'scripts', 'pack-npm.ts')], { cwd: ROOT });
    if (run.status !== 0) throw new Error(`npm run build:npm failed: ${run.stderr}`);
  }
});

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('compile check (child process on a temp project)', () => {
  it('passes a good project and prints the size of each package', () => {
    const { code, output } = check();

    expect(output).toMatch(/main package: \d+ B \(\d+\.\d KiB\)/);
    expect(output).toMatch(/subpackage cadre \(package-cadre\/\): \d+ B/);
    expect(output).toContain('zod: ');
    expect(output).toContain('in the compiled output; parses without eval/new Function');
    expect(code).toBe(0);
  });

  it('fails on a WXML end tag that does not match', () => {
    const { code, output } = check({
      'miniprogram/pages/home/index.wxml': '<view><text>招工</view>\n',
    });

    expect(output).toContain('compile check FAILED');
    expect(output).toContain('pages/home/index.wxml');
    expect(code).toBe(1);
  });

  it('fails on a WXML element left open at the end of the file', () => {
    const { code, output } = check({
      'miniprogram/package-cadre/pages/fair/index.wxml': '<view>报名\n',
    });

    expect(output).toContain('package-cadre/pages/fair/index.wxml');
    expect(code).toBe(1);
  });

  it('fails on a page listed in app.json that does not exist', () => {
    const { code, output } = check({
      'miniprogram/app.json': JSON.stringify({ pages: ['pages/home/index', 'pages/gone/index'] }),
    });

    expect(output).toContain('pages/gone/index');
    expect(code).toBe(1);
  });

  it('fails on a TypeScript syntax error', () => {
    const { code, output } = check({
      'miniprogram/pages/home/index.ts':
        'Component({ methods: { onLoad() { const n: = 1; } } });\n',
    });

    expect(output).toContain('10045');
    expect(code).toBe(1);
  });

  it('fails on a page .json that is not JSON', () => {
    const { code, output } = check({
      'miniprogram/pages/home/index.json': '{ "usingComponents": {',
    });

    expect(output).toContain('pages/home/index.json');
    expect(code).toBe(1);
  });

  it('fails when a file requires a folder: the upload drops the folder’s index.js', () => {
    const { code, output } = check({
      'miniprogram/shared/index.ts': "export * from './lib';\n",
      'miniprogram/shared/lib/index.ts': "export const PLACE = '浦北县';\n",
      'miniprogram/pages/home/index.ts': [
        "import { PLACE } from '../../shared/index';",
        'Component({ methods: { onLoad() { this.setData({ ok: PLACE }); } } });',
      ].join('\n'),
    });

    expect(output).toContain('shared/index.js requires "./lib"');
    expect(code).toBe(1);
  });

  it('fails when a subpackage is over its 500 KB budget', () => {
    const poster = Buffer.alloc(600 * 1024, 7);
    const { code, output } = check({
      'miniprogram/package-cadre/pages/fair/index.wxml':
        '<image src="/package-cadre/poster.png" />\n',
      'miniprogram/package-cadre/poster.png': poster,
    });

    expect(output).toMatch(/subpackage cadre \(package-cadre\/\) is \d+ B .*, over 512000 B/);
    expect(code).toBe(1);
  });
});

describe('findMissingRequires', () => {
  it('finds relative requires of no file, as the mini-program loader resolves them', () => {
    const files = {
      'shared/index.js': 'require("./catalog");require("./time");require("zod");',
      'shared/time.js': '',
      'shared/catalog/index.js': '',
      'miniprogram_npm/zod/index.js': 'require("./lib/missing")',
    };
    expect(findMissingRequires(files)).toEqual(['shared/index.js requires "./catalog"']);
  });
});

describe('packageSizes', () => {
  it('counts each file in the package whose root holds it', () => {
    const sizes = packageSizes({
      'app.json': JSON.stringify({ subpackages: [{ root: 'package-employer', name: 'employer' }] }),
      'pages/jobs/index.js': 'x'.repeat(100),
      'package-employer/pages/post/index.js': '岗位', // 6 bytes in UTF-8
      'package-employer/logo.png': Buffer.alloc(10),
    });

    expect(sizes.map((s) => [s.name, s.bytes, s.files])).toEqual([
      [
        'main',
        100 +
          JSON.stringify({ subpackages: [{ root: 'package-employer', name: 'employer' }] }).length,
        2,
      ],
      ['employer', 16, 2],
    ]);
  });
});
