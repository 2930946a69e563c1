/**
 * 太平镇's 劳动力台账 and two 公益性岗位 for the demo (issue 15), through the real actions: about
 * 120 people across the town's villages (half with a phone, some of them demo workers who linked
 * their own 求职意向), a few 重点人群 recorded with consent, visits due this week, and the two posts
 * with applicants at every step and a 公示 up. Hooked into loadDemo with one call.
 */
import {
  addDays,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type AgeBand,
  type JobCategory,
  type Situation,
  type WorkerProfile,
} from '../../miniprogram/shared/index';
import { CADRES, GIVEN_NAMES, HOMES, REGION, SURNAMES } from './data';
import { demoAdminFor } from './users';

type Call = <A extends ActionName>(
  openid: string,
  action: A,
  input: ActionInput<A>,
) => Promise<ActionOutput<A>>;

export interface LedgerDemoContext {
  call: Call;
  /** Moves the cloud's clock to a China day `offset` days from today, at `clock`. */
  travel(offset: number, clock: string): void;
  today: string;
  /** The demo's workers, to link the ones who live in 太平镇. */
  workers: readonly { openid: string; profile: WorkerProfile }[];
  /** Seeded pseudo-random choices of the loader. */
  r: { int(min: number, max: number): number; pick<T>(list: readonly T[]): T; next(): number };
}

/** How many people 太平镇's ledger holds besides the linked demo workers. */
export const LEDGER_PEOPLE = 110;

const SITUATION_WEIGHTS: [Situation, number][] = [
  ['migrant', 40],
  ['returnedIdle', 30],
  ['localJob', 15],
  ['flexible', 10],
  ['notWorking', 5],
];
const AGES: AgeBand[] = ['under30', 'from30', 'from40', 'from40', 'from50', 'from50', 'over60'];
const TRADES: JobCategory[][] = [
  ['factory'],
  ['construction'],
  ['garment', 'factory'],
  ['cleaning'],
  ['catering'],
  ['farming'],
  ['driver', 'logistics'],
  ['security'],
];
const VISIT_NOTES = [
  '孩子在镇上读书，想在附近找活，每天能回家',
  '年后想去台州进厂，问有没有包吃住的',
  '腰不太好，干不了重活，想找看门或保洁',
  '老伴身体不好要照顾，只能做半天',
  '会开车，有C1驾照，想找送货的活',
  '刚从广东回来，想歇一个月再找',
];
const NEXT_STEPS = ['下次招聘会叫上他', '帮他问问公益岗', '电话再问一次', '把岗位信息发给他'];

/** Loads the ledger and the posts; returns how many people were recorded. */
export async function loadLedgerDemo(ctx: LedgerDemoContext): Promise<{ people: number }> {
  const { call, travel, today, r } = ctx;
  const cadre = (CADRES.find((c) => c.key === 'cadre-taiping') ?? CADRES[0])?.openid as string;
  const admin = demoAdminFor(REGION.zizhong);
  const home = HOMES.zizhong.find((h) => h.town === '太平镇') ?? HOMES.zizhong[0];
  if (!home) throw new Error('demo: 太平镇 missing from HOMES');
  const place = { region: { ...REGION.zizhong }, town: '太平镇' };
  const weighted = (): Situation => {
    const total = SITUATION_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    let x = r.next() * total;
    for (const [v, w] of SITUATION_WEIGHTS) if ((x -= w) < 0) return v;
    return 'migrant';
  };

  travel(-12, '09:30');
  const inputs: ActionInput<'ledger.upsertPerson'>[] = [];
  const lookingAt = new Set<number>();
  for (let i = 0; i < LEDGER_PEOPLE; i++) {
    const situation = weighted();
    const categories = [...r.pick(TRADES)];
    const withPhone = i % 2 === 0;
    const focus = i % 19 === 3;
    inputs.push({
      ...place,
      village: home.villages[i % home.villages.length] as string,
      name: `${r.pick(SURNAMES.zizhong)}${r.pick(GIVEN_NAMES)}`,
      ...(withPhone ? { phone: `1398${String(3_100_000 + i * 37).padStart(7, '0')}` } : {}),
      // Same names happen in a village: the ID-card tail keeps them apart.
      idTail: String(1000 + i).slice(-4),
      ageBand: r.pick(AGES),
      situation,
      workArea: situation === 'migrant' ? 'cities' : r.pick(['nearHome', 'county'] as const),
      cities: situation === 'migrant' ? [r.pick(['台州市', '嘉兴市', '成都市', '东莞市'])] : [],
      categories,
      ...(focus
        ? {
            focusGroup: r.pick([
              'hardToEmploy',
              'zeroEmployment',
              'povertyWatch',
              'older',
            ] as const),
            focusConsent: true,
          }
        : {}),
      ...(i % 9 === 5
        ? {
            placed: {
              how: r.pick(['elsewhere', 'hired'] as const),
              day: addDays(today, -r.int(0, 10)),
            },
          }
        : {}),
    });
    if (situation === 'returnedIdle' && i % 9 !== 5) lookingAt.add(i);
  }
  // The cadre's Excel ledger, imported 40 at a time; the list (village, then name) gives the ids.
  for (let i = 0; i < inputs.length; i += 40) {
    await call(cadre, 'ledger.importPeople', { people: inputs.slice(i, i + 40) });
  }
  const byKey = new Map<string, string>();
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await call(cadre, 'ledger.list', cursor ? { cursor } : {});
    for (const p of page.items) byKey.set(`${p.village}|${p.name}|${p.phone}`, p._id);
    cursor = page.nextCursor ?? undefined;
  }
  const ids = inputs.map((p) => byKey.get(`${p.village}|${p.name}|${p.phone ?? ''}`) as string);
  const looking = ids.filter((_, i) => lookingAt.has(i));

  // Demo workers of 太平镇: the cadre records them, and they linked their own 求职意向.
  const locals = ctx.workers.filter((w) => w.profile.home.town === '太平镇').slice(0, 8);
  for (const w of locals) {
    const p = w.profile;
    const { personId } = await call(cadre, 'ledger.upsertPerson', {
      ...place,
      village: p.home.village ?? (home.villages[0] as string),
      name: p.name,
      ...(p.phone ? { phone: p.phone } : {}),
      ageBand: 'from40',
      situation: 'returnedIdle',
      workArea: p.workArea,
      cities: p.cities,
      categories: p.categories,
      skills: p.skills,
    });
    await call(w.openid, 'ledger.consent', { personId, link: true });
    ids.push(personId);
  }

  // Visits over the last days; a dozen of them come due this week.
  for (let k = 0; k < 14; k++) {
    const personId = looking[k % looking.length] ?? (ids[k] as string);
    const back = r.int(2, 9);
    travel(-back, '15:00');
    await call(cadre, 'ledger.logVisit', {
      personId,
      kind: k % 3 === 0 ? 'call' : 'visit',
      day: addDays(today, -back),
      visitNote: r.pick(VISIT_NOTES),
      nextStep: r.pick(NEXT_STEPS),
      remindOn: addDays(today, k < 12 ? r.int(0, 5) : 20),
    });
  }

  // Two 公益性岗位: the county's 护林员, and the town's 村道保洁 (the cadre's, opened by the admin).
  travel(-11, '10:00');
  const { publicJobId: forest } = await call(admin, 'publicJob.create', {
    ...place,
    position: '护林员',
    duties: '每天巡山两次，防火防盗伐，发现情况及时报告村委',
    subsidyYuan: 1000,
    headcount: 4,
    eligibility: {
      groups: ['zeroEmployment', 'hardToEmploy', 'povertyWatch', 'older'],
      residence: 'town',
    },
    applyUntil: addDays(today, 20),
  });
  const { publicJobId: cleaning } = await call(cadre, 'publicJob.create', {
    ...place,
    village: '庆荣村',
    position: '村道保洁',
    duties: '打扫庆荣村主干道和村委会院坝，每天上午三小时',
    subsidyYuan: 800,
    headcount: 3,
    eligibility: { groups: [], residence: 'village', minAge: 40 },
    applyUntil: addDays(today, 15),
  });
  await call(admin, 'publicJob.approve', { publicJobId: cleaning, approve: true });

  // Applicants for the forest post: the 重点人群 of the ledger, moved along to different steps.
  const focusIds = ids.filter((_, i) => i < LEDGER_PEOPLE && i % 19 === 3);
  const apps: string[] = [];
  for (const personId of focusIds) {
    const { applicationId } = await call(cadre, 'publicJob.apply', {
      publicJobId: forest,
      personId,
      consent: true,
    });
    apps.push(applicationId);
  }
  const step = (applicationId: string, to: ActionInput<'publicJob.review'>['to'], who = cadre) =>
    call(who, 'publicJob.review', { applicationId, to, approve: true });
  // The first is on duty (its 公示 ended last week), the second approved by the town, the third
  // in 公示 now, the fourth 村评议 passed, the rest just applied.
  const [onDuty, townOk, inNotice, reviewed] = apps;
  travel(-10, '10:00');
  for (const id of [onDuty, townOk]) if (id) await step(id, 'villageReviewed');
  travel(-9, '10:00');
  for (const id of [onDuty, townOk]) if (id) await step(id, 'noticed');
  travel(-3, '10:00');
  for (const id of [onDuty, townOk]) if (id) await step(id, 'townApproved');
  travel(-2, '10:00');
  if (onDuty) {
    await step(onDuty, 'countyApproved', admin);
    travel(-1, '09:00');
    await step(onDuty, 'onDuty');
    await call(cadre, 'publicJob.confirmAttendance', {
      applicationId: onDuty,
      month: addDays(today, -1).slice(0, 7),
      days: 1,
    });
  }
  travel(-1, '11:00');
  if (inNotice) {
    await step(inNotice, 'villageReviewed');
    await step(inNotice, 'noticed');
  }
  if (reviewed) await step(reviewed, 'villageReviewed');
  return { people: ids.length };
}

/**
 * 浦北县 泉水镇: 梁保华 (the demo worker, a 木工 of 52 back home) is in the town's ledger, linked
 * his own 求职意向, and applied himself for the county's 公路养护员 post; 村评议 passed and its
 * 公示 is up — what he follows under 我的 → 公益性岗位：我的申请办到哪一步.
 */
export async function loadPubeiPublicJobDemo(
  ctx: Pick<LedgerDemoContext, 'call' | 'travel' | 'today'>,
  worker: { openid: string; profile: WorkerProfile },
): Promise<void> {
  const { call, travel, today } = ctx;
  const cadre = CADRES.find((c) => c.key === 'cadre-pubei')?.openid as string;
  const admin = demoAdminFor(REGION.pubei);
  const place = { region: { ...REGION.pubei }, town: '泉水镇' };
  travel(-8, '10:00');
  const { publicJobId } = await call(admin, 'publicJob.create', {
    ...place,
    position: '公路养护员',
    duties: '养护泉水镇到石冲村的村道：清理路边杂草，疏通水沟，每天上午',
    subsidyYuan: 1100,
    headcount: 2,
    eligibility: { groups: [], residence: 'town', minAge: 40 },
    applyUntil: addDays(today, 14),
  });
  travel(-7, '16:00');
  const p = worker.profile;
  const { personId } = await call(cadre, 'ledger.upsertPerson', {
    ...place,
    village: p.home.village ?? '石冲村',
    name: p.name,
    ...(p.phone ? { phone: p.phone } : {}),
    ageBand: 'from50',
    situation: 'returnedIdle',
    workArea: p.workArea,
    cities: p.cities,
    categories: p.categories,
    skills: p.skills,
  });
  await call(worker.openid, 'ledger.consent', { personId, link: true });
  travel(-6, '20:10');
  const { applicationId } = await call(worker.openid, 'publicJob.apply', {
    publicJobId,
    consent: true,
  });
  travel(-4, '10:00');
  await call(cadre, 'publicJob.review', { applicationId, to: 'villageReviewed', approve: true });
  travel(-1, '09:30');
  await call(cadre, 'publicJob.review', { applicationId, to: 'noticed', approve: true });
}
