/**
 * The courtyard fair, end to end: a neighbour shares the fair to the group chat with the page's
 * share button; a worker opens that link, signs up for a time slot and sees the check-in code; at
 * the gate the cadre checks them in by scanning the code; the fair's stats show the sign-up, the
 * arrival and the neighbour who invited; the ledger exported as CSV lists the worker.
 *
 * The fair is today (check-in only works on the fair day) with one slot until 23:59 China time:
 * a run in the last minute of a China day would see the slot as ended.
 */
import { chinaDay } from '../../miniprogram/shared/index';
import { fairInput } from '../fixtures';
import { onScreen } from './browser';
import { freshOpenid } from './cloud';
import { ADMIN_PUBEI, ADMIN_ZIZHONG, useStory } from './story';

jest.setTimeout(180_000);

const story = useStory('fair-story', { admins: [ADMIN_PUBEI, ADMIN_ZIZHONG] });

test('shared from the page → sign-up → check-in code → cadre scans it → stats and ledger show it', async () => {
  const cadre = await story.newCadre();
  const { fairId } = await story.cloud.ok(
    cadre,
    'fair.create',
    fairInput(Date.now(), {
      day: chinaDay(Date.now()),
      slots: [{ start: '00:00', end: '23:59', capacity: 50 }],
    }),
  );
  // A neighbour opens the fair and shares it to the group chat (the page's share button).
  const neighbour = freshOpenid('worker');
  const { userId: neighbourId } = await story.cloud.ok(neighbour, 'account.login', {});
  const sharer = await story.openApp(`/pages/fair/index?id=${fairId}`, { openid: neighbour });
  await onScreen(sharer).getByText('报名这个时段').waitFor();
  await onScreen(sharer).getByText('发给老乡一起来').click();
  const card = sharer.locator('.xp-standin');
  await card.waitFor();
  // The card's page, as WeChat would open it (the stand-in itself shows no paths).
  expect(await card.innerText()).not.toMatch(/\/pages\//);
  await sharer.getByRole('button', { name: '关闭' }).click();
  const sharedPath = await sharer.evaluate<string>('window.__xpLastShare?.path ?? ""');
  expect(sharedPath).toBe(`/pages/fair/index?id=${fairId}&inv=${neighbourId}`);

  // The worker taps the card in the chat: the shared path opens the fair page on its own.
  const worker = freshOpenid('worker');
  const phone = await story.openApp(sharedPath, { openid: worker });
  await onScreen(phone).getByText('报名这个时段').waitFor();
  await phone.locator('#slots [role="radio"]').first().click();
  await phone.locator('#name input').fill('罗志强');
  await phone.locator('#phone input').fill('13900002222');
  await phone.locator('#submit').click();
  await phone.getByRole('button', { name: '允许' }).click();

  // The sign-up page shows the check-in code, large.
  await phone.waitForURL(/signup-done/);
  const codeBox = onScreen(phone).locator('#code');
  await codeBox.waitFor();
  const code = (await codeBox.innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{6,8}$/);
  const px = await codeBox.evaluate((el) =>
    parseFloat(
      (
        globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }
      ).getComputedStyle((el as { firstElementChild: unknown }).firstElementChild).fontSize,
    ),
  );
  expect(px).toBeGreaterThanOrEqual(28);
  await story.step(phone, 'code');

  // At the gate: the cadre scans the code (the preview asks for the code's text).
  const gate = await story.openApp(`/package-cadre/pages/check-in/index?fairId=${fairId}`, {
    openid: cadre,
  });
  await onScreen(gate).getByText('扫码签到').click();
  await gate.getByPlaceholder('二维码内容').fill(code);
  await gate.getByRole('button', { name: '确定' }).click();
  const result = onScreen(gate).locator('#result');
  await result.waitFor();
  expect(await result.innerText()).toMatch(/签到成功[\s\S]*罗志强/);
  await story.step(gate, 'gate');

  // The stats: one sign-up, one arrival, and the neighbour's invitation counted.
  const stats = await story.openApp(`/package-cadre/pages/stats/index?fairId=${fairId}`, {
    openid: cadre,
  });
  const totals = onScreen(stats).locator('#totals');
  await totals.waitFor();
  expect((await totals.innerText()).replace(/\s+/g, ' ')).toMatch(/1 报名 1 到场/);
  expect(await onScreen(stats).locator('#inviters').innerText()).toMatch(/1 人/);
  await story.step(stats, 'stats');

  // The ledger (台账) goes out as a CSV file with the worker in it.
  await onScreen(stats)
    .getByText(/导出台账/)
    .click();
  await stats.getByRole('button', { name: '发送' }).click();
  const file = (await stats.evaluate(
    () => (globalThis as unknown as { __xpLastFile?: { name: string; text: string } }).__xpLastFile,
  )) as { name: string; text: string } | undefined;
  expect(file?.name).toMatch(/\.csv$/);
  expect(file?.text).toContain('罗志强');

  // The worker's code page now says 已签到 after a refresh.
  await phone.reload();
  await onScreen(phone).getByText('已签到').first().waitFor();

  expect(story.errorsOf(sharer, phone, gate, stats)).toEqual([]);
});
