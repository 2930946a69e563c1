/**
 * Dashboard benchmark: stats.dashboard and stats.weeklyReport through the real stats function
 * (wx-server-sdk over HTTP to local-cloud) at county scale — 200 000 workers, 50 000 posts,
 * 500 000 applications, 2 000 fairs over a year — seeded straight into the engine, with the
 * dashboard counters the write path would have kept. Goal: the default view (the county, 本周)
 * in ≤ 300 ms. The machine is shared: figures are measured under load.
 */
import {
  addDays,
  chinaDay,
  JOB_CATEGORIES,
  startOfChinaDay,
  type ActionName,
} from '../miniprogram/shared/index';
import type { LocalCloud } from '../local-cloud/index';
import { startBenchCloud } from './bench-cloud';
import { counterId, type CounterDoc, type Counts } from '../server/stats/counters';
import { placeKey } from '../server/stats/scope';

const COUNTY = { province: '四川省', city: '内江市', county: '资中县' };
const ADMIN = 'o-bench-dashboard-admin';
/** XP_BENCH_SCALE=0.1 seeds a tenth of the county (a quick look; the goal is at scale 1). */
const SCALE = Number(process.env.XP_BENCH_SCALE ?? '1') || 1;
const SIZES = {
  workers: Math.round(200_000 * SCALE),
  posts: Math.round(50_000 * SCALE),
  applications: Math.round(500_000 * SCALE),
  fairs: Math.round(2_000 * SCALE),
};
const TOWNS = Array.from({ length: 20 }, (_, i) => `镇${String(i + 1).padStart(2, '0')}`);
const VILLAGES = Array.from({ length: 15 }, (_, i) => `村${String(i + 1).padStart(2, '0')}`);
const DESTS = ['near', 'county', 'province', 'outside'] as const;
const DAY_MS = 86_400_000;
const RUNS = 15;

let seed = 42;
/** A small deterministic generator: the same county every run. */
function rand(n: number): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
}
const pick = <T>(list: readonly T[]): T => list[rand(list.length)] as T;
const id = (prefix: string, i: number): string => `${prefix}${String(i).padStart(23, '0')}`;

/** Counters as the write path keeps them: every level of the place, per day (and 'all'). */
class CounterSeed {
  private docs = new Map<string, CounterDoc>();
  add(path: string[], day: string, counts: Counts): void {
    for (let depth = 1; depth <= path.length; depth++) {
      const p = path.slice(0, depth);
      const key = counterId(p, day);
      const doc = this.docs.get(key) ?? {
        _id: key,
        place: placeKey(p),
        parent: placeKey(p.slice(0, -1)),
        name: p[p.length - 1]!,
        depth,
        day,
        c: {},
      };
      for (const [k, n] of Object.entries(counts)) doc.c[k] = (doc.c[k] ?? 0) + n;
      this.docs.set(key, doc);
    }
  }
  all(): CounterDoc[] {
    return [...this.docs.values()];
  }
}

async function insertAll(cloud: LocalCloud, name: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 5000) {
    await cloud.database.insert(name, docs.slice(i, i + 5000) as never);
  }
}

async function seedCounty(cloud: LocalCloud, now: number): Promise<void> {
  const today = chinaDay(now);
  const yearAgo = now - 365 * DAY_MS;
  const when = (): number => yearAgo + rand(365 * 24) * 3_600_000;
  const counters = new CounterSeed();
  const homes: string[][] = [];
  const t0 = Date.now();

  const users = [];
  for (let i = 0; i < SIZES.workers; i++) {
    const home = [COUNTY.province, COUNTY.city, COUNTY.county, pick(TOWNS), pick(VILLAGES)];
    homes.push(home);
    const at = when();
    users.push({
      _id: id('u', i),
      openid: `o-bench-w${i}`,
      shortId: `s${i.toString(36)}`,
      roles: ['worker'],
      profile: {
        name: '张三',
        home: { ...COUNTY, town: home[3], village: home[4] },
        workArea: 'county',
        cities: [],
        categories: ['factory'],
        skills: [],
      },
      registeredAt: at,
      createdAt: at,
      updatedAt: at,
    });
    counters.add(home, chinaDay(at), { registered: 1 });
    counters.add(home, 'all', { registered: 1 });
    if (rand(4) === 0) counters.add(home, chinaDay(now - rand(60) * DAY_MS), { active: 1 });
  }
  await insertAll(cloud, 'users', users);
  users.length = 0;
  console.log(`seeded ${SIZES.workers} workers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const t1 = Date.now();
  const jobs = [];
  const categories = JOB_CATEGORIES.map((c) => c.value);
  for (let i = 0; i < SIZES.posts; i++) {
    const at = when();
    const status = pick(['published', 'published', 'paused', 'filled', 'expired'] as const);
    jobs.push({
      _id: id('j', i),
      employerId: `e${i % 800}`,
      region: { ...COUNTY },
      employerRegion: { ...COUNTY },
      category: pick(categories),
      status,
      publishedAt: at,
      applicantCount: 10,
      createdAt: at,
      updatedAt: at,
    });
    counters.add([COUNTY.province, COUNTY.city, COUNTY.county], chinaDay(at), {
      postsNew: 1,
      ...(status === 'filled' ? { postsFilled: 1 } : {}),
    });
  }
  await insertAll(cloud, 'jobs', jobs);
  console.log(`seeded ${SIZES.posts} posts in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

  const t2 = Date.now();
  let apps = [];
  for (let i = 0; i < SIZES.applications; i++) {
    const w = rand(SIZES.workers);
    const home = homes[w]!;
    const at = when();
    const hired = rand(10) === 0;
    const dest = pick(DESTS);
    const category = pick(categories);
    apps.push({
      _id: id('a', i),
      jobId: id('j', rand(SIZES.posts)),
      employerId: 'e1',
      workerOpenid: `o-bench-w${w}-${i}`,
      stat: { home, homeKey: placeKey(home), dest, category },
      status: hired ? 'hired' : 'applied',
      history: [],
      createdAt: at,
      updatedAt: at,
      ...(hired ? { hiredAt: at + DAY_MS } : {}),
    });
    counters.add(home, chinaDay(at), {
      applications: 1,
      [`appDest_${dest}`]: 1,
      [`appCat_${category}`]: 1,
    });
    if (hired) {
      counters.add(home, chinaDay(at + DAY_MS), {
        hires: 1,
        [`hireDest_${dest}`]: 1,
        [`hireCat_${category}`]: 1,
      });
    }
    if (apps.length === 50_000) {
      await insertAll(cloud, 'applications', apps);
      apps = [];
    }
  }
  await insertAll(cloud, 'applications', apps);
  console.log(
    `seeded ${SIZES.applications} applications in ${((Date.now() - t2) / 1000).toFixed(1)} s`,
  );

  const t3 = Date.now();
  const fairs = [];
  const slots = [];
  const signups = [];
  const agreements = [];
  for (let i = 0; i < SIZES.fairs; i++) {
    const day = addDays(today, -rand(365) + 7);
    const fairId = id('f', i);
    fairs.push({
      _id: fairId,
      title: `院坝招聘会${i}`,
      region: { ...COUNTY },
      town: pick(TOWNS),
      village: pick(VILLAGES),
      address: '村委会院坝',
      location: { type: 'Point', coordinates: [104.85, 29.76] },
      day,
      dayStart: startOfChinaDay(day),
      status: day < today ? 'finished' : 'upcoming',
      inviteCode: `B${i.toString(36).toUpperCase().padStart(5, '0')}`,
      cadreOpenid: 'o-bench-cadre',
      employers: [],
      createdAt: now,
      updatedAt: now,
    });
    for (let s = 1; s <= 3; s++) {
      const taken = rand(30);
      slots.push({
        _id: `${fairId}-s${s}`,
        fairId,
        slotId: `s${s}`,
        start: '09:00',
        end: '10:30',
        capacity: 30,
        seatsLeft: 30 - taken,
      });
      for (let k = 0; k < taken; k++) {
        signups.push({
          _id: `${fairId}-s${s}-${k}`,
          fairId,
          slotId: `s${s}`,
          personKey: `p${s}-${k}`,
          status: rand(3) === 0 ? 'signed' : 'checkedIn',
          checkInCode: `${s}${k}`,
          phoneTail: '0000',
          nameKey: 'zs',
          createdAt: now,
        });
      }
    }
    for (let k = 0; k < 5; k++) {
      agreements.push({
        _id: `${fairId}-g${k}`,
        fairId,
        signupId: `${fairId}-s1-${k}`,
        jobId: `j${k}`,
        employerId: 'e1',
        createdAt: now,
      });
    }
  }
  await insertAll(cloud, 'fairs', fairs);
  await insertAll(cloud, 'fairSlots', slots);
  await insertAll(cloud, 'fairSignups', signups);
  await insertAll(cloud, 'fairAgreements', agreements);
  const counterDocs = counters.all();
  await insertAll(cloud, 'statCounters', counterDocs);
  console.log(
    `seeded ${SIZES.fairs} fairs (${signups.length} sign-ups) and ${counterDocs.length} counter documents in ${((Date.now() - t3) / 1000).toFixed(1)} s`,
  );
}

async function measure(
  cloud: LocalCloud,
  action: ActionName,
  input: unknown,
): Promise<{ p50: number; p95: number; bytes: number }> {
  const lat: number[] = [];
  let bytes = 0;
  await cloud.callFunction('stats', { action, input }, { openid: ADMIN });
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const res = (await cloud.callFunction('stats', { action, input }, { openid: ADMIN })) as {
      ok: boolean;
      code?: string;
      message?: string;
    };
    lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (!res.ok) throw new Error(`${action} failed: ${res.code} ${res.message}`);
    bytes = Buffer.byteLength(JSON.stringify(res), 'utf8');
  }
  lat.sort((a, b) => a - b);
  return {
    p50: lat[Math.floor(RUNS * 0.5)] ?? 0,
    p95: lat[Math.min(RUNS - 1, Math.floor(RUNS * 0.95))] ?? 0,
    bytes,
  };
}

const VIEWS: { name: string; action: ActionName; input: unknown }[] = [
  { name: 'dashboard 资中县 本周 (default)', action: 'stats.dashboard', input: {} },
  {
    name: 'dashboard 资中县 本月',
    action: 'stats.dashboard',
    input: { period: { period: 'month' } },
  },
  {
    name: 'dashboard 资中县 one year',
    action: 'stats.dashboard',
    input: { period: { period: 'custom', from: 'FROM', to: 'TO' } },
  },
  { name: 'dashboard 镇01 本周', action: 'stats.dashboard', input: { place: { town: '镇01' } } },
  { name: 'weekly report 资中县', action: 'stats.weeklyReport', input: {} },
];

export async function run(): Promise<void> {
  const now = Date.now();
  const { cloud, stop } = await startBenchCloud(
    'dashboard',
    `${ADMIN}=${COUNTY.province}/${COUNTY.city}/${COUNTY.county}`,
  );
  try {
    console.log(`county at scale ${SCALE}: ${JSON.stringify(SIZES)}`);
    await seedCounty(cloud, now);
    await cloud.callFunction('accounts', { action: 'account.login', input: {} }, { openid: ADMIN });
    const today = chinaDay(now);
    console.log(`\nstats through the function runtime, ${RUNS} calls each (measured under load):`);
    for (const view of VIEWS) {
      const input = JSON.parse(
        JSON.stringify(view.input).replace('FROM', addDays(today, -364)).replace('TO', today),
      ) as unknown;
      const s = await measure(cloud, view.action, input);
      console.log(
        `  ${view.name.padEnd(34)} p50 ${s.p50.toFixed(1).padStart(7)} ms  p95 ${s.p95
          .toFixed(1)
          .padStart(7)} ms  answer ${s.bytes} B`,
      );
    }
    console.log('goal: the default view ≤ 300 ms');
  } finally {
    await stop();
  }
}
