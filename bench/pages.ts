/**
 * Page bench: the setData payload of every page's first render with the demo data — each page of
 * app.json opened in the browser preview as its demo user (scripts/demo/page-visits.ts), left
 * until its cloud calls came back and no setData followed for a while, then its record read
 * (preview/runtime/setdata.ts: UTF-8 bytes of JSON.stringify of each setData argument).
 * Pages over the budget are flagged, never failed.
 *
 * Then the first screens (issue 18): each tab page's first render on a fresh phone — its cloud
 * calls (preview/runtime/cloud-calls.ts), their JSON bytes and all setData — against the goals,
 * and, opened again on the same phone, the setData that came before the first cloud answer (what
 * the cache shows while the network is slow).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudCall } from '../preview/runtime/cloud-calls';
import type { PageSetData, SetDataCall } from '../preview/runtime/setdata';
import { MINIPROGRAM_ROOT } from '../scripts/preview';
import { openDemoSite, type PageVisit } from '../scripts/demo/page-visits';

/** This project's budgets for a first render on a weak village network (not WeChat's limits). */
const BUDGET_TOTAL = 32 * 1024;
const BUDGET_CALL = 16 * 1024;

/** Goals of a tab page's first render (issue 18 item 3). */
const GOAL_CLOUD_CALLS = 1;
const GOAL_JSON = 12 * 1024;
const GOAL_SETDATA = 32 * 1024;

interface FirstScreen {
  route: string;
  calls: CloudCall[];
  setData: number;
  /** Opened again on the same phone: setData bytes before the first cloud answer (-1: no answer). */
  beforeNetwork: number;
  cachedCalls: number;
}

function tabRoutes(): string[] {
  const app = JSON.parse(readFileSync(join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as {
    tabBar?: { list?: { pagePath: string }[] };
  };
  return (app.tabBar?.list ?? []).map((t) => t.pagePath);
}

const READ = `({ calls: window.__xpCloudCalls || [], setData: window.__xpSetData || [] })`;

interface Records {
  calls: CloudCall[];
  setData: PageSetData[];
}

/** Opens the page again on the same phone (its storage kept) and measures what the cache shows. */
async function reopened(
  page: import('playwright-core').Page,
  route: string,
): Promise<{ beforeNetwork: number; calls: number }> {
  await page.reload();
  await page.waitForSelector('html[data-xp-ready="true"]', { timeout: 15_000 });
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await new Promise((done) => setTimeout(done, 1500));
  const { calls, setData } = (await page.evaluate(READ)) as Records;
  const record = setData.find((r) => r.route === route);
  const firstAnswer = Math.min(...calls.map((c) => c.answeredAt));
  const early = [...(record?.page ?? []), ...(record?.components ?? [])].filter(
    (c) => c.at < firstAnswer,
  );
  return { beforeNetwork: sum(early), calls: calls.length };
}

function firstScreenLines(screens: FirstScreen[]): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSES');
  const lines = [
    `\nfirst screens (tab pages, a fresh phone): goal ${GOAL_CLOUD_CALLS} cloud call, ≤ ${kb(GOAL_JSON)} JSON, ≤ ${kb(GOAL_SETDATA)} setData; cached lists before the network`,
  ];
  for (const f of screens) {
    const json = f.calls.reduce((n, c) => n + c.bytes, 0);
    const actions = f.calls.map((c) => `${c.action || c.name} ${c.bytes} B`).join(', ');
    lines.push(
      `${f.route}: ${f.calls.length} cloud call(s) (goal ${GOAL_CLOUD_CALLS}: ${mark(f.calls.length <= GOAL_CLOUD_CALLS)}) [${actions}]; ` +
        `JSON ${kb(json)} (goal ≤ ${kb(GOAL_JSON)}: ${mark(json <= GOAL_JSON)}); ` +
        `setData ${kb(f.setData)} (goal ≤ ${kb(GOAL_SETDATA)}: ${mark(f.setData <= GOAL_SETDATA)}); ` +
        `opened again: ${kb(Math.max(f.beforeNetwork, 0))} setData before the first answer, ${f.cachedCalls} call(s)`,
    );
  }
  return lines;
}

interface Row {
  visit: PageVisit;
  calls: number;
  bytes: number;
  largest?: SetDataCall;
  initial: number;
  componentCalls: number;
  componentBytes: number;
  problem?: string;
}

const sum = (calls: SetDataCall[]) => calls.reduce((n, c) => n + c.bytes, 0);

function row(visit: PageVisit, record: PageSetData | undefined, errors: string[]): Row {
  const calls = record?.page ?? [];
  const largest = calls.reduce<SetDataCall | undefined>(
    (max, c) => (!max || c.bytes > max.bytes ? c : max),
    undefined,
  );
  return {
    visit,
    calls: calls.length,
    bytes: sum(calls),
    largest,
    initial: record?.initial ?? 0,
    componentCalls: record?.components.length ?? 0,
    componentBytes: sum(record?.components ?? []),
    problem: !record ? 'no setData record' : errors.length ? errors.join('; ') : undefined,
  };
}

/** The largest call's biggest top-level key, and how many other keys the call had. */
function keyOf(call: SetDataCall | undefined): string {
  if (!call) return '';
  const keys = Object.entries(call.keys).sort((a, b) => b[1] - a[1]);
  if (!keys.length) return '';
  return keys.length > 1 ? `${keys[0][0]} (+${keys.length - 1})` : keys[0][0];
}

function overBudget(r: Row): string {
  const over: string[] = [];
  if (r.bytes > BUDGET_TOTAL) over.push('total');
  if ((r.largest?.bytes ?? 0) > BUDGET_CALL) over.push('call');
  return over.length ? `OVER (${over.join(', ')})` : '';
}

function table(head: string[], rows: string[][], right: Set<number>): string[] {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join('  ')
      .trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export async function run(): Promise<void> {
  const site = await openDemoSite();
  const rows: Row[] = [];
  const tabs = new Set(tabRoutes());
  const screens: FirstScreen[] = [];
  try {
    for (const route of site.routes) {
      const visit = site.visit(route);
      let opened;
      try {
        opened = await site.open(visit);
      } catch (err) {
        const r = row(visit, undefined, []);
        rows.push({ ...r, problem: err instanceof Error ? err.message : String(err) });
        continue;
      }
      try {
        const records = (await opened.page.evaluate('window.__xpSetData')) as
          PageSetData[] | undefined;
        const r = row(
          visit,
          records?.find((x) => x.route === route),
          opened.errors,
        );
        rows.push(r);
        if (tabs.has(route)) {
          const { calls } = (await opened.page.evaluate(READ)) as Records;
          const again = await reopened(opened.page, route);
          screens.push({
            route,
            calls,
            setData: r.bytes + r.componentBytes,
            beforeNetwork: again.beforeNetwork,
            cachedCalls: again.calls,
          });
        }
      } finally {
        await opened.close();
      }
    }
  } finally {
    await site.close();
  }

  console.log(
    `\nsetData of each page's first render (JSON bytes, UTF-8); budget ${BUDGET_TOTAL / 1024} KB a page, ${BUDGET_CALL / 1024} KB a call`,
  );
  const head = [
    'page',
    'user',
    'calls',
    'bytes',
    'largest',
    'largest call key',
    'data0',
    'comp calls',
    'comp bytes',
    '',
  ];
  const lines = table(
    head,
    rows.map((r) => [
      r.visit.route,
      r.visit.user,
      String(r.calls),
      String(r.bytes),
      String(r.largest?.bytes ?? 0),
      keyOf(r.largest),
      String(r.initial),
      String(r.componentCalls),
      String(r.componentBytes),
      overBudget(r),
    ]),
    new Set([2, 3, 4, 6, 7, 8]),
  );
  for (const l of lines) console.log(l);

  const byBytes = [...rows].sort((a, b) => b.bytes - a.bytes)[0];
  const byCall = [...rows].sort((a, b) => (b.largest?.bytes ?? 0) - (a.largest?.bytes ?? 0))[0];
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  console.log(
    `${rows.length} pages: ${rows.reduce((n, r) => n + r.calls, 0)} setData calls, ${total} bytes ` +
      `(mean ${Math.round(total / Math.max(rows.length, 1))}); ` +
      `largest page ${byBytes?.visit.route} ${byBytes?.bytes ?? 0} B; ` +
      `largest call ${byCall?.visit.route} ${byCall?.largest?.bytes ?? 0} B (${keyOf(byCall?.largest)})`,
  );
  const over = rows.filter((r) => overBudget(r));
  console.log(
    over.length
      ? `over budget: ${over.map((r) => `${r.visit.route} (${overBudget(r)})`).join(', ')}`
      : 'every page within budget',
  );
  for (const r of rows.filter((x) => x.problem)) console.log(`${r.visit.path}: ${r.problem}`);
  console.log(
    "calls/bytes/largest: the page's own setData; data0: its initial data; comp: the components inside it",
  );
  for (const l of firstScreenLines(screens)) console.log(l);
}
