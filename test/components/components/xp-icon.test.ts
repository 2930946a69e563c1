import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XP_ICON_NAMES } from '../../../miniprogram/components/xp-icon/types';
import { loadComponent, MINIPROGRAM_ROOT } from '../load';

const ICON_DIR = join(MINIPROGRAM_ROOT, 'components', 'xp-icon');

function wxmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'miniprogram_npm') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) wxmlFiles(path, out);
    else if (name.endsWith('.wxml')) out.push(path);
  }
  return out;
}

/** The icons index.wxss draws: `.xp-icon--<name>` rules with an SVG. */
function drawnIcons(): string[] {
  const wxss = readFileSync(join(ICON_DIR, 'index.wxss'), 'utf8');
  return [
    ...wxss.matchAll(/\.xp-icon--([a-z-]+) \{\s*--xp-icon: url\("data:image\/svg\+xml,/g),
  ].map((m) => m[1]!);
}

describe('xp-icon', () => {
  it('draws exactly the icons its type names', () => {
    expect(drawnIcons().sort()).toEqual([...XP_ICON_NAMES].sort());
  });

  it('draws every icon a page or component asks for by name', () => {
    const asked = wxmlFiles(MINIPROGRAM_ROOT).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<xp-icon[^>]*\sname="([^"{]+)"/g)].map((m) => ({
        file: file.slice(MINIPROGRAM_ROOT.length + 1),
        name: m[1]!,
      })),
    );
    expect(asked.length).toBeGreaterThan(20);
    const drawn = new Set(drawnIcons());
    expect(asked.filter((a) => !drawn.has(a.name))).toEqual([]);
  });

  it('is the size and colour it is given, so it grows with 大字模式 when given in rem', () => {
    const icon = loadComponent('components/xp-icon/index', {
      props: { name: 'location', size: '1.5rem', color: 'var(--xp-red)' },
    });
    const view = icon.dom!.querySelector('[class*="xp-icon--location"]') as HTMLElement;
    expect(view).not.toBeNull();
    expect(view.getAttribute('style')).toContain('width: 1.5rem; height: 1.5rem;');
    expect(view.getAttribute('style')).toContain('color: var(--xp-red)');
  });
});
