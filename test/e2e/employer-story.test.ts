/**
 * The employer and the worker, end to end, every step in the pages: a factory registers its
 * company, the 人社局 admin verifies it, the employer posts a job; a worker searches with filters
 * (keyword, 地区, 包吃住, 日结), finds it and applies; the employer marks them 已录用; the worker
 * sees 已录用 in 我的报名.
 */
import { usccFor, workerProfile } from '../fixtures';
import { onScreen, pick } from './browser';
import { freshOpenid } from './cloud';
import { ADMIN_PUBEI, PRIVACY_AGREED, useStory } from './story';

jest.setTimeout(240_000);

const story = useStory('employer-story', { admins: [ADMIN_PUBEI] });

test('register → verified → post → found with filters → apply → 已录用 → the worker sees it', async () => {
  const tag = `E2E${Date.now().toString().slice(-6)}`;
  const company = `浦北县泉顺家具有限公司`;
  const employer = freshOpenid('employer');

  // 1. The employer registers the company.
  const emp = await story.openApp(
    '/package-employer/pages/register/index',
    { openid: employer },
    PRIVACY_AGREED,
  );
  await emp.locator('#companyName input').waitFor();
  await emp.locator('#companyName input').fill(company);
  await emp.locator('#uscc input').fill(usccFor(Number(Date.now().toString().slice(-8))));
  await emp
    .locator('#intro textarea, #intro input')
    .first()
    .fill('做实木家具和板式家具，工厂在泉水工业园，员工80人，长期招工。');
  await emp.locator('#contactName input').fill('黄经理');
  await emp.locator('#contactPhone input').fill('13877712345');
  await emp.locator('#region').click();
  await emp.getByRole('button', { name: '确定' }).click();
  await emp.locator('#address input').fill('泉水镇工业园区12号');
  await onScreen(emp)
    .getByText(/选位置/)
    .click();
  await emp.getByRole('menuitem', { name: /泉水工业园/ }).click();
  await onScreen(emp).getByText('提交审核', { exact: true }).click();
  await onScreen(emp).locator('#status-card').waitFor();
  expect(await onScreen(emp).locator('#status-card').innerText()).toMatch(/审核/);
  const mine = await story.cloud.ok(employer, 'employer.mine', {});
  if (!mine) throw new Error('the registration was not stored');

  // 2. The admin verifies it.
  const admin = await story.openApp('/package-admin/pages/employers/index', {
    openid: ADMIN_PUBEI,
  });
  const card = onScreen(admin).locator(`#employer-${mine._id}`);
  await card.waitFor();
  expect(await card.innerText()).toContain(company);
  await card.getByText('通过', { exact: false }).first().click();
  await admin.locator('.xp-modal-confirm').click();
  await card.waitFor({ state: 'detached' });
  expect((await story.cloud.ok(employer, 'employer.mine', {}))?.status).toBe('verified');

  // 3. The employer posts a job.
  await emp.goto(
    emp
      .url()
      .replace(/path=[^&]*/, `path=${encodeURIComponent('/package-employer/pages/post/index')}`),
  );
  await emp.locator('#title input').waitFor();
  await emp.locator('#title input').fill(`板式家具封边工 ${tag}`);
  await emp.locator('#category').click();
  await pick(emp, /木工/);
  await emp.locator('#headcount input').fill('4');
  await emp.locator('#requirements textarea').fill('能吃苦，会用封边机优先，不会的可以教');
  await emp.locator('#duties textarea').fill('板材封边、修边，早八点到晚六点，中午休息两小时');
  await emp.locator('#region').click();
  await emp.getByRole('button', { name: '确定' }).click();
  await emp.locator('#address input').fill('泉水镇工业园区12号');
  await emp.locator('#unit-day').click();
  await emp.locator('#minYuan input').fill('180');
  await emp.locator('#maxYuan input').fill('220');
  await emp.locator('#cycle-daily').click();
  await emp.locator('#benefit-meals').click();
  await emp.locator('#benefit-housing').click();
  await onScreen(emp).getByText('提交发布', { exact: true }).click();
  await onScreen(emp).getByText('✓ 已发布').waitFor();
  const posts = (await story.cloud.ok(employer, 'job.listMine', {})) as unknown as {
    items: { _id: string; title: string }[];
  };
  const job = posts.items.find((p) => p.title.includes(tag));
  if (!job) throw new Error('the post is not in 我的岗位');

  // 4. A worker (with a 求职意向 on file) finds it with filters and applies.
  const worker = freshOpenid('worker');
  await story.cloud.ok(worker, 'account.login', {});
  await story.cloud.ok(
    worker,
    'account.updateProfile',
    workerProfile({ name: '梁保华', phone: '13977700003' }),
  );
  const phone = await story.openApp('/pages/jobs/index', { openid: worker });
  await onScreen(phone).getByText('搜工作', { exact: true }).click();
  await onScreen(phone).locator('#keyword input').fill(tag);
  await onScreen(phone).locator('#pick-county').click();
  await pick(phone, /浦北县/);
  await onScreen(phone).locator('#toggle-meals').click();
  await onScreen(phone).locator('#toggle-daily').click();
  await onScreen(phone).locator('#search-go').click();
  expect(await onScreen(phone).locator('#toggle-meals').getAttribute('aria-checked')).toBe('true');
  expect(await onScreen(phone).locator('#toggle-daily').getAttribute('aria-checked')).toBe('true');
  const found = onScreen(phone).getByText(`板式家具封边工 ${tag}`);
  await found.waitFor();
  await found.click();
  await phone.waitForURL(/pages%2Fjob%2Findex/);
  await onScreen(phone).getByText('我要报名').click();
  await phone.getByRole('button', { name: '允许' }).click();
  await onScreen(phone).locator('#applied').getByText('已报名').waitFor();

  // 5. The employer marks them 已录用.
  await emp.goto(
    emp
      .url()
      .replace(
        /path=[^&]*/,
        `path=${encodeURIComponent(`/package-employer/pages/applicants/index?jobId=${job._id}`)}`,
      ),
  );
  const row = onScreen(emp).getByText('梁保华');
  await row.first().waitFor();
  await story.step(emp, 'applicants');
  await onScreen(emp).getByText('录用', { exact: true }).click();
  await emp.locator('.xp-modal-confirm').click();
  await onScreen(emp).locator('[id^="status-"]', { hasText: '已录用' }).first().waitFor();
  await story.step(emp, 'hired');

  // 6. The worker sees 已录用 in 我的报名.
  await phone.goto(
    phone.url().replace(/path=[^&]*/, `path=${encodeURIComponent('/pages/applications/index')}`),
  );
  const entry = onScreen(phone).getByText(`板式家具封边工 ${tag}`);
  await entry.waitFor();
  expect(await onScreen(phone).innerText()).toMatch(/已录用/);

  expect(story.errorsOf(emp, admin, phone)).toEqual([]);
});
