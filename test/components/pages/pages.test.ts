import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLargeText } from '../../../miniprogram/services/large-text';
import { MINIPROGRAM_ROOT, loadComponent } from '../load';

interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
}

const app = JSON.parse(readFileSync(join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as AppJson;
const pages = [
  ...app.pages,
  ...(app.subpackages ?? app.subPackages ?? []).flatMap((sub) =>
    sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`),
  ),
];

const read = (page: string, ext: string) =>
  readFileSync(join(MINIPROGRAM_ROOT, `${page}.${ext}`), 'utf8');

afterEach(() => {
  setLargeText(false);
  jest.restoreAllMocks();
});

// Every page is written with definePage() (behaviors/define-page.ts): a Component() tests can load,
// with 大字模式 applied.
describe.each(pages)('page %s', (page) => {
  it('has a Chinese title and renders without console errors', () => {
    const title = (JSON.parse(read(page, 'json')) as { navigationBarTitleText?: string })
      .navigationBarTitleText;
    expect(title).toMatch(/[\u4e00-\u9fa5]/);

    const errors = jest.spyOn(console, 'error');
    const rendered = loadComponent(page);
    expect(rendered.dom!.children.length).toBeGreaterThan(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('follows 大字模式 through <page-meta root-font-size>', () => {
    expect(read(page, 'wxml').trimStart()).toMatch(
      /^<page-meta root-font-size="\{\{rootFontSize\}\}"/,
    );
    const rendered = loadComponent(page);
    const size = () => (rendered.instance.data as { rootFontSize?: string }).rootFontSize;
    expect(size()).toBe('system');
    setLargeText(true);
    expect(size()).toMatch(/^\d+px$/);
  });
});
