import { fairCardView } from '../../../miniprogram/services/view';
import { loadComponent } from '../load';
import { FAIR_CARD } from '../worker-fixtures';
import { setup, tapOn, textOf } from '../worker-kit';

test('shows the day relative to today, the village, the distance and the seats left', () => {
  setup();
  const card = loadComponent('components/fair-card/index', {
    props: { fair: fairCardView(FAIR_CARD, Date.now()) },
  });
  const text = textOf(card);
  expect(text).toContain('庆荣村院坝招聘会');
  expect(text).toContain('后天');
  expect(text).toContain('资中县 · 庆荣村 · 3.4公里');
  expect(text).toContain('12家单位');
  expect(text).toContain('还能报52人');
});

test('a full fair says 已约满 and a cancelled one 已取消', () => {
  setup();
  const full = loadComponent('components/fair-card/index', {
    props: { fair: fairCardView({ ...FAIR_CARD, seatsLeft: 0 }, Date.now()) },
  });
  expect(textOf(full)).toContain('已约满');
  const cancelled = loadComponent('components/fair-card/index', {
    props: { fair: fairCardView({ ...FAIR_CARD, status: 'cancelled' }, Date.now()) },
  });
  expect(textOf(cancelled)).toContain('已取消');
  expect(textOf(cancelled)).not.toContain('还能报');
});

test('a fair the worker signed up for says 已报名, not the seats left', () => {
  setup();
  const card = loadComponent('components/fair-card/index', {
    props: { fair: fairCardView({ ...FAIR_CARD, signedUp: true }, Date.now()) },
  });
  expect(textOf(card)).toContain('✓ 已报名');
  expect(textOf(card)).not.toContain('还能报');
});

test('a tap opens the fair page', async () => {
  const { wxr } = setup();
  const card = loadComponent('components/fair-card/index', {
    props: { fair: fairCardView(FAIR_CARD, Date.now()) },
  });
  await tapOn(card, '.fc');
  expect(wxr.navigations).toEqual(['/pages/fair/index?id=fair_qingrong']);
});
