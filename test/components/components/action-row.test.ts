import type { RowAction } from '../../../miniprogram/components/action-row/types';
import { find, loadComponent, recordEvents, tap } from '../load';

const ACTIONS: RowAction[] = [
  { key: 'viewed', label: '标为已查看' },
  { key: 'interview', label: '邀约面试' },
  { key: 'hired', label: '录用', tone: 'main' },
  { key: 'rejected', label: '不合适', tone: 'danger' },
];

describe('action-row', () => {
  it('shows every action as a large button of the same width, in one row of cells', () => {
    const row = loadComponent('components/action-row/index', {
      props: { actions: ACTIONS, prefix: 'act-a1-' },
    });
    const buttons = Array.from(row.dom!.querySelectorAll('wx-button'));
    expect(buttons.map((b) => b.textContent!.trim())).toEqual([
      '标为已查看',
      '邀约面试',
      '录用',
      '不合适',
    ]);
    for (const b of buttons) {
      expect(b.className).toContain('btn-large');
      expect(b.className).toContain('btn-block');
    }
    // Bordered (.btn) or filled (.btn-primary), never bare text; the risky one in red.
    expect(buttons[0]!.className).not.toContain('btn-primary');
    expect(buttons[0]!.className).not.toContain('btn-text');
    expect(buttons[2]!.className).toContain('btn-primary');
    expect(buttons[3]!.className).toContain('btn-danger');
    expect(row.dom!.querySelectorAll('[class*="ar-cell"]')).toHaveLength(4);
  });

  it('says which action was tapped', async () => {
    const row = loadComponent('components/action-row/index', { props: { actions: ACTIONS } });
    const acts = recordEvents(row, 'act');
    await tap(find(row, '#hired'));
    expect(acts).toEqual([{ key: 'hired' }]);
  });

  it('ignores taps while one action is under way', async () => {
    const row = loadComponent('components/action-row/index', {
      props: { actions: ACTIONS, busy: 'hired' },
    });
    const acts = recordEvents(row, 'act');
    await tap(find(row, '#rejected'));
    expect(acts).toHaveLength(0);
  });
});
