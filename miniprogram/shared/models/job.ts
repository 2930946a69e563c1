import { z } from 'zod';
import { benefit } from '../catalog/benefits';
import { jobCategory } from '../catalog/job-categories';
import { payCycle, wageUnit } from '../catalog/pay';
import { applicationStatus, jobStatus } from '../catalog/statuses';
import { chinaDay, daysBetween, type DayString } from '../time';
import { checkPostText } from '../validators/job-post-text';
import { day, docId, epochMs, geoPoint, mobile, region, text, yuan } from './common';
import { seenBy } from './privacy';

/** A post may stay open at most this many days (有效期). */
export const MAX_VALID_DAYS = 180;

export const NO_FEE_NOTICE = '求职不收取任何费用';

export const pay = z
  .object({
    minYuan: yuan.min(1, '请填写工资'),
    maxYuan: yuan.min(1, '请填写工资'),
    unit: wageUnit,
  })
  .strict()
  .refine((p) => p.minYuan <= p.maxYuan, {
    message: '最低工资不能高于最高工资',
    path: ['maxYuan'],
  });

/** The fields of a post; `jobInput` adds the 2026 text rules on top. */
export const jobFields = z
  .object({
    title: text('岗位名称', 2, 30),
    category: jobCategory,
    headcount: z
      .number({ required_error: '请填写招聘人数', invalid_type_error: '请填写招聘人数' })
      .int('招聘人数请填整数')
      .min(1, '招聘人数至少1人')
      .max(10000, '招聘人数太多了'),
    requirements: text('招聘条件', 4, 500, { lines: true }),
    duties: text('工作内容', 4, 1000, { lines: true }),
    workplace: z.object({ region, address: text('工作地点', 2, 100), location: geoPoint }).strict(),
    pay,
    payCycle,
    benefits: z.array(benefit).max(8).default([]),
    /** 有效期: the last China day the post is open. */
    validUntil: day,
    /** 信息来源, required when the post is reposted from elsewhere. */
    source: text('信息来源', 2, 50).optional(),
    isRepost: z.boolean().default(false),
    /** Defaults to the employer's contact. */
    contactName: text('联系人', 1, 20).optional(),
    /** The post's contact: public while the post is published (jobDetail.contact). */
    contactPhone: seenBy(['anyone'], mobile).optional(),
  })
  .strict();

type JobFields = z.infer<typeof jobFields>;

/** Codes the router reports for rule breaches, instead of a plain INVALID_INPUT. */
export const RULE_CODES = {
  fee: 'FEE_REQUEST',
  discrimination: 'DISCRIMINATION',
  hype: 'HYPE',
} as const;

/** Adds the issues the 2026 rules find in a post's text, each on the field where it stands. */
export function addPostRuleIssues(
  job: Pick<JobFields, 'title' | 'requirements' | 'duties'> & Partial<JobFields>,
  ctx: z.RefinementCtx,
): void {
  for (const field of ['title', 'requirements', 'duties'] as const) {
    const problems = checkPostText(job[field]);
    if (problems.fees.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [field],
        message: `求职不收取任何费用，请删掉“${problems.fees.join('、')}”`,
        params: { code: RULE_CODES.fee },
      });
    }
    if (problems.discrimination.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [field],
        message: `不能限制性别、民族、户籍或地域，请删掉“${problems.discrimination.join('、')}”`,
        params: { code: RULE_CODES.discrimination },
      });
    }
    if (problems.hype.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [field],
        message: `请如实填写，不能写“${problems.hype.join('、')}”`,
        params: { code: RULE_CODES.hype },
      });
    }
  }
  if (job.isRepost && !job.source) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['source'],
      message: '转发的岗位请写明信息来源',
    });
  }
}

/** A new or edited post, with every field the 2026 rules require. */
export const jobInput = jobFields.superRefine(addPostRuleIssues);

/** Why a 有效期 is not acceptable today, or undefined when it is. */
export function validUntilProblem(validUntil: DayString, nowMs: number): string | undefined {
  const days = daysBetween(chinaDay(nowMs), validUntil);
  if (days < 0) return '有效期不能早于今天';
  if (days > MAX_VALID_DAYS) return `有效期最长${MAX_VALID_DAYS}天`;
  return undefined;
}

/** A post as a lean list card. */
export const jobCard = z.object({
  _id: docId,
  title: z.string(),
  category: jobCategory,
  pay: z.object({ minYuan: z.number(), maxYuan: z.number(), unit: wageUnit }),
  payCycle,
  benefits: z.array(benefit),
  county: z.string(),
  city: z.string(),
  companyName: z.string(),
  verified: z.boolean(),
  /** Kilometres from the point the search was made from, rounded to 0.1. */
  distanceKm: z.number().optional(),
  publishedAt: epochMs,
  /** Why it was recommended, in words a worker understands (离家12公里, 包吃住, 工种对口). */
  reasons: z.array(z.string()).optional(),
});
export type JobCard = z.infer<typeof jobCard>;

/** A post with all its facts. */
export const jobDetail = jobFields.extend({
  _id: docId,
  status: jobStatus,
  employer: z.object({
    _id: docId,
    companyName: z.string(),
    intro: z.string(),
    verified: z.boolean(),
  }),
  /** The employer's contact; null unless the post is published and the employer verified. */
  contact: z.object({ name: z.string(), phone: seenBy(['anyone'], z.string()) }).nullable(),
  publishedAt: epochMs.nullable(),
  updatedAt: epochMs,
  /** The caller's own application status, if they applied. */
  myApplication: z.object({ _id: docId, status: applicationStatus }).nullable(),
  applicantCount: z.number().int().optional(),
});
export type JobDetail = z.infer<typeof jobDetail>;
