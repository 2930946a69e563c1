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
import { employerInput, fairInput, jobInput, REGIONS } from '../fixtures';
import { onScreen, openSession, pageErrors, saveStep, type Session } from './browser';
import { CloudClient, freshOpenid } from './cloud';

jest.setTimeout(240_000);

/** 浦北县's 人社局 verifies the employer; 资中县's appoints the cadre. */
const ADMIN_PUBEI = 'o-admin-pubei-rsj';
const ADMIN_ZIZHONG = 'o-demo-admin-zizhong';
const VILLAGE = '庆荣村';

let session: Session;
let cloud: CloudClient;

beforeAll(async () => {
  session = await openSession();
  cloud = new CloudClient(session.cloudUrl);
  await cloud.ok(ADMIN_PUBEI, 'account.login', {} as never);
  await cloud.ok(ADMIN_ZIZHONG, 'account.login', {} as never);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

/** A name nobody in the town's ledger has yet (the ledger knows a phoneless person by name). */
function freshName(): string {
  const chars = '德福贵顺长春明华国强';
  const n = Date.now() % 10_000;
  return `罗${chars[n % 10]}${chars[Math.floor(n / 10) % 10]}${chars[Math.floor(n / 100) % 10]}`;
}

/** A verified employer of 浦北 with a published post; returns its ids. */
async function employerWithPost(): Promise<{ openid: string; employerId: string; jobId: string }> {
  const openid = freshOpenid('employer');
  await cloud.ok(openid, 'account.login', {} as never);
  const { employer } = await cloud.ok(
    openid,
    'employer.register',
    employerInput({}, (Date.now() % 800_000_000) + 1),
  );
  await cloud.ok(ADMIN_PUBEI, 'admin.verifyEmployer', {
    employerId: employer._id,
    approve: true,
  });
  const { jobId } = await cloud.ok(openid, 'job.create', jobInput(Date.now()));
  return { openid, employerId: employer._id, jobId };
}

async function villageRow(cadre: string) {
  const { villages } = await cloud.ok(cadre, 'ledger.villageCounts', {});
  return villages.find((v) => v.village === VILLAGE) ?? { total: 0, placedThisMonth: 0 };
}

test('recorded without a phone → matched to a fair → 代登记 → checked in → agreement → placed', async () => {
  const cadre = freshOpenid('cadre');
  await cloud.ok(cadre, 'account.login', {} as never);
  const { code: invite } = await cloud.ok(ADMIN_ZIZHONG, 'admin.createCadreInvite', {
    area: { ...REGIONS.zizhong, town: '太平镇' },
  });
  await cloud.ok(cadre, 'cadre.redeemInvite', { code: invite });
  const employer = await employerWithPost();
  const { fairId } = await cloud.ok(
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
  const form = await session.openApp('/package-cadre/pages/ledger-form/index', { openid: cadre });
  await onScreen(form).locator('#name input').fill(name);
  await onScreen(form).locator('#village input').fill(VILLAGE);
  await onScreen(form).locator('#no-phone').click();
  await onScreen(form).locator('#ageBand-from50').click();
  await onScreen(form).locator('#situation-returnedIdle').click();
  await onScreen(form).locator('#categories-cleaning').click();
  await saveStep(form, 'ledger-story', 'form');
  await onScreen(form).locator('#submit').click();
  const recorded = await waitFor(async () => {
    const { items } = await cloud.ok(cadre, 'ledger.list', { village: VILLAGE, q: name });
    return items.find((p) => p.name === name);
  });
  expect(recorded.phone).toBe('');

  // 2. The person's page: today's fair among the matches; 代登记 opens the fair's form filled in.
  const person = await session.openApp(
    `/package-cadre/pages/ledger-person/index?personId=${recorded._id}`,
    { openid: cadre },
  );
  await onScreen(person).locator('#info').getByText('没有手机').waitFor();
  const signUp = onScreen(person).locator(`#signup-${fairId}`);
  await signUp.waitFor();
  await saveStep(person, 'ledger-story', 'matches');
  await signUp.click();
  await person.waitForURL(/proxy-signup/);
  const proxy = onScreen(person);
  expect(await proxy.locator('#name input').inputValue()).toBe(name);
  expect(await proxy.locator('#village input').inputValue()).toBe(VILLAGE);
  await proxy.locator('#slot-s1').click();
  await saveStep(person, 'ledger-story', 'proxy-signup');
  await proxy.locator('#submit').click();
  await onScreen(person).locator('#done').waitFor();

  // 3. At the gate: found by name, checked in.
  const gate = await session.openApp(`/package-cadre/pages/check-in/index?fairId=${fairId}`, {
    openid: cadre,
  });
  await onScreen(gate).locator('#query input').fill(name);
  await onScreen(gate).locator('#search').click();
  const found = onScreen(gate).locator('[id^="found-"]', { hasText: name });
  await found.waitFor();
  await found.locator('[id^="check-in-"]').click();
  await onScreen(gate).locator('#result').getByText(name).waitFor();
  await saveStep(gate, 'ledger-story', 'check-in');

  // 4. The employer records the agreement made at the fair.
  const { items: signups } = await cloud.ok(cadre, 'fair.listSignups', { fairId, q: name });
  const signup = signups.find((s) => s.name === name);
  expect(signup?.status).toBe('checkedIn');
  await cloud.ok(employer.openid, 'fair.recordAgreement', {
    fairId,
    signupId: signup!._id,
    jobId: employer.jobId,
  });

  // 5. The person's page says placed; the village counts one more placed this month.
  const placed = await session.openApp(
    `/package-cadre/pages/ledger-person/index?personId=${recorded._id}`,
    { openid: cadre },
  );
  const line = onScreen(placed).locator('#placed');
  await line.waitFor();
  expect(await line.innerText()).toContain('招聘会达成意向');
  const timeline = await onScreen(placed).locator('#timeline').innerText();
  expect(timeline).toContain('报名 庆荣村院坝招聘会');
  expect(timeline).toContain('到场 庆荣村院坝招聘会');
  await saveStep(placed, 'ledger-story', 'placed');

  const ledger = await session.openApp('/package-cadre/pages/ledger/index', { openid: cadre });
  const row = onScreen(ledger).locator('[id^="village-"]', { hasText: VILLAGE });
  await row.waitFor();
  const text = (await row.innerText()).replace(/\s+/g, '');
  expect(text).toContain(`共${before.total + 1}人`);
  expect(text).toContain(`本月就业${before.placedThisMonth + 1}`);
  await saveStep(ledger, 'ledger-story', 'village-count');

  expect([
    ...pageErrors(form),
    ...pageErrors(person),
    ...pageErrors(gate),
    ...pageErrors(placed),
    ...pageErrors(ledger),
  ]).toEqual([]);
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
