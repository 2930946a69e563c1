import {
  addDays,
  AGE_BAND_LABELS,
  chinaDay,
  DomainError,
  FOCUS_GROUP_LABELS,
  maskName,
  NEXT_PUBLIC_JOB_STEP,
  NOTICE_DAYS,
  PUBLIC_JOB_STEP_LABELS,
  type AgeBand,
  type PublicJobStep,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type PublicJobApplicationDoc,
  type PublicJobDoc,
  type WorkforcePersonDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { createdPageOf, newestFirst, readAll } from '../../../../server/cursor';
import { asText, toCsv } from '../../../../server/csv';
import { adminCovers, loadById } from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import {
  areaWhere,
  loadManagedPerson,
  loadPublicJob,
  managesTown,
  requireTown,
  townKeyOf,
} from '../domain/access';
import { applicantOf, publicJobCardOf } from '../domain/views';

export const create: Handler<'publicJob.create'> = async (input, ctx) => {
  requireTown(ctx, input.region, input.town);
  if (input.applyUntil < chinaDay(ctx.now)) {
    throw new DomainError('INVALID_INPUT', '报名截止日期已经过了，请重新选择', {
      applyUntil: '请选今天或以后',
    });
  }
  const review = await reviewTexts(
    ctx,
    {
      position: { label: '岗位名称', text: input.position },
      duties: { label: '工作内容', text: input.duties },
    },
    SCENE.profile,
  );
  // An admin's post is open at once; a cadre's (or one msgSecCheck held) waits for the admin.
  const byAdmin = adminCovers(ctx, input.region);
  const status = byAdmin && review.verdict === 'pass' ? 'open' : 'reviewing';
  const doc: Omit<PublicJobDoc, '_id'> = {
    region: input.region,
    town: input.town,
    ...(input.village ? { village: input.village } : {}),
    position: input.position,
    duties: input.duties,
    subsidyYuan: input.subsidyYuan,
    headcount: input.headcount,
    onDuty: 0,
    eligibility: input.eligibility,
    applyUntil: input.applyUntil,
    status,
    createdBy: ctx.openid,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { publicJobId: await ctx.store.insert(COLLECTIONS.publicJobs, doc), status };
};

/** The admin of the post's area opens a cadre's post (or turns it down with a reason). */
export const approve: Handler<'publicJob.approve'> = async (input, ctx) => {
  const job = await loadPublicJob(ctx, input.publicJobId);
  if (!adminCovers(ctx, job.region)) {
    throw new DomainError('FORBIDDEN', '这个岗位不在您管辖的地区，请交给当地人社局处理');
  }
  const status = input.approve ? 'open' : 'rejected';
  if (job.status === status) return { status };
  if (job.status !== 'reviewing') {
    throw new DomainError('BAD_TRANSITION', '这个岗位已经审核过了');
  }
  const n = await ctx.store.update(
    COLLECTIONS.publicJobs,
    { _id: job._id, status: 'reviewing' },
    {
      status,
      ...(input.reason ? { reviewNote: input.reason } : {}),
      updatedAt: ctx.now,
    },
  );
  if (n === 0) throw new DomainError('CONFLICT');
  return { status };
};

function isAreaStaff(ctx: Ctx): boolean {
  return !!ctx.admin || ctx.roles.has('cadre');
}

/** Cadres and admins: the posts of their area; workers: open posts of their home county. */
export const list: Handler<'publicJob.list'> = async (input, ctx) => {
  let where: Record<string, unknown>;
  if (isAreaStaff(ctx)) {
    where = { ...areaWhere(ctx), ...(input.status ? { status: input.status } : {}) };
  } else {
    const home = ctx.user?.profile?.home;
    if (!home) return { items: [], nextCursor: null };
    where = { 'region.county': home.county, 'region.city': home.city, status: 'open' };
  }
  const rows = await newestFirst<PublicJobDoc>(
    ctx.store,
    COLLECTIONS.publicJobs,
    where,
    input.cursor,
  );
  return createdPageOf(rows, publicJobCardOf);
};

async function applicationsOf(ctx: Ctx, publicJobId: string): Promise<PublicJobApplicationDoc[]> {
  return readAll(
    (skip, limit) =>
      ctx.store.find<PublicJobApplicationDoc>(
        COLLECTIONS.publicJobApplications,
        { publicJobId },
        { orderBy: [['createdAt', 'asc']], skip, limit },
      ),
    5000,
  );
}

/** The post; its applicants (with their steps) for the area's cadres and admins only. */
export const get: Handler<'publicJob.get'> = async ({ publicJobId }, ctx) => {
  const job = await loadPublicJob(ctx, publicJobId);
  if (!managesTown(ctx, job.region, job.town)) {
    if (job.status !== 'open' && job.status !== 'closed') {
      throw new DomainError('NOT_FOUND', '没有找到这个公益性岗位，可能已被删除');
    }
    return { job: publicJobCardOf(job), applicants: [] };
  }
  const apps = await applicationsOf(ctx, job._id);
  const people = new Map(
    (
      await ctx.store.byIds<WorkforcePersonDoc>(
        COLLECTIONS.workforcePeople,
        apps.map((a) => a.personId),
        { focusGroup: true },
      )
    ).map((p) => [p._id, p]),
  );
  return {
    job: publicJobCardOf(job),
    applicants: apps.map((a) => applicantOf(a, people.get(a.personId))),
  };
};

const AGE_RANGES: Record<AgeBand, [number, number]> = {
  under30: [16, 29],
  from30: [30, 39],
  from40: [40, 49],
  from50: [50, 59],
  over60: [60, 120],
};

/** Why the person may not take this post, in words; undefined when they may. */
function ineligible(job: PublicJobDoc, p: WorkforcePersonDoc): string | undefined {
  const e = job.eligibility;
  const sameCounty =
    p.region.province === job.region.province &&
    p.region.city === job.region.city &&
    p.region.county === job.region.county;
  if (!sameCounty || (e.residence !== 'county' && p.town !== job.town)) {
    return `这个岗位只招${e.residence === 'county' ? job.region.county : job.town}的人`;
  }
  if (e.residence === 'village' && job.village && p.village !== job.village) {
    return `这个岗位只招${job.village}的人`;
  }
  if (e.groups.length && (!p.focusGroup || !e.groups.includes(p.focusGroup))) {
    return `这个岗位只招${e.groups.map((g) => FOCUS_GROUP_LABELS[g]).join('、')}`;
  }
  const [from, to] = AGE_RANGES[p.ageBand];
  if ((e.minAge !== undefined && to < e.minAge) || (e.maxAge !== undefined && from > e.maxAge)) {
    return `这个岗位的年龄要求不符（${AGE_BAND_LABELS[p.ageBand]}）`;
  }
  return undefined;
}

/** The ledger record the application is for: the cadre's choice, or the worker's linked one. */
async function applicantPerson(
  ctx: Ctx,
  job: PublicJobDoc,
  personId: string | undefined,
): Promise<WorkforcePersonDoc> {
  if (personId && managesTown(ctx, job.region, job.town)) return loadManagedPerson(ctx, personId);
  const mine = await ctx.store.find<WorkforcePersonDoc>(
    COLLECTIONS.workforcePeople,
    { workerOpenid: ctx.openid },
    { limit: 10 },
  );
  const own = personId
    ? mine.find((p) => p._id === personId)
    : (mine.find((p) => p.townKey === townKeyOf(job.region, job.town)) ?? mine[0]);
  if (!own) {
    throw new DomainError(
      'NOT_FOUND',
      '请先请村干部把您登记进台账，并在“我的台账”里同意关联，再来申请',
    );
  }
  return own;
}

export const apply: Handler<'publicJob.apply'> = async (input, ctx) => {
  const job = await loadPublicJob(ctx, input.publicJobId);
  if (job.status !== 'open' || job.applyUntil < chinaDay(ctx.now)) {
    throw new DomainError('BAD_TRANSITION', '这个公益性岗位已经停止报名了');
  }
  const person = await applicantPerson(ctx, job, input.personId);
  const why = ineligible(job, person);
  if (why) throw new DomainError('BAD_TRANSITION', why);
  const doc: Omit<PublicJobApplicationDoc, '_id'> = {
    publicJobId: job._id,
    personId: person._id,
    townKey: townKeyOf(job.region, job.town),
    name: person.name,
    village: person.village,
    step: 'applied',
    history: [{ step: 'applied', at: ctx.now, by: ctx.openid }],
    attendance: {},
    appliedBy: ctx.openid,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  // One application per person and post (unique index): applying again answers the first.
  const stored = await ctx.store.insertOnce<PublicJobApplicationDoc>(
    COLLECTIONS.publicJobApplications,
    doc,
    { publicJobId: job._id, personId: person._id },
  );
  return { applicationId: stored._id, step: stored.earlier?.step ?? 'applied' };
};

async function loadManagedApplication(
  ctx: Ctx,
  applicationId: string,
): Promise<{ app: PublicJobApplicationDoc; job: PublicJobDoc }> {
  const app = await loadById<PublicJobApplicationDoc>(
    ctx,
    COLLECTIONS.publicJobApplications,
    applicationId,
    '没有找到这份申请',
  );
  const job = await loadPublicJob(ctx, app.publicJobId);
  requireTown(ctx, job.region, job.town);
  return { app, job };
}

const stepWord = (s: PublicJobStep) => PUBLIC_JOB_STEP_LABELS[s];

/**
 * One step of an application: 村评议 → 公示 (five days) → 镇审核 (after the 公示) → 县审批 (the
 * county's admin) → 上岗 (a place of the headcount, taken atomically; the ledger says placed).
 * `approve: false` ends it with the reason. A step already taken answers as it stands.
 */
export const review: Handler<'publicJob.review'> = async (input, ctx) => {
  const { app, job } = await loadManagedApplication(ctx, input.applicationId);
  const target: PublicJobStep = input.approve ? input.to : 'rejected';
  const answer = (a: PublicJobApplicationDoc) => ({
    step: a.step,
    ...(a.noticeUntil ? { noticeUntil: a.noticeUntil } : {}),
  });
  if (app.step === target) return answer(app);
  if (app.step === 'rejected' || app.step === 'onDuty') {
    throw new DomainError('BAD_TRANSITION', `这份申请已经${stepWord(app.step)}，不能再改`);
  }
  if (NEXT_PUBLIC_JOB_STEP[app.step] !== input.to) {
    const next = NEXT_PUBLIC_JOB_STEP[app.step];
    throw new DomainError(
      'BAD_TRANSITION',
      `这份申请现在是“${stepWord(app.step)}”，请先办“${next ? stepWord(next) : ''}”`,
    );
  }
  if (input.to === 'countyApproved' && !adminCovers(ctx, job.region)) {
    throw new DomainError('FORBIDDEN', '县审批要由县人社局来办');
  }
  const today = chinaDay(ctx.now);
  if (input.approve && input.to === 'townApproved' && app.noticeUntil && today <= app.noticeUntil) {
    throw new DomainError('BAD_TRANSITION', `公示要到${app.noticeUntil}才满，满了以后才能镇审核`);
  }
  const set: Partial<PublicJobApplicationDoc> = {};
  if (input.approve && input.to === 'noticed') {
    set.noticeFrom = today;
    set.noticeUntil = addDays(today, NOTICE_DAYS - 1);
  }
  const _ = ctx.store.command;
  const onDuty = input.approve && input.to === 'onDuty';
  if (onDuty) {
    const taken = await ctx.store.update(
      COLLECTIONS.publicJobs,
      { _id: job._id, onDuty: _.lt(job.headcount) },
      { onDuty: _.inc(1), updatedAt: ctx.now },
    );
    if (taken === 0) throw new DomainError('BAD_TRANSITION', '这个岗位的人数已经满了');
    set.onDutyFrom = today;
  }
  const n = await ctx.store.update(
    COLLECTIONS.publicJobApplications,
    { _id: app._id, step: app.step },
    {
      ...set,
      step: target,
      history: _.push([
        { step: target, at: ctx.now, by: ctx.openid, ...(input.note ? { note: input.note } : {}) },
      ]),
      updatedAt: ctx.now,
    },
  );
  if (n === 0) {
    if (onDuty) {
      await ctx.store.update(
        COLLECTIONS.publicJobs,
        { _id: job._id },
        { onDuty: _.inc(-1), updatedAt: ctx.now },
      );
    }
    const now = await ctx.store.getById<PublicJobApplicationDoc>(
      COLLECTIONS.publicJobApplications,
      app._id,
    );
    if (now?.step === target) return answer(now);
    throw new DomainError('CONFLICT');
  }
  if (onDuty) {
    await ctx.store.update(
      COLLECTIONS.workforcePeople,
      { _id: app.personId, placed: _.eq(null) },
      {
        placed: { how: 'publicJob', day: today },
        placedMonth: today.slice(0, 7),
        looking: false,
        updatedAt: ctx.now,
      },
    );
  }
  return answer({ ...app, ...set, step: target });
};

const NOTICED: PublicJobStep[] = ['noticed', 'townApproved', 'countyApproved', 'onDuty'];

/** The public 公示: who is proposed for the post, names partly masked. */
export const notice: Handler<'publicJob.notice'> = async ({ publicJobId }, ctx) => {
  const job = await loadPublicJob(ctx, publicJobId);
  if (job.status !== 'open' && job.status !== 'closed') {
    throw new DomainError('NOT_FOUND', '没有找到这个公示');
  }
  const _ = ctx.store.command;
  const apps = await ctx.store.find<PublicJobApplicationDoc>(
    COLLECTIONS.publicJobApplications,
    { publicJobId: job._id, step: _.in(NOTICED) },
    { orderBy: [['createdAt', 'asc']], limit: 500 },
  );
  return {
    position: job.position,
    town: job.town,
    ...(job.village ? { village: job.village } : {}),
    subsidyYuan: job.subsidyYuan,
    people: apps.map((a) => ({
      maskedName: maskName(a.name),
      village: a.village,
      noticeFrom: a.noticeFrom ?? '',
      noticeUntil: a.noticeUntil ?? '',
    })),
  };
};

/** The cadre confirms a month's days worked; confirming the same again changes nothing. */
export const confirmAttendance: Handler<'publicJob.confirmAttendance'> = async (input, ctx) => {
  const { app } = await loadManagedApplication(ctx, input.applicationId);
  if (app.step !== 'onDuty' || !app.onDutyFrom) {
    throw new DomainError('BAD_TRANSITION', '上岗以后才能确认出勤');
  }
  const thisMonth = chinaDay(ctx.now).slice(0, 7);
  if (input.month > thisMonth || input.month < app.onDutyFrom.slice(0, 7)) {
    throw new DomainError('INVALID_INPUT', '只能确认上岗以后、到本月为止的出勤', {
      month: '请重新选择月份',
    });
  }
  const earlier = app.attendance?.[input.month];
  if (earlier?.days !== input.days) {
    await ctx.store.update(
      COLLECTIONS.publicJobApplications,
      { _id: app._id },
      {
        [`attendance.${input.month}`]: { days: input.days, by: ctx.openid, at: ctx.now },
        updatedAt: ctx.now,
      },
    );
  }
  return { month: input.month, days: input.days };
};

export const ROSTER_COLUMNS = [
  '序号',
  '姓名',
  '村（社区）',
  '联系电话',
  '人员类别',
  '岗位',
  '办理进度',
  '上岗日期',
  '月补贴（元）',
  '出勤月份',
  '出勤天数',
] as const;

/** The post's roster (花名册) with one month's attendance, in a 人社 office's columns. */
export const exportRoster: Handler<'publicJob.export'> = async (input, ctx) => {
  const job = await loadPublicJob(ctx, input.publicJobId);
  requireTown(ctx, job.region, job.town);
  const month = input.month ?? chinaDay(ctx.now).slice(0, 7);
  const apps = (await applicationsOf(ctx, job._id)).filter((a) => a.step !== 'rejected');
  const people = new Map(
    (
      await ctx.store.byIds<WorkforcePersonDoc>(
        COLLECTIONS.workforcePeople,
        apps.map((a) => a.personId),
        { phone: true, focusGroup: true },
      )
    ).map((p) => [p._id, p]),
  );
  const rows = apps.map((a, i) => {
    const p = people.get(a.personId);
    return [
      String(i + 1),
      a.name,
      a.village,
      p?.phone ? asText(p.phone) : '',
      p?.focusGroup ? FOCUS_GROUP_LABELS[p.focusGroup] : '',
      job.position,
      stepWord(a.step),
      a.onDutyFrom ?? '',
      String(job.subsidyYuan),
      month,
      a.attendance?.[month] ? String(a.attendance[month].days) : '',
    ];
  });
  return {
    fileName: `公益性岗位-${job.town}${job.position}-${month}.csv`,
    csv: toCsv(ROSTER_COLUMNS, rows),
    rows: rows.length,
  };
};
