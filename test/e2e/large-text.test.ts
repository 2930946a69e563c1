/**
 * 大字模式 enlarges the pages: the switch in 我的 sets every page's <page-meta root-font-size>, and
 * the pages size their text in rem, so the whole UI grows — on the page that has it, on the other
 * tab pages, and after the app is opened again.
 */
import { eventually, fontPxOf, rootFontPx } from './browser';
import { useStory } from './story';

jest.setTimeout(120_000);

const story = useStory('large-text');

test('大字模式 in 我的 enlarges 我的 and 找工作, and stays on after reopening', async () => {
  const page = await story.openApp('/pages/jobs/index', 'newcomer');
  await page.getByText('为您推荐', { exact: true }).waitFor();
  const jobsTabBefore = await fontPxOf(page, '为您推荐');
  expect(await rootFontPx(page)).toBe(16);

  await page.getByRole('tab', { name: '我的' }).click();
  await page.getByText('大字模式', { exact: true }).waitFor();
  const labelBefore = await fontPxOf(page, '大字模式');
  const hintBefore = await fontPxOf(page, '字和按钮都变大');

  await page.locator('#large-text').first().click();
  expect(
    await eventually(
      () => rootFontPx(page),
      (px) => px >= 20,
    ),
  ).toBeGreaterThanOrEqual(20);
  expect(await fontPxOf(page, '大字模式')).toBeGreaterThanOrEqual(labelBefore * 1.25);
  expect(await fontPxOf(page, '字和按钮都变大')).toBeGreaterThanOrEqual(hintBefore * 1.25);

  await page.getByRole('tab', { name: '找工作' }).click();
  await page.getByText('为您推荐', { exact: true }).waitFor();
  expect(
    await eventually(
      () => rootFontPx(page),
      (px) => px >= 20,
    ),
  ).toBeGreaterThanOrEqual(20);
  expect(await fontPxOf(page, '为您推荐')).toBeGreaterThanOrEqual(jobsTabBefore * 1.25);

  // Opened again (same phone): still large.
  await page.reload();
  await page.getByText('为您推荐', { exact: true }).waitFor();
  expect(
    await eventually(
      () => rootFontPx(page),
      (px) => px >= 20,
    ),
  ).toBeGreaterThanOrEqual(20);

  // And off again.
  await page.getByRole('tab', { name: '我的' }).click();
  await page.getByText('大字模式', { exact: true }).waitFor();
  await page.locator('#large-text').first().click();
  expect(
    await eventually(
      () => rootFontPx(page),
      (px) => px === 16,
    ),
  ).toBe(16);
  expect(await fontPxOf(page, '大字模式')).toBeCloseTo(labelBefore, 0);

  expect(story.errorsOf(page)).toEqual([]);
});
