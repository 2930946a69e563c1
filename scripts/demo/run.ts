/**
 * What the chapters of the demo load share (scripts/demo/load.ts builds it once, the chapters in
 * scripts/demo/chapters/ take it): calling the actions, moving the clock, the seeded choices, and
 * the ids one chapter hands to the next.
 */
import {
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type WorkerProfile,
} from '../../miniprogram/shared/contracts-all';
import { type DemoEmployer, type HOMES, type JobTemplate } from './data';

/** A run of `loadDemo`: built once, passed to every chapter. */
export interface DemoRun {
  /** Calls an action as `openid`; a refusal fails the load. */
  call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>>;
  /** The housekeeping function, run as the timer would (an admin may run it by hand). */
  housekeeping(): Promise<void>;
  /** An instant on the China day `offset` days from today; today's instants never pass real now. */
  at(offset: number, clockTime: string): number;
  /** Moves the cloud's clock to `at(offset, clockTime)`. */
  travel(offset: number, clockTime: string): void;
  /** Seeded pseudo-random choices: every chapter draws from it, in the load's order. */
  r: DemoRandom;
  /** Progress lines. */
  log(line: string): void;
  /** Calls in flight at once. */
  limit: number;
  /** The China day of the load. */
  today: string;
  /** Calls made and repeated so far (the summary reports them). */
  counts: { calls: number; retries: number };
  /** Employer ids by the key of their company in EMPLOYERS (filled as companies register). */
  employerIds: Map<string, string>;
}

export type DemoRandom = ReturnType<typeof rng>;

export interface Worker {
  openid: string;
  home: keyof typeof HOMES;
  profile: WorkerProfile;
  shortId: string;
}

export interface Post {
  /** Order of creation in the plan (deterministic, unlike completion order). */
  seq: number;
  jobId: string;
  employer: DemoEmployer;
  employerId: string;
  template: JobTemplate;
  day: number;
  status: string;
  validUntil: string;
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  });
  await Promise.all(workers);
  return out;
}

/**
 * Spreads `items` over days: for each day `dayOf` gives (earliest first) the clock travels to
 * `clockTime` on it and `fn` runs over that day's items, `run.limit` at a time.
 */
export async function poolByDay<T>(
  run: DemoRun,
  items: readonly T[],
  dayOf: (item: T, i: number) => number,
  clockTime: string,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const days = [...new Set(items.map(dayOf))].sort((a, b) => a - b);
  for (const day of days) {
    run.travel(day, clockTime);
    await pool(
      items.filter((item, i) => dayOf(item, i) === day),
      run.limit,
      fn,
    );
  }
}

/** mulberry32: small, fast, good enough to pick demo data reproducibly. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const weighted = <T>(list: readonly [T, number][]): T => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return (list[list.length - 1] as [T, number])[0];
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, pick, weighted, shuffle };
}
