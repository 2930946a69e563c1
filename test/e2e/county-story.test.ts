/**
 * The county's 人社局 keeps the market clean (issue 16), end to end with the demo data: the admin
 * (吴建平, 浦北县) reads the area's figures on 数据看板 and drills into a town; a worker reports a 劳务 company's post for asking a
 * deposit; the admin opens the company from the report (单位档案), suspends it with a reason after
 * a dialog that says what happens, which settles the report (单位已被暂停招聘, with the reason); the
 * worker reads the outcome in 我的举报, and the post is gone from 找工作 search. The company is made here, so the
 * other stories' companies stay as they are. Each step is saved to screenshots/county-story-*.png.
 */
import { chinaDay } from '../../miniprogram/shared/index';
import { demoUscc, REGION } from '../../scripts/demo/data';
import { labourPost } from '../../scripts/demo/suspended';
import { demoUser } from '../../scripts/demo/users';
import { workerProfile } from '../fixtures';
import { answer, go, onScreen } from './browser';
import { useStory } from './story';

jest.setTimeout(240_000);

const HR = 'o-e2e-county-hr';
const NEWCOMER = 'o-e2e-county-newcomer';
const COMPANY = '浦北县快招劳务有限公司';
const POST = '东莞电子厂普工（快招）';
const REASON = '向求职者收取押金，经核实，暂停招聘';

const story = useStory('county-story', { demo: true });

test('数据看板 and a town → a report → 单位档案 → 暂停招聘 settles the report → 我的举报 → gone from search', async () => {
  if (!story.session.demo) throw new Error('the county story needs the demo data (XP_E2E_DEMO≠0)');
  const admin = demoUser('admin').openid;
  const worker = demoUser('worker').openid;

  // A 浦北县 劳务 company, verified, with a live post; a worker reports it for a deposit.
  await story.cloud.ok(HR, 'account.login', {});
  const { employer } = await story.cloud.ok(HR, 'employer.register', {
    companyName: COMPANY,
    uscc: demoUscc('pubei', 77),
    intro: '劳务派遣，介绍广东的电子厂。',
    contactName: '钟先生',
    contactPhone: '17377790777',
    region: { ...REGION.pubei },
    address: '小江街道解放路20号',
    location: { lat: 22.2705, lng: 109.5585 },
  });
  await story.cloud.ok(admin, 'admin.verifyEmployer', { employerId: employer._id, approve: true });
  const { jobId, status } = await story.cloud.ok(HR, 'job.create', {
    ...labourPost(POST, chinaDay(Date.now())),
  });
  expect(status).toBe('published');
  expect((await story.cloud.ok(worker, 'job.search', { keyword: '快招' })).items).toHaveLength(1);
  await story.cloud.ok(worker, 'report.create', {
    jobId,
    reason: 'fee',
    details: '电话里说要先交500块押金才安排进厂',
  });

  // A villager of 泉水镇 fills in their 求职意向 this week: the town has a row on 数据看板.
  await story.cloud.ok(NEWCOMER, 'account.login', {});
  await story.cloud.ok(NEWCOMER, 'account.updateProfile', workerProfile({ phone: '13977740777' }));

  // 1. 数据看板: 浦北县's figures, each with the words that say what it counts; a town's row
  // drills down to the town (the breadcrumb goes back up).
  const phone = await story.openApp('/package-admin/pages/dashboard/index', 'admin');
  await onScreen(phone).locator('#period-label', { hasText: '浦北县' }).waitFor();
  const live = await onScreen(phone).locator('#fig-jobs-live').innerText();
  expect(live).toContain('正在招聘');
  await story.step(phone, 'dashboard');
  const town = onScreen(phone).locator('[id^="row-workers-byPlace-"]', { hasText: '泉水镇' });
  await town.click();
  await onScreen(phone).locator('#period-label', { hasText: '泉水镇' }).waitFor();
  expect(await onScreen(phone).locator('#crumbs').innerText()).toContain('浦北县');
  await story.step(phone, 'dashboard-town');

  // 2. 审核 → 举报: the report sits under its company; 单位档案 › opens the company.
  await go(phone, '/package-admin/pages/review/index?tab=reports');
  const head = onScreen(phone).locator('[id^="company-report-"]', { hasText: COMPANY });
  await head.waitFor();
  await story.step(phone, 'reports');
  await head.click();
  await onScreen(phone).locator('#company').waitFor();
  expect(await onScreen(phone).locator('#company').innerText()).toContain(COMPANY);
  expect(await onScreen(phone).locator(`#report-${jobId}`).innerText()).toContain('被举报 1 次');
  await story.step(phone, 'company');

  // 3. 暂停招聘: a reason, then a dialog in plain words saying what happens.
  await onScreen(phone).locator('#suspend').click();
  await answer(phone, REASON);
  const dialog = phone.locator('.xp-modal-content');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('岗位马上从找工作里消失');
  expect(await dialog.innerText()).toContain('报了名的人会收到通知');
  expect(await dialog.innerText()).toContain('还没处理的举报会告诉举报人“单位已被暂停招聘”');
  await story.step(phone, 'suspend-dialog');
  await phone.locator('.xp-modal-confirm').click();
  await onScreen(phone).locator('#status', { hasText: '已暂停资格' }).waitFor();
  expect(await onScreen(phone).locator('#suspension').innerText()).toContain(REASON);
  await onScreen(phone).locator('#lift').waitFor();
  await story.step(phone, 'suspended');

  // 4. The suspension settled the report: its outcome is on the company page, nothing to do.
  const settled = onScreen(phone).locator(`#report-${jobId}`);
  await settled.getByText(`单位已被暂停招聘：${REASON}`).waitFor();
  expect(await onScreen(phone).locator(`#pending-${jobId}`).count()).toBe(0);

  // 5. The worker who reported reads the outcome and the word in 我的举报.
  const mine = await story.openApp('/pages/reports/index', 'worker');
  const outcome = onScreen(mine).locator('[id^="report-"]', { hasText: POST }).first();
  await outcome.waitFor();
  expect(await outcome.innerText()).toContain('单位已被暂停招聘');
  expect(await outcome.innerText()).toContain(`人社局说：${REASON}`);
  await story.step(mine, 'my-reports');

  // 6. 找工作 → 搜工作 「快招」: nothing of the company is left.
  await go(mine, '/pages/jobs/index');
  await onScreen(mine).locator('#tab-search').click();
  await onScreen(mine).locator('#keyword input').fill('快招');
  await onScreen(mine).locator('#search-go').click();
  await onScreen(mine).getByText('没有找到合适的工作，换个条件试试').waitFor();
  expect(await onScreen(mine).innerText()).not.toContain(POST);
  expect((await story.cloud.ok(worker, 'job.search', { keyword: '快招' })).items).toEqual([]);
  await story.step(mine, 'search');

  expect(story.errorsOf(phone)).toEqual([]);
  expect(story.errorsOf(mine)).toEqual([]);
});
