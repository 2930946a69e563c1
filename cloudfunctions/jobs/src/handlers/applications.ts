import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  chinaDay,
  DomainError,
  formatDateTime,
  WITHDRAWABLE,
  type ApplicationStatus,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type JobDoc,
  type UserDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { after, decodeCursor, isSortKey, pageOf } from '../../../../server/cursor';
import { isDuplicateKey } from '../../../../server/db';
import {
  employsApplicant,
  loadApplication,
  loadJob,
  loadOwnJob,
  ownsJob,
} from '../../../../server/ownership';
import type { Handler } from '../../../../server/router';
import { JOB_CARD_FIELDS, toJobCard, type JobCardDoc } from '../../../../server/views';

const PAGE = 20;

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
      await ctx.store.update(COLLECTIONS.jobs, { _id: jobId }, { newApplicantCount: _.inc(1) });
    return { applicationId: existing._id, status: 'applied' };
  }

  const doc: Omit<ApplicationDoc, '_id'> = {
    jobId,
    employerId: job.employerId,
    workerOpenid: ctx.openid,
    status: 'applied',
    history: [{ status: 'applied', at: ctx.now }],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  let applicationId: string;
  try {
    applicationId = await ctx.store.insert(COLLECTIONS.applications, doc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await ctx.store.findOne<ApplicationDoc>(COLLECTIONS.applications, {
      jobId,
      workerOpenid: ctx.openid,
    });
    if (!first) throw err;
    return { applicationId: first._id, status: first.status };
  }
  await ctx.store.update(
    COLLECTIONS.jobs,
    { _id: jobId },
    { applicantCount: _.inc(1), newApplicantCount: _.inc(1) },
  );
  return { applicationId, status: 'applied' };
};

export const listMine: Handler<'application.listMine'> = async ({ cursor }, ctx) => {
  const key = decodeCursor(cursor, isSortKey);
  const _ = ctx.store.command;
  const base = { workerOpenid: ctx.openid };
  const rows = await ctx.store.find<ApplicationDoc>(
    COLLECTIONS.applications,
    key ? _.and([base, after(_, 'createdAt', key, 'desc')]) : base,
    {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      limit: PAGE + 1,
    },
  );
  const jobIds = [...new Set(rows.map((r) => r.jobId))];
  const jobs = jobIds.length
    ? await ctx.store.find<JobCardDoc>(
        COLLECTIONS.jobs,
        { _id: _.in(jobIds) },
        { limit: jobIds.length, fields: JOB_CARD_FIELDS },
      )
    : [];
  const byId = new Map(jobs.map((j) => [j._id, j]));
  const page = pageOf(
    rows,
    PAGE,
    (a) => [a.createdAt, a._id],
    (a) => {
      const job = byId.get(a.jobId);
      return job
        ? {
            _id: a._id,
            status: a.status,
            createdAt: a.createdAt,
            updatedAt: a.updatedAt,
            job: toJobCard(job),
          }
        : undefined;
    },
  );
  return {
    items: page.items.filter((i): i is NonNullable<typeof i> => i !== undefined),
    nextCursor: page.nextCursor,
  };
};

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
      history: _.push([{ status: 'withdrawn', at: ctx.now }]),
      updatedAt: ctx.now,
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  return { status: 'withdrawn' };
};

/** The post's applicants, for its employer only: the one place a worker's full phone is shown. */
export const listForJob: Handler<'application.listForJob'> = async (
  { jobId, status, cursor },
  ctx,
) => {
  const job = await loadOwnJob(ctx, jobId);
  const key = decodeCursor(cursor, isSortKey);
  const _ = ctx.store.command;
  const base = status ? { jobId, status } : { jobId };
  const rows = await ctx.store.find<ApplicationDoc>(
    COLLECTIONS.applications,
    key ? _.and([base, after(_, 'createdAt', key, 'desc')]) : base,
    {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      limit: PAGE + 1,
    },
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
  if (!cursor && job.newApplicantCount > 0) {
    await ctx.store.update(COLLECTIONS.jobs, { _id: jobId }, { newApplicantCount: 0 });
  }
  return pageOf(
    rows,
    PAGE,
    (a) => [a.createdAt, a._id],
    (a) => {
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
      };
    },
  );
};

/** Statuses worth one of the worker's subscription consents (已查看 is not). */
const NOTIFY: ReadonlySet<ApplicationStatus> = new Set<ApplicationStatus>([
  'interview',
  'hired',
  'rejected',
]);

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

async function notifyWorker(
  ctx: Ctx,
  app: ApplicationDoc,
  job: JobDoc,
  status: ApplicationStatus,
): Promise<boolean> {
  try {
    return await ctx.services.notify({
      touser: app.workerOpenid,
      template: 'applicationStatus',
      page: `pages/applications/index?id=${app._id}`,
      data: {
        thing1: { value: clip(job.title, 20) },
        phrase2: { value: APPLICATION_STATUS_LABELS[status] },
        thing3: { value: clip(job.companyName, 20) },
        time4: { value: formatDateTime(ctx.now) },
      },
    });
  } catch (err) {
    // The status change stands; a failed notice is logged, not reported as a failure.
    ctx.log('notify failed', {
      applicationId: app._id,
      error: String((err as Error)?.message ?? err),
    });
    return false;
  }
}

/** 已查看 → 邀约面试 → 已录用 / 不合适, by the post's employer; the worker hears of it if subscribed. */
export const setStatus: Handler<'application.setStatus'> = async (
  { applicationId, status },
  ctx,
) => {
  const app = await loadApplication(ctx, applicationId);
  if (!employsApplicant(ctx, app)) throw new DomainError('FORBIDDEN', '这不是您单位岗位的报名');
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
    { status, history: _.push([{ status, at: ctx.now }]), updatedAt: ctx.now },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  if (!NOTIFY.has(status)) return { status, notified: false };
  const job = await loadJob(ctx, app.jobId);
  return { status, notified: await notifyWorker(ctx, app, job, status) };
};
