import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIPROGRAM_ROOT, loadComponent } from './load';

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

// Pages must be written with Component() (STYLE.md) so that tests can load them at all.
describe.each(pages)('page %s', (page) => {
  it('loads in miniprogram-simulate and renders', () => {
    const rendered = loadComponent(page);
    expect(rendered.dom).toBeDefined();
  });
});
