import { loadComponent, recordEvents } from '../load';
import { setup, tapOn, textOf } from '../worker-kit';

test('loading says so', () => {
  setup();
  expect(
    textOf(loadComponent('components/load-state/index', { props: { state: 'loading' } })),
  ).toContain('正在加载');
});

test('an error shows the message and a 重试 button that emits retry', async () => {
  setup();
  const root = loadComponent('components/load-state/index', {
    props: { state: 'error', message: '网络不好，请检查网络后再试' },
  });
  expect(textOf(root)).toContain('网络不好，请检查网络后再试');
  expect(textOf(root)).toContain('重试');
  const retries = recordEvents(root, 'retry');
  await tapOn(root, '.ls-retry');
  expect(retries).toHaveLength(1);
});

test('empty shows its text; the end of a list says 没有更多了', () => {
  setup();
  expect(
    textOf(
      loadComponent('components/load-state/index', {
        props: { state: 'empty', emptyText: '还没有报名工作' },
      }),
    ),
  ).toBe('还没有报名工作');
  expect(textOf(loadComponent('components/load-state/index', { props: { state: 'end' } }))).toBe(
    '没有更多了',
  );
});
