/**
 * The worker (the demo's 梁保华, a 木工 back home in 浦北), end to end with the demo data: the
 * recommendations say why; 「5000元以上」 keeps only posts that promise it; a post's page says
 * until when it is open, and he applies in one tap; 我的报名 lists it; the 招聘会 tab marks the
 * fair he signed up for; the fair called off for a typhoon shows the cadre's reason and no code;
 * 大字模式 keeps what matters whole. Each step is saved to screenshots/worker-story-*.png.
 */
import { go, onScreen } from './browser';
import { useStory } from './story';

jest.setTimeout(240_000);

const WORKER = 'o-demo-worker-liang';

const story = useStory('worker-story', { demo: true });

test('recommended → 5000元以上 → a post → apply → 我的报名 → fairs marked → a called-off fair', async () => {
  if (!story.session.demo) throw new Error('the worker story needs the demo data (XP_E2E_DEMO≠0)');

  // 1. 为您推荐, each card with its reasons (离家…公里, 工种对口).
  const phone = await story.openApp('/pages/jobs/index', 'worker');
  await onScreen(phone).getByText('为您推荐', { exact: true }).waitFor();
  await onScreen(phone)
    .getByText(/离家.*公里|离家不到1公里/)
    .first()
    .waitFor();
  await story.step(phone, 'recommended');

  // 2. 搜索 with 「5000元以上」: every card's lowest pay is at least 5000 a month.
  await onScreen(phone).locator('#tab-search').click();
  await onScreen(phone).locator('#pick-pay').click();
  await phone.locator('.xp-picker-option', { hasText: '5000元以上' }).first().click();
  await phone.getByRole('button', { name: '确定' }).click();
  await onScreen(phone).getByText('5000元以上 ▾').waitFor();
  const found = await story.cloud.ok(WORKER, 'job.search', { minPayYuan: 5000 });
  expect(found.items.length).toBeGreaterThan(0);
  for (const card of found.items) {
    const perMonth = card.pay.unit === 'day' ? card.pay.minYuan * 26 : card.pay.minYuan;
    if (card.pay.unit !== 'hour') expect(perMonth).toBeGreaterThanOrEqual(5000);
  }
  await story.step(phone, 'search-5000');

  // 3. A post he has not applied to: 「…（周…）前有效」, then 报名 in one tap.
  let jobId = '';
  for (const card of found.items) {
    const detail = await story.cloud.ok(WORKER, 'job.get', { jobId: card._id });
    if (!detail.myApplication) {
      jobId = card._id;
      break;
    }
  }
  expect(jobId).not.toBe('');
  await go(phone, `/pages/job/index?id=${jobId}`);
  await onScreen(phone).locator('#apply').waitFor();
  expect(await onScreen(phone).innerText()).toMatch(/\d+月\d+日（周.）前有效/);
  await story.step(phone, 'job');
  await onScreen(phone).locator('#apply').click();
  const allow = phone.getByRole('button', { name: '允许' });
  if (await allow.isVisible().catch(() => false)) await allow.click();
  await onScreen(phone).locator('#applied').waitFor();
  await story.step(phone, 'applied');

  // 4. 我的报名 lists it as 已投递.
  const title = (await story.cloud.ok(WORKER, 'job.get', { jobId })).title;
  await go(phone, '/pages/applications/index');
  const row = onScreen(phone).locator('[class*="card"]', { hasText: title }).first();
  await row.waitFor();
  expect(await row.innerText()).toMatch(/已投递/);
  await story.step(phone, 'applications');

  // 5. 招聘会: the fair he signed up for says ✓ 已报名 (the server marks it for him).
  const mine = await story.cloud.ok(WORKER, 'fair.mySignups', {});
  expect(mine.items.length).toBeGreaterThan(0);
  await go(phone, '/pages/fairs/index');
  await onScreen(phone).getByText('✓ 已报名').first().waitFor();
  await story.step(phone, 'fairs');

  // 6. The fair called off for a typhoon: the reason first, no check-in code.
  await phone.getByRole('tab', { name: '我的' }).click(); // the tab bar of a tab page
  await onScreen(phone)
    .getByText(/以前的报名/)
    .first()
    .waitFor();
  await onScreen(phone)
    .getByText(/以前的报名/)
    .first()
    .click();
  const calledOff = onScreen(phone).getByText(/台风/).first();
  await calledOff.waitFor();
  await calledOff.click();
  await onScreen(phone)
    .getByText(/村干部说：.*台风/)
    .waitFor();
  expect(await onScreen(phone).locator('#code').count()).toBe(0);
  await story.step(phone, 'called-off');

  // 7. 大字模式: the jobs page with large type keeps distances and pay whole on one line.
  const large = await story.openApp('/pages/jobs/index', 'worker', { 'xp:largeText': true });
  await onScreen(large).getByText('为您推荐', { exact: true }).waitFor();
  await onScreen(large).getByText(/公里/).first().waitFor();
  const split = await large.evaluate(`(() => {
    const bad = [];
    for (const el of document.querySelectorAll('.xp-page-top [class*="keep"]')) {
      const r = el.getClientRects();
      if (r.length > 1 && r[0].top !== r[r.length - 1].top) bad.push(el.textContent);
    }
    return bad;
  })()`);
  expect(split).toEqual([]);
  await story.step(large, 'large-text');

  expect(story.errorsOf(phone, large)).toEqual([]);
});
