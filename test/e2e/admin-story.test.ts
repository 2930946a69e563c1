/**
 * The county's 人社局 admin (the demo's 吴建平, 浦北县), end to end with the demo data: verifies a
 * company of the county, judges a held post by its marked words, decides a report with a word the
 * reporter reads, and makes a cadre invite code. Every action row is real buttons in one row,
 * at least 44 px high. Each step is saved to screenshots/admin-story-*.png.
 */
import type { Locator } from 'playwright-core';
import { actionButtonBoxes, answer, onScreen } from './browser';
import { useStory } from './story';

jest.setTimeout(240_000);

const story = useStory('admin-story', { demo: true });

/** The buttons of an action row: each ≥ 44 px high, the first two side by side, same width. */
async function expectButtonRow(row: Locator): Promise<void> {
  const boxes = await actionButtonBoxes(row);
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
  expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
  expect(Math.abs(boxes[0]!.width - boxes[1]!.width)).toBeLessThan(2);
}

test('verify a company → judge a held post → decide a report → make a cadre invite', async () => {
  if (!story.session.demo) throw new Error('the admin story needs the demo data (XP_E2E_DEMO≠0)');

  // 1. 单位审核: a company of 浦北县 waits; 通过 after confirming.
  const admin = await story.openApp('/package-admin/pages/employers/index', 'admin');
  await onScreen(admin).getByText('浦北县人社局 · 只处理本地区的事').waitFor();
  const company = onScreen(admin).locator('[id^="employer-"]').first();
  await company.waitFor();
  const name = (await company.locator('[class*="title"]').first().innerText()).trim();
  await story.step(admin, 'employers');
  await expectButtonRow(company.locator('action-row'));
  await company.getByText('✓ 通过').click();
  await admin.locator('.xp-modal-confirm').click();
  await onScreen(admin).getByText(name, { exact: true }).waitFor({ state: 'detached' });

  // 2. 岗位审核: a held post shows the flagged words marked; 不通过 with a reason.
  await admin.goto(
    admin.url().replace(/path=[^&]*/, 'path=%2Fpackage-admin%2Fpages%2Freview%2Findex'),
  );
  await admin.waitForSelector('html[data-xp-ready="true"]');
  const held = onScreen(admin)
    .locator('action-row', { hasText: '✓ 通过，发布' })
    .first()
    .locator('xpath=..');
  await held.waitFor();
  expect(await held.locator('[class*="ft-text"] [class*="--mtrue"]').count()).toBeGreaterThan(0);
  await story.step(admin, 'review-held');
  await expectButtonRow(held.locator('action-row'));
  const heldTitle = (await held.locator('[class*="title"]').first().innerText()).trim();
  await held.getByText('✕ 不通过').click();
  await answer(admin, '工作内容写了夸大收入的话，请改成实际工资');
  await onScreen(admin)
    .getByText(heldTitle, { exact: true })
    .first()
    .waitFor({ state: 'detached' });

  // 3. 举报: a report names the post; 查无问题 with a word for the reporter.
  await onScreen(admin).getByText('举报').first().click();
  const report = onScreen(admin)
    .locator('action-row', { hasText: '✓ 查无问题' })
    .first()
    .locator('xpath=..');
  await report.waitFor();
  await story.step(admin, 'review-report');
  await expectButtonRow(report.locator('action-row'));
  const reportText = await report.innerText();
  await report.getByText('✓ 查无问题').click();
  await answer(admin, '已电话核实，单位没有收费，岗位正常');
  await eventually(report, reportText);

  // 4. 邀请码: a code for a cadre of the county.
  await admin.goto(
    admin.url().replace(/path=[^&]*/, 'path=%2Fpackage-admin%2Fpages%2Finvites%2Findex'),
  );
  await admin.waitForSelector('html[data-xp-ready="true"]');
  await onScreen(admin).locator('#town input').fill('泉水镇');
  await onScreen(admin).getByRole('button', { name: '生成邀请码' }).click();
  const code = onScreen(admin).locator('[class*="big-code"]').first();
  await code.waitFor();
  expect((await code.innerText()).trim()).toMatch(/^[A-Z0-9]{6,8}$/);
  expect(await onScreen(admin).innerText()).toMatch(/前有效/);
  await story.step(admin, 'invite');

  expect(story.errorsOf(admin)).toEqual([]);
});

/** Waits until the card that showed `text` is gone or shows something else (it was decided). */
async function eventually(
  card: ReturnType<ReturnType<typeof onScreen>['locator']>,
  text: string,
): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    // allInnerTexts does not wait: the card may go between a count and a read.
    const [shown] = await card.allInnerTexts();
    if (shown !== text) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the report was not decided');
}
