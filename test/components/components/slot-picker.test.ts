import { loadComponent, recordEvents } from '../load';
import { FAIR_DETAIL } from '../worker-fixtures';
import { setup, textOf } from '../worker-kit';

function picker(value = '') {
  const root = loadComponent('components/slot-picker/index', {
    props: { slots: FAIR_DETAIL.slots, value },
  });
  return root;
}

test('lists each slot with its time and seats left, a full one as 已约满', () => {
  setup();
  const text = textOf(picker());
  expect(text).toContain('09:00-10:00 还剩12位');
  expect(text).toContain('10:00-11:00 已约满');
  expect(text).toContain('14:00-15:00 还剩40位');
});

test('choosing a slot with seats emits its id', async () => {
  setup();
  const root = picker();
  const changes = recordEvents(root, 'change');
  const slots = root.querySelectorAll('.sp-slot');
  slots[2]!.dispatchEvent('tap');
  await new Promise((r) => setTimeout(r, 0));
  expect(changes).toEqual([{ slotId: 'pm1' }]);
});

test('a full slot cannot be chosen and says why', async () => {
  const { wxr } = setup();
  const root = picker();
  const changes = recordEvents(root, 'change');
  const slots = root.querySelectorAll('.sp-slot');
  slots[1]!.dispatchEvent('tap');
  await new Promise((r) => setTimeout(r, 0));
  expect(changes).toEqual([]);
  expect(wxr.toasts).toEqual(['这个时段已约满，请选别的时段']);
});

test('the chosen slot is marked 已选', () => {
  setup();
  expect(textOf(picker('am1'))).toContain('09:00-10:00 还剩12位 已选');
});
