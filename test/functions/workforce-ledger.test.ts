import { addDays, chinaDay, type ActionInput } from '../../miniprogram/shared/index';
import type { WorkforcePersonDoc, WorkforceVisitDoc } from '../../server/collections';
import { REGIONS } from '../fixtures';
import { refusedUnchanged } from './expect-unchanged';
import {
  CADRE,
  docs,
  EMPLOYER,
  OTHER_CADRE,
  startWorld,
  type World,
} from '../fixtures/backend/fairs-world';
import { cadreOf, loginAdmin, loginWorker, publishedJob } from '../fixtures/backend/flows';
import { ADMIN, ADMIN_ZIZHONG } from '../fixtures/backend/harness';

jest.setTimeout(180_000);

/** A cadre of 资中县's 银山镇: same county, another town. */
const YINSHAN_CADRE = 'o-cadre-zizhong-yinshan';
/** A cadre appointed for the whole of 资中县. */
const COUNTY_CADRE = 'o-cadre-zizhong-county';

let w: World & { jobId: string };
let today: string;
beforeAll(async () => {
  w = await startWorld();
  today = chinaDay(w.clock.now);
  await loginAdmin(w.b, ADMIN_ZIZHONG);
  await cadreOf(w.b, YINSHAN_CADRE, { ...REGIONS.zizhong, town: '银山镇' });
  await cadreOf(w.b, COUNTY_CADRE, { ...REGIONS.zizhong });
});
afterAll(() => w?.b.stop());

let serial = 0;
/** A villager of 太平镇 with a fresh name (so tests do not meet each other's records). */
function villager(
  overrides: Partial<ActionInput<'ledger.upsertPerson'>> = {},
): ActionInput<'ledger.upsertPerson'> {
  serial += 1;
  return {
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    village: '庆荣村',
    name: `张${'桂兰秀英德明建国'[serial % 8]}${serial}`,
    ageBand: 'from50',
    situation: 'returnedIdle',
    workArea: 'county',
    categories: ['cleaning'],
    ...overrides,
  };
}

const people = async () => docs<WorkforcePersonDoc>(await w.b.snapshot(), 'workforcePeople');

describe('ledger.upsertPerson', () => {
  test('a cadre records a villager without a phone, and the ledger lists them', async () => {
    const input = villager({ name: '王德福', village: '高石村' });
    const { personId, created } = await w.b.ok(CADRE, 'ledger.upsertPerson', input);
    expect(created).toBe(true);
    const list = await w.b.ok(CADRE, 'ledger.list', { village: '高石村' });
    expect(list.items).toEqual([
      expect.objectContaining({
        _id: personId,
        name: '王德福',
        village: '高石村',
        phone: '',
        situation: 'returnedIdle',
        placed: null,
        linked: false,
      }),
    ]);
  });

  test('entering the same villager again updates the one record (a retry makes no second)', async () => {
    const input = villager({ phone: '13700001111' });
    const first = await w.b.ok(CADRE, 'ledger.upsertPerson', input);
    const again = await w.b.ok(CADRE, 'ledger.upsertPerson', { ...input, situation: 'migrant' });
    expect(again).toEqual({ personId: first.personId, created: false });
    const mine = (await people()).filter((p) => p.name === input.name);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.situation).toBe('migrant');
  });

  test('two people of one name in one village are told apart by the ID-card tail', async () => {
    const a = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '李明', idTail: '1234' }),
    );
    const b = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '李明', idTail: '567X' }),
    );
    expect(a.personId).not.toBe(b.personId);
  });

  test('a 重点人群 category without the person’s consent is refused, nothing written', async () => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'ledger.upsertPerson', villager({ focusGroup: 'disabled' })),
    );
    expect(res).toMatchObject({ code: 'INVALID_INPUT' });
    expect(res.message).toContain('本人同意');
  });

  test('a missing name is refused in Chinese, nothing written', async () => {
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'ledger.upsertPerson', { ...villager(), name: '' }),
    );
    expect(res.code).toBe('INVALID_INPUT');
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a cadre of another town, or another county, may not record people of 太平镇', async () => {
    for (const openid of [YINSHAN_CADRE, OTHER_CADRE, ADMIN]) {
      const res = await refusedUnchanged(w.b, () =>
        w.b.call(openid, 'ledger.upsertPerson', villager()),
      );
      expect(res.code).toBe('FORBIDDEN');
    }
  });

  test('the county’s cadre and the county’s admin may', async () => {
    await w.b.ok(COUNTY_CADRE, 'ledger.upsertPerson', villager());
    await w.b.ok(ADMIN_ZIZHONG, 'ledger.upsertPerson', villager());
  });

  test('a placement with its day, and back to still looking', async () => {
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager());
    const input = villager();
    await w.b.ok(CADRE, 'ledger.upsertPerson', {
      ...input,
      personId,
      placed: { how: 'elsewhere', day: today },
    });
    let row = (await w.b.ok(CADRE, 'ledger.get', { personId })).person;
    expect(row.placed).toEqual({ how: 'elsewhere', day: today });
    await w.b.ok(CADRE, 'ledger.upsertPerson', { ...input, personId, placed: null });
    row = (await w.b.ok(CADRE, 'ledger.get', { personId })).person;
    expect(row.placed).toBeNull();
  });
});

describe('ledger.importPeople', () => {
  test('imports a list; importing it again updates the same records', async () => {
    const people = [villager({ village: '导入村' }), villager({ village: '导入村' })];
    expect(await w.b.ok(CADRE, 'ledger.importPeople', { people })).toEqual({
      created: 2,
      updated: 0,
    });
    expect(await w.b.ok(CADRE, 'ledger.importPeople', { people })).toEqual({
      created: 0,
      updated: 2,
    });
    expect((await w.b.ok(CADRE, 'ledger.list', { village: '导入村' })).items).toHaveLength(2);
  });

  test('one person of another town refuses the whole list, nothing written', async () => {
    const people = [villager(), villager({ town: '银山镇', village: '鹿鸣村' })];
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'ledger.importPeople', { people }),
    );
    expect(res).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('银山镇') });
  });
});

describe('ledger.list and ledger.villageCounts', () => {
  test('a town cadre sees only their town; asking for another town is refused', async () => {
    await w.b.ok(YINSHAN_CADRE, 'ledger.upsertPerson', {
      ...villager({ town: '银山镇', village: '鹿鸣村', name: '赵银山' }),
    });
    const taiping = await w.b.ok(CADRE, 'ledger.list', { q: '赵银山' });
    expect(taiping.items).toEqual([]);
    const res = await w.b.fail(CADRE, 'ledger.list', { town: '银山镇' });
    expect(res).toMatchObject({ code: 'FORBIDDEN', message: '您只能看太平镇的台账' });
    const county = await w.b.ok(COUNTY_CADRE, 'ledger.list', { q: '赵银山' });
    expect(county.items.map((p) => p.village)).toEqual(['鹿鸣村']);
  });

  test('filters: still looking, placed, 重点人群 (with consent)', async () => {
    const village = '双河村';
    await w.b.ok(CADRE, 'ledger.upsertPerson', villager({ village, name: '甲' }));
    await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ village, name: '乙', placed: { how: 'elsewhere', day: today } }),
    );
    await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ village, name: '丙', focusGroup: 'zeroEmployment', focusConsent: true }),
    );
    const names = async (input: ActionInput<'ledger.list'>) =>
      (await w.b.ok(CADRE, 'ledger.list', { village, ...input })).items.map((p) => p.name).sort();
    expect(await names({ looking: true })).toEqual(['甲', '丙'].sort());
    expect(await names({ looking: false })).toEqual(['乙']);
    expect(await names({ focusOnly: true })).toEqual(['丙']);
    const counts = await w.b.ok(CADRE, 'ledger.villageCounts', {});
    expect(counts.villages.find((v) => v.village === village)).toEqual({
      village,
      total: 3,
      placedThisMonth: 1,
      stillLooking: 2,
    });
    expect(counts.month).toBe(today.slice(0, 7));
  });
});

describe('ledger.logVisit, ledger.dueVisits and ledger.get', () => {
  test('a visit with a reminder puts the person on this week’s list; their page shows it', async () => {
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager({ name: '周大妈' }));
    const { visitId } = await w.b.ok(CADRE, 'ledger.logVisit', {
      personId,
      kind: 'visit',
      day: today,
      visitNote: '孙子上学要接送，只能做半天的活',
      nextStep: '问问镇上超市要不要理货员',
      remindOn: addDays(today, 3),
    });
    const due = await w.b.ok(CADRE, 'ledger.dueVisits', {});
    expect(due.items.map((p) => p._id)).toContain(personId);
    const page = await w.b.ok(CADRE, 'ledger.get', { personId });
    expect(page.person).toMatchObject({ lastVisitDay: today, nextVisitDay: addDays(today, 3) });
    expect(page.visits).toEqual([
      expect.objectContaining({
        _id: visitId,
        visitNote: '孙子上学要接送，只能做半天的活',
        nextStep: '问问镇上超市要不要理货员',
      }),
    ]);
    expect(page.timeline[0]).toMatchObject({ kind: 'visit', title: '上门走访' });
    // The timeline tells what happened, not what was said.
    expect(JSON.stringify(page.timeline)).not.toContain('孙子');
  });

  test('自己找到工作 recorded today after a visit today: the outcome is the day’s last event', async () => {
    const input = villager({ name: '何春花' });
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', input);
    await w.b.ok(CADRE, 'ledger.logVisit', {
      personId,
      kind: 'call',
      day: today,
      visitNote: '说在镇上饭店帮厨',
    });
    await w.b.ok(CADRE, 'ledger.upsertPerson', {
      ...input,
      personId,
      placed: { how: 'elsewhere', day: today },
    });
    const page = await w.b.ok(CADRE, 'ledger.get', { personId });
    expect(page.timeline.map((t) => t.kind)).toEqual(['placed', 'visit']);
  });

  test('a reminder beyond this week is not due yet', async () => {
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager());
    await w.b.ok(CADRE, 'ledger.logVisit', {
      personId,
      kind: 'call',
      day: today,
      visitNote: '在外地打工，过年回来',
      remindOn: addDays(today, 30),
    });
    const due = await w.b.ok(CADRE, 'ledger.dueVisits', {});
    expect(due.items.map((p) => p._id)).not.toContain(personId);
  });

  test('a visit dated in the future is refused, nothing written', async () => {
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager());
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(CADRE, 'ledger.logVisit', {
        personId,
        kind: 'visit',
        day: addDays(today, 1),
        visitNote: '还没去',
      }),
    );
    expect(res.message).toBe('走访日期不能晚于今天');
  });

  test('another town’s cadre can neither read the person nor log a visit', async () => {
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager());
    expect((await w.b.fail(YINSHAN_CADRE, 'ledger.get', { personId })).code).toBe('FORBIDDEN');
    const res = await refusedUnchanged(w.b, () =>
      w.b.call(YINSHAN_CADRE, 'ledger.logVisit', {
        personId,
        kind: 'visit',
        day: today,
        visitNote: '路过看看',
      }),
    );
    expect(res.code).toBe('FORBIDDEN');
  });
});

describe('ledger.matches', () => {
  test('jobs come from the workers’ recommendation engine with its reasons; the county’s fairs too', async () => {
    const jobId = await publishedJob(w.b, EMPLOYER, w.clock.now, {
      title: '资中县城 小区保洁',
      category: 'cleaning',
      workplace: {
        region: { ...REGIONS.zizhong },
        address: '资中县水南镇重龙路1号',
        location: { lat: 29.7647, lng: 104.8519 },
      },
    });
    const { fairId } = await w.fair();
    const { personId } = await w.b.ok(CADRE, 'ledger.upsertPerson', villager());
    const m = await w.b.ok(CADRE, 'ledger.matches', { personId });
    expect(m.jobs[0]).toMatchObject({ _id: jobId, reasons: expect.arrayContaining(['工种对口']) });
    expect(m.fairs.map((f) => f._id)).toContain(fairId);
    expect(m.trips).toEqual([]);
  });
});

describe('ledger.export', () => {
  test('the ledger as CSV in a 人社 office’s columns', async () => {
    await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({
        village: '导出村',
        name: '陈导出',
        phone: '13700002222',
        focusGroup: 'povertyWatch',
        focusConsent: true,
      }),
    );
    const out = await w.b.ok(CADRE, 'ledger.export', { village: '导出村' });
    expect(out.rows).toBe(1);
    const [header, row] = out.csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toContain('"姓名","年龄段","联系电话","乡镇","村（社区）","就业状态"');
    expect(row).toContain('"陈导出"');
    expect(row).toContain('"\t13700002222"');
    expect(row).toContain('"脱贫户/监测户"');
    expect(out.fileName).toBe(`劳动力台账-导出村-${today}.csv`);
  });
});

describe('the worker’s own record', () => {
  const PHONE = '13988887777';
  const WORKER_ME = 'o-worker-zizhong-liu';

  test('sees the record a cadre keeps under their name and phone, links it, withdraws 重点人群 consent', async () => {
    const { personId } = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '刘桂芳', phone: PHONE, focusGroup: 'older', focusConsent: true }),
    );
    await loginWorker(w.b, WORKER_ME, {
      name: '刘桂芳',
      phone: PHONE,
      home: { ...REGIONS.zizhong, town: '太平镇', village: '庆荣村' },
    });
    const mine = await w.b.ok(WORKER_ME, 'ledger.mine', {});
    expect(mine.records).toEqual([
      expect.objectContaining({ _id: personId, linked: false, focusGroup: 'older' }),
    ]);
    const linked = await w.b.ok(WORKER_ME, 'ledger.consent', { personId, link: true });
    expect(linked.record.linked).toBe(true);
    expect((await w.b.ok(CADRE, 'ledger.get', { personId })).person.linked).toBe(true);
    // Again: nothing changes.
    await w.b.ok(WORKER_ME, 'ledger.consent', { personId, link: true });
    const withdrawn = await w.b.ok(WORKER_ME, 'ledger.consent', {
      personId,
      link: true,
      focus: false,
    });
    expect(withdrawn.record.focusGroup).toBeUndefined();
    const doc = (await people()).find((p) => p._id === personId);
    expect(doc?.focusGroup).toBeUndefined();
    expect(doc?.focusConsentAt).toBeUndefined();
  });

  test('asks for deletion; the cadre sees the request and deletes the record and its visits', async () => {
    const phone = '13988886666';
    const openid = 'o-worker-zizhong-he';
    const { personId } = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '何小军', phone }),
    );
    await w.b.ok(CADRE, 'ledger.logVisit', {
      personId,
      kind: 'call',
      day: today,
      visitNote: '说不想被登记',
    });
    await loginWorker(w.b, openid, { name: '何小军', phone });
    const asked = await w.b.ok(openid, 'ledger.requestDeletion', { personId });
    expect(asked.record.deletionRequested).toBe(true);
    await w.b.ok(openid, 'ledger.requestDeletion', { personId });
    const requests = await w.b.ok(CADRE, 'ledger.list', { deletionRequested: true });
    expect(requests.items.map((p) => p._id)).toContain(personId);
    await w.b.ok(CADRE, 'ledger.remove', { personId });
    await w.b.ok(CADRE, 'ledger.remove', { personId });
    const snap = await w.b.snapshot();
    expect(docs<WorkforcePersonDoc>(snap, 'workforcePeople').some((p) => p._id === personId)).toBe(
      false,
    );
    expect(
      docs<WorkforceVisitDoc>(snap, 'workforceVisits').some((v) => v.personId === personId),
    ).toBe(false);
    expect((await w.b.ok(openid, 'ledger.mine', {})).records).toEqual([]);
  });

  test('another worker cannot see, link or delete someone else’s record', async () => {
    const { personId } = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '孙二娘', phone: '13988885555' }),
    );
    const stranger = 'o-worker-stranger';
    await loginWorker(w.b, stranger, { name: '孙二娘', phone: '13900009999' });
    expect((await w.b.ok(stranger, 'ledger.mine', {})).records).toEqual([]);
    for (const run of [
      () => w.b.call(stranger, 'ledger.consent', { personId, link: true }),
      () => w.b.call(stranger, 'ledger.requestDeletion', { personId }),
    ]) {
      expect((await refusedUnchanged(w.b, run)).code).toBe('NOT_FOUND');
    }
  });
});

describe('placement from 乡聘 itself', () => {
  test('a villager without a phone, signed up for a fair by the cadre, is placed by the agreement there', async () => {
    const village = '庆荣村';
    const { personId } = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '罗老汉', village }),
    );
    const { fairId } = await w.fair({
      day: today,
      slots: [{ start: '09:00', end: '17:00', capacity: 50 }],
      employers: [
        { employerId: (await w.b.ok(EMPLOYER, 'employer.mine', {}))?._id ?? '', jobIds: [w.jobId] },
      ],
    });
    // The fairs' own 代登记, with the ledger's name and village.
    const signup = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's1',
      name: '罗老汉',
      village,
    });
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, signupId: signup._id });
    const before = await w.b.ok(CADRE, 'ledger.villageCounts', {});
    await w.b.ok(EMPLOYER, 'fair.recordAgreement', {
      fairId,
      signupId: signup._id,
      jobId: w.jobId,
    });
    const page = await w.b.ok(CADRE, 'ledger.get', { personId });
    expect(page.person.placed).toEqual({ how: 'fairAgreement', day: today });
    // Newest first, and the outcome is the day's last event: at the agreement's time, not 00:00.
    expect(page.timeline.map((t) => t.kind)).toEqual([
      'placed',
      'fairAgreement',
      'fairCheckIn',
      'fairSignup',
    ]);
    expect(page.timeline[0]!.at).toBe(page.timeline[1]!.at);
    const after = await w.b.ok(CADRE, 'ledger.villageCounts', {});
    const count = (c: typeof after) => c.villages.find((v) => v.village === village);
    expect(count(after)?.placedThisMonth).toBe((count(before)?.placedThisMonth ?? 0) + 1);
    expect(count(after)?.stillLooking).toBe((count(before)?.stillLooking ?? 0) - 1);
  });

  test('a linked worker hired through 乡聘 is placed', async () => {
    const openid = 'o-worker-zizhong-hired';
    const phone = '13988884444';
    const { personId } = await w.b.ok(
      CADRE,
      'ledger.upsertPerson',
      villager({ name: '邓小平安', phone }),
    );
    await loginWorker(w.b, openid, { name: '邓小平安', phone });
    await w.b.ok(openid, 'ledger.consent', { personId, link: true });
    const { applicationId } = await w.b.ok(openid, 'job.apply', { jobId: w.jobId });
    await w.b.ok(EMPLOYER, 'application.setStatus', { applicationId, status: 'hired' });
    const page = await w.b.ok(CADRE, 'ledger.get', { personId });
    expect(page.person.placed).toEqual({ how: 'hired', day: today });
    expect(page.timeline.map((t) => t.kind)).toEqual(['placed', 'hired', 'application']);
    expect(page.timeline[0]!.at).toBe(page.timeline[1]!.at);
  });
});
