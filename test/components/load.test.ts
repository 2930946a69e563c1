import { find, loadComponent, loadPage, recordEvents, tap } from './load';

describe('component test helpers', () => {
  it('renders the same component twice in one test file', () => {
    const first = loadComponent('components/big-button/index', { props: { text: '报名' } });
    const second = loadComponent('components/big-button/index', { props: { text: '取消' } });

    expect(first.dom!.textContent!.trim()).toBe('报名');
    expect(second.dom!.textContent!.trim()).toBe('取消');
  });

  it('reloads with fresh modules when asked', async () => {
    loadComponent('components/big-button/index', { props: { text: '报名' } });
    const fresh = loadComponent('components/big-button/index', {
      props: { text: '报名' },
      fresh: true,
    });
    const presses = recordEvents(fresh, 'press');

    await tap(find(fresh, '.big-button', '.t-button'));

    expect(presses).toHaveLength(1);
  });

  it('makes a loaded page the current page', () => {
    const page = loadPage('components/big-button/index');

    expect(getCurrentPages()).toEqual([page.instance]);
    expect(getApp().globalData).toEqual({});
  });

  it('says which selector found nothing', () => {
    const button = loadComponent('components/big-button/index');

    expect(() => find(button, '.big-button', '.nope')).toThrow('stopped at .nope');
  });
});
