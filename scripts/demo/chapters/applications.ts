/** The applications: workers apply over three weeks, employers move them along, invitations answered. */
import {
  addDays,
  type ActionInput,
  type ApplicationStatus,
} from '../../../miniprogram/shared/contracts-all';
import {
  APPLICATION_OUTCOMES,
  DEMO_WORKER_APPLICATIONS,
  INTERVIEW_NOTES,
  REGION,
  RESCHEDULE_NOTES,
  type DemoEmployer,
} from '../data';
import { pool, poolByDay, type DemoRun, type Post, type Worker } from '../run';
import { livePosts, postsOf, type DemoPosts } from './posts';
import { type DemoWorkers } from './workers';

/** An application the load made, with the status its employer (or worker) moves it to. */
export type App = {
  applicationId: string;
  openid: string;
  employer: DemoEmployer;
  target: ApplicationStatus;
};

/** Applications: who applies where and when, and each moved along to its target status. */
export async function loadApplications(
  run: DemoRun,
  made: DemoPosts,
  folk: DemoWorkers,
): Promise<App[]> {
  const { call, travel, r, log, limit, today } = run;
  const { all: workers, worker, background } = folk;
  // ---- Applications ----------------------------------------------------------------------
  log('demo: applications');
  const apps: App[] = [];
  travel(-3, '20:30');
  const me = worker('worker');
  await pool(DEMO_WORKER_APPLICATIONS, limit, async (a) => {
    const candidates = postsOf(made, a.employer).filter((p) => p.day <= -4);
    const post = candidates.find((p) => p.template.category === 'woodwork') ?? candidates[0];
    if (!post) throw new Error(`demo data: ${a.employer} has no open post for the demo worker`);
    const { applicationId } = await call(me.openid, 'job.apply', { jobId: post.jobId });
    apps.push({ applicationId, openid: me.openid, employer: post.employer, target: a.status });
  });
  const applyPlan: { w: Worker; post: Post; target: ApplicationStatus }[] = [];
  const wantedBy = (w: Worker): Post[] => {
    const cats = new Set(w.profile.categories);
    const county = w.profile.home.county;
    return livePosts(made).filter((p) => {
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
  const quansen = postsOf(made, 'quansen')
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
  await poolByDay(run, applyPlan, applyDay, '20:30', async ({ w, post, target }) => {
    const { applicationId } = await call(w.openid, 'job.apply', { jobId: post.jobId });
    apps.push({ applicationId, openid: w.openid, employer: post.employer, target });
  });

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
  return apps;
}
