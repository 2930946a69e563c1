import { find, loadComponent, loadPage, recordEvents, tap } from './load';

const one = (label: string) => ({ actions: [{ key: 'go', label }] });

describe('component test helpers', () => {
  it('renders the same component twice in one test file', () => {
    const first = loadComponent('components/action-row/index', { props: one('报名') });
    const second = loadComponent('components/action-row/index', { props: one('取消') });

    expect(first.dom!.textContent!.trim()).toBe('报名');
    expect(second.dom!.textContent!.trim()).toBe('取消');
  });

  it('reloads with fresh modules when asked', async () => {
    loadComponent('components/action-row/index', { props: one('报名') });
    const fresh = loadComponent('components/action-row/index', {
      props: one('报名'),
      fresh: true,
    });
    const acts = recordEvents(fresh, 'act');

    await tap(find(fresh, '#go'));

    expect(acts).toHaveLength(1);
  });

  it('makes a loaded page the current page', () => {
    const page = loadPage('components/action-row/index');

    expect(getCurrentPages()).toEqual([page.instance]);
    expect(getApp().globalData).toEqual({});
  });

  it('says which selector found nothing', () => {
    const row = loadComponent('components/action-row/index', { props: one('报名') });

    expect(() => find(row, '#go', '.nope')).toThrow('stopped at .nope');
  });
});
