/**
 * The cadre's 劳动力台账, end to end: a cadre of 太平镇 records a villager who has no phone; on the
 * person's page the matches list today's fair, and 代登记 opens the fair's proxy sign-up filled in;
 * at the gate the cadre finds them by name and checks them in; an employer of the fair records an
 * agreement with them; the person's page says 已就业 · 招聘会达成意向 and the village's row counts
 * one more placed this month. Each step is saved to screenshots/ledger-story-*.png.
 *
 * The fair is today (check-in only works on the fair day) with one slot until 23:59 China time.
 */
import { chinaDay } from '../../miniprogram/shared/index';
import { employerInput, fairInput, jobInput } from '../fixtures';
import { onScreen } from './browser';
import { freshOpenid } from './cloud';
import { ADMIN_PUBEI, ADMIN_ZIZHONG, useStory } from './story';

jest.setTimeout(240_000);

const VILLAGE = '庆荣村';

const story = useStory('ledger-story', { admins: [ADMIN_PUBEI, ADMIN_ZIZHONG] });

/** A name nobody in the town's ledger has yet (the ledger knows a phoneless person by name). */
function freshName(): string {
  const chars = '德福贵顺长春明华国强';
  const n = Date.now() % 10_000;
  return `罗${chars[n % 10]}${chars[Math.floor(n / 10) % 10]}${chars[Math.floor(n / 100) % 10]}`;
}

/** A verified employer of 浦北 with a published post; returns its ids. */
async function employerWithPost(): Promise<{ openid: string; employerId: string; jobId: string }> {
  const openid = freshOpenid('employer');
  await story.cloud.ok(openid, 'account.login', {});
  const { employer } = await story.cloud.ok(
    openid,
    'employer.register',
    employerInput({}, (Date.now() % 800_000_000) + 1),
  );
  await story.cloud.ok(ADMIN_PUBEI, 'admin.verifyEmployer', {
    employerId: employer._id,
    approve: true,
  });
  const { jobId } = await story.cloud.ok(openid, 'job.create', jobInput(Date.now()));
  return { openid, employerId: employer._id, jobId };
}

async function villageRow(cadre: string) {
  const { villages } = await story.cloud.ok(cadre, 'ledger.villageCounts', {});
  return villages.find((v) => v.village === VILLAGE) ?? { total: 0, placedThisMonth: 0 };
}

test('recorded without a phone → matched to a fair → 代登记 → checked in → agreement → placed', async () => {
  const cadre = await story.newCadre();
  const employer = await employerWithPost();
  const { fairId } = await story.cloud.ok(
    cadre,
    'fair.create',
    fairInput(Date.now(), {
      day: chinaDay(Date.now()),
      slots: [{ start: '00:00', end: '23:59', capacity: 50 }],
      employers: [{ employerId: employer.employerId, jobIds: [employer.jobId] }],
    }),
  );
  const before = await villageRow(cadre);
  const name = freshName();

  // 1. The cadre records the villager: no phone, 50s, back home and looking.
  const form = await story.openApp('/package-cadre/pages/ledger-form/index', { openid: cadre });
  await onScreen(form).locator('#name input').fill(name);
  await onScreen(form).locator('#village input').fill(VILLAGE);
  await onScreen(form).locator('#no-phone').click();
  await onScreen(form).locator('#ageBand-from50').click();
  await onScreen(form).locator('#situation-returnedIdle').click();
  await onScreen(form).locator('#categories-cleaning').click();
  await story.step(form, 'form');
  await onScreen(form).locator('#submit').click();
  const recorded = await waitFor(async () => {
    const { items } = await story.cloud.ok(cadre, 'ledger.list', { village: VILLAGE, q: name });
    return items.find((p) => p.name === name);
  });
  expect(recorded.phone).toBe('');

  // 2. The person's page: today's fair among the matches; 代登记 opens the fair's form filled in.
  const person = await story.openApp(
    `/package-cadre/pages/ledger-person/index?personId=${recorded._id}`,
    { openid: cadre },
  );
  await onScreen(person).locator('#info').getByText('没有手机').waitFor();
  const signUp = onScreen(person).locator(`#signup-${fairId}`);
  await signUp.waitFor();
  await story.step(person, 'matches');
  await signUp.click();
  await person.waitForURL(/proxy-signup/);
  const proxy = onScreen(person);
  expect(await proxy.locator('#name input').inputValue()).toBe(name);
  expect(await proxy.locator('#village input').inputValue()).toBe(VILLAGE);
  await proxy.locator('#slot-s1').click();
  await story.step(person, 'proxy-signup');
  await proxy.locator('#submit').click();
  await onScreen(person).locator('#done').waitFor();

  // 3. At the gate: found by name, checked in.
  const gate = await story.openApp(`/package-cadre/pages/check-in/index?fairId=${fairId}`, {
    openid: cadre,
  });
  await onScreen(gate).locator('#query input').fill(name);
  await onScreen(gate).locator('#search').click();
  const found = onScreen(gate).locator('[id^="found-"]', { hasText: name });
  await found.waitFor();
  await found.locator('[id^="check-in-"]').click();
  await onScreen(gate).locator('#result').getByText(name).waitFor();
  await story.step(gate, 'check-in');

  // 4. The employer records the agreement made at the fair.
  const { items: signups } = await story.cloud.ok(cadre, 'fair.listSignups', { fairId, q: name });
  const signup = signups.find((s) => s.name === name);
  expect(signup?.status).toBe('checkedIn');
  await story.cloud.ok(employer.openid, 'fair.recordAgreement', {
    fairId,
    signupId: signup!._id,
    jobId: employer.jobId,
  });

  // 5. The person's page says placed; the village counts one more placed this month.
  const placed = await story.openApp(
    `/package-cadre/pages/ledger-person/index?personId=${recorded._id}`,
    { openid: cadre },
  );
  const line = onScreen(placed).locator('#placed');
  await line.waitFor();
  expect(await line.innerText()).toContain('招聘会达成意向');
  const timeline = await onScreen(placed).locator('#timeline').innerText();
  expect(timeline).toContain('报名 庆荣村院坝招聘会');
  expect(timeline).toContain('到场 庆荣村院坝招聘会');
  await story.step(placed, 'placed');

  const ledger = await story.openApp('/package-cadre/pages/ledger/index', { openid: cadre });
  const row = onScreen(ledger).locator('[id^="village-"]', { hasText: VILLAGE });
  await row.waitFor();
  const text = (await row.innerText()).replace(/\s+/g, '');
  expect(text).toContain(`共${before.total + 1}人`);
  expect(text).toContain(`本月就业${before.placedThisMonth + 1}`);
  await story.step(ledger, 'village-count');

  expect(story.errorsOf(form, person, gate, placed, ledger)).toEqual([]);
});

/** Polls until `read` gives a value (the form's save is asynchronous). */
async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('waited in vain');
    await new Promise((r) => setTimeout(r, 200));
  }
}
