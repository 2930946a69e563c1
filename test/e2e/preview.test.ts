/**
 * The browser preview itself: the phone frame with its address bar and role switcher, a shared
 * link opened directly, the tab bar and the page stack (navigateTo and back), on the real pages.
 */
import { eventually, onScreen } from './browser';
import { useStory } from './story';

jest.setTimeout(120_000);

const story = useStory('preview');

test('tab bar switches pages; 我的 → 求职意向 is pushed on the stack and 返回 comes back', async () => {
  const page = await story.openApp('/pages/jobs/index', 'newcomer');
  await page.getByText('为您推荐', { exact: true }).waitFor();
  await page.getByRole('tab', { name: '招聘会' }).click();
  await page.locator('.xp-nav-title', { hasText: '招聘会' }).waitFor();
  await page.getByRole('tab', { name: '我的' }).click();
  await onScreen(page).getByText('填写求职意向', { exact: true }).click();
  await page.waitForURL(/path=%2Fpages%2Fprofile%2Findex/);
  expect(await page.locator('.xp-tabbar').isVisible()).toBe(false);
  await page.getByRole('button', { name: '返回' }).click();
  await onScreen(page).getByText('大字模式', { exact: true }).waitFor();
  expect(await page.locator('.xp-tabbar').isVisible()).toBe(true);
  expect(story.errorsOf(page)).toEqual([]);
});

test('the phone frame shows the page path, opens a pasted link, and switches the demo user', async () => {
  const context = await story.session.browser.newContext({
    viewport: { width: 1100, height: 900 },
    locale: 'zh-CN',
  });
  const shell = await context.newPage();
  await shell.goto(
    new URL('/?path=%2Fpages%2Fme%2Findex&as=worker', story.session.previewUrl).toString(),
  );
  const frame = shell.frameLocator('iframe#app');
  await frame.getByText('大字模式', { exact: true }).waitFor();
  expect(
    await eventually(
      () => shell.locator('#address').inputValue(),
      (v) => v === '/pages/me/index',
    ),
  ).toBe('/pages/me/index');

  // A shared link given unencoded on the preview URL keeps the page's whole query.
  await shell.goto(
    new URL(
      '/?path=/pages/profile/index?from=share&inv=u1&as=worker',
      story.session.previewUrl,
    ).toString(),
  );
  expect(
    await eventually(
      () => shell.locator('#address').inputValue(),
      (v) => v.includes('inv=u1'),
    ),
  ).toBe('/pages/profile/index?from=share&inv=u1');

  // A shared link pasted in the address bar opens that page, with its query, on its own.
  await shell.locator('#address').fill('/pages/profile/index?from=share');
  await shell.getByRole('button', { name: '打开', exact: true }).click();
  await frame.getByRole('button', { name: '首页' }).waitFor();
  expect(
    await eventually(
      () => shell.locator('#address').inputValue(),
      (v) => v.startsWith('/pages/profile'),
    ),
  ).toBe('/pages/profile/index?from=share');

  // The role switcher: the app now calls the cloud as the employer's openid.
  const openid = () =>
    shell.evaluate(
      () =>
        JSON.parse(
          (
            globalThis as unknown as { localStorage: { getItem(k: string): string } }
          ).localStorage.getItem('wx:xp:devGateway'),
        ).openid as string,
    );
  const before = await openid();
  await shell.locator('button.user[data-user="employer"]').click();
  const after = await eventually(openid, (v) => v !== before);
  expect(after).not.toBe(before);
  expect(after).toMatch(/employer/);
  await shell.locator('button.user.on[data-user="employer"]').waitFor();
  await context.close();
});
