import { loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { FAIR, STATS, signup } from './fixtures';

const cloud = useFakeCloud();
beforeEach(() => {
  cloud.ok('fair.get', FAIR);
  cloud.ok('fair.stats', STATS).ok('fair.listSignups', (input: { slotId?: string }) => ({
    items:
      input.slotId === 's2'
        ? [
            signup({
              _id: 'su_li',
              name: '李桂兰',
              slotId: 's2',
              slotLabel: '10:00-11:00',
              status: 'checkedIn',
              checkedInAt: Date.now(),
            }),
          ]
        : [
            signup(),
            signup({
              _id: 'su_li',
              name: '李桂兰',
              slotId: 's2',
              slotLabel: '10:00-11:00',
              status: 'checkedIn',
              checkedInAt: Date.now(),
            }),
          ],
    nextCursor: null,
  }));
});

test('shows totals, slots with counts, and everyone signed up', async () => {
  const page = loadPage('package-cadre/pages/signups/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  expect(textOf(page, '#totals')).toContain('162');
  expect(textOf(page, '#slot-s1')).toContain('09:00-10:00 · 62/100');
  expect(textOf(page, '#person-su_zhang')).toContain('张大勇');
  expect(textOf(page, '#person-su_zhang')).toContain('13812345678');
  expect(textOf(page, '#person-su_li')).toContain('已签到');
});

test('a slot shows only its people; 按邀请人 lists inviters, most first', async () => {
  const page = loadPage('package-cadre/pages/signups/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  await tap(page, '#slot-s2');
  await settle();
  expect(cloud.inputsOf('fair.listSignups').at(-1)).toEqual({
    fairId: 'fair_qingrong',
    slotId: 's2',
  });
  expect(textOf(page, '#people')).not.toContain('张大勇');
  await tap(page, '#view-inviter');
  const inviters = textOf(page, '#inviters');
  expect(inviters.indexOf('分享：刘德贵')).toBeLessThan(inviters.indexOf('直接报名'));
  expect(inviters).toContain('80 人');
});

test('on the fair day each person waiting has 签到; a villager without a phone says who to call', async () => {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  cloud.ok('fair.get', { ...FAIR, day: today });
  cloud.ok('fair.listSignups', {
    items: [
      signup(),
      signup({ _id: 'su_zhao', name: '赵老汉', phone: '', noPhone: true, proxy: true }),
    ],
    nextCursor: null,
  });
  cloud.ok('fair.checkIn', {
    signup: signup({ status: 'checkedIn', checkedInAt: Date.parse('2026-11-28T09:20:00+08:00') }),
    alreadyCheckedIn: false,
  });
  const page = loadPage('package-cadre/pages/signups/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  expect(textOf(page, '#person-su_zhao')).toContain('没手机，村干部联系');
  await tap(page, '#check-in-su_zhang');
  await settle();
  expect(cloud.inputsOf('fair.checkIn')).toEqual([
    { fairId: 'fair_qingrong', signupId: 'su_zhang' },
  ]);
  expect(textOf(page, '#person-su_zhang')).toContain('09:20 已签到');
  expect(page.querySelector('#check-in-su_zhang')).toBeFalsy();
  expect(textOf(page, '#totals')).toContain('140');
});

test('before the fair day there is no 签到 in the list', async () => {
  const page = loadPage('package-cadre/pages/signups/index');
  page.instance.onLoad({ fairId: 'fair_qingrong' });
  await settle(5);
  expect(page.querySelector('#check-in-su_zhang')).toBeFalsy();
});
