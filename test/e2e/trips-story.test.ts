/**
 * 返岗直达, end to end: a worker registers a travel need (to 宁波, leaving today); the town's cadre
 * sees it in the need summary and publishes a bus there on 发一趟车; the cadre shares the trip to
 * the group chat and the worker opens that card and books a seat; at the pick-up point the cadre
 * scans the worker's boarding code; the roster (花名册) shows the worker boarded.
 *
 * The bus leaves today at 23:59 China time (boarding only works on the departure day): a run in
 * the last minute of a China day would see it as gone.
 */
import { chinaDay } from '../../miniprogram/shared/index';
import { onScreen, pick, pickNative } from './browser';
import { freshOpenid } from './cloud';
import { ADMIN_ZIZHONG, PRIVACY_AGREED, useStory } from './story';

jest.setTimeout(240_000);

const story = useStory('trips-story', { admins: [ADMIN_ZIZHONG] });

test('need → summary → 发一趟车 → booked from the shared card → boarded by scan → roster', async () => {
  const today = chinaDay(Date.now());
  const cadre = await story.newCadre();

  // 1. The worker registers a travel need: from 太平镇 to 宁波, leaving from today.
  const worker = freshOpenid('worker');
  const phone = await story.openApp('/package-trips/pages/need/index', { openid: worker });
  await onScreen(phone).locator('#name input').waitFor();
  await phone.locator('#name input').fill('邓春梅');
  await phone.locator('#phone input').fill('13900003333');
  await phone.locator('#county').click();
  await pick(phone, /^资中县/);
  await phone.locator('#town input').fill('太平镇');
  await phone.locator('#village input').fill('庆荣村');
  await phone.locator('#city input').fill('宁波');
  await phone.locator('#employerName input').fill('宁波舜宇光电');
  await phone.locator('#day').click();
  await pickNative(phone, today);
  await phone.locator('#job-yes').click();
  await onScreen(phone).locator('#submit').click();
  await phone.getByRole('button', { name: '允许' }).click();
  const status = onScreen(phone).locator('#status');
  await status.waitFor();
  expect(await status.innerText()).toMatch(/您已登记/);
  await story.step(phone, 'need');

  // 2. The cadre sees the need in the summary and publishes a bus there.
  const desk = await story.openApp(
    '/package-trips/pages/summary/index',
    { openid: cadre },
    PRIVACY_AGREED,
  );
  const group = onScreen(desk).locator('[id^="group-"]', { hasText: '去宁波' });
  await group.waitFor();
  expect((await group.innerText()).replace(/\s+/g, ' ')).toMatch(
    /1人（1份登记）[\s\S]*宁波舜宇光电[\s\S]*太平镇/,
  );
  await story.step(desk, 'summary');
  await onScreen(desk).locator('#new-trip').click();
  await desk.waitForURL(/trip-edit/);
  const form = onScreen(desk);
  await form.locator('#title input').waitFor();
  await form.locator('#title input').fill('太平镇直达宁波大巴');
  await form.locator('#county').click();
  await pick(desk, /^资中县/);
  await form.locator('#toCity input').fill('宁波');
  await form.locator('#toEmployer input').fill('宁波舜宇光电');
  await form.locator('#toAddress input').fill('余姚市舜宇路66号厂门口');
  await form.locator('#to-map').click();
  await desk.getByRole('menuitem', { name: /泉水工业园/ }).click();
  await form.locator('#day').click();
  await pickNative(desk, today);
  await form.locator('#time').click();
  await pickNative(desk, '23:59');
  await form.locator('#add-pickup').click();
  await desk.getByRole('menuitem', { name: /庆荣村村委会/ }).click();
  await form.locator('#pickup-0').waitFor();
  await form.locator('#seats input').fill('45');
  await form.locator('#contactName input').fill('王书记');
  await form.locator('#contactPhone input').fill('13800001111');
  await story.step(desk, 'trip-edit');
  await form.locator('#submit').click();
  await desk.waitForURL(/package-trips%2Fpages%2Ftrip%2Findex|package-trips\/pages\/trip\/index/);
  await onScreen(desk).locator('#manage').waitFor();
  expect(await onScreen(desk).locator('#to').innerText()).toContain('宁波舜宇光电');
  const { items: organised } = await story.cloud.ok(cadre, 'trip.list', { mine: true });
  const trip = organised.find((t) => t.title === '太平镇直达宁波大巴');
  if (!trip) throw new Error('the trip was not published');
  // The worker's need was served: the publish told them.
  expect((await story.cloud.ok(worker, 'travel.myNeed', {})).need?.status).toBe('open');

  // 3. The cadre shares the trip to the group chat; the worker taps the card.
  await onScreen(desk).getByText('发给老乡一起坐').click();
  await desk.locator('.xp-standin').waitFor();
  await desk.getByRole('button', { name: '关闭' }).click();
  const sharedPath = await desk.evaluate<string>('window.__xpLastShare?.path ?? ""');
  const { userId: cadreId } = await story.cloud.ok(cadre, 'account.login', {});
  expect(sharedPath).toBe(`/package-trips/pages/trip/index?id=${trip._id}&inv=${cadreId}`);

  const card = await story.openApp(sharedPath, { openid: worker });
  const book = onScreen(card).locator('#book-form');
  await book.waitFor();
  // One pick-up point: it is chosen already.
  await expect(book.locator('[id^="pickup-"]').first().getAttribute('class')).resolves.toMatch(
    /tp-picked/,
  );
  await card.locator('#name input').fill('邓春梅');
  await card.locator('#phone input').fill('13900003333');
  await onScreen(card).locator('#submit').click();
  await card.getByRole('button', { name: '允许' }).click();
  const codeBox = onScreen(card).locator('#code');
  await codeBox.waitFor();
  const code = (await codeBox.innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);
  expect(await onScreen(card).locator('#mine').innerText()).toMatch(/预约成功[\s\S]*庆荣村村委会/);
  await story.step(card, 'booked');
  // Booking served the need: 我的出行登记 says the seat is taken.
  expect((await story.cloud.ok(worker, 'travel.myNeed', {})).need?.status).toBe('matched');

  // 4. At the pick-up point the cadre scans the worker's code.
  const door = await story.openApp(`/package-trips/pages/boarding/index?tripId=${trip._id}`, {
    openid: cadre,
  });
  await onScreen(door).locator('[id^="missing-"]').first().waitFor();
  expect(await onScreen(door).locator('#missing').innerText()).toContain('邓春梅');
  await onScreen(door).locator('#scan').click();
  await door.getByPlaceholder('二维码内容').fill(code);
  await door.getByRole('button', { name: '确定' }).click();
  const result = onScreen(door).locator('#result');
  await result.waitFor();
  expect(await result.innerText()).toMatch(/请上车[\s\S]*邓春梅[\s\S]*庆荣村/);
  await onScreen(door)
    .locator('#counts')
    .getByText(/已上车 1 人，还差 0 人/)
    .waitFor();
  await story.step(door, 'boarding');

  // 5. The roster shows the worker boarded.
  const roster = await story.openApp(`/package-trips/pages/roster/index?tripId=${trip._id}`, {
    openid: cadre,
  });
  const line = onScreen(roster).locator('[id^="line-"]', { hasText: '邓春梅' });
  await line.waitFor();
  expect(await line.innerText()).toMatch(/\d{2}:\d{2} 上车/);
  expect((await onScreen(roster).locator('#counts').innerText()).replace(/\s+/g, ' ')).toMatch(
    /订座 1 人 · 已上车 1 · 没上车 0/,
  );
  await story.step(roster, 'roster');

  expect(story.errorsOf(phone, desk, card, door, roster)).toEqual([]);
});
