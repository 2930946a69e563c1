import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MINIPROGRAM = join(ROOT, 'miniprogram');

/**
 * WeChat's privacy APIs (用户隐私保护指引: an API the guide does not declare fails with
 * "api scope is not declared in the privacy agreement") and the item each belongs to.
 */
const PRIVACY_APIS: Record<string, string> = {
  getLocation: '位置信息',
  getFuzzyLocation: '位置信息',
  startLocationUpdate: '位置信息',
  chooseLocation: '选择的位置信息',
  choosePoi: '选择的位置信息',
  chooseAddress: '地址',
  chooseImage: '选中的照片或视频信息',
  chooseMedia: '选中的照片或视频信息',
  chooseVideo: '选中的照片或视频信息',
  chooseMessageFile: '选中的文件',
  saveImageToPhotosAlbum: '相册（仅写入）权限',
  saveVideoToPhotosAlbum: '相册（仅写入）权限',
  setClipboardData: '剪切板',
  getClipboardData: '剪切板',
  addPhoneContact: '通讯录（仅写入）权限',
  startRecord: '麦克风',
  getRecorderManager: '麦克风',
  chooseLicensePlate: '车牌号',
  getWeRunData: '微信运动步数',
};
/**
 * Privacy uses that are not a `wx.<api>` call: the microphone asked for by its scope, and the
 * 同声传译 plugin, which records through it.
 */
const PRIVACY_USES: Record<string, { pattern: RegExp; item: string }> = {
  'scope.record': { pattern: /['"]scope\.record['"]/, item: '麦克风' },
  WechatSI: { pattern: /requirePlugin\(\s*['"]WechatSI['"]/, item: '麦克风' },
};
const PRIVACY_COMPONENTS: Record<string, string> = {
  getPhoneNumber: '手机号',
  getRealtimePhoneNumber: '手机号',
  chooseAvatar: '用户信息（微信昵称、头像）',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'miniprogram_npm' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|wxml)$/.test(name) ? [path] : [];
  });
}

/** Every privacy API (or component open-type) the mini-program's code uses, with where. */
function usedPrivacyApis(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sources(MINIPROGRAM)) {
    const text = readFileSync(file, 'utf8');
    const hits = [
      ...Object.keys(PRIVACY_APIS).filter((api) => new RegExp(`\\bwx\\.${api}\\b`).test(text)),
      ...Object.keys(PRIVACY_COMPONENTS).filter((t) => text.includes(`open-type="${t}"`)),
      ...Object.keys(PRIVACY_USES).filter((use) => PRIVACY_USES[use]!.pattern.test(text)),
    ];
    for (const api of hits) used.set(api, [...(used.get(api) ?? []), relative(ROOT, file)]);
  }
  return used;
}

test('README declares every privacy API the mini-program calls, under its 用户隐私保护指引 item', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### 用户隐私保护指引'));
  const used = usedPrivacyApis();
  expect(used.size).toBeGreaterThan(0);
  for (const api of used.keys()) {
    const item = PRIVACY_APIS[api] ?? PRIVACY_COMPONENTS[api] ?? PRIVACY_USES[api]?.item;
    const row = section.split('\n').find((line) => line.includes(`\`${api}\``));
    expect([api, row]).toEqual([api, expect.stringContaining(item!)]);
  }
});

test('sitemap: search may index only the public pages; personal and role-only pages are disallowed', () => {
  const app = JSON.parse(readFileSync(join(MINIPROGRAM, 'app.json'), 'utf8')) as {
    pages: string[];
    subpackages: { root: string; pages: string[] }[];
  };
  const sitemap = JSON.parse(readFileSync(join(MINIPROGRAM, 'sitemap.json'), 'utf8')) as {
    rules: { action: 'allow' | 'disallow'; page: string }[];
  };
  const pages = [
    ...app.pages,
    ...app.subpackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ];
  // The first rule that matches a page decides; a page no rule matches is indexed.
  const indexed = (page: string): boolean =>
    (sitemap.rules.find((r) => r.page === '*' || r.page === page)?.action ?? 'allow') === 'allow';
  const PUBLIC = ['pages/jobs/index', 'pages/fairs/index', 'pages/job/index', 'pages/fair/index'];
  expect(pages.filter(indexed).sort()).toEqual([...PUBLIC].sort());
  expect(pages.filter((p) => !indexed(p))).toEqual(
    expect.arrayContaining([
      'pages/me/index',
      'pages/profile/index',
      'pages/applications/index',
      'pages/signup-done/index',
      'package-admin/pages/employers/index',
      'package-cadre/pages/signups/index',
      'package-employer/pages/applicants/index',
    ]),
  );
});
