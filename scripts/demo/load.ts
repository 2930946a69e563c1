/**
 * Loads the demo world (scripts/demo/data.ts) by calling the real actions as the demo users, so
 * every rule, right and index applies: nothing is written to the database directly.
 *
 * The story has a past (a courtyard fair last week with its check-ins and 89 agreements, posts
 * published over the last two weeks, applications moved along by employers). The functions only
 * accept what is possible *now* (a fair day cannot be in the past, check-in only on the fair day),
 * so the loader moves local-cloud's clock: the cloud must be started with `now: clock.now` of a
 * `DemoClock`, and the clock is back at real time when `loadDemo` returns.
 *
 * Deterministic: every choice comes from a seeded pseudo-random generator (codes and ids the
 * server draws itself differ between loads). Any refusal fails the load with the action, the user
 * and the message.
 *
 * `loadDemo` is the table of contents: it builds a `DemoRun` (scripts/demo/run.ts) and calls the
 * chapters (scripts/demo/chapters/) in the story's order; each returns what later ones need.
 */
import {
  addDays,
  chinaDay,
  chinaTime,
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type ApplicationStatus,
  type Contracts,
  type Envelope,
} from '../../miniprogram/shared/contracts-all';
import { CADRES, EMPLOYERS } from './data';
import { loadTrips, type DemoTrips } from './trips';
import { loadLedgerDemo, loadPubeiPublicJobDemo } from './ledger';
import { rng, type DemoRun } from './run';
import { DEMO_ADMIN_OPENID, DEMO_ADMINS } from './users';
import { loadApplications, type App } from './chapters/applications';
import { loadCompanies, loadLateCompanies } from './chapters/companies';
import { loadFairs, type DemoFairSummary } from './chapters/fairs';
import { loadPosts, type DemoPosts } from './chapters/posts';
import { loadToday } from './chapters/today';
import { loadWorkers, type DemoWorkers } from './chapters/workers';

// ---------------------------------------------------------------------------------------------
// Clock

/** A clock local-cloud reads (`startLocalCloud({ now: clock.now })`) that the loader can move. */
export interface DemoClock {
  /** The time local-cloud and the functions see. */
  now: () => number;
  /** From now on, time runs from `ms`. */
  travel(ms: number): void;
  /** Back to real time. */
  home(): void;
}

export function demoClock(): DemoClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    travel(ms) {
      offset = ms - Date.now();
    },
    home() {
      offset = 0;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Calling the actions

/** What the loader needs of local-cloud (`LocalCloud` fits). */
export interface DemoCloud {
  callFunction(name: string, data: unknown, identity: { openid: string }): Promise<unknown>;
}

export class DemoLoadError extends Error {
  constructor(
    readonly action: string,
    readonly openid: string,
    readonly code: string,
    message: string,
  ) {
    super(`demo load: ${action} as ${openid} was refused: ${code} ${message}`);
    this.name = 'DemoLoadError';
  }
}

// ---------------------------------------------------------------------------------------------
// What a load produces

export interface DemoSummary {
  /** Milliseconds the load took. */
  ms: number;
  calls: number;
  /** Calls repeated after a platform failure (timeout, crash, INTERNAL). */
  retries: number;
  users: number;
  workersWithProfile: number;
  employers: { verified: number; pending: number; rejected: number; suspended: number };
  jobs: { total: number; byStatus: Record<string, number> };
  applications: { total: number; byStatus: Record<ApplicationStatus, number> };
  fairs: DemoFairSummary[];
  /** 返岗直达 (scripts/demo/trips.ts). */
  trips: DemoTrips;
  reports: number;
  cadres: number;
}

export interface LoadOptions {
  /** The clock local-cloud was started with. */
  clock: DemoClock;
  /** Calls in flight at once (default 2). */
  concurrency?: number;
  /** Progress lines (default: silent). */
  log?: (line: string) => void;
  /** Seed of the pseudo-random choices (default 2026). */
  seed?: number;
}

/**
 * Calls in flight. On a 2-core machine more calls at once do not go faster (the functions are
 * CPU-bound) and each extra one starts another function instance.
 */
const DEFAULT_CONCURRENCY = 2;

/** Attempts per call when the platform (not the action) fails. */
const MAX_ATTEMPTS = 3;

/** Loads the demo world into an empty local-cloud. */
export async function loadDemo(cloud: DemoCloud, options: LoadOptions): Promise<DemoSummary> {
  const started = Date.now();
  const { clock } = options;
  const run = startRun(cloud, options);
  try {
    await loadCompanies(run);
    const made = await loadPosts(run);
    await loadLateCompanies(run);
    const folk = await loadWorkers(run);
    const fairs = await loadFairs(run, made, folk);
    const apps = await loadApplications(run, made, folk);
    const suspended = await loadToday(run, made, folk);
    const trips = await loadTripsAndTaiping(run, folk);

    clock.home();

    const summary = summarize(run, { started, made, folk, fairs, apps, suspended, trips });
    run.log(`demo: loaded in ${(summary.ms / 1000).toFixed(1)} s with ${summary.calls} calls`);
    return summary;
  } finally {
    clock.home();
  }
}

/** Builds the run: the clock at real time, today, the action caller and its counts. */
function startRun(cloud: DemoCloud, options: LoadOptions): DemoRun {
  const { clock } = options;
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  const log = options.log ?? (() => undefined);
  const r = rng(options.seed ?? 2026);
  const counts = { calls: 0, retries: 0 };

  clock.home();
  const today = chinaDay(clock.now());
  /** An instant on the China day `offset` days from today; today's instants never pass real now. */
  const at = (offset: number, clockTime: string): number => {
    const ms = chinaTime(addDays(today, offset), clockTime);
    return offset >= 0 ? Math.min(ms, Date.now()) : ms;
  };
  const travel = (offset: number, clockTime: string): void => clock.travel(at(offset, clockTime));

  /**
   * Calls an action as `openid`. A call that failed in the platform (function timeout, crash,
   * INTERNAL) is retried; writes that are not idempotent by themselves carry a requestId, as the
   * app's own client sends, so the router answers the retry with the first result. A refusal fails
   * the load at once.
   */
  async function call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>> {
    const n = ++counts.calls;
    const contract: Contracts[ActionName] = contracts[action];
    // Reads and writes harmless to repeat (contracts.ts: kind, idempotent) go without a
    // requestId, which spares the router two writes per call.
    const requestId =
      contract.kind === 'read' || contract.idempotent
        ? undefined
        : `demo-${String(n).padStart(6, '0')}`;
    for (let attempt = 1; ; attempt++) {
      let res: Envelope<ActionOutput<A>> | undefined;
      let platformError: string | undefined;
      try {
        res = (await cloud.callFunction(
          contracts[action].fn,
          requestId ? { action, input, requestId } : { action, input },
          { openid },
        )) as Envelope<ActionOutput<A>>;
      } catch (err) {
        platformError = err instanceof Error ? err.message : String(err);
      }
      if (res && (typeof res !== 'object' || !('ok' in res))) {
        throw new DemoLoadError(action, openid, 'NO_ENVELOPE', JSON.stringify(res).slice(0, 200));
      }
      if (res?.ok) return res.data;
      if (res && res.code !== 'INTERNAL') {
        const fields = res.fields ? ` ${JSON.stringify(res.fields)}` : '';
        throw new DemoLoadError(action, openid, res.code, `${res.message}${fields}`);
      }
      const why = platformError ?? `INTERNAL ${res?.message ?? ''}`;
      if (attempt >= MAX_ATTEMPTS) throw new DemoLoadError(action, openid, 'PLATFORM', why);
      counts.retries++;
      log(`demo: ${action} as ${openid} failed in the platform (${why.slice(0, 120)}); retrying`);
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }

  /** The housekeeping function, run as the timer would (an admin may run it by hand). */
  async function housekeeping(): Promise<void> {
    counts.calls++;
    const res = (await cloud.callFunction('housekeeping', {}, { openid: DEMO_ADMIN_OPENID })) as
      { ok: true; data: unknown } | { ok: false; code: string; message: string };
    if (!res?.ok)
      throw new DemoLoadError(
        'housekeeping',
        DEMO_ADMIN_OPENID,
        res?.code ?? '-',
        res?.message ?? '',
      );
  }

  return {
    call,
    housekeeping,
    at,
    travel,
    r,
    log,
    limit,
    today,
    counts,
    employerIds: new Map<string, string>(),
  };
}

/** 返岗直达 (scripts/demo/trips.ts), then 太平镇's 劳动力台账 and 浦北县's 公益性岗位 (ledger.ts). */
async function loadTripsAndTaiping(run: DemoRun, folk: DemoWorkers): Promise<DemoTrips> {
  const { call, travel, r, log, today } = run;
  const { all: workers, worker, background } = folk;
  // ---- 返岗直达: trips, needs, bookings, a boarding record (scripts/demo/trips.ts) ----------------
  log('demo: trips');
  const trips = await loadTrips({ call, travel, today, workers: (county) => background(county) });
  log('demo: 太平镇 劳动力台账 and 公益性岗位');
  await loadLedgerDemo({ call, travel, today, workers, r });
  await loadPubeiPublicJobDemo({ call, travel, today }, worker('worker'));
  return trips;
}

/** What the chapters loaded, counted for the summary. */
function summarize(
  run: DemoRun,
  loaded: {
    started: number;
    made: DemoPosts;
    folk: DemoWorkers;
    fairs: DemoFairSummary[];
    apps: App[];
    suspended: { reports: number; posts: number };
    trips: DemoTrips;
  },
): DemoSummary {
  const { started, fairs: fairSummaries, apps, suspended, trips } = loaded;
  const { posts, expiredIds, flagged } = loaded.made;
  const workers = loaded.folk.all;
  // ---- Summary ---------------------------------------------------------------------------
  const byStatus: Record<ApplicationStatus, number> = {
    applied: 0,
    viewed: 0,
    interview: 0,
    hired: 0,
    rejected: 0,
    withdrawn: 0,
  };
  for (const a of apps) byStatus[a.target]++;
  const jobsByStatus: Record<string, number> = {};
  for (const p of posts) {
    const s = expiredIds.has(p.jobId) ? 'expired' : p.status;
    jobsByStatus[s] = (jobsByStatus[s] ?? 0) + 1;
  }
  for (const f of flagged) jobsByStatus[f.status] = (jobsByStatus[f.status] ?? 0) + 1;
  jobsByStatus['suspended'] = suspended.posts;
  const summary: DemoSummary = {
    ms: Date.now() - started,
    calls: run.counts.calls,
    retries: run.counts.retries,
    // The suspended company's HR is one user more than EMPLOYERS lists.
    users: DEMO_ADMINS.length + CADRES.length + EMPLOYERS.length + 1 + workers.length,
    workersWithProfile: workers.length,
    employers: {
      verified: EMPLOYERS.filter((e) => e.review === 'verify').length,
      pending: EMPLOYERS.filter((e) => e.review === 'pending').length,
      rejected: EMPLOYERS.filter((e) => e.review === 'reject').length,
      suspended: 1,
    },
    jobs: {
      total: posts.length + flagged.length + suspended.posts,
      byStatus: jobsByStatus,
    },
    applications: { total: apps.length, byStatus },
    fairs: fairSummaries,
    trips,
    reports: 3 + suspended.reports,
    cadres: CADRES.length,
  };
  return summary;
}
