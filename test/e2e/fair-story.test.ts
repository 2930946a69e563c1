/**
 * The courtyard fair, end to end: a worker opens a fair link a neighbour shared in the group chat,
 * signs up for a time slot and sees the check-in code; at the gate the cadre checks them in by
 * scanning the code; the fair's stats show the sign-up, the arrival and the neighbour who invited.
 *
 * The fair is today (check-in only works on the fair day) with one slot until 23:59 China time:
 * a run in the last minute of a China day would see the slot as ended.
 */
import { chinaDay } from '../../miniprogram/shared/index';
import { fairInput, REGIONS } from '../functions/fixtures';
import { onScreen, openSession, pageErrors, type Session } from './browser';
import { CloudClient, freshOpenid } from './cloud';

jest.setTimeout(180_000);

const ADMIN = 'o-admin-pubei-rsj';

let session: Session;
let cloud: CloudClient;

beforeAll(async () => {
  session = await openSession();
  cloud = new CloudClient(session.cloudUrl);
  await cloud.ok(ADMIN, 'account.login', {} as never);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

test('shared fair link → sign-up → check-in code → cadre scans it → the stats show it', async () => {
  const cadre = freshOpenid('cadre');
  await cloud.ok(cadre, 'account.login', {} as never);
  const { code: invite } = await cloud.ok(ADMIN, 'admin.createCadreInvite', {
    area: { ...REGIONS.zizhong, town: '太平镇' },
  });
  await cloud.ok(cadre, 'cadre.redeemInvite', { code: invite });
  const { fairId } = await cloud.ok(
    cadre,
    'fair.create',
    fairInput(Date.now(), {
      day: chinaDay(Date.now()),
      slots: [{ start: '00:00', end: '23:59', capacity: 50 }],
    }),
  );
  // The neighbour who shares the card in the group chat.
  const neighbour = freshOpenid('worker');
  const { userId: neighbourId } = await cloud.ok(neighbour, 'account.login', {} as never);

  // The worker taps the card: the shared link opens the fair page on its own.
  const worker = freshOpenid('worker');
  const phone = await session.openApp(`/pages/fair/index?id=${fairId}&inv=${neighbourId}`, {
    openid: worker,
  });
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

  // At the gate: the cadre scans the code (the preview asks for the code's text).
  const gate = await session.openApp(`/package-cadre/pages/check-in/index?fairId=${fairId}`, {
    openid: cadre,
  });
  await onScreen(gate).getByText('扫码签到').click();
  await gate.getByPlaceholder('二维码内容').fill(code);
  await gate.getByRole('button', { name: '确定' }).click();
  const result = onScreen(gate).locator('#result');
  await result.waitFor();
  expect(await result.innerText()).toMatch(/签到成功[\s\S]*罗志强/);

  // The stats: one sign-up, one arrival, and the neighbour's invitation counted.
  const stats = await session.openApp(`/package-cadre/pages/stats/index?fairId=${fairId}`, {
    openid: cadre,
  });
  const totals = onScreen(stats).locator('#totals');
  await totals.waitFor();
  expect((await totals.innerText()).replace(/\s+/g, ' ')).toMatch(/1 报名 1 到场/);
  expect(await onScreen(stats).locator('#inviters').innerText()).toMatch(/1 人/);

  // The worker's code page now says 已签到 after a refresh.
  await phone.reload();
  await onScreen(phone).getByText('已签到').first().waitFor();

  expect([...pageErrors(phone), ...pageErrors(gate), ...pageErrors(stats)]).toEqual([]);
});
