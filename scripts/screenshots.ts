/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */
/**
 * `npm run screenshots`: a 375×812 PNG of every page of app.json, rendered by the browser preview
 * (the mini-program's own files) against local-cloud with the demo data, into docs/screenshots/.
 *
 *   npm run screenshots                     every page, each as the demo user it is meant for
 *   npm run screenshots -- pages/jobs/index only the pages named
 *   CLOUD_URL=http://127.0.0.1:3000 npm run screenshots   use a running local-cloud instead
 *
 * A detail page needs an id: the script finds one in the demo data (see `queryFor`) by reading
 * local-cloud's snapshot; a page it cannot give an id to is shot as it opens.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { pageRoutes, readAppJson } from '../preview/build';
import { startPreview } from '../preview/server';

const REPO_ROOT = resolve(__dirname, '..');
const OUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.XP_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Cloud {
  url: string;
  stop(): Promise<void>;
  snapshot?(): Promise<Record<string, unknown[]>>;
}

/** Which demo user looks at a page (by the page's package). */
function userFor(route: string): string {
  if (route.startsWith('package-employer/')) return 'employer';
  if (route.startsWith('package-cadre/')) return 'cadre-taiping';
  if (route.startsWith('package-admin/')) return 'admin';
  return 'worker';
}

type Doc = Record<string, unknown>;
type Docs = Record<string, Doc[]>;

/** The openid of a demo user by key (scripts/demo/users.ts), when the demo users are there. */
function openidOf(key: string): string | undefined {
  try {
    const mod = require('./demo/users') as {
      DEMO_USERS?: readonly { key: string; openid: string }[];
    };
    return mod.DEMO_USERS?.find((u) => u.key === key)?.openid;
  } catch {
    return undefined;
  }
}

/**
 * The query that gives a page something to show, from the demo data: a published job, an
 * upcoming fair, the demo worker's sign-up, the demo employer's post with applicants, the demo
 * cadre's fair with sign-ups.
 */
function queryFor(route: string, docs: Docs): string {
  const list = (c: string) => docs[c] ?? [];
  const id = (d: Doc | undefined) => (d ? String(d._id) : undefined);
  const worker = openidOf('worker');
  const employerOpenid = openidOf('employer');
  const cadreOpenid = openidOf('cadre-taiping');
  const employer = list('employers').find((e) => e.ownerOpenid === employerOpenid);
  const published = list('jobs').filter((j) => j.status === 'published');
  const employerJobs = published.filter((j) => employer && j.employerId === employer._id);
  const applied = new Set(list('applications').map((a) => a.jobId));
  const upcoming = list('fairs').filter((f) => f.status === 'upcoming');
  const cadreFairs = list('fairs').filter((f) => f.cadreOpenid === cadreOpenid);
  const signupsOf = (f: Doc) => list('fairSignups').filter((x) => x.fairId === f._id).length;
  const busiest = [...cadreFairs].sort((a, b) => signupsOf(b) - signupsOf(a))[0];
  const cadreUpcoming = cadreFairs.find((f) => f.status === 'upcoming') ?? busiest;
  const q = (key: string, value: string | undefined) => (value ? `?${key}=${value}` : '');
  switch (route) {
    case 'pages/job/index':
      return q('id', id(published.find((j) => applied.has(j._id)) ?? published[0]));
    case 'pages/report/index':
      return q('jobId', id(published[0]));
    case 'pages/fair/index':
      return q('id', id(upcoming.find((f) => f.cadreOpenid === cadreOpenid) ?? upcoming[0]));
    case 'pages/signup-done/index':
      return q(
        'id',
        id(list('fairSignups').find((x) => x.workerOpenid === worker && x.status !== 'cancelled')),
      );
    case 'package-employer/pages/applicants/index':
      return q('jobId', id(employerJobs.find((j) => applied.has(j._id)) ?? employerJobs[0]));
    case 'package-employer/pages/agreement/index':
      return q('fairId', id(upcoming[0]));
    case 'package-cadre/pages/signups/index':
    case 'package-cadre/pages/stats/index':
      return q('fairId', id(busiest));
    case 'package-cadre/pages/check-in/index':
    case 'package-cadre/pages/proxy-signup/index':
    case 'package-cadre/pages/poster/index':
      return q('fairId', id(cadreUpcoming));
    default:
      return '';
  }
}

async function startCloud(): Promise<Cloud> {
  if (process.env.CLOUD_URL) return { url: process.env.CLOUD_URL, stop: async () => undefined };
  if (existsSync(join(REPO_ROOT, 'scripts', 'demo', 'cloud.ts'))) {
    try {
      const demo = require('./demo/cloud') as {
        startDemoCloud(o: { memory: boolean }): Promise<{ cloud: Cloud; clock: unknown }>;
        loadDemo(cloud: Cloud, o: { clock: unknown; log?: (l: string) => void }): Promise<unknown>;
      };
      const { cloud, clock } = await demo.startDemoCloud({ memory: true });
      console.log('loading the demo data into an in-memory local-cloud…');
      try {
        await demo.loadDemo(cloud, { clock });
        return cloud;
      } catch (err) {
        console.warn(
          `the demo data did not load (${err instanceof Error ? err.message : String(err)}); pages will be empty`,
        );
        return cloud;
      }
    } catch (err) {
      console.warn(`no demo cloud (${err instanceof Error ? err.message : String(err)})`);
    }
  }

  const { startLocalCloud } =
    require('../local-cloud/index') as typeof import('../local-cloud/index');
  return startLocalCloud({ memory: true });
}

async function main(): Promise<void> {
  // Debian's Chromium and the fonts the pages need (a no-op when they are there).
  execFileSync('bash', [join(__dirname, 'ensure-chromium.sh')], { stdio: 'inherit' });
  const only = process.argv.slice(2).map((a) => a.replace(/^\//, ''));
  const routes = pageRoutes(readAppJson()).filter((r) => !only.length || only.includes(r));
  mkdirSync(OUT_DIR, { recursive: true });
  const cloud = await startCloud();
  const docs: Docs = cloud.snapshot ? ((await cloud.snapshot()) as Docs) : {};
  const preview = await startPreview({ cloudUrl: cloud.url, watch: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let failed = 0;
  try {
    for (const route of routes) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 1,
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const path = `/${route}${queryFor(route, docs)}`;
      const url = preview.appUrlFor(path, userFor(route));
      try {
        await page.goto(url);
        await page.waitForSelector('html[data-xp-ready="true"]', { timeout: 15_000 });
        // Let the page's calls come back and the list render.
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        await page.waitForTimeout(600);
        const file = join(OUT_DIR, `${route.replace(/\/index$/, '').replace(/\//g, '-')}.png`);
        await page.screenshot({ path: file });
        console.log(
          `${path} → ${file.slice(REPO_ROOT.length + 1)}${errors.length ? `  (page errors: ${errors.join('; ')})` : ''}`,
        );
      } catch (err) {
        failed++;
        console.error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await preview.stop();
    await cloud.stop();
  }
  console.log(`${routes.length - failed} screenshots in docs/screenshots/`);
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
