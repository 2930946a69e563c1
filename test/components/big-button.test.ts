import { find, loadComponent, recordEvents, tap } from './load';

describe('big-button', () => {
  it('renders a large primary TDesign button with its text', () => {
    const button = loadComponent('components/big-button/index', { props: { text: '立即报名' } });

    const native = button.dom!.querySelector('wx-button')!;
    expect(native.className).toContain('t-button--size-large');
    expect(native.className).toContain('t-button--primary');
    expect(native.textContent!.trim()).toBe('立即报名');
  });

  it('emits press when the TDesign button inside is tapped', async () => {
    const button = loadComponent('components/big-button/index', { props: { text: '一键拨打' } });
    const presses = recordEvents(button, 'press');

    await tap(find(button, '.big-button', '.t-button'));

    expect(presses).toHaveLength(1);
  });

  it('does not emit press while loading', async () => {
    const button = loadComponent('components/big-button/index', {
      props: { text: '提交中', loading: true },
    });
    const presses = recordEvents(button, 'press');

    await tap(find(button, '.big-button', '.t-button'));

    expect(presses).toHaveLength(0);
  });
});
