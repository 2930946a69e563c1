/**
 * Voice, end to end in the preview (its stand-in for WeChat's 同声传译 plugin): the demo worker
 * 梁保华 holds 按住说话 on 找工作 and allows the microphone (the privacy sheet names it), "says"
 * 浦北附近 木工 包吃住 五千以上 and gets the list job.search gives for those filters, sorted near
 * home; he taps 包吃住 away; on a post, 读给我听 reads it (the words shown as they are read) and
 * stops when he leaves the page. Each step is saved to screenshots/voice-story-*.png.
 */
import type { Page } from 'playwright-core';
import { onScreen } from './browser';
import { useStory } from './story';

jest.setTimeout(240_000);

const WORKER = 'o-demo-worker-liang';
const SENTENCE = '浦北附近 木工 包吃住 五千以上';

const story = useStory('voice-story', { demo: true });

/** Holds the voice button with the mouse and lets go, as a finger does. */
async function holdVoiceButton(phone: Page): Promise<void> {
  await onScreen(phone).locator('#voice-press').hover();
  await phone.mouse.down();
  await phone.waitForTimeout(150);
  await phone.mouse.up();
}

/** The titles of the cards on screen, top to bottom. */
async function titlesOnScreen(phone: Page, expected: string[]): Promise<number[]> {
  const text = await onScreen(phone).innerText();
  return expected.map((t) => text.indexOf(t));
}

test('says a request → the filtered list near home → a chip tapped away → a post read aloud', async () => {
  if (!story.session.demo) throw new Error('the voice story needs the demo data (XP_E2E_DEMO≠0)');
  const phone = await story.openApp('/pages/jobs/index', 'worker');
  await onScreen(phone).getByText('为您推荐', { exact: true }).waitFor();
  await onScreen(phone).getByText('按住说话').waitFor();

  // 1. The first press asks for the microphone: the privacy sheet says why, then WeChat asks.
  await holdVoiceButton(phone);
  await onScreen(phone).getByText('用一下麦克风').waitFor();
  await story.step(phone, 'privacy-microphone');
  await onScreen(phone).locator('#xp-privacy-agree').click();
  await phone.getByText('“乡聘”想使用您的麦克风').waitFor();
  await phone.getByRole('button', { name: '允许' }).click();
  await onScreen(phone).getByText('好了，请再按住按钮说话').waitFor();

  // 2. Hold and "say" it (the stand-in: pick a sentence as if spoken).
  await holdVoiceButton(phone);
  await phone.getByRole('button', { name: SENTENCE }).click();
  await onScreen(phone).getByText('按您说的找（点一下可以去掉）').waitFor();
  const chips = onScreen(phone).locator('#voice-chips');
  for (const label of ['浦北县', '木工家具', '月薪5000元以上', '包吃住', '离家近'])
    await chips.getByText(label, { exact: true }).waitFor();
  await onScreen(phone).getByText(SENTENCE, { exact: true }).waitFor();

  // The list is what job.search gives for those filters, nearest to his home first.
  const me = await story.cloud.ok(WORKER, 'account.login', {});
  const near = me.profile?.homeLocation;
  expect(near).toBeDefined();
  const filters = {
    province: '广西壮族自治区',
    city: '钦州市',
    county: '浦北县',
    category: 'woodwork' as const,
    minPayYuan: 5000,
    benefits: ['meals' as const, 'housing' as const],
    sort: 'distance' as const,
    near: near!,
    limit: 20,
  };
  const found = await story.cloud.ok(WORKER, 'job.search', filters);
  expect(found.items.length).toBeGreaterThan(1);
  for (const card of found.items) {
    expect(card.county).toBe('浦北县');
    expect(card.category).toBe('woodwork');
  }
  const titles = found.items.slice(0, 3).map((c) => c.title);
  await onScreen(phone).getByText(titles[0]!).first().waitFor();
  const at = await titlesOnScreen(phone, titles);
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(await onScreen(phone).locator('#toggle-meals').getAttribute('aria-checked')).toBe('true');
  await story.step(phone, 'chips');

  // 3. 包吃住 tapped away: the search no longer asks for it.
  await chips.getByText('包吃住', { exact: true }).click();
  await chips.getByText('包吃住', { exact: true }).waitFor({ state: 'detached' });
  expect(await onScreen(phone).locator('#toggle-meals').getAttribute('aria-checked')).toBe('false');
  const { benefits: _gone, ...without } = filters;
  const wider = await story.cloud.ok(WORKER, 'job.search', without);
  expect(wider.items.length).toBeGreaterThanOrEqual(found.items.length);
  await onScreen(phone).getByText(wider.items[0]!.title).first().waitFor();
  await story.step(phone, 'chip-removed');

  // 4. A post read aloud: the words appear as they are read; leaving the page stops it.
  await onScreen(phone).getByText(titles[0]!).first().click();
  await onScreen(phone).locator('#read-aloud-button').waitFor();
  await onScreen(phone).locator('#read-aloud-button').click();
  const caption = phone.locator('.xp-caption');
  await caption.getByText(`${titles[0]}。`).waitFor();
  await onScreen(phone).getByText('正在读，点这里停').waitFor();
  await story.step(phone, 'read-aloud');
  await onScreen(phone).locator('#report').click();
  await onScreen(phone).getByText('举报', { exact: false }).first().waitFor();
  await caption.waitFor({ state: 'detached' });

  expect(story.errorsOf(phone)).toEqual([]);
});
