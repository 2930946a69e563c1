/**
 * Ledger benchmark (issue 15): 劳动力台账 at 10 000 people in one town (太平镇), through the real
 * workforce function (wx-server-sdk over HTTP to local-cloud): the list's first page (all, one
 * village, a name search, still looking), the due visits, the village counts, and one person's
 * matches (the recommendation engine over 2 000 posts of the county). p50/p95 per call and the
 * answer's JSON size. People and posts are seeded straight into the engine.
 */
import {
  addDays,
  chinaDay,
  contracts,
  JOB_CATEGORIES,
  type ActionInput,
  type ActionName,
  type JobCategory,
} from '../miniprogram/shared/contracts-all';
import type { LocalCloud } from '../local-cloud/index';
import { startBenchCloud } from './bench-cloud';
import { normalName } from '../server/roster/person';
import { employerInput, PLACES } from '../test/fixtures';

const PEOPLE = 10_000;
const POSTS = 2_000;
const RUNS = 15;
const ADMIN = 'o-bench-admin-zizhong';
const CADRE = 'o-bench-cadre-taiping';
const HR = 'o-bench-hr';
const REGION = { province: '四川省', city: '内江市', county: '资中县' };
const TOWN = '太平镇';
const VILLAGES = [
  '庆荣村',
  '上油坊村',
  '龙山社区',
  '高楼村',
  '桂花村',
  '石板村',
  '新华村',
  '黄桷村',
];
const SURNAMES = ['唐', '罗', '刘', '杨', '周', '李', '王', '张', '曾', '陈'];
const GIVEN = ['建国', '志强', '国华', '春梅', '秀英', '德明', '海燕', '永红', '红霞', '小军'];
const SITUATIONS = ['migrant', 'returnedIdle', 'localJob', 'flexible', 'notWorking'] as const;

const rand = (n: number): number => Math.floor(Math.random() * n);
const pick = <T>(list: readonly T[]): T => list[rand(list.length)] as T;

function personDoc(i: number, now: number): Record<string, unknown> {
  const today = chinaDay(now);
  const name = `${pick(SURNAMES)}${pick(GIVEN)}`;
  const village = VILLAGES[i % VILLAGES.length] as string;
  const phone = i % 2 ? `139${String(i).padStart(8, '0')}` : '';
  const situation = pick(SITUATIONS);
  const placed = i % 7 === 0 ? { how: 'elsewhere', day: addDays(today, -rand(40)) } : null;
  return {
    _id: `p${String(i).padStart(31, '0')}`,
    region: REGION,
    town: TOWN,
    village,
    townKey: `${REGION.province}/${REGION.city}/${REGION.county}/${TOWN}`,
    personKey: phone ? `tel:${phone}:${name}` : `vil:${village}:${name}:${i}`,
    name,
    nameKey: normalName(name),
    phone,
    ageBand: pick(['from30', 'from40', 'from50'] as const),
    situation,
    workArea: 'county',
    cities: [],
    categories: [pick(JOB_CATEGORIES).value as JobCategory],
    skills: [],
    placed,
    ...(placed ? { placedMonth: placed.day.slice(0, 7) } : {}),
    looking: !placed && (situation === 'returnedIdle' || situation === 'flexible'),
    ...(i % 13 === 0 ? { nextVisitDay: addDays(today, rand(30) - 5) } : {}),
    createdBy: CADRE,
    createdAt: now - i * 1000,
    updatedAt: now - i * 1000,
  };
}

function postDoc(i: number, now: number, employerId: string): Record<string, unknown> {
  const lat = PLACES.zizhongTown.lat + (Math.random() - 0.5) * 0.4;
  const lng = PLACES.zizhongTown.lng + (Math.random() - 0.5) * 0.4;
  const min = 3000 + rand(40) * 100;
  const publishedAt = now - i * 60_000;
  return {
    _id: `j${String(i).padStart(31, '0')}`,
    employerId,
    ownerOpenid: HR,
    companyName: `资中测试企业${i % 200}`,
    employerVerified: true,
    employerRegion: REGION,
    title: `岗位${i}`,
    category: pick(JOB_CATEGORIES).value,
    headcount: 5,
    requirements: '身体健康',
    duties: '按安排完成工作',
    region: REGION,
    address: `资中县工业园${i % 50}号`,
    location: { type: 'Point', coordinates: [lng, lat] },
    pay: { minYuan: min, maxYuan: min + 1000, unit: 'month' },
    payMonthlyMin: min,
    payMonthlyMax: min + 1000,
    payCycle: 'monthly',
    benefits: [],
    validUntil: addDays(chinaDay(now), 30),
    isRepost: false,
    contactName: '王经理',
    contactPhone: '13877700000',
    status: 'published',
    flags: [],
    applicantCount: 0,
    publishedAt,
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

async function call<A extends ActionName>(
  cloud: LocalCloud,
  openid: string,
  action: A,
  input: ActionInput<A>,
): Promise<{ data: unknown; bytes: number }> {
  const res = (await cloud.callFunction(contracts[action].fn, { action, input }, { openid })) as {
    ok: boolean;
    data?: unknown;
    code?: string;
    message?: string;
  };
  if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
  return { data: res.data, bytes: Buffer.byteLength(JSON.stringify(res), 'utf8') };
}

async function measure<A extends ActionName>(
  cloud: LocalCloud,
  action: A,
  input: ActionInput<A>,
): Promise<{ p50: number; p95: number; bytes: number }> {
  await call(cloud, CADRE, action, input);
  const lat: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    bytes = (await call(cloud, CADRE, action, input)).bytes;
    lat.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  lat.sort((a, b) => a - b);
  return {
    p50: lat[Math.floor(RUNS * 0.5)] ?? 0,
    p95: lat[Math.min(RUNS - 1, Math.floor(RUNS * 0.95))] ?? 0,
    bytes,
  };
}

export async function run(): Promise<void> {
  const now = Date.now();
  const { cloud, stop } = await startBenchCloud('ledger', `${ADMIN}=四川省/内江市/资中县`);
  try {
    await call(cloud, ADMIN, 'account.login', {});
    const { data: invite } = await call(cloud, ADMIN, 'admin.createCadreInvite', {
      area: { ...REGION, town: TOWN },
    });
    await call(cloud, CADRE, 'account.login', {});
    await call(cloud, CADRE, 'cadre.redeemInvite', { code: (invite as { code: string }).code });
    await call(cloud, HR, 'account.login', {});
    const { data: reg } = await call(cloud, HR, 'employer.register', employerInput({}, 4243));
    const employerId = (reg as { employer: { _id: string } }).employer._id;

    let t = Date.now();
    for (let i = 0; i < PEOPLE; i += 1000) {
      await cloud.database.insert(
        'workforcePeople',
        Array.from({ length: Math.min(1000, PEOPLE - i) }, (_, k) => personDoc(i + k, now)),
      );
    }
    for (let i = 0; i < POSTS; i += 1000) {
      await cloud.database.insert(
        'jobs',
        Array.from({ length: Math.min(1000, POSTS - i) }, (_, k) =>
          postDoc(i + k, now, employerId),
        ),
      );
    }
    console.log(
      `seeded ${PEOPLE} people of ${TOWN} and ${POSTS} posts in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    const personId = `p${String(1).padStart(31, '0')}`;
    const shapes: [string, () => ReturnType<typeof measure>][] = [
      ['ledger.list first page', () => measure(cloud, 'ledger.list', {})],
      ['ledger.list one village', () => measure(cloud, 'ledger.list', { village: '高楼村' })],
      ['ledger.list name 唐', () => measure(cloud, 'ledger.list', { q: '唐' })],
      ['ledger.list still looking', () => measure(cloud, 'ledger.list', { looking: true })],
      ['ledger.dueVisits', () => measure(cloud, 'ledger.dueVisits', {})],
      ['ledger.villageCounts', () => measure(cloud, 'ledger.villageCounts', {})],
      ['ledger.matches (one person)', () => measure(cloud, 'ledger.matches', { personId })],
    ];
    const rows: string[] = [];
    t = Date.now();
    for (const [name, m] of shapes) {
      const s = await m();
      rows.push(
        `${name.padEnd(30)} p50 ${s.p50.toFixed(1).padStart(7)} ms  p95 ${s.p95.toFixed(1).padStart(7)} ms  answer ${s.bytes} B`,
      );
      console.log(rows[rows.length - 1]);
    }
    console.log(`\n劳动力台账 at ${PEOPLE} people in one town (${RUNS} calls each):`);
    for (const r of rows) console.log(r);
  } finally {
    await stop();
  }
}
