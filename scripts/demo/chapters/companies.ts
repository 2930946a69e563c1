/** The demo's 人社局 admins, cadres and companies (scripts/demo/load.ts calls these in order). */
import { CADRES, demoUscc, EMPLOYERS, REGION, type DemoEmployer } from '../data';
import { pool, type DemoRun } from '../run';
import { DEMO_ADMIN_OPENID, DEMO_ADMINS, demoAdminFor } from '../users';

/** Logs the HR of EMPLOYERS' `key` in and registers the company; its id goes into `run.employerIds`. */
export async function registerEmployer(run: DemoRun, key: string): Promise<void> {
  const { call } = run;
  const seq = EMPLOYERS.findIndex((x) => x.key === key);
  const e = EMPLOYERS[seq] as DemoEmployer;
  await call(e.openid, 'account.login', {});
  const { employer } = await call(e.openid, 'employer.register', {
    ...e.input,
    uscc: demoUscc(e.region, seq + 1),
    region: { ...REGION[e.region] },
  });
  run.employerIds.set(e.key, employer._id);
}

/** Day -45: the 人社局 admins, the cadres, the companies (all but the late ones), verified. */
export async function loadCompanies(run: DemoRun): Promise<void> {
  const { call, travel, log, limit, employerIds } = run;
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

  const later = new Set(['xingwang', 'sucheng', 'fuwang']);
  await pool(
    EMPLOYERS.filter((e) => !later.has(e.key)),
    limit,
    (e) => registerEmployer(run, e.key),
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
}

/** Late companies: one turned down (苏城), registered on day -20. */
export async function loadLateCompanies(run: DemoRun): Promise<void> {
  const { call, travel, employerIds } = run;
  // ---- Late companies: one turned down, one still waiting -------------------------------
  travel(-20, '15:00');
  await registerEmployer(run, 'sucheng');
  travel(-19, '10:00');
  const rejected = EMPLOYERS.find((e) => e.key === 'sucheng') as DemoEmployer;
  await call(demoAdminFor(REGION[rejected.region]), 'admin.verifyEmployer', {
    employerId: employerIds.get('sucheng') as string,
    approve: false,
    reason: rejected.rejectReason as string,
  });
}
