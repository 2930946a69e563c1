/**
 * Refusals a person must understand: a post that asks job seekers for a fee is refused with the
 * Chinese message next to the field and nothing is posted; a slot that filled up while the worker
 * was filling in the form refuses the sign-up clearly, and no sign-up is recorded.
 */
import { employerInput, fairInput } from '../fixtures';
import { freshOpenid } from './cloud';
import { ADMIN_PUBEI, ADMIN_ZIZHONG, useStory } from './story';

jest.setTimeout(120_000);

const story = useStory('refusals', { admins: [ADMIN_PUBEI, ADMIN_ZIZHONG] });

test('a post that asks for a 押金 is refused next to 工作内容, and nothing is posted', async () => {
  const employer = freshOpenid('employer');
  await story.cloud.ok(employer, 'account.login', {});
  const { employer: company } = await story.cloud.ok(
    employer,
    'employer.register',
    employerInput({}, 11),
  );
  await story.cloud.ok(ADMIN_PUBEI, 'admin.verifyEmployer', {
    employerId: company._id,
    approve: true,
  });

  // This phone agreed to the privacy guide before (the map picker needs it).
  const page = await story.openApp(
    '/package-employer/pages/post/index',
    { openid: employer },
    { '__preview:privacyAgreed': true },
  );
  await page.locator('#title input').waitFor();
  await page.locator('#title input').fill('木工 板材开料');
  await page.locator('#category').click();
  await page.locator('.xp-picker-option').first().click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.locator('#headcount input').fill('6');
  await page.locator('#requirements textarea').fill('会看图纸，有家具厂经验优先，身体健康');
  await page
    .locator('#duties textarea')
    .fill('板材开料、封边，按件计酬。入职先交押金300元，干满三个月退还');
  await page.locator('#region').click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.locator('#address input').fill('泉水镇工业园区8号');
  await page.getByText(/选位置/).click();
  await page.getByRole('menuitem', { name: /泉水工业园/ }).click();
  await page.locator('#unit-month').click();
  await page.locator('#minYuan input').fill('4500');
  await page.locator('#maxYuan input').fill('7000');
  await page.locator('#cycle-monthly').click();
  await page.getByText('提交发布', { exact: true }).click();

  const message = page.locator('#err-duties');
  await message.waitFor();
  expect(await message.innerText()).toMatch(/押金/);
  // Next to the field: right under the 工作内容 textarea.
  const field = await page.locator('#duties').boundingBox();
  const box = await message.boundingBox();
  expect(
    box && field && box.y >= field.y + field.height - 1 && box.y - (field.y + field.height) < 40,
  ).toBe(true);
  // The other fields were fine.
  expect(await page.locator('#err-title').count()).toBe(0);
  expect(await page.locator('#err-pay').count()).toBe(0);
  // Nothing was posted.
  const mine = await story.cloud.ok(employer, 'job.listMine', {});
  expect((mine as { items: unknown[] }).items).toEqual([]);
  expect(story.errorsOf(page)).toEqual([]);
});

test('the last seat taken while a worker fills in the form: the sign-up is refused clearly', async () => {
  const cadre = await story.newCadre();
  const { fairId } = await story.cloud.ok(
    cadre,
    'fair.create',
    fairInput(Date.now(), {
      slots: [
        { start: '09:00', end: '10:00', capacity: 1 },
        { start: '10:00', end: '11:30', capacity: 30 },
      ],
    }),
  );
  const first = freshOpenid('worker');
  const late = freshOpenid('worker');
  await story.cloud.ok(first, 'account.login', {});
  await story.cloud.ok(late, 'account.login', {});
  const fair = (await story.cloud.ok(first, 'fair.get', { fairId } as never)) as unknown as {
    slots: { id: string; start: string }[];
  };
  const early = fair.slots.find((s) => s.start === '09:00');
  if (!early) throw new Error('the fair has no 09:00 slot');

  const page = await story.openApp(`/pages/fair/index?id=${fairId}`, { openid: late });
  await page.getByText('报名这个时段').waitFor();
  await page.locator('#slots [role="radio"]', { hasText: '09:00' }).click();
  await page.locator('#name input').fill('罗志强');
  await page.locator('#phone input').fill('13900001111');

  // Meanwhile another worker takes the only seat of 09:00.
  await story.cloud.ok(first, 'fair.signUp', {
    fairId,
    slotId: early.id,
    name: '梁保华',
    phone: '13877700001',
  } as never);

  await page.locator('#submit').click();
  // The reminder consent WeChat asks inside the tap.
  await page.getByRole('button', { name: '允许' }).click();
  const message = page.locator('#slot-message');
  await message.waitFor();
  expect(await message.innerText()).toMatch(/满/);
  expect(await page.getByText('您已报名').count()).toBe(0);
  const mine = (await story.cloud.ok(late, 'fair.mySignups', {})) as unknown as {
    items: unknown[];
  };
  expect(mine.items).toEqual([]);
  expect(story.errorsOf(page)).toEqual([]);
});
