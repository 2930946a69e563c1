/**
 * `npm run upload [-- --preview]`: uploads the mini-program with miniprogram-ci as the version in
 * package.json (or, with --preview, makes a preview and prints its QR code in the terminal). The
 * appid and the upload key come from the environment (MINIPROGRAM_APPID,
 * MINIPROGRAM_PRIVATE_KEY_PATH); it refuses while miniprogram/config.ts still has placeholders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOUD_ENV, SUBSCRIBE_TEMPLATES } from '../../miniprogram/config';
import { REPO_ROOT } from '../app-roots';
import { uploadProblems } from './upload-checks';

function fail(lines: string[]): never {
  console.error(['npm run upload 没有上传：', ...lines.map((l) => `  - ${l}`)].join('\n'));
  process.exit(1);
}

async function main(): Promise<void> {
  const preview = process.argv.includes('--preview');
  const problems = uploadProblems({ CLOUD_ENV, SUBSCRIBE_TEMPLATES });
  const appid = process.env.MINIPROGRAM_APPID ?? '';
  const keyPath = process.env.MINIPROGRAM_PRIVATE_KEY_PATH ?? '';
  if (!appid) problems.push('请设置 MINIPROGRAM_APPID（小程序的 AppID）');
  if (!keyPath || !existsSync(keyPath))
    problems.push(
      '请设置 MINIPROGRAM_PRIVATE_KEY_PATH：公众平台「开发设置」下载的代码上传密钥文件',
    );
  if (problems.length) fail(problems);

  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT })
      .toString()
      .trim();
  } catch {
    // not a git checkout: the description goes without it
  }
  // Loaded only once the checks pass: miniprogram-ci takes seconds to load.
  const ci = await import('miniprogram-ci');
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: REPO_ROOT,
    privateKeyPath: resolve(keyPath),
    ignores: ['node_modules/**/*', 'cloudfunctions/**/*', 'test/**/*', 'bench/**/*'],
  });
  const common = {
    project,
    version,
    desc: `乡聘 ${version}${commit ? ` (${commit})` : ''}`,
    setting: { useProjectConfig: true } as never,
    onProgressUpdate: () => undefined,
  };
  if (preview) {
    await ci.preview({ ...common, qrcodeFormat: 'terminal' });
    console.log(`预览已生成（${version}）：用微信扫描上面的二维码`);
  } else {
    await ci.upload(common);
    console.log(`已上传 ${version}：请到公众平台「版本管理」提交审核`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => fail([String((err as Error)?.message ?? err)]),
);
