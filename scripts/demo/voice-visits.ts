/**
 * The screenshots of the voice UI (`npm run screenshots`), normal and in 大字模式: the chips a
 * spoken request gives on 找工作 (said through the preview's stand-in for the 同声传译 plugin), and
 * a post being read aloud. The voice button itself is on every 找工作 screenshot.
 */
import type { Page } from 'playwright-core';
import { SPEECH_SAMPLES } from './speech-samples';

/** A screenshot that needs the page driven first (what `act` does). */
export interface VoiceVisit {
  route: string;
  name: string;
  /** What the phone has stored (the privacy agreed to, the microphone allowed, 大字模式). */
  storage: Record<string, unknown>;
  act(page: Page): Promise<void>;
}

const SCREEN = '.xp-page-top';
/** Agreed to the privacy guide and allowed the microphone before (the preview's own keys). */
const MICROPHONE_ALLOWED = {
  '__preview:privacyAgreed': true,
  '__preview:authSetting': { 'scope.record': true },
};

async function sayFirstSample(page: Page): Promise<void> {
  await page.locator(`${SCREEN} #voice-press`).hover();
  await page.mouse.down();
  await page.waitForTimeout(150);
  await page.mouse.up();
  await page.getByRole('button', { name: SPEECH_SAMPLES[0] }).click();
  await page.locator(`${SCREEN} #voice-chips`).waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(800);
  await page.mouse.move(0, 0);
}

async function readAloud(page: Page): Promise<void> {
  await page.locator(`${SCREEN} #read-aloud-button`).click();
  await page.locator('.xp-caption').waitFor();
}

/** The voice screenshots, for the job page opened with `jobQuery`. */
export function voiceVisits(jobQuery: string): VoiceVisit[] {
  const out: VoiceVisit[] = [];
  for (const large of [false, true]) {
    const storage = { ...MICROPHONE_ALLOWED, ...(large ? { 'xp:largeText': true } : {}) };
    const suffix = large ? '-large' : '';
    out.push(
      {
        route: 'pages/jobs/index',
        name: `pages-jobs-voice-chips${suffix}`,
        storage,
        act: sayFirstSample,
      },
      {
        route: `pages/job/index${jobQuery}`,
        name: `pages-job-read-aloud${suffix}`,
        storage,
        act: readAloud,
      },
    );
  }
  return out;
}
