/** The companies' posts: a batch long expired, the last two weeks', and the ones the 人社局 reviews. */
import { addDays, type ActionOutput } from '../../../miniprogram/shared/contracts-all';
import { EMPLOYERS, REGION, titleSuffixes, type DemoEmployer, type JobTemplate } from '../data';
import { pool, type DemoRun, type Post } from '../run';
import { demoAdminFor } from '../users';

/** The posts the load made, for the chapters after. */
export interface DemoPosts {
  /** The planned posts, in the order of the plan. */
  posts: Post[];
  /** The batch that has expired. */
  expiredIds: Set<string>;
  /** Posts the 人社局 looks at (held by msgSecCheck, one turned down, one with an age limit). */
  flagged: Pick<ActionOutput<'job.create'>, 'jobId' | 'status'>[];
}

/** The posts still published and not expired (statuses read now: later chapters change them). */
export function livePosts({ posts, expiredIds }: DemoPosts): Post[] {
  return posts.filter((p) => !expiredIds.has(p.jobId) && p.status === 'published');
}

/** The live posts of the company `key`. */
export function postsOf(made: DemoPosts, key: string): Post[] {
  return livePosts(made).filter((p) => p.employer.key === key);
}

/** A company's first live posts that were up by day `createdBy` (at most three), for a fair. */
export function jobsForFair(made: DemoPosts, key: string, createdBy: number): string[] {
  return postsOf(made, key)
    .filter((p) => p.day <= createdBy)
    .slice(0, 3)
    .map((p) => p.jobId);
}

/** Posts: a batch long expired, then the last two weeks, then the ones the 人社局 looks at. */
export async function loadPosts(run: DemoRun): Promise<DemoPosts> {
  const { call, travel, r, log, limit, today, employerIds } = run;
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

  return { posts, expiredIds, flagged };
}
