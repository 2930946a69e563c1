/**
 * Every page of app.json opened in the browser preview as the demo user it is meant for, with a
 * query found in the demo data, against an in-memory local-cloud: what `npm run screenshots` and
 * the page bench (bench/pages.ts) share.
 *
 *   const site = await openDemoSite();
 *   const opened = await site.open(site.visit('pages/job/index')); // rendered, calls answered
 *   await opened.page.screenshot({ path: 'job.png' });
 *   await opened.close();
 *   await site.close();
 *
 * CLOUD_URL=http://127.0.0.1:3000 uses a running local-cloud instead; its data cannot be read from
 * here, so detail pages then open without an id.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chinaDay } from '../../miniprogram/shared/time';
import { pageRoutes, readAppJson } from '../../preview/build';
import { MINIPROGRAM_ROOT, startAppPreview } from '../preview';
import { describeSummary, loadDemo, REPO_ROOT, startDemoCloud } from './cloud';
import { demoUser, type DemoUserKey } from './users';
import { voiceVisits } from './voice-visits';

export const CHROMIUM = process.env.XP_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that work on this kind of machine (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium and the CJK and emoji fonts (a no-op when they are there). */
export function ensureChromium(): void {
  execFileSync('bash', [join(REPO_ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
}

/** The phone: the preview's 375×812 frame. */
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 1, locale: 'zh-CN' };
/** A page has settled when it made no setData for this long after the network went idle. */
const QUIET_MS = 600;

/** Which demo user looks at a page (by the page's package). */
export function userFor(route: string): DemoUserKey {
  // 向桂英 is the demo worker who reported a post (and got its outcome).
  if (route === 'pages/reports/index') return 'worker3';
  // 罗志强 lives in 太平镇, where the demo's 公益性岗位 are.
  if (route === 'package-ledger/pages/public-jobs/index') return 'worker2';
  if (route.startsWith('package-employer/')) return 'employer';
  if (route.startsWith('package-cadre/')) return 'cadre-taiping';
  if (route.startsWith('package-admin/')) return 'admin';
  // 返岗直达: the traveller's pages are the worker's, the organiser's the 太平镇 cadre's.
  if (
    /^package-trips\/pages\/(summary|boarding|roster|trip-edit|proxy-book|poster)\//.test(route)
  ) {
    return 'cadre-taiping';
  }
  return 'worker';
}

type Doc = Record<string, unknown>;
export type Docs = Record<string, Doc[]>;

/**
 * The query that gives a page something to show, from the demo data: a published job, an
 * upcoming fair, the demo worker's sign-up, the demo employer's post with applicants, the demo
 * cadre's fair with sign-ups. '' when the page needs none or the data has none.
 */
export function queryFor(route: string, docs: Docs): string {
  const list = (c: string) => docs[c] ?? [];
  const id = (d: Doc | undefined) => (d ? String(d._id) : undefined);
  const worker = demoUser('worker').openid;
  const employerOpenid = demoUser('employer').openid;
  const cadreOpenid = demoUser('cadre-taiping').openid;
  const employer = list('employers').find((e) => e.ownerOpenid === employerOpenid);
  const published = list('jobs').filter((j) => j.status === 'published');
  const employerJobs = published.filter((j) => employer && j.employerId === employer._id);
  /** The demo employer takes part in the fair (only then may it see the sign-ups). */
  const attends = (f: Doc) =>
    Array.isArray(f.employers) &&
    f.employers.some((e: Doc) => employer !== undefined && e.employerId === employer._id);
  const applied = new Set(list('applications').map((a) => a.jobId));
  const upcoming = list('fairs').filter((f) => f.status === 'upcoming');
  const cadreFairs = list('fairs').filter((f) => f.cadreOpenid === cadreOpenid);
  const signupsOf = (f: Doc) => list('fairSignups').filter((x) => x.fairId === f._id).length;
  const busiest = [...cadreFairs].sort((a, b) => signupsOf(b) - signupsOf(a))[0];
  const cadreUpcoming = cadreFairs.find((f) => f.status === 'upcoming') ?? busiest;
  // The gate is worked on the fair's day: today's fair when there is one.
  const cadreToday =
    cadreFairs.find((f) => f.status === 'upcoming' && f.day === chinaDay(Date.now())) ??
    cadreUpcoming;
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
    case 'package-employer/pages/interview/index': {
      // An application to one of the employer's posts, and the applicant's name for the title.
      const jobIds = new Set(employerJobs.map((j) => j._id));
      const app = list('applications').find((a) => jobIds.has(a.jobId) && a.status === 'viewed');
      const who = list('users').find((u) => app && u.openid === app.workerOpenid);
      const name = (who?.profile as Doc | undefined)?.name;
      return app
        ? `?applicationId=${String(app._id)}${name ? `&name=${encodeURIComponent(String(name))}` : ''}`
        : '';
    }
    case 'package-employer/pages/agreement/index':
      return q('fairId', id(upcoming.find(attends) ?? list('fairs').find(attends) ?? upcoming[0]));
    case 'package-cadre/pages/signups/index':
    case 'package-cadre/pages/stats/index':
      return q('fairId', id(busiest));
    case 'package-cadre/pages/check-in/index':
      return q('fairId', id(cadreToday));
    case 'package-cadre/pages/proxy-signup/index':
    case 'package-cadre/pages/poster/index':
      return q('fairId', id(cadreUpcoming));
    case 'package-trips/pages/trip/index': {
      // A trip the demo worker booked, else the cadre's open one.
      const booked = list('tripBookings').find(
        (b) => b.workerOpenid === worker && b.status !== 'cancelled',
      );
      const open = list('trips').find(
        (t) => t.organiserOpenid === cadreOpenid && t.status === 'open',
      );
      return q('id', booked ? String(booked.tripId) : id(open));
    }
    case 'package-cadre/pages/ledger-person/index': {
      // A 太平镇 villager in the cadre's 台账, one linked to a worker when there is one.
      const people = list('workforcePeople').filter((p) => p.town === '太平镇');
      return q('personId', id(people.find((p) => p.workerOpenid) ?? people[0]));
    }
    case 'package-cadre/pages/public-job/index':
      return q('publicJobId', id(busiestPublicJob(docs)));
    case 'package-ledger/pages/notice/index': {
      // A post with someone in (or past) its 公示.
      const noticed = list('publicJobApplications').find((a) => a.noticeUntil);
      return q('publicJobId', noticed ? String(noticed.publicJobId) : id(busiestPublicJob(docs)));
    }
    case 'package-admin/pages/company/index':
      // 浦北县聚才劳务: suspended after two reports, one answered with a warning.
      return q('employerId', id(list('employers').find((e) => e.status === 'suspended')));
    case 'package-trips/pages/boarding/index':
    case 'package-trips/pages/roster/index':
    case 'package-trips/pages/proxy-book/index':
    case 'package-trips/pages/poster/index': {
      const mine = list('trips').filter((t) => t.organiserOpenid === cadreOpenid);
      return q('tripId', id(mine.find((t) => t.status === 'open') ?? mine[0]));
    }
    default:
      return '';
  }
}

/** The 太平镇 公益性岗位 with the most applicants. */
function busiestPublicJob(docs: Docs): Doc | undefined {
  const apps = docs['publicJobApplications'] ?? [];
  const count = (j: Doc) => apps.filter((a) => a.publicJobId === j._id).length;
  return [...(docs['publicJobs'] ?? [])]
    .filter((j) => j.town === '太平镇')
    .sort((a, b) => count(b) - count(a))[0];
}

export interface PageVisit {
  route: string;
  user: DemoUserKey;
  /** The route with its query: `/pages/job/index?id=…`. */
  path: string;
  /** The file name of its screenshot, without .png: `pages-job`, `pages-job-large`. */
  name: string;
  /** What the phone has stored before the page opens (`xp:largeText` for 大字模式). */
  storage?: Record<string, unknown>;
  /** What to do on the page before its screenshot (say a request, tap 读给我听). */
  act?: (page: Page) => Promise<void>;
}

/** A screenshot's file name for a route: pages/job/index → pages-job. */
export const shotName = (route: string): string =>
  route.replace(/\/index$/, '').replace(/\//g, '-');

/** Worker pages (the main package) are also shown in 大字模式, and so are these. */
const LARGE_TEXT = { 'xp:largeText': true };
const LARGE_TOO = [
  'package-cadre/pages/public-jobs/index',
  'package-cadre/pages/public-job-edit/index',
  'package-cadre/pages/public-job/index',
  'package-ledger/pages/notice/index',
  'package-ledger/pages/public-jobs/index',
  'package-ledger/pages/my-public-jobs/index',
  'package-admin/pages/company/index',
  'package-admin/pages/audit/index',
  // 数据看板 and 周报 are read by county staff too, some of them in 大字模式.
  'package-admin/pages/dashboard/index',
  'package-admin/pages/weekly-report/index',
];

/**
 * Beyond one screenshot per page: the states people ask about — a sign-up of a fair that was
 * called off, 岗位审核's 举报 tab, the voice chips and 读给我听... — and every worker page in 大字模式.
 */
export function variantsFor(routes: string[], docs: Docs): PageVisit[] {
  const list = (c: string) => docs[c] ?? [];
  const worker = demoUser('worker').openid;
  const cancelledFairs = new Set(
    list('fairs')
      .filter((f) => f.status === 'cancelled')
      .map((f) => f._id),
  );
  const calledOff = list('fairSignups').find(
    (x) => x.workerOpenid === worker && cancelledFairs.has(x.fairId),
  );
  const out: PageVisit[] = [];
  if (calledOff) {
    out.push({
      route: 'pages/signup-done/index',
      user: 'worker',
      path: `/pages/signup-done/index?id=${String(calledOff._id)}`,
      name: 'pages-signup-done-cancelled-fair',
    });
  }
  // The 公益岗 pages as 资中县's 人社局 (刘静): 批准 on the list, 县审批 on a post.
  for (const route of [
    'package-cadre/pages/public-jobs/index',
    'package-cadre/pages/public-job/index',
  ]) {
    if (!routes.includes(route)) continue;
    out.push({
      route,
      user: 'admin-zizhong',
      path: `/${route}${queryFor(route, docs)}`,
      name: `${shotName(route)}-admin`,
    });
  }
  for (const v of voiceVisits(queryFor('pages/job/index', docs))) {
    const route = v.route.split('?')[0]!;
    out.push({ ...v, route, user: userFor(route), path: `/${v.route}` });
  }
  // 单位 with its 已认证 list.
  out.push({
    route: 'package-admin/pages/employers/index',
    user: 'admin',
    path: '/package-admin/pages/employers/index?tab=verified',
    name: 'package-admin-pages-employers-verified',
  });
  out.push(...tripVisits(docs));
  for (const route of routes.filter((r) => r.startsWith('pages/') || LARGE_TOO.includes(r))) {
    out.push({
      route,
      user: userFor(route),
      path: `/${route}${queryFor(route, docs)}`,
      name: `${shotName(route)}-large`,
      storage: LARGE_TEXT,
    });
  }
  return out;
}

/**
 * 返岗直达 as its organiser sees it (the 太平镇 cadre's open trip: the trip page with 改车次信息
 * and 取消这趟车, the edit form, 代订, the poster; 代登记 of a need), and the trips pages in 大字模式.
 */
function tripVisits(docs: Docs): PageVisit[] {
  const cadre = demoUser('cadre-taiping').openid;
  const trip = (docs['trips'] ?? []).find(
    (t) => t.organiserOpenid === cadre && t.status === 'open',
  );
  const out: PageVisit[] = [];
  const add = (
    route: string,
    query: string,
    name: string,
    user: DemoUserKey,
    large = false,
    act?: PageVisit['act'],
  ) =>
    out.push({
      route,
      user,
      path: `/${route}${query}`,
      name: `${shotName(route)}-${name}`,
      ...(large ? { storage: LARGE_TEXT } : {}),
      ...(act ? { act } : {}),
    });
  // The organiser's buttons are under the booking form.
  const toManage: PageVisit['act'] = (page) =>
    page.locator('.xp-page-top #manage').scrollIntoViewIfNeeded();
  // 代订 of a villager without a phone: the code to read out.
  const proxyBookOne =
    (name: string): PageVisit['act'] =>
    async (page) => {
      const form = page.locator('.xp-page-top');
      await form.locator('[id^="pickup-"]').nth(1).click();
      await form.locator('#name input').fill(name);
      await form.locator('#no-phone').click();
      await form.locator('#village input').fill('庆荣村');
      await form.locator('#submit').click();
      await form.locator('#done').waitFor();
      await page.waitForTimeout(300);
    };
  const tripId = trip ? String(trip._id) : '';
  if (tripId) {
    for (const large of [false, true]) {
      const suffix = large ? '-large' : '';
      add(
        'package-trips/pages/trip/index',
        `?id=${tripId}`,
        `organiser${suffix}`,
        'cadre-taiping',
        large,
        toManage,
      );
      add(
        'package-trips/pages/trip-edit/index',
        `?tripId=${tripId}`,
        `change${suffix}`,
        'cadre-taiping',
        large,
      );
      add(
        'package-trips/pages/proxy-book/index',
        `?tripId=${tripId}`,
        `done${suffix}`,
        'cadre-taiping',
        large,
        proxyBookOne(large ? '赵德顺' : '赵老汉'),
      );
    }
  }
  add('package-trips/pages/need/index', '?proxy=1', 'proxy', 'cadre-taiping');
  add('package-trips/pages/need/index', '?proxy=1', 'proxy-large', 'cadre-taiping', true);
  for (const route of ['trip', 'need', 'mine', 'summary', 'trip-edit', 'proxy-book', 'poster'].map(
    (p) => `package-trips/pages/${p}/index`,
  )) {
    out.push({
      route,
      user: userFor(route),
      path: `/${route}${queryFor(route, docs)}`,
      name: `${shotName(route)}-large`,
      storage: LARGE_TEXT,
    });
  }
  return out;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors of the page so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface DemoSite {
  /** Every page route of app.json, main package first. */
  routes: string[];
  visit(route: string): PageVisit;
  /** The extra screenshots: states and 大字模式 (see variantsFor). */
  variants(): PageVisit[];
  /**
   * The page in a fresh browser context (a fresh phone) as its user, once the app is ready, the
   * network idle and no setData came for a while. Throws when the app does not start.
   */
  open(visit: PageVisit): Promise<OpenedPage>;
  close(): Promise<void>;
}

/**
 * True in the page once no setData (page or component, see preview/runtime/setdata.ts) came for
 * QUIET_MS. A string, not a function: tsx's helpers would follow a function into the page.
 */
const QUIET = `(() => {
  let last = 0;
  for (const r of window.__xpSetData || [])
    for (const c of r.page.concat(r.components)) last = Math.max(last, c.at);
  return performance.now() - last >= ${QUIET_MS};
})()`;

/** local-cloud in memory with the demo data, the preview on it, and Chromium. */
export async function openDemoSite(log: (line: string) => void = console.log): Promise<DemoSite> {
  ensureChromium();
  let docs: Docs = {};
  let cloud: { url: string; stop(): Promise<void> };
  if (process.env.CLOUD_URL) {
    cloud = { url: process.env.CLOUD_URL, stop: async () => undefined };
  } else {
    const demo = await startDemoCloud({ memory: true });
    cloud = demo.cloud;
    log('loading the demo data into an in-memory local-cloud…');
    try {
      log(describeSummary(await loadDemo(demo.cloud, { clock: demo.clock }))[0]);
    } catch (err) {
      log(`the demo data did not load (${err instanceof Error ? err.message : String(err)})`);
    }
    docs = (await demo.cloud.snapshot()) as Docs;
  }
  const stops: (() => Promise<void>)[] = [() => cloud.stop()];
  const close = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse())
      await stop().catch((err: unknown) => console.error(err));
  };
  try {
    const preview = await startAppPreview({ cloudUrl: cloud.url, watch: false, log });
    stops.push(() => preview.stop());
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    stops.push(() => browser.close());
    return {
      routes: pageRoutes(readAppJson(MINIPROGRAM_ROOT)),
      visit: (route) => ({
        route,
        user: userFor(route),
        path: `/${route}${queryFor(route, docs)}`,
        name: shotName(route),
      }),
      variants: () => variantsFor(pageRoutes(readAppJson(MINIPROGRAM_ROOT)), docs),
      async open(visit) {
        const context = await browser.newContext(PHONE);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        try {
          await page.goto(preview.appUrlFor(visit.path, visit.user));
          await page.waitForSelector('html[data-xp-ready="true"]', { timeout: 15_000 });
          if (visit.storage) {
            // Stored on the phone after the first load (choosing the user starts it empty), then again.
            const entries = Object.entries(visit.storage).map(([k, v]) => [
              `wx:${k}`,
              JSON.stringify(v),
            ]);
            await page.evaluate(
              `for (const [k, v] of ${JSON.stringify(entries)}) localStorage.setItem(k, v);`,
            );
            await page.reload();
            await page.waitForSelector('html[data-xp-ready="true"]', { timeout: 15_000 });
          }
          await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
          await page
            .waitForFunction(QUIET, undefined, { polling: 100, timeout: 10_000 })
            .catch(() => undefined);
        } catch (err) {
          await context.close();
          throw err;
        }
        return { page, errors, close: () => context.close() };
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
