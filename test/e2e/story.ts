/**
 * What every end-to-end file sets up the same way: one session for the file (the preview and
 * Chromium, see browser.ts), a CloudClient on its local-cloud, the admins it needs signed in, a
 * fresh cadre when a story needs one, and the story's steps saved as screenshots.
 */
import type { Page } from 'playwright-core';
import { REGIONS } from '../fixtures';
import { openSession, pageErrors, saveStep, type Session } from './browser';
import { CloudClient, freshOpenid } from './cloud';

/** 浦北县's 人社局: verifies 浦北's companies. */
export const ADMIN_PUBEI = 'o-admin-pubei-rsj';
/** 资中县's 人社局 (the demo's 刘静): appoints the cadres of 资中's towns. */
export const ADMIN_ZIZHONG = 'o-demo-admin-zizhong';
/** The privacy sheet agreed earlier on that phone (what asks for it opens straight away). */
export const PRIVACY_AGREED = { '__preview:privacyAgreed': true };

export interface Story {
  /** The file's session (from its beforeAll on). */
  readonly session: Session;
  /** Actions over local-cloud's gateway, as the pages call them (from beforeAll on). */
  readonly cloud: CloudClient;
  /** A fresh phone showing `path` as a demo user (see Session.openApp). */
  openApp: Session['openApp'];
  /** Saves the phone's screen as screenshots/<story>-<nn>-<step>.png. */
  step(page: Page, step: string): Promise<void>;
  /** A new user, signed in and made cadre of 资中县 `town` by ADMIN_ZIZHONG; returns its openid. */
  newCadre(town?: string): Promise<string>;
  /** The uncaught errors of all these phones (a story ends expecting none). */
  errorsOf(...pages: Page[]): string[];
}

/**
 * Call at the top of a test file: opens the session in beforeAll (with the demo data when `demo`)
 * and signs in `admins` (their rights come from the cloud's ADMINS), closes it in afterAll.
 */
export function useStory(
  name: string,
  options: { demo?: boolean; admins?: readonly string[] } = {},
): Story {
  let session: Session | undefined;
  let cloud: CloudClient | undefined;

  beforeAll(
    async () => {
      session = await openSession({ demo: options.demo ?? false });
      cloud = new CloudClient(session.cloudUrl);
      for (const admin of options.admins ?? []) await cloud.ok(admin, 'account.login', {});
    },
    options.demo ? 420_000 : 300_000,
  );
  afterAll(async () => {
    await session?.close();
  });

  function ready<T>(value: T | undefined): T {
    if (value === undefined) throw new Error(`${name}: used before its beforeAll ran`);
    return value;
  }

  const story: Story = {
    get session() {
      return ready(session);
    },
    get cloud() {
      return ready(cloud);
    },
    openApp: (path, as, storage) => story.session.openApp(path, as, storage),
    step: (page, step) => saveStep(page, name, step),
    async newCadre(town = '太平镇') {
      const cadre = freshOpenid('cadre');
      await story.cloud.ok(cadre, 'account.login', {});
      const { code } = await story.cloud.ok(ADMIN_ZIZHONG, 'admin.createCadreInvite', {
        area: { ...REGIONS.zizhong, town },
      });
      await story.cloud.ok(cadre, 'cadre.redeemInvite', { code });
      return cadre;
    },
    errorsOf: (...pages) => pages.flatMap((page) => pageErrors(page)),
  };
  return story;
}
