import { loadComponent } from '../load';
import { setup, textOf } from '../worker-kit';

test.each([
  ['application', 'interview', '邀约面试'],
  ['application', 'hired', '已录用'],
  ['application', 'withdrawn', '已撤回'],
  ['signup', 'checkedIn', '已签到'],
  ['job', 'filled', '已招满'],
  ['fair', 'upcoming', '报名中'],
])('%s %s reads %s', (kind, status, label) => {
  setup();
  const tag = loadComponent('components/status-tag/index', { props: { kind, status } });
  expect(textOf(tag)).toBe(label);
});
