import { loadComponent, recordEvents } from '../load';
import { setup, textOf } from '../worker-kit';

const CATEGORIES = [
  { value: 'factory', label: '普工' },
  { value: 'woodwork', label: '木工家具' },
  { value: 'construction', label: '建筑工地' },
];

async function tapChip(root: ReturnType<typeof loadComponent>, n: number) {
  root.querySelectorAll('.cg-chip')[n]!.dispatchEvent('tap');
  await new Promise((r) => setTimeout(r, 0));
}

test('single choice: shows the options and emits the tapped value', async () => {
  setup();
  const root = loadComponent('components/chip-group/index', {
    props: { options: CATEGORIES, value: 'factory' },
  });
  expect(textOf(root)).toBe('✓ 普工 木工家具 建筑工地');
  const changes = recordEvents(root, 'change');
  await tapChip(root, 1);
  expect(changes).toEqual([{ value: 'woodwork' }]);
});

test('multiple choice adds and removes values', async () => {
  setup();
  const root = loadComponent('components/chip-group/index', {
    props: { options: CATEGORIES, values: ['factory'], multiple: true },
  });
  const changes = recordEvents(root, 'change');
  await tapChip(root, 2);
  await tapChip(root, 0);
  expect(changes).toEqual([{ values: ['factory', 'construction'] }, { values: [] }]);
});

test('multiple choice stops at max and says so', async () => {
  const { wxr } = setup();
  const root = loadComponent('components/chip-group/index', {
    props: { options: CATEGORIES, values: ['factory', 'woodwork'], multiple: true, max: 2 },
  });
  const changes = recordEvents(root, 'change');
  await tapChip(root, 2);
  expect(changes).toEqual([]);
  expect(wxr.toasts).toEqual(['最多选2个']);
});
