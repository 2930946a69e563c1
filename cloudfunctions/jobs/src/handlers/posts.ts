import {
  chinaDay,
  DomainError,
  findAgeLimits,
  JOB_STATUS_LABELS,
  JOB_STATUS_TRANSITIONS,
  monthlyEquivalentYuan,
  validUntilProblem,
  type JobDetail,
  type JobStatus,
  type ParsedInput,
  type ReviewFlag,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type EmployerDoc,
  type JobDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { after, decodeCursor, isSortKey, pageOf, PAGE_SIZE } from '../../../../server/cursor';
import { adminCovers, loadJob, loadOwnJob, ownsJob } from '../../../../server/ownership';
import { countPostFilled, countPostPublished } from '../../../../server/stats/record';
import type { Handler } from '../../../../server/router';
import { reviewTexts, SCENE, type TextReview } from '../../../../server/sec-check';
import { JOB_CARD_FIELDS, latLngOf, toJobCard } from '../../../../server/views';

type PostInput = ParsedInput<'job.create'>;

/** A post is open to applicants while published and within its 有效期 (a China day, inclusive). */
export function isOpen(job: Pick<JobDoc, 'status' | 'validUntil'>, now: number): boolean {
  return job.status === 'published' && job.validUntil >= chinaDay(now);
}

/** The status a reader sees: a published post past its 有效期 is expired even before housekeeping runs. */
export function effectiveStatus(
  job: Pick<JobDoc, 'status' | 'validUntil'>,
  now: number,
): JobStatus {
  return job.status === 'published' && job.validUntil < chinaDay(now) ? 'expired' : job.status;
}

function verifiedEmployerOf(ctx: Ctx): EmployerDoc {
  if (!ctx.employer || ctx.employer.status !== 'verified')
    throw new DomainError('EMPLOYER_NOT_VERIFIED');
  return ctx.employer;
}

function checkValidUntil(validUntil: string, now: number): void {
  const problem = validUntilProblem(validUntil, now);
  if (problem) throw new DomainError('INVALID_INPUT', problem, { validUntil: problem });
}

/** msgSecCheck on the words a post shows; `risky` is refused inside. */
function reviewPost(ctx: Ctx, input: PostInput): Promise<TextReview> {
  return reviewTexts(
    ctx,
    {
      title: { label: '岗位名称', text: input.title },
      requirements: { label: '招聘条件', text: input.requirements },
      duties: { label: '工作内容', text: input.duties },
      source: { label: '信息来源', text: input.source },
    },
    SCENE.forum,
  );
}

const POST_FIELDS = { title: '岗位名称', requirements: '招聘条件', duties: '工作内容' } as const;

/**
 * Hard age limits under 50 (45岁以下, 年龄18-40): not refused — most workers here are over 45 and
 * the employer was warned on the form — but flagged for the 人社局, the words marked.
 */
function ageFlags(input: PostInput): ReviewFlag[] {
  return (Object.keys(POST_FIELDS) as (keyof typeof POST_FIELDS)[]).flatMap((field) => {
    const limits = findAgeLimits(input[field]);
    return limits.length
      ? [
          {
            field,
            fieldLabel: POST_FIELDS[field],
            label: `年龄限制（${limits.map((l) => l.word).join('、')}）`,
            text: input[field],
            marks: limits.map((l) => ({ start: l.start, end: l.end })),
          },
        ]
      : [];
  });
}

/** The stored facts of a post, from the form and the company. */
function postFacts(input: PostInput, employer: EmployerDoc) {
  return {
    title: input.title,
    category: input.category,
    headcount: input.headcount,
    requirements: input.requirements,
    duties: input.duties,
    region: {
      province: input.workplace.region.province,
      city: input.workplace.region.city,
      county: input.workplace.region.county,
    },
    address: input.workplace.address,
    pay: { minYuan: input.pay.minYuan, maxYuan: input.pay.maxYuan, unit: input.pay.unit },
    payMonthlyMin: monthlyEquivalentYuan(input.pay.minYuan, input.pay.unit),
    payMonthlyMax: monthlyEquivalentYuan(input.pay.maxYuan, input.pay.unit),
    payCycle: input.payCycle,
    benefits: [...new Set(input.benefits)],
    validUntil: input.validUntil,
    isRepost: input.isRepost,
    contactName: input.contactName ?? employer.contactName,
    contactPhone: input.contactPhone ?? employer.contactPhone,
    companyName: employer.companyName,
    employerVerified: employer.status === 'verified',
    employerRegion: {
      province: employer.region.province,
      city: employer.region.city,
      county: employer.region.county,
    },
  };
}

export const create: Handler<'job.create'> = async (input, ctx) => {
  const employer = verifiedEmployerOf(ctx);
  checkValidUntil(input.validUntil, ctx.now);
  const review = await reviewPost(ctx, input);
  const status: JobStatus = review.verdict === 'review' ? 'reviewing' : 'published';
  const flags = [...review.flags, ...ageFlags(input)];
  const doc: Omit<JobDoc, '_id'> = {
    employerId: employer._id,
    ownerOpenid: ctx.openid,
    ...postFacts(input, employer),
    ...(input.source ? { source: input.source } : {}),
    location: ctx.store.point(
      input.workplace.location.lat,
      input.workplace.location.lng,
    ) as JobDoc['location'],
    status,
    flags,
    // Held by msgSecCheck, or live with a flag the 人社局 looks at (保留岗位 / 下架).
    pendingReview: flags.length > 0,
    applicantCount: 0,
    publishedAt: status === 'published' ? ctx.now : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const jobId = await ctx.store.insert(COLLECTIONS.jobs, doc);
  if (status === 'published') await countPostPublished(ctx.store, { _id: jobId, ...doc }, ctx.now);
  ctx.log('job created', { jobId, status });
  return { jobId, status };
};

/** The status after an edit: a `review` verdict or an earlier rejection sends it (back) to review. */
function statusAfterEdit(old: JobStatus, review: TextReview): JobStatus {
  if (review.verdict === 'review' || old === 'rejected') return 'reviewing';
  if (old === 'reviewing' || old === 'expired') return 'published';
  return old;
}

export const update: Handler<'job.update'> = async ({ jobId, ...input }, ctx) => {
  const employer = verifiedEmployerOf(ctx);
  const job = await loadOwnJob(ctx, jobId);
  if (job.status === 'closed') {
    throw new DomainError('BAD_TRANSITION', '已关闭的岗位不能再修改，请重新发布一个');
  }
  checkValidUntil(input.validUntil, ctx.now);
  const review = await reviewPost(ctx, input);
  const status = statusAfterEdit(job.status, review);
  // An edit is judged afresh: what msgSecCheck and the age rule find in the new text.
  const flags = [...(review.verdict === 'review' ? review.flags : []), ...ageFlags(input)];
  const pendingReview = status === 'reviewing' || flags.length > 0;
  const _ = ctx.store.command;
  const facts = postFacts(input, employer);
  const updated = await ctx.store.update(
    COLLECTIONS.jobs,
    // Conditional on the version read: two editors cannot silently overwrite each other.
    { _id: jobId, updatedAt: job.updatedAt },
    {
      ...facts,
      region: _.set(facts.region),
      employerRegion: _.set(facts.employerRegion),
      pay: _.set(facts.pay),
      benefits: _.set(facts.benefits),
      location: _.set(
        ctx.store.geoJson(input.workplace.location.lat, input.workplace.location.lng),
      ),
      source: input.source ? input.source : _.remove(),
      status,
      flags: _.set(flags),
      pendingReview,
      publishedAt: status === 'published' && job.publishedAt === null ? ctx.now : job.publishedAt,
      updatedAt: Math.max(ctx.now, job.updatedAt + 1),
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  if (status === 'published' && job.publishedAt === null) {
    await countPostPublished(ctx.store, { ...job, region: facts.region }, ctx.now);
  }
  return { status };
};

export const setStatus: Handler<'job.setStatus'> = async ({ jobId, status }, ctx) => {
  const job = await loadOwnJob(ctx, jobId);
  if (job.status === status) return { status };
  if (!JOB_STATUS_TRANSITIONS[job.status].includes(status)) {
    throw new DomainError(
      'BAD_TRANSITION',
      `「${JOB_STATUS_LABELS[job.status]}」的岗位不能改成「${JOB_STATUS_LABELS[status]}」`,
    );
  }
  if (status === 'published') {
    if (ctx.employer?.status !== 'verified') throw new DomainError('EMPLOYER_NOT_VERIFIED');
    if (job.validUntil < chinaDay(ctx.now)) {
      throw new DomainError('BAD_TRANSITION', '有效期已过，请先修改有效期再恢复招聘', {
        validUntil: '有效期已过',
      });
    }
  }
  const updated = await ctx.store.update(
    COLLECTIONS.jobs,
    { _id: jobId, status: job.status },
    {
      status,
      publishedAt: status === 'published' && job.publishedAt === null ? ctx.now : job.publishedAt,
      updatedAt: Math.max(ctx.now, job.updatedAt + 1),
    },
  );
  if (updated === 0) throw new DomainError('CONFLICT');
  if (status === 'published' && job.publishedAt === null) {
    await countPostPublished(ctx.store, job, ctx.now);
  }
  if (status === 'filled') await countPostFilled(ctx.store, job, ctx.now);
  return { status };
};

export const get: Handler<'job.get'> = async ({ jobId }, ctx) => {
  const job = await loadJob(ctx, jobId);
  const owner = ownsJob(ctx, job);
  const admin = adminCovers(ctx, job.employerRegion);
  if ((job.status === 'reviewing' || job.status === 'rejected') && !owner && !admin) {
    throw new DomainError('NOT_FOUND', '没有找到这个岗位，可能已被删除');
  }
  const [employer, mine] = await Promise.all([
    ctx.store.getById<EmployerDoc>(COLLECTIONS.employers, job.employerId),
    ctx.user
      ? ctx.store.findOne<ApplicationDoc>(COLLECTIONS.applications, {
          jobId,
          workerOpenid: ctx.openid,
        })
      : Promise.resolve(null),
  ]);
  const status = effectiveStatus(job, ctx.now);
  const detail: JobDetail = {
    _id: job._id,
    title: job.title,
    category: job.category,
    headcount: job.headcount,
    requirements: job.requirements,
    duties: job.duties,
    workplace: {
      region: { province: job.region.province, city: job.region.city, county: job.region.county },
      address: job.address,
      location: latLngOf(job.location),
    },
    pay: { minYuan: job.pay.minYuan, maxYuan: job.pay.maxYuan, unit: job.pay.unit },
    payCycle: job.payCycle,
    benefits: job.benefits,
    validUntil: job.validUntil,
    ...(job.source ? { source: job.source } : {}),
    isRepost: job.isRepost,
    status,
    employer: {
      _id: job.employerId,
      companyName: job.companyName,
      intro: employer?.intro ?? '',
      verified: job.employerVerified,
    },
    // The employer's phone is public only on an open post of a verified company.
    contact:
      status === 'published' && job.employerVerified
        ? { name: job.contactName, phone: job.contactPhone }
        : null,
    publishedAt: job.publishedAt,
    updatedAt: job.updatedAt,
    myApplication: mine ? { _id: mine._id, status: mine.status } : null,
    ...(owner || admin ? { applicantCount: job.applicantCount } : {}),
  };
  return detail;
};

/**
 * 新报名 per post: applications still in 「新报名」 (status applied), the very set the applicants
 * page's 新报名 tab lists, so the badge and the tab cannot disagree.
 */
async function newApplicants(ctx: Ctx, jobIds: string[]): Promise<Map<string, number>> {
  if (!jobIds.length) return new Map();
  const _ = ctx.store.command;
  const $ = ctx.store.db.command.aggregate;
  const rows = await ctx.store.aggregate<{ _id: string; n: number }>(
    COLLECTIONS.applications,
    (agg) =>
      agg.match({ jobId: _.in(jobIds), status: 'applied' }).group({ _id: '$jobId', n: $.sum(1) }),
  );
  return new Map(rows.map((r) => [r._id, r.n]));
}

export const listMine: Handler<'job.listMine'> = async ({ status, cursor }, ctx) => {
  if (!ctx.employer) throw new DomainError('FORBIDDEN');
  const key = decodeCursor(cursor, isSortKey);
  const _ = ctx.store.command;
  const base = status ? { employerId: ctx.employer._id, status } : { employerId: ctx.employer._id };
  const rows = await ctx.store.find<JobDoc>(
    COLLECTIONS.jobs,
    key ? _.and([base, after(_, 'createdAt', key, 'desc')]) : base,
    {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      limit: PAGE_SIZE + 1,
      fields: {
        ...JOB_CARD_FIELDS,
        status: true,
        validUntil: true,
        applicantCount: true,
      },
    },
  );
  const fresh = await newApplicants(
    ctx,
    rows.slice(0, PAGE_SIZE).map((j) => j._id),
  );
  return pageOf(
    rows,
    PAGE_SIZE,
    (j) => [j.createdAt, j._id],
    (j) => ({
      ...toJobCard(j),
      status: effectiveStatus(j, ctx.now),
      validUntil: j.validUntil,
      applicantCount: j.applicantCount,
      newApplicantCount: fresh.get(j._id) ?? 0,
    }),
  );
};
