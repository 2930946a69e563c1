import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  addDays,
  chinaClock,
  chinaDay,
  chinaTime,
  DomainError,
  WITHDRAWABLE,
  type ApplicationStatus,
  type InterviewView,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type InterviewDoc,
  type JobDoc,
  type UserDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { createdPageOf, newestFirst } from '../../../../server/cursor';
import { crashPoint } from '../../../../server/crash-point';
import {
  employsApplicant,
  loadApplication,
  loadJob,
  loadOwnJob,
  ownsJob,
} from '../../../../server/ownership';
import { templateData } from '../../../../server/subscribe-templates';
import { placeInLedger } from '../../../../server/workforce-placement';
import type { Handler } from '../../../../server/router';
import { applicationStatOf, countApplication, countHire } from '../../../../server/stats/record';
import { reviewTexts, SCENE } from '../../../../server/sec-check';
import { interviewOf, myApplications } from '../../../../server/my-applications';

function mineOrNotFound(ctx: Ctx, app: ApplicationDoc): void {
  // Someone else's application does not exist, as far as the caller can tell.
  if (app.workerOpenid !== ctx.openid) throw new DomainError('NOT_FOUND', '没有找到这条报名记录');
}

/**
 * 一键报名. One application per worker and post, enforced by the unique index (jobId,
 * workerOpenid): a retry or a double tap returns the same application. Only a new application
 * counts on the post.
 */
export const apply: Handler<'job.apply'> = async ({ jobId }, ctx) => {
  const _ = ctx.store.command;
  const existing = await ctx.store.findOne<ApplicationDoc>(COLLECTIONS.applications, {
    jobId,
    workerOpenid: ctx.openid,
  });
  if (existing && existing.status !== 'withdrawn')
    return { applicationId: existing._id, status: existing.status };

  const job = await loadJob(ctx, jobId);
  if (ownsJob(ctx, job)) throw new DomainError('FORBIDDEN', '不能报名自己单位的岗位');
  if (job.status !== 'published' || job.validUntil < chinaDay(ctx.now))
    throw new DomainError('JOB_NOT_OPEN');
  const profile = ctx.user?.profile;
  if (!profile?.phone) throw new DomainError('PROFILE_REQUIRED');

  if (existing) {
    // Applying again after withdrawing reopens the same application.
    const reopened = await ctx.store.update(
      COLLECTIONS.applications,
      { _id: existing._id, status: 'withdrawn' },
      {
        status: 'applied',
        history: _.push([{ status: 'applied', at: ctx.now }]),
        updatedAt: ctx.now,
      },
    );
    if (reopened)
      await ctx.store.update(COLLECTIONS.jobs, { _id: jobId }, { applicantCount: _.inc(1) });
    return { applicationId: existing._id, status: 'applied' };
  }

  const stat = applicationStatOf(profile, job);
  const doc: Omit<ApplicationDoc, '_id'> = {
    jobId,
    employerId: job.employerId,
    workerOpenid: ctx.openid,
    stat,
    status: 'applied',
    history: [{ status: 'applied', at: ctx.now }],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const stored = await ctx.store.insertOnce<ApplicationDoc>(COLLECTIONS.applications, doc, {
    jobId,
    workerOpenid: ctx.openid,
  });
  if (stored.earlier) return { applicationId: stored._id, status: stored.earlier.status };
  const applicationId = stored._id;
  // A crash here leaves the count one short: housekeeping recounts it from the applications.
  crashPoint('job.apply:afterInsert');
  await ctx.store.update(COLLECTIONS.jobs, { _id: jobId }, { applicantCount: _.inc(1) });
  await countApplication(ctx.store, stat, ctx.now);
  return { applicationId, status: 'applied' };
};

export const listMine: Handler<'application.listMine'> = ({ cursor }, ctx) =>
  myApplications(ctx, cursor);

export const withdraw: Handler<'application.withdraw'> = async ({ applicationId }, ctx) => {
  const app = await loadApplication(ctx, applicationId);
  mineOrNotFound(ctx, app);
  if (app.status === 'withdrawn') return { status: 'withdrawn' };
  if (!WITHDRAWABLE.includes(app.status)) {
    throw new DomainError(
      'BAD_TRANSITION',
      `已经「${APPLICATION_STATUS_LABELS[app.status]}」，不能撤回了`,
    );
  }
  const _ = ctx.store.command;
  const updated = await ctx.store.update(
    COLLECTIONS.applications,
    { _id: applicationId, status: app.status },
    {
      status: 'withdrawn',
      interview: _.remove(),
      history: _.push([{ status: 'withdrawn', at: ctx.now }]),
      updatedAt: ctx.now,
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  crashPoint('application.withdraw:afterStatus');
  // The employer no longer sees the person (listForJob leaves withdrawn applications out): the
  // count they see follows.
  await ctx.store.update(COLLECTIONS.jobs, { _id: app.jobId }, { applicantCount: _.inc(-1) });
  return { status: 'withdrawn' };
};

/** What the employer may list: every status but 已撤回. */
const SEEN_BY_EMPLOYER: ApplicationStatus[] = [
  'applied',
  'viewed',
  'interview',
  'hired',
  'rejected',
];

/**
 * The post's applicants, for its employer only: the one place a worker's full phone is shown.
 * A withdrawn application is not listed at all — the worker was told 撤回后，单位就看不到您的报名了,
 * and a masked row would still say who (in a village, a name and a village are enough).
 */
export const listForJob: Handler<'application.listForJob'> = async (
  { jobId, status, cursor },
  ctx,
) => {
  await loadOwnJob(ctx, jobId);
  const _ = ctx.store.command;
  const rows = await newestFirst<ApplicationDoc>(
    ctx.store,
    COLLECTIONS.applications,
    { jobId, status: status ?? _.in(SEEN_BY_EMPLOYER) },
    cursor,
  );
  const openids = [...new Set(rows.map((r) => r.workerOpenid))];
  const users = openids.length
    ? await ctx.store.find<Pick<UserDoc, 'openid' | 'profile'>>(
        COLLECTIONS.users,
        { openid: _.in(openids) },
        { limit: openids.length, fields: { openid: true, profile: true } },
      )
    : [];
  const byOpenid = new Map(users.map((u) => [u.openid, u.profile]));
  return createdPageOf(rows, (a) => {
    const p = byOpenid.get(a.workerOpenid);
    return {
      _id: a._id,
      status: a.status,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      name: p?.name ?? '求职者',
      phone: p?.phone ?? '',
      ...(p?.home.county ? { homeCounty: p.home.county } : {}),
      ...(p?.home.village ? { village: p.home.village } : {}),
      categories: p?.categories ?? [],
      ...(p?.expectedPayYuan !== undefined ? { expectedPayYuan: p.expectedPayYuan } : {}),
      ...interviewOf(a),
    };
  });
};

/** Statuses worth one of the worker's subscription consents (已查看 is not). */
const NOTIFY: ReadonlySet<ApplicationStatus> = new Set<ApplicationStatus>(['hired', 'rejected']);

/** A notice to the worker; the change stands when it cannot be sent (logged, not a failure). */
async function tellWorker(
  ctx: Ctx,
  app: ApplicationDoc,
  message: Omit<Parameters<Ctx['services']['notify']>[0], 'touser' | 'page'>,
): Promise<boolean> {
  try {
    return await ctx.services.notify({
      ...message,
      touser: app.workerOpenid,
      page: `pages/applications/index?id=${app._id}`,
    });
  } catch (err) {
    ctx.log('notify failed', {
      applicationId: app._id,
      error: String((err as Error)?.message ?? err),
    });
    return false;
  }
}

/** 报名状态: the post, the new status (phrase ≤ 5), the company, when (time: with the year). */
function statusNotice(ctx: Ctx, job: JobDoc, status: ApplicationStatus) {
  return {
    template: 'applicationStatus' as const,
    data: templateData('applicationStatus', {
      job: job.title,
      status: APPLICATION_STATUS_LABELS[status],
      company: job.companyName,
      time: { day: chinaDay(ctx.now), clock: chinaClock(ctx.now) },
    }),
  };
}

/** 面试邀请: the post, when (time), where (thing ≤ 20), the employer's note, the company. */
function interviewNotice(job: JobDoc, interview: InterviewDoc) {
  return {
    template: 'interviewInvite' as const,
    data: templateData('interviewInvite', {
      job: job.title,
      time: { day: chinaDay(interview.at), clock: chinaClock(interview.at) },
      place: interview.address,
      note: interview.note || '请按时到，带上身份证',
      company: job.companyName,
    }),
  };
}

/** The application of the caller's company, still to be handled; NOT_FOUND once withdrawn. */
async function loadApplicantOf(ctx: Ctx, applicationId: string): Promise<ApplicationDoc> {
  const app = await loadApplication(ctx, applicationId);
  if (!employsApplicant(ctx, app)) throw new DomainError('FORBIDDEN', '这不是您单位岗位的报名');
  if (app.status === 'withdrawn') throw new DomainError('NOT_FOUND', '这位求职者已经撤回了报名');
  return app;
}

/** 已查看 / 已录用 / 不合适, by the post's employer; the worker hears of a decision if subscribed. */
export const setStatus: Handler<'application.setStatus'> = async (
  { applicationId, status },
  ctx,
) => {
  const app = await loadApplicantOf(ctx, applicationId);
  if (app.status === status) return { status, notified: false };
  if (!APPLICATION_TRANSITIONS[app.status].includes(status)) {
    throw new DomainError(
      'BAD_TRANSITION',
      `「${APPLICATION_STATUS_LABELS[app.status]}」的报名不能改成「${APPLICATION_STATUS_LABELS[status]}」`,
    );
  }
  const _ = ctx.store.command;
  const updated = await ctx.store.update(
    COLLECTIONS.applications,
    { _id: applicationId, status: app.status },
    {
      status,
      interview: _.remove(),
      history: _.push([{ status, at: ctx.now }]),
      ...(status === 'hired' ? { hiredAt: ctx.now } : {}),
      updatedAt: ctx.now,
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  if (status === 'hired') {
    await countHire(ctx.store, app, ctx.now);
    await placeInLedger(ctx, { workerOpenid: app.workerOpenid }, 'hired');
  }
  if (!NOTIFY.has(status)) return { status, notified: false };
  const job = await loadJob(ctx, app.jobId);
  return { status, notified: await tellWorker(ctx, app, statusNotice(ctx, job, status)) };
};

/** How far ahead an interview may be set. */
const MAX_INTERVIEW_DAYS = 60;

/**
 * 邀约面试: when, where (a map point) and a note, by the post's employer; again while invited sets
 * a new time (the worker may have asked for one). The invitation goes into the application's
 * history, the worker is told (面试邀请 notice) and answers in their 我的投递.
 */
export const inviteInterview: Handler<'application.inviteInterview'> = async (input, ctx) => {
  const app = await loadApplicantOf(ctx, input.applicationId);
  if (app.status !== 'interview' && !APPLICATION_TRANSITIONS[app.status].includes('interview')) {
    throw new DomainError(
      'BAD_TRANSITION',
      `「${APPLICATION_STATUS_LABELS[app.status]}」的报名不能再约面试`,
    );
  }
  const at = chinaTime(input.day, input.clock);
  if (at <= ctx.now)
    throw new DomainError('INVALID_INPUT', '面试时间已经过了，请重新选', { day: '请选以后的时间' });
  if (input.day > addDays(chinaDay(ctx.now), MAX_INTERVIEW_DAYS)) {
    throw new DomainError('INVALID_INPUT', `面试最多约${MAX_INTERVIEW_DAYS}天以内`, {
      day: '日期太远了',
    });
  }
  await reviewTexts(
    ctx,
    {
      address: { label: '面试地点', text: input.address },
      note: { label: '备注', text: input.note },
    },
    SCENE.comment,
  );
  const interview: InterviewDoc = {
    at,
    address: input.address,
    location: { lat: input.location.lat, lng: input.location.lng },
    ...(input.note ? { note: input.note } : {}),
  };
  const _ = ctx.store.command;
  const updated = await ctx.store.update(
    COLLECTIONS.applications,
    { _id: app._id, status: app.status, updatedAt: app.updatedAt },
    {
      status: 'interview',
      interview: _.set(interview),
      history: _.push([{ status: 'interview', at: ctx.now, interview }]),
      updatedAt: Math.max(ctx.now, app.updatedAt + 1),
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  const job = await loadJob(ctx, app.jobId);
  return {
    status: 'interview',
    notified: await tellWorker(ctx, app, interviewNotice(job, interview)),
  };
};

/** The worker's answer to the invitation: 我会去 / 想换个时间; the employer sees it in the list. */
export const answerInterview: Handler<'application.answerInterview'> = async (input, ctx) => {
  const app = await loadApplication(ctx, input.applicationId);
  mineOrNotFound(ctx, app);
  const current = app.interview;
  if (app.status !== 'interview' || !current) {
    throw new DomainError('BAD_TRANSITION', '这条报名没有要回复的面试邀请');
  }
  const note = input.answer === 'reschedule' ? input.note : undefined;
  if (current.answer === input.answer && current.answerNote === note) {
    return { interview: interviewOf(app).interview as InterviewView };
  }
  await reviewTexts(ctx, { note: { label: '说明', text: note } }, SCENE.comment);
  const answered: InterviewDoc = {
    ...current,
    answer: input.answer,
    answeredAt: ctx.now,
    ...(note ? { answerNote: note } : {}),
  };
  if (!note) delete answered.answerNote;
  const _ = ctx.store.command;
  const updated = await ctx.store.update(
    COLLECTIONS.applications,
    // The answer is to this invitation: a new time set meanwhile is answered afresh.
    { _id: app._id, status: 'interview', updatedAt: app.updatedAt },
    {
      interview: _.set(answered),
      history: _.push([
        {
          status: 'interview',
          at: ctx.now,
          answer: input.answer,
          ...(note ? { answerNote: note } : {}),
        },
      ]),
      updatedAt: Math.max(ctx.now, app.updatedAt + 1),
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT', '面试时间刚改过，请刷新看看新的时间');
  return {
    interview: interviewOf({ status: 'interview', interview: answered }).interview as InterviewView,
  };
};
