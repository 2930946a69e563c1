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
  type WorkerProfile,
} from '../../miniprogram/shared/contracts-all';
import {
  APPLICATION_OUTCOMES,
  CADRES,
  demoUscc,
  DEMO_WORKER_APPLICATIONS,
  DEMO_WORKERS,
  EMPLOYERS,
  FAIRS,
  GIVEN_NAMES,
  HOMES,
  INTERVIEW_NOTES,
  PHONE_PREFIXES,
  PROXY_GIVEN_NAMES,
  REGION,
  RESCHEDULE_NOTES,
  SURNAMES,
  titleSuffixes,
  WORKER_COUNTS,
  WORKER_WISHES,
  type DemoEmployer,
  type JobTemplate,
} from './data';
import { loadTrips, type DemoTrips } from './trips';
import { loadLedgerDemo, loadPubeiPublicJobDemo } from './ledger';
import { loadSuspendedDemo } from './suspended';
import { DEMO_ADMIN_OPENID, DEMO_ADMINS, demoAdminFor, demoUser } from './users';

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

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
async function pool<T, R>(
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

/** mulberry32: small, fast, good enough to pick demo data reproducibly. */
function rng(seed: number) {
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
  fairs: {
    key: string;
    title: string;
    day: string;
    status: string;
    signups: number;
    proxy: number;
    checkIns: number;
    agreements: number;
  }[];
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

interface Worker {
  openid: string;
  home: keyof typeof HOMES;
  profile: WorkerProfile;
  shortId: string;
}

interface Post {
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
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  const log = options.log ?? (() => undefined);
  const r = rng(options.seed ?? 2026);
  let calls = 0;
  let retries = 0;

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
    const n = ++calls;
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
      retries++;
      log(`demo: ${action} as ${openid} failed in the platform (${why.slice(0, 120)}); retrying`);
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }

  /** The housekeeping function, run as the timer would (an admin may run it by hand). */
  async function housekeeping(): Promise<void> {
    calls++;
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

  try {
    // ---- Day -45: the 人社局 admin, the cadres, the companies --------------------------------
    travel(-45, '09:00');
    log('demo: admin, cadres and companies');
    for (const admin of DEMO_ADMINS) await call(admin.openid, 'account.login', {});
    // One call per function first: its first instance starts (and bundles) before the pools.
    await call(DEMO_ADMIN_OPENID, 'job.search', {});
    await call(DEMO_ADMIN_OPENID, 'fair.list', {});
    await pool(CADRES, limit, async (c) => {
      const { code } = await call(demoAdminFor(c.area), 'admin.createCadreInvite', {
        area: c.area,
        note: c.note,
      });
      await call(c.openid, 'account.login', {});
      await call(c.openid, 'cadre.redeemInvite', { code });
    });

    const employerIds = new Map<string, string>();
    const registerOne = async (e: DemoEmployer, seq: number) => {
      await call(e.openid, 'account.login', {});
      const { employer } = await call(e.openid, 'employer.register', {
        ...e.input,
        uscc: demoUscc(e.region, seq + 1),
        region: { ...REGION[e.region] },
      });
      employerIds.set(e.key, employer._id);
    };
    const later = new Set(['xingwang', 'sucheng', 'fuwang']);
    await pool(
      EMPLOYERS.filter((e) => !later.has(e.key)),
      limit,
      (e) => registerOne(e, EMPLOYERS.indexOf(e)),
    );
    travel(-44, '10:30');
    await pool(
      EMPLOYERS.filter((e) => e.review === 'verify'),
      limit,
      (e) =>
        call(demoAdminFor(REGION[e.region]), 'admin.verifyEmployer', {
          employerId: employerIds.get(e.key) as string,
          approve: true,
        }),
    );

    // ---- Posts: a batch long expired, then the last two weeks ------------------------------
    const posts: Post[] = [];
    const verified = EMPLOYERS.filter((e) => e.review === 'verify');
    const plan: { employer: DemoEmployer; template: JobTemplate; day: number; n: number }[] = [];
    for (const e of verified) {
      for (let n = 0; n < e.posts; n++) {
        const template = e.templates[n % e.templates.length] as JobTemplate;
        // The first of each company's posts go up two weeks ago, so fairs can list them.
        const span = (e.lastPostDay ?? 0) + 15;
        const day = n < 2 ? -14 : -14 + Math.floor(((n - 2) * span) / Math.max(1, e.posts - 2));
        plan.push({ employer: e, template, day, n });
      }
    }
    const expiredPlan = verified
      .filter((_, i) => i % 2 === 0)
      .map((e) => ({ employer: e, template: e.templates[0] as JobTemplate, day: -40, n: 99 }));

    let seq = 0;
    const createPost = async (p: (typeof plan)[number], validDays: number): Promise<Post> => {
      const mySeq = seq++;
      const e = p.employer;
      const t = p.template;
      const [minPay, maxPay, unit] = t.pay;
      const step = unit === 'day' ? 10 : unit === 'hour' ? 1 : 100;
      const jitter = r.int(-2, 2) * step;
      const min = Math.max(step, minPay + jitter);
      const max = Math.max(min, maxPay + jitter + r.int(0, 2) * step);
      const suffix = t.title.includes('（') ? '' : r.pick(titleSuffixes(t));
      const place = e.workplace ?? {
        region: e.region,
        address: e.input.address,
        location: e.input.location,
      };
      const location = {
        lat: Math.round((place.location.lat + r.int(-20, 20) / 10000) * 1e6) / 1e6,
        lng: Math.round((place.location.lng + r.int(-20, 20) / 10000) * 1e6) / 1e6,
      };
      const validUntil = addDays(today, p.day + validDays);
      const { jobId, status } = await call(e.openid, 'job.create', {
        title: `${t.title}${suffix}`.slice(0, 30),
        category: t.category,
        headcount: r.int(t.headcount[0], t.headcount[1]),
        requirements: t.requirements,
        duties: t.duties,
        workplace: { region: { ...REGION[place.region] }, address: place.address, location },
        pay: { minYuan: min, maxYuan: max, unit },
        payCycle: t.payCycle,
        benefits: [...t.benefits],
        validUntil,
      });
      const post: Post = {
        seq: mySeq,
        jobId,
        employer: e,
        employerId: employerIds.get(e.key) as string,
        template: t,
        day: p.day,
        status,
        validUntil,
      };
      posts.push(post);
      return post;
    };

    log('demo: posts');
    travel(-40, '09:30');
    await pool(expiredPlan, limit, (p) => createPost(p, 20));
    const expiredIds = new Set(posts.map((p) => p.jobId));
    for (let day = -14; day <= 0; day++) {
      travel(day, '08:30');
      const todays = plan.filter((p) => p.day === day);
      await pool(todays, limit, (p) => createPost(p, r.int(30, 120)));
    }
    posts.sort((a, b) => a.seq - b.seq);
    const livePosts = () =>
      posts.filter((p) => !expiredIds.has(p.jobId) && p.status === 'published');
    const postsOf = (key: string) => livePosts().filter((p) => p.employer.key === key);

    // Posts the 人社局 looks at: two msgSecCheck holds (one is turned down), one of 浦北县's held
    // too, and one of 浦北县's published with a hard age limit (保留岗位 / 下架 for 吴建平).
    travel(-2, '11:00');
    const flagged = await pool(
      [
        { key: 'hengci', duties: '光伏电池片生产线上下料、巡检，岗前培训一周，培训费公司全免' },
        { key: 'jingcheng', duties: '手机配件组装、检测，厂里直招，不收中介费' },
        { key: 'hengda', duties: '缝纫、剪线头、打包，计件算钱，手快的日赚千元不是梦' },
        {
          key: 'lvyuan',
          requirements: '手脚麻利，45岁以下，能上夜班',
          duties: '封边机看机、修边，两班倒',
        },
      ],
      limit,
      async ({ key, duties, requirements }) => {
        const e = EMPLOYERS.find((x) => x.key === key) as DemoEmployer;
        const t = e.templates[0] as JobTemplate;
        const { jobId, status } = await call(e.openid, 'job.create', {
          title: t.title,
          category: t.category,
          headcount: 30,
          requirements: requirements ?? t.requirements,
          duties,
          workplace: {
            region: { ...REGION[e.region] },
            address: e.input.address,
            location: e.input.location,
          },
          pay: { minYuan: t.pay[0], maxYuan: t.pay[1], unit: t.pay[2] },
          payCycle: t.payCycle,
          benefits: [...t.benefits],
          validUntil: addDays(today, 60),
        });
        return { jobId, status };
      },
    );
    if (flagged[1]?.status === 'reviewing') {
      flagged[1].status = 'rejected';
      travel(-1, '16:00');
      const jc = EMPLOYERS.find((x) => x.key === 'jingcheng') as DemoEmployer;
      await call(demoAdminFor(REGION[jc.region]), 'admin.reviewJob', {
        jobId: flagged[1].jobId,
        approve: false,
        reason: '工作内容写得太简单，请写清楚具体做什么、在哪个车间',
      });
    }

    // ---- Late companies: one turned down, one still waiting -------------------------------
    travel(-20, '15:00');
    await registerOne(
      EMPLOYERS.find((e) => e.key === 'sucheng') as DemoEmployer,
      EMPLOYERS.findIndex((e) => e.key === 'sucheng'),
    );
    travel(-19, '10:00');
    const rejected = EMPLOYERS.find((e) => e.key === 'sucheng') as DemoEmployer;
    await call(demoAdminFor(REGION[rejected.region]), 'admin.verifyEmployer', {
      employerId: employerIds.get('sucheng') as string,
      approve: false,
      reason: rejected.rejectReason as string,
    });

    // ---- Workers ---------------------------------------------------------------------------
    log('demo: workers');
    travel(-20, '20:00');
    const workers: Worker[] = [];
    const usedPhones = new Set<string>();
    const phone = (): string => {
      for (;;) {
        const p = `${r.pick(PHONE_PREFIXES)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
        if (!usedPhones.has(p)) {
          usedPhones.add(p);
          return p;
        }
      }
    };
    for (const w of Object.values(DEMO_WORKERS)) usedPhones.add(w.phone);
    for (const e of EMPLOYERS) usedPhones.add(e.input.contactPhone);

    const specs: { openid: string; home: keyof typeof HOMES; profile: WorkerProfile }[] = [];
    for (const [key, w] of Object.entries(DEMO_WORKERS)) {
      const home =
        HOMES[w.homeKey].find((h) => h.town === w.town) ??
        (HOMES[w.homeKey][0] as (typeof HOMES)['pubei'][number]);
      const user = demoUser(key as 'worker');
      specs.push({
        openid: user.openid,
        home: w.homeKey,
        profile: {
          name: user.name,
          phone: w.phone,
          home: { ...REGION[home.region], town: w.town, village: w.village },
          homeLocation: w.location,
          workArea: w.workArea,
          cities: w.cities,
          categories: w.categories,
          expectedPayYuan: w.expectedPayYuan,
          availableFrom: addDays(today, 3),
          skills: w.skills,
        },
      });
    }
    for (const county of Object.keys(WORKER_COUNTS) as (keyof typeof WORKER_COUNTS)[]) {
      for (let i = 0; i < WORKER_COUNTS[county]; i++) {
        const home = r.pick(HOMES[county]);
        const wish = r.pick(WORKER_WISHES[county]);
        const village = r.pick(home.villages);
        const profile: WorkerProfile = {
          name: `${r.pick(SURNAMES[county])}${r.pick(GIVEN_NAMES)}`,
          phone: phone(),
          home: { ...REGION[home.region], town: home.town, village },
          homeLocation: {
            lat: Math.round((home.location.lat + r.int(-60, 60) / 10000) * 1e6) / 1e6,
            lng: Math.round((home.location.lng + r.int(-60, 60) / 10000) * 1e6) / 1e6,
          },
          workArea: wish.workArea,
          cities: [...wish.cities],
          categories: [...wish.categories],
          expectedPayYuan: wish.expectedPayYuan + r.int(-5, 5) * 100,
          skills: [...wish.skills],
        };
        if (r.next() < 0.5) profile.availableFrom = addDays(today, r.int(-10, 20));
        specs.push({
          openid: `o-demo-w-${county}-${String(i + 1).padStart(3, '0')}`,
          home: county,
          profile,
        });
      }
    }
    // The background workers sign up over five weeks (the named ones on day -20), so the
    // dashboard's weekly trends of 登记 and 活跃 have a past.
    const signUpDay = (s: (typeof specs)[number], i: number): number =>
      s.openid.startsWith('o-demo-w-') ? -20 - 7 * (i % 5) : -20;
    const signUpDays = [...new Set(specs.map(signUpDay))].sort((a, b) => a - b);
    for (const day of signUpDays) {
      travel(day, '20:00');
      await pool(
        specs.filter((s, i) => signUpDay(s, i) === day),
        limit,
        async (s) => {
          const session = await call(s.openid, 'account.login', {});
          await call(s.openid, 'account.updateProfile', s.profile);
          workers.push({ ...s, shortId: session.userId });
        },
      );
    }
    workers.sort((a, b) => (a.openid < b.openid ? -1 : 1));
    const worker = (key: string): Worker =>
      workers.find((w) => w.openid === demoUser(key as 'worker').openid) as Worker;
    const background = (county: keyof typeof HOMES): Worker[] =>
      workers.filter((w) => w.home === county && w.openid.startsWith('o-demo-w-'));
    // The newcomer has never opened the app: no login, nothing stored.

    // ---- Fairs -----------------------------------------------------------------------------
    log('demo: fairs');
    const fairSummaries: DemoSummary['fairs'] = [];
    const proxyNames = (county: keyof typeof HOMES) =>
      `${r.pick(SURNAMES[county])}${r.pick(PROXY_GIVEN_NAMES)}`;

    const jobsForFair = (key: string, createdBy: number): string[] =>
      postsOf(key)
        .filter((p) => p.day <= createdBy)
        .slice(0, 3)
        .map((p) => p.jobId);

    for (const f of FAIRS) {
      const cadre = CADRES.find((c) => c.key === f.cadre) as (typeof CADRES)[number];
      const createdOn = f.fate === 'finished' ? f.dayOffset - 5 : Math.min(-1, f.dayOffset - 4);
      travel(createdOn, '10:00');
      const { fairId, inviteCode } = await call(cadre.openid, 'fair.create', {
        title: f.title,
        region: { ...REGION[f.region] },
        ...(f.town ? { town: f.town } : {}),
        village: f.village,
        address: f.address,
        location: f.location,
        day: addDays(today, f.dayOffset),
        slots: f.slots,
        employers: f.invited.map((key) => ({
          employerId: employerIds.get(key) as string,
          jobIds: jobsForFair(key, createdOn),
        })),
        description: f.description,
      });
      travel(createdOn + 1, '14:00');
      await pool(f.joining, limit, (key) =>
        call(EMPLOYERS.find((e) => e.key === key)?.openid as string, 'fair.join', {
          fairId,
          jobIds: jobsForFair(key, createdOn + 1),
        }),
      );
      const detail = await call(cadre.openid, 'fair.get', { fairId });
      const seats = detail.slots.map((s) => ({ id: s.id, left: s.seatsLeft }));
      /** Next slot with a seat, filling the slots in turn; the first slot is filled first. */
      let turn = 0;
      const nextSlot = (): string => {
        for (let k = 0; k < seats.length; k++) {
          const s = seats[(turn + k) % seats.length] as { id: string; left: number };
          if (s.left > 0) {
            s.left--;
            turn = (turn + k + 1) % seats.length;
            return s.id;
          }
        }
        throw new Error(`demo data: fair ${f.key} has more sign-ups than seats`);
      };

      // Sign-ups: the days before the fair (or before it is cancelled).
      const county = f.region as keyof typeof HOMES;
      const people = r.shuffle(background(county)).slice(0, f.signups);
      const own: { who: Worker; slot?: string }[] = [];
      if (f.key === 'qingrong' || f.key === 'shangyoufang' || f.key === 'hongguang')
        own.push({ who: worker('worker2') });
      if (f.key === 'quanshui' || f.key === 'shichong') own.push({ who: worker('worker') });
      if (f.key === 'daxing') own.push({ who: worker('worker3') });
      const signDay = f.fate === 'finished' ? f.dayOffset - 3 : Math.min(0, createdOn + 1);
      travel(signDay, '19:30');
      // The first few come directly and share the card in the village group; others follow.
      const sharers: Worker[] = people.slice(0, 4);
      type Signed = ActionOutput<'fair.signUp'> & { who?: Worker };
      const signed: Signed[] = [];
      const selfSign = async (who: Worker, i: number, forced?: 'share' | 'poster' | 'direct') => {
        const kind =
          forced ?? (i % 5 === 1 || i % 5 === 3 ? 'share' : i % 5 === 4 ? 'poster' : 'direct');
        const sharer = r.pick(sharers.filter((x) => x !== who));
        const inviter =
          kind === 'share' && sharer
            ? { type: 'share' as const, userId: sharer.shortId }
            : kind === 'poster'
              ? { type: 'poster' as const }
              : { type: 'direct' as const };
        const s = await call(who.openid, 'fair.signUp', {
          fairId,
          slotId: nextSlot(),
          name: who.profile.name,
          phone: who.profile.phone as string,
          inviter,
        });
        signed.push({ ...s, who });
      };
      await pool(people.slice(0, 4), 4, (w, i) => selfSign(w, i, 'direct'));
      await pool(people.slice(4), limit, (w, i) => selfSign(w, i + 4));
      await pool(own, 1, (o) =>
        selfSign(
          o.who,
          0,
          f.key === 'quanshui' ? 'share' : f.key === 'daxing' ? 'poster' : 'direct',
        ),
      );
      // 代登记: most with their own phone; every fifth a family member on the phone of the one
      // before (一家人用一个手机), and every seventh a villager with no phone (the cadre is contact).
      const proxySpecs: ActionInput<'fair.proxySignUp'>[] = [];
      for (let i = 0; i < f.proxySignups; i++) {
        const home = r.pick(HOMES[county]);
        const before = proxySpecs[i - 1];
        const family = i % 5 === 4 && before?.phone ? before : undefined;
        let name = proxyNames(county);
        while (proxySpecs.some((p) => p.name === name)) name = proxyNames(county);
        proxySpecs.push({
          fairId,
          slotId: nextSlot(),
          name,
          ...(i % 7 === 6 ? {} : { phone: family?.phone ?? phone() }),
          village:
            family?.village ?? (f.village && i % 3 === 0 ? f.village : r.pick(home.villages)),
        });
      }
      const proxies = await pool(proxySpecs, limit, (spec) =>
        call(cadre.openid, 'fair.proxySignUp', spec),
      );

      let checkIns = 0;
      let agreements = 0;
      if (f.dayOffset === 0 && f.checkIns) {
        // Today's fair: the morning's first people are in, by code and by name; the demo worker
        // 罗志强 is still to come (README: 扫码签到 with his code).
        travel(0, '09:10');
        const arriving = [
          ...signed.filter((s) => !s.who?.openid.startsWith('o-demo-worker')),
          ...proxies,
        ]
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .slice(0, f.checkIns);
        await pool(arriving, limit, (s, i) =>
          call(
            cadre.openid,
            'fair.checkIn',
            i % 3 === 2 || !s.checkInCode
              ? { fairId, signupId: s._id }
              : { fairId, code: s.checkInCode },
          ),
        );
        checkIns = arriving.length;
      }
      if (f.fate === 'cancelled') {
        travel(f.dayOffset - 2, '08:00');
        await call(cadre.openid, 'fair.cancel', { fairId, reason: f.cancelReason as string });
      } else if (f.fate === 'finished') {
        // The fair day: the cadre scans people in slot by slot; employers record agreements.
        // Sorted by phone: the same people come, whatever order the calls finished in.
        const everyone = [...signed, ...proxies].sort((a, b) => (a.phone < b.phone ? -1 : 1));
        const bySlot = new Map<string, typeof everyone>();
        for (const s of everyone) bySlot.set(s.slotId, [...(bySlot.get(s.slotId) ?? []), s]);
        const ownIds = new Set(
          signed.filter((s) => s.who && !s.who.openid.startsWith('o-demo-w-')).map((s) => s._id),
        );
        const notComing = r
          .shuffle(everyone.filter((s) => !ownIds.has(s._id)))
          .slice(0, everyone.length - (f.checkIns ?? everyone.length));
        const absent = new Set(notComing.map((s) => s._id));
        const came: typeof everyone = [];
        for (const slot of f.slots) {
          const slotId = detail.slots.find((s) => s.start === slot.start)?.id as string;
          travel(f.dayOffset, slot.start);
          const here = (bySlot.get(slotId) ?? []).filter((s) => !absent.has(s._id));
          await pool(here, limit, (s, i) =>
            call(cadre.openid, 'fair.checkIn', {
              fairId,
              code: i % 2 === 0 ? `XP:${inviteCode}:${s.checkInCode}` : (s.checkInCode as string),
            }),
          );
          came.push(...here);
        }
        checkIns = came.length;
        const participants = [...f.invited, ...f.joining];
        const deals = [
          ...came.filter((s) => ownIds.has(s._id)),
          ...r.shuffle(came.filter((s) => !ownIds.has(s._id))),
        ].slice(0, f.agreements ?? 0);
        travel(f.dayOffset, '16:10');
        await pool(deals, limit, async (s, i) => {
          // The demo worker2 agrees with the 台州 factory, as in the story; others spread out.
          const key = ownIds.has(s._id)
            ? 'hongtai'
            : (participants[i % participants.length] as string);
          const jobs =
            detail.employers.find((e) => e.employerId === employerIds.get(key))?.jobs ?? [];
          const job = jobs[i % Math.max(1, jobs.length)];
          if (!job) throw new Error(`demo data: ${key} has no post at fair ${f.key}`);
          const employer = EMPLOYERS.find((e) => e.key === key) as DemoEmployer;
          const by = i % 4 === 3 ? cadre.openid : employer.openid;
          await call(by, 'fair.recordAgreement', {
            fairId,
            signupId: s._id,
            jobId: job._id,
            ...(i % 7 === 0 ? { note: '签了协议，坐点对点大巴返岗' } : {}),
          });
        });
        agreements = deals.length;
        // The daily timer the evening after: the fair is marked finished, old posts expire.
        travel(f.dayOffset + 1, '20:00');
        await housekeeping();
      }
      fairSummaries.push({
        key: f.key,
        title: f.title,
        day: addDays(today, f.dayOffset),
        status: f.fate,
        signups: signed.length + proxies.length,
        proxy: proxies.length,
        checkIns,
        agreements,
      });
    }

    // ---- Applications ----------------------------------------------------------------------
    log('demo: applications');
    type App = {
      applicationId: string;
      openid: string;
      employer: DemoEmployer;
      target: ApplicationStatus;
    };
    const apps: App[] = [];
    travel(-3, '20:30');
    const me = worker('worker');
    await pool(DEMO_WORKER_APPLICATIONS, limit, async (a) => {
      const candidates = postsOf(a.employer).filter((p) => p.day <= -4);
      const post = candidates.find((p) => p.template.category === 'woodwork') ?? candidates[0];
      if (!post) throw new Error(`demo data: ${a.employer} has no open post for the demo worker`);
      const { applicationId } = await call(me.openid, 'job.apply', { jobId: post.jobId });
      apps.push({ applicationId, openid: me.openid, employer: post.employer, target: a.status });
    });
    const applyPlan: { w: Worker; post: Post; target: ApplicationStatus }[] = [];
    const wantedBy = (w: Worker): Post[] => {
      const cats = new Set(w.profile.categories);
      const county = w.profile.home.county;
      return livePosts().filter((p) => {
        if (p.day > -4) return false;
        const region = REGION[p.employer.workplace?.region ?? p.employer.region];
        const near = region.county === county;
        const where =
          w.profile.workArea === 'cities'
            ? w.profile.cities.includes(region.city)
            : near || w.profile.workArea === 'province';
        return where && (cats.has(p.template.category) || r.next() < 0.15);
      });
    };
    for (const w of workers.filter((x) => x.openid.startsWith('o-demo-w-'))) {
      const options = r.shuffle(wantedBy(w));
      const n = Math.min(options.length, r.int(0, 3));
      for (const post of options.slice(0, n))
        applyPlan.push({ w, post, target: r.weighted(APPLICATION_OUTCOMES) });
    }
    // Others apply to the demo employer's posts too, so its 投递人 list has every status.
    // Its newest posts: the first screen of its 我的岗位 shows applicants.
    const quansen = postsOf('quansen')
      .filter((p) => p.day <= -4)
      .reverse()
      .slice(0, 4);
    for (const [i, w] of background('pubei').slice(0, 12).entries()) {
      const post = quansen[i % quansen.length] as Post;
      if (!applyPlan.some((a) => a.w === w && a.post === post)) {
        applyPlan.push({
          w,
          post,
          target: APPLICATION_OUTCOMES[i % APPLICATION_OUTCOMES.length]?.[0] as ApplicationStatus,
        });
      }
    }
    // Applications of the last three weeks (never before the post went up), so the weekly
    // trend of 报名 has a past; the employers move them along in the last days.
    const applyDay = (a: (typeof applyPlan)[number], i: number): number =>
      Math.min(-3, Math.max(a.post.day + 1, -3 - 7 * (i % 3)));
    const applyDays = [...new Set(applyPlan.map(applyDay))].sort((a, b) => a - b);
    for (const day of applyDays) {
      travel(day, '20:30');
      await pool(
        applyPlan.filter((a, i) => applyDay(a, i) === day),
        limit,
        async ({ w, post, target }) => {
          const { applicationId } = await call(w.openid, 'job.apply', { jobId: post.jobId });
          apps.push({ applicationId, openid: w.openid, employer: post.employer, target });
        },
      );
    }

    /**
     * 邀约面试 at the company's place: those who end hired were seen yesterday afternoon; those
     * still invited go in the next days (times relative to the load day).
     */
    const interviewOf = (a: App): ActionInput<'application.inviteInterview'> => {
      const e = a.employer;
      const place = e.workplace ?? { address: e.input.address, location: e.input.location };
      const n = apps.indexOf(a);
      const staysInvited = a.target === 'interview';
      return {
        applicationId: a.applicationId,
        day: addDays(today, staysInvited ? 1 + (n % 3) : -1),
        clock: staysInvited ? (['09:30', '10:00', '14:30'] as const)[n % 3] : '15:00',
        address: place.address,
        location: place.location,
        note: r.pick(INTERVIEW_NOTES),
      };
    };

    /** Steps from 已投递 to the target status, by the employer (or the worker, to withdraw). */
    const steps = (
      target: ApplicationStatus,
    ): ('viewed' | 'interview' | 'hired' | 'rejected' | 'withdraw')[] => {
      switch (target) {
        case 'applied':
          return [];
        case 'viewed':
          return ['viewed'];
        case 'interview':
          return ['viewed', 'interview'];
        case 'hired':
          return ['viewed', 'interview', 'hired'];
        case 'rejected':
          return ['viewed', 'rejected'];
        case 'withdrawn':
          return ['withdraw'];
      }
    };
    for (let step = 0; step < 3; step++) {
      travel(-2 + step, step === 2 ? '09:00' : '10:00');
      await pool(
        apps.filter((a) => steps(a.target).length > step),
        limit,
        async (a) => {
          const s = steps(a.target)[step];
          if (s === 'withdraw')
            return call(a.openid, 'application.withdraw', { applicationId: a.applicationId });
          if (s === 'interview')
            return call(a.employer.openid, 'application.inviteInterview', interviewOf(a));
          return call(a.employer.openid, 'application.setStatus', {
            applicationId: a.applicationId,
            status: s as 'viewed',
          });
        },
      );
    }
    // Workers answer some invitations: 我会去, or 想换个时间 with a word on when suits them.
    travel(0, '07:30');
    const invited = apps.filter((a) => a.target === 'interview');
    await pool(invited, limit, async (a, i) => {
      const mine = a.openid === me.openid;
      if (!mine && i % 3 === 2) return;
      await call(a.openid, 'application.answerInterview', {
        applicationId: a.applicationId,
        ...(mine || i % 3 === 0
          ? { answer: 'coming' as const }
          : { answer: 'reschedule' as const, note: r.pick(RESCHEDULE_NOTES) }),
      });
    });

    // ---- Employers' post statuses, a report, and today ------------------------------------
    travel(-1, '17:00');
    const statusChanges: { key: string; status: 'paused' | 'filled' | 'closed' }[] = [
      { key: 'linhai', status: 'filled' },
      { key: 'hongfeng', status: 'paused' },
      { key: 'jiahe', status: 'filled' },
      { key: 'shunda', status: 'closed' },
      { key: 'yijia', status: 'paused' },
      { key: 'lifeng', status: 'filled' },
    ];
    const inFairs = new Set<string>();
    for (const f of FAIRS)
      for (const e of [...f.invited, ...f.joining])
        jobsForFair(e, 0).forEach((id) => inFairs.add(id));
    await pool(statusChanges, limit, async ({ key, status }) => {
      const post = [...postsOf(key)].reverse().find((p) => !inFairs.has(p.jobId));
      if (!post) return;
      await call(post.employer.openid, 'job.setStatus', { jobId: post.jobId, status });
      post.status = status;
    });

    travel(0, '08:00');
    const reportTarget = postsOf('jingcheng')[0] as Post;
    await call(worker('worker3').openid, 'report.create', {
      jobId: reportTarget.jobId,
      reason: 'fee',
      details: '打电话问，对方说进厂前要先交两百块钱办厂牌，不知道是不是真的',
    });
    const fakeTarget = postsOf('donghai')[1] as Post;
    await call(background('zizhong')[0]?.openid as string, 'report.create', {
      jobId: fakeTarget.jobId,
      reason: 'fake',
      details: '电话打过去说这个岗位早就招满了',
    });
    // One for 浦北县's 人社局 (吴建平) to decide.
    const unpaidTarget = postsOf('hengda')[0] as Post;
    await call(background('pubei')[1]?.openid as string, 'report.create', {
      jobId: unpaidTarget.jobId,
      reason: 'unpaid',
      details: '去年在这里做了两个月，最后一个月工资拖到现在没给',
    });
    // 向桂英's report has its outcome: 广东's 人社厅 took the post down (她在「我的举报」里看得到).
    travel(0, '08:30');
    const [firstReport] = (await call(worker('worker3').openid, 'report.mine', {})).items;
    await call(demoAdminFor(REGION.changan), 'admin.resolveReport', {
      reportId: firstReport?._id as string,
      outcome: 'takeDown',
      explanation: '核实对方要求进厂前交钱办厂牌，岗位已下架，已告知当地人社部门',
    });

    // A 浦北县 劳务 company reported twice for deposits: warned, then suspended (暂停招聘).
    const suspended = await loadSuspendedDemo({
      call,
      travel,
      today,
      reporters: [
        background('pubei')[2]?.openid as string,
        background('pubei')[3]?.openid as string,
      ],
    });

    // The companies still waiting for review registered in the last days.
    travel(-2, '16:00');
    await registerOne(
      EMPLOYERS.find((e) => e.key === 'fuwang') as DemoEmployer,
      EMPLOYERS.findIndex((e) => e.key === 'fuwang'),
    );
    travel(-1, '18:20');
    await registerOne(
      EMPLOYERS.find((e) => e.key === 'xingwang') as DemoEmployer,
      EMPLOYERS.findIndex((e) => e.key === 'xingwang'),
    );

    // ---- 返岗直达: trips, needs, bookings, a boarding record (scripts/demo/trips.ts) ----------------
    log('demo: trips');
    const trips = await loadTrips({ call, travel, today, workers: (county) => background(county) });
    log('demo: 太平镇 劳动力台账 and 公益性岗位');
    await loadLedgerDemo({ call, travel, today, workers, r });
    await loadPubeiPublicJobDemo({ call, travel, today }, worker('worker'));

    clock.home();

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
      calls,
      retries,
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
    log(`demo: loaded in ${(summary.ms / 1000).toFixed(1)} s with ${calls} calls`);
    return summary;
  } finally {
    clock.home();
  }
}
