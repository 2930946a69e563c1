import { addDays, chinaDay, formatDay } from '../../../miniprogram/shared/time';
import { exists, loadPage, settle, tap, textOf, useFakeCloud } from '../package-common/harness';
import { FAIR_CARDS } from './fixtures';

const cloud = useFakeCloud();

test('lists my fairs with what each can still do', async () => {
  cloud.ok('fair.list', { items: FAIR_CARDS, nextCursor: null });
  const page = loadPage('package-cadre/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  expect(cloud.inputsOf('fair.list')).toEqual([{ mine: true }]);
  expect(textOf(page, '#fair-fair_qingrong')).toContain('庆荣村院坝招聘会');
  expect(textOf(page, '#fair-fair_qingrong')).toContain('还剩 118 个名额');
  expect(exists(page, '#checkin-fair_qingrong')).toBe(true);
  expect(textOf(page, '#fair-fair_old')).toContain('已结束');
  expect(exists(page, '#checkin-fair_old')).toBe(false);
  expect(exists(page, '#stats-fair_old')).toBe(true);

  const nav = jest.spyOn(wx, 'navigateTo');
  await tap(page, '#checkin-fair_qingrong');
  expect(nav).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/package-cadre/pages/check-in/index?fairId=fair_qingrong' }),
  );
  nav.mockRestore();
});

test('someone who is not a cadre is sent to redeem an invite code', async () => {
  cloud.fail('fair.list', 'FORBIDDEN', '您没有权限做这件事');
  const page = loadPage('package-cadre/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page)).toContain('填写邀请码认证');
});

test('every fair shows its date, today and tomorrow included', async () => {
  const today = chinaDay(Date.now());
  cloud.ok('fair.list', {
    items: [
      { ...FAIR_CARDS[0]!, day: today },
      { ...FAIR_CARDS[1]!, day: addDays(today, -7) },
    ],
    nextCursor: null,
  });
  const page = loadPage('package-cadre/pages/fairs/index');
  page.instance.onLoad({});
  await settle();
  expect(textOf(page, `#fair-${FAIR_CARDS[0]!._id}`)).toContain(`今天 ${formatDay(today)}`);
  expect(textOf(page, `#fair-${FAIR_CARDS[1]!._id}`)).toContain(formatDay(addDays(today, -7)));
});

test('the list loads again when shown again once ready, and on 下拉刷新', async () => {
  cloud.ok('fair.list', { items: FAIR_CARDS, nextCursor: null });
  const page = loadPage('package-cadre/pages/fairs/index');
  page.instance.onShow();
  expect(cloud.inputsOf('fair.list')).toHaveLength(0);
  page.instance.onLoad({});
  await settle();
  expect(cloud.inputsOf('fair.list')).toHaveLength(1);

  page.instance.onShow();
  await settle();
  expect(cloud.inputsOf('fair.list')).toHaveLength(2);

  const stop = jest.spyOn(wx, 'stopPullDownRefresh');
  await page.instance.onPullDownRefresh();
  expect(cloud.inputsOf('fair.list')).toHaveLength(3);
  expect(stop).toHaveBeenCalled();
  stop.mockRestore();
});
