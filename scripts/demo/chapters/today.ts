/** Employers change some posts' statuses, workers report three posts, the late companies register. */
import { FAIRS, REGION } from '../data';
import { pool, type DemoRun, type Post } from '../run';
import { loadSuspendedDemo } from '../suspended';
import { demoAdminFor } from '../users';
import { registerEmployer } from './companies';
import { jobsForFair, postsOf, type DemoPosts } from './posts';
import { type DemoWorkers } from './workers';

/** Employers' post statuses, the reports (one company suspended), and today's late companies. */
export async function loadToday(
  run: DemoRun,
  made: DemoPosts,
  folk: DemoWorkers,
): Promise<{ reports: number; posts: number }> {
  const { call, travel, limit, today } = run;
  const { worker, background } = folk;
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
      jobsForFair(made, e, 0).forEach((id) => inFairs.add(id));
  await pool(statusChanges, limit, async ({ key, status }) => {
    const post = [...postsOf(made, key)].reverse().find((p) => !inFairs.has(p.jobId));
    if (!post) return;
    await call(post.employer.openid, 'job.setStatus', { jobId: post.jobId, status });
    post.status = status;
  });

  travel(0, '08:00');
  const reportTarget = postsOf(made, 'jingcheng')[0] as Post;
  await call(worker('worker3').openid, 'report.create', {
    jobId: reportTarget.jobId,
    reason: 'fee',
    details: '打电话问，对方说进厂前要先交两百块钱办厂牌，不知道是不是真的',
  });
  const fakeTarget = postsOf(made, 'donghai')[1] as Post;
  await call(background('zizhong')[0]?.openid as string, 'report.create', {
    jobId: fakeTarget.jobId,
    reason: 'fake',
    details: '电话打过去说这个岗位早就招满了',
  });
  // One for 浦北县's 人社局 (吴建平) to decide.
  const unpaidTarget = postsOf(made, 'hengda')[0] as Post;
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
    reporters: [background('pubei')[2]?.openid as string, background('pubei')[3]?.openid as string],
  });

  // The companies still waiting for review registered in the last days.
  travel(-2, '16:00');
  await registerEmployer(run, 'fuwang');
  travel(-1, '18:20');
  await registerEmployer(run, 'xingwang');
  return suspended;
}
