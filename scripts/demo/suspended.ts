/**
 * The 人社局's clean-up in the demo world (issue 16): a 浦北县 劳务 company workers reported twice
 * for asking a deposit. The first report was answered with a warning (警告); after the second the
 * 人社局 suspended it (暂停招聘), so its posts are out of search, and the second report is settled
 * by the suspension: its author reads 单位已被暂停招聘 with the reason (单位档案 groups both).
 */
import {
  addDays,
  type ActionInput,
  type ActionName,
  type ActionOutput,
} from '../../miniprogram/shared/index';
import { demoUscc, REGION } from './data';
import { demoAdminFor } from './users';

export interface SuspendedDemoKit {
  call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>>;
  travel(offset: number, clock: string): void;
  today: string;
  /** Two 浦北县 workers who report the company. */
  reporters: [string, string];
}

export const SUSPENDED_COMPANY = {
  openid: 'o-demo-co-jucai',
  companyName: '浦北县聚才劳务服务有限公司',
  reason: '多次被举报向求职者收押金，暂停招聘，待核查',
};

const LOCATION = { lat: 22.2702, lng: 109.5581 };

/** A 劳务 company's post in 浦北县 (the demo's and the county e2e story's). */
export function labourPost(title: string, day: string): ActionInput<'job.create'> {
  return {
    title,
    category: 'electronics',
    headcount: 50,
    requirements: '身体健康，能上夜班，不要经验',
    duties: '介绍到广东东莞电子厂，流水线插件、包装',
    workplace: {
      region: { ...REGION.pubei },
      address: '小江街道解放路18号',
      location: LOCATION,
    },
    pay: { minYuan: 4800, maxYuan: 6000, unit: 'month' },
    payCycle: 'monthly',
    benefits: ['meals', 'housing'],
    validUntil: addDays(day, 40),
  };
}

/** Loads the company, its two posts, the two reports and the suspension; returns the counts. */
export async function loadSuspendedDemo(
  kit: SuspendedDemoKit,
): Promise<{ reports: number; posts: number }> {
  const { call, travel, today, reporters } = kit;
  const admin = demoAdminFor(REGION.pubei);
  const hr = SUSPENDED_COMPANY.openid;

  travel(-30, '09:40');
  await call(hr, 'account.login', {});
  const { employer } = await call(hr, 'employer.register', {
    companyName: SUSPENDED_COMPANY.companyName,
    uscc: demoUscc('pubei', 90),
    intro: '劳务派遣，介绍广东东莞、深圳的电子厂，包车接送。',
    contactName: '庞先生',
    contactPhone: '17377790868',
    region: { ...REGION.pubei },
    address: '小江街道解放路18号',
    location: LOCATION,
  });
  travel(-29, '10:10');
  await call(admin, 'admin.verifyEmployer', { employerId: employer._id, approve: true });

  travel(-12, '08:30');
  const first = await call(
    hr,
    'job.create',
    labourPost('东莞电子厂普工（包车去）', addDays(today, -12)),
  );
  await call(hr, 'job.create', labourPost('深圳电子厂包装工', addDays(today, -12)));

  travel(-6, '20:15');
  const { reportId } = await call(reporters[0], 'report.create', {
    jobId: first.jobId,
    reason: 'fee',
    details: '说要先交500块押金才安排车去厂里',
  });
  travel(-5, '09:30');
  await call(admin, 'admin.resolveReport', {
    reportId,
    outcome: 'warn',
    explanation: '已约谈单位，求职不许收押金，再犯暂停招聘',
  });

  travel(-1, '19:40');
  await call(reporters[1], 'report.create', {
    jobId: first.jobId,
    reason: 'fee',
    details: '又让交300块钱才给上车，说是车费押着，到厂里再退',
  });
  travel(0, '08:50');
  await call(admin, 'admin.suspendEmployer', {
    employerId: employer._id,
    reason: SUSPENDED_COMPANY.reason,
  });
  return { reports: 2, posts: 2 };
}
