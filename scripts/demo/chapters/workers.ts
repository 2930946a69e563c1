/** The workers: the named demo workers and the background ones of each county, with profiles. */
import { addDays, type WorkerProfile } from '../../../miniprogram/shared/contracts-all';
import {
  DEMO_WORKERS,
  EMPLOYERS,
  GIVEN_NAMES,
  HOMES,
  PHONE_PREFIXES,
  REGION,
  SURNAMES,
  WORKER_COUNTS,
  WORKER_WISHES,
} from '../data';
import { poolByDay, type DemoRun, type Worker } from '../run';
import { demoUser } from '../users';

/** The workers the load made, for the chapters after. */
export interface DemoWorkers {
  /** Everyone with a profile, by openid. */
  all: Worker[];
  /** A fresh phone number no one in the demo has (draws from the run's `r`). */
  phone(): string;
  /** The named demo worker `key` (users.ts). */
  worker(key: string): Worker;
  /** The background workers living in `county`. */
  background(county: keyof typeof HOMES): Worker[];
}

/** Workers: profiles of the named demo workers and the background ones, signing up over five weeks. */
export async function loadWorkers(run: DemoRun): Promise<DemoWorkers> {
  const { call, travel, r, log, today } = run;
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
  await poolByDay(run, specs, signUpDay, '20:00', async (s) => {
    const session = await call(s.openid, 'account.login', {});
    await call(s.openid, 'account.updateProfile', s.profile);
    workers.push({ ...s, shortId: session.userId });
  });
  workers.sort((a, b) => (a.openid < b.openid ? -1 : 1));
  // The newcomer has never opened the app: no login, nothing stored.
  return {
    all: workers,
    phone,
    worker: (key) => workers.find((w) => w.openid === demoUser(key as 'worker').openid) as Worker,
    background: (county) =>
      workers.filter((w) => w.home === county && w.openid.startsWith('o-demo-w-')),
  };
}
