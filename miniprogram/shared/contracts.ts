import { z } from 'zod';
import { benefit } from './catalog/benefits';
import { jobCategory } from './catalog/job-categories';
import { payCycle } from './catalog/pay';
import {
  applicationStatus,
  employerStatus,
  jobStatus,
  reportOutcome,
  reportReason,
  role,
  signupStatus,
} from './catalog/statuses';
import {
  applicant,
  interviewAnswerInput,
  interviewInput,
  interviewView,
  myApplication,
} from './models/application';
import { adminArea } from './models/area';
import { cursor, docId, epochMs, geoPoint, page, region, text } from './models/common';
import { employerInput, employerView } from './models/employer';
import {
  attendee,
  fairCard,
  fairDetail,
  fairInput,
  fairRev,
  inviter,
  proxySignupInput,
  proxySignupView,
  signupRow,
  signupView,
} from './models/fair';
import { seenBy } from './models/privacy';
import { addPostRuleIssues, jobCard, jobDetail, jobFields, jobInput } from './models/job';
import { myReport, reportInput, reportResolution } from './models/report';
import { reviewFlag } from './models/review';
import { workerProfile } from './models/worker-profile';
import { chineseErrorMap } from './zod-messages';
import { done, none, pageLimit, type Contract } from './contract';
import type { adminContracts } from '../package-admin/contracts';
import type { cadreContracts } from '../package-cadre/contracts';
import type { ledgerPackageContracts } from '../package-ledger/contracts';
import type { tripContracts } from '../package-trips/contracts';
import { ledgerContracts } from './contracts-ledger';

export type { Contract, FunctionName } from './contract';

// Every message zod writes (a field of the wrong type, an unknown key …) in Chinese, on both sides.
z.setErrorMap(chineseErrorMap);

const cadreArea = region.extend({ town: text('乡镇', 1, 20).optional() });

const session = z.object({
  userId: z.string(),
  roles: z.array(role),
  profile: workerProfile.nullable(),
  employer: z.object({ _id: docId, companyName: z.string(), status: employerStatus }).nullable(),
  cadre: cadreArea.nullable(),
  /** The area the caller answers for as a 人社局 admin. */
  admin: adminArea.nullable(),
});

const jobSearchInput = z
  .object({
    province: text('省份', 0, 20).optional(),
    city: text('城市', 0, 20).optional(),
    county: text('区县', 0, 20).optional(),
    category: jobCategory.optional(),
    /** Minimum monthly-equivalent pay in yuan. */
    minPayYuan: z.number().int().min(0).max(100000).optional(),
    benefits: z.array(benefit).max(8).optional(),
    payCycle: payCycle.optional(),
    keyword: text('关键词', 0, 20).optional(),
    sort: z.enum(['newest', 'pay', 'distance']).default('newest'),
    /** Needed for sort 'distance'; gives each card its distanceKm. */
    near: geoPoint.optional(),
    cursor,
    limit: pageLimit,
  })
  .strict()
  .refine((s) => s.sort !== 'distance' || s.near, {
    message: '按距离排序需要位置',
    path: ['near'],
  });

const myJob = jobCard.extend({
  status: jobStatus,
  validUntil: z.string(),
  applicantCount: z.number().int(),
  newApplicantCount: z.number().int(),
});

const pendingItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('employer'),
    employer: employerView,
    /** What msgSecCheck found in the name or intro, marked in the text. */
    flags: z.array(reviewFlag),
  }),
  z.object({
    kind: z.literal('job'),
    /** Held (reviewing: 通过/不通过) or live with a flag (published: 保留岗位/下架). */
    job: jobCard.extend({ status: jobStatus, flags: z.array(reviewFlag) }),
  }),
  z.object({
    kind: z.literal('report'),
    report: z.object({
      _id: docId,
      jobId: docId,
      jobTitle: z.string(),
      companyName: z.string(),
      /** The company, to open its 单位档案 (absent when the post was deleted). */
      employerId: docId.optional(),
      /** Whether the post is still up (招聘中) when the admin decides. */
      jobStatus: jobStatus.optional(),
      reason: reportReason,
      details: z.string().optional(),
      createdAt: epochMs,
    }),
  }),
]);

/** A sign-up of mine with its fair (fair.mySignups, me.overview). */
const mySignupItem = signupView.extend({ fair: fairCard });

const fairStats = z.object({
  slots: z.array(
    z.object({
      slotId: z.string(),
      label: z.string(),
      capacity: z.number().int(),
      signedUp: z.number().int(),
      checkedIn: z.number().int(),
    }),
  ),
  inviters: z.array(z.object({ label: z.string(), count: z.number().int() })),
  totals: z.object({
    signedUp: z.number().int(),
    checkedIn: z.number().int(),
    proxy: z.number().int(),
    agreements: z.number().int(),
  }),
  agreements: z.array(
    z.object({
      _id: docId,
      workerName: z.string(),
      jobTitle: z.string(),
      companyName: z.string(),
      createdAt: epochMs,
    }),
  ),
});

/** Every action: its hosting function, its input and its output. One source of truth. */
export const contracts = {
  // accounts
  'account.login': {
    fn: 'accounts',
    kind: 'write',
    idempotent: true,
    input: none,
    output: session,
  },
  'account.updateProfile': {
    fn: 'accounts',
    kind: 'write',
    idempotent: true,
    input: workerProfile,
    output: z.object({ profile: workerProfile }),
  },
  'employer.register': {
    fn: 'accounts',
    kind: 'write',
    idempotent: false,
    input: employerInput,
    output: z.object({ employer: employerView }),
  },
  'employer.mine': { fn: 'accounts', kind: 'read', input: none, output: employerView.nullable() },
  'cadre.redeemInvite': {
    fn: 'accounts',
    kind: 'write',
    idempotent: false,
    input: z
      .object({
        code: z
          .string()
          .trim()
          .regex(/^[A-Z0-9]{6,12}$/i, '邀请码不对'),
      })
      .strict(),
    output: z.object({ roles: z.array(role), cadre: cadreArea }),
  },
  'admin.createCadreInvite': {
    fn: 'accounts',
    kind: 'write',
    idempotent: false,
    input: z.object({ area: cadreArea, note: text('备注', 0, 50).optional() }).strict(),
    output: z.object({ code: z.string(), expiresAt: epochMs }),
  },
  'admin.verifyEmployer': {
    fn: 'accounts',
    kind: 'write',
    idempotent: false,
    input: z
      .object({ employerId: docId, approve: z.boolean(), reason: text('原因', 0, 100).optional() })
      .strict(),
    output: z.object({ status: employerStatus }),
  },
  'admin.listPending': {
    fn: 'accounts',
    kind: 'read',
    input: z.object({ kind: z.enum(['employers', 'jobs', 'reports']), cursor }).strict(),
    output: page(pendingItem),
  },

  // jobs
  'job.create': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: jobInput,
    output: z.object({ jobId: docId, status: jobStatus }),
  },
  'job.update': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: jobFields.extend({ jobId: docId }).superRefine(addPostRuleIssues),
    output: z.object({ status: jobStatus }),
  },
  'job.setStatus': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: z
      .object({ jobId: docId, status: z.enum(['published', 'paused', 'filled', 'closed']) })
      .strict(),
    output: z.object({ status: jobStatus }),
  },
  'job.search': { fn: 'jobs', kind: 'read', input: jobSearchInput, output: page(jobCard) },
  'job.recommend': {
    fn: 'jobs',
    kind: 'read',
    input: z.object({ near: geoPoint.optional(), cursor, limit: pageLimit }).strict(),
    output: page(jobCard),
  },
  'job.get': {
    fn: 'jobs',
    kind: 'read',
    input: z.object({ jobId: docId }).strict(),
    output: jobDetail,
  },
  'job.listMine': {
    fn: 'jobs',
    kind: 'read',
    input: z.object({ status: jobStatus.optional(), cursor }).strict(),
    output: page(myJob),
  },
  'job.apply': {
    fn: 'jobs',
    kind: 'write',
    idempotent: true,
    input: z.object({ jobId: docId }).strict(),
    output: z.object({ applicationId: docId, status: applicationStatus }),
  },
  'admin.reviewJob': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: z
      .object({ jobId: docId, approve: z.boolean(), reason: text('原因', 0, 100).optional() })
      .strict(),
    output: z.object({ status: jobStatus }),
  },
  'report.create': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: reportInput,
    output: z.object({ reportId: docId }),
  },
  /** The caller's reports, newest first, each with the 人社局's outcome once decided. */
  'report.mine': {
    fn: 'jobs',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(myReport),
  },
  /** 下架 / 警告 / 查无问题 with a word the reporter reads; by the admin of the company's area. */
  'admin.resolveReport': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: reportResolution,
    output: z.object({ outcome: reportOutcome, jobStatus }),
  },
  'application.listMine': {
    fn: 'jobs',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(myApplication),
  },
  'application.withdraw': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: z.object({ applicationId: docId }).strict(),
    output: z.object({ status: applicationStatus }),
  },
  /** The post's applicants; a withdrawn application is not listed (nor can it be asked for). */
  'application.listForJob': {
    fn: 'jobs',
    kind: 'read',
    input: z
      .object({
        jobId: docId,
        status: z
          .enum(['applied', 'viewed', 'interview', 'hired', 'rejected'], {
            errorMap: () => ({ message: '请选择报名状态' }),
          })
          .optional(),
        cursor,
      })
      .strict(),
    output: page(applicant),
  },
  /** 已查看 / 已录用 / 不合适; an interview goes through application.inviteInterview. */
  'application.setStatus': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: z
      .object({
        applicationId: docId,
        status: z.enum(['viewed', 'hired', 'rejected'], {
          errorMap: () => ({ message: '请选择报名状态' }),
        }),
      })
      .strict(),
    output: z.object({ status: applicationStatus, notified: z.boolean() }),
  },
  /** 邀约面试 with time, place and a note (again: a new time); the worker is told. */
  'application.inviteInterview': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: interviewInput,
    output: z.object({ status: applicationStatus, notified: z.boolean() }),
  },
  /** The worker answers an invitation: 我会去 / 想换个时间. */
  'application.answerInterview': {
    fn: 'jobs',
    kind: 'write',
    idempotent: false,
    input: interviewAnswerInput,
    output: z.object({ interview: interviewView }),
  },

  // fairs
  'fair.create': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: fairInput,
    output: z.object({ fairId: docId, inviteCode: z.string() }),
  },
  'fair.update': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: fairInput.extend({ fairId: docId, rev: fairRev }),
    /** The fair's new rev, for a further edit from the same form. */
    output: z.object({ rev: z.number().int() }),
  },
  'fair.cancel': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: z.object({ fairId: docId, reason: text('取消原因', 2, 100) }).strict(),
    output: z.object({ notified: z.number().int() }),
  },
  'fair.list': {
    fn: 'fairs',
    kind: 'read',
    input: z
      .object({
        county: text('区县', 0, 20).optional(),
        near: geoPoint.optional(),
        /** Without county or near: the caller's home county (their 求职意向), if they gave one. */
        home: z.boolean().optional(),
        /** Only the fairs the calling cadre manages, past ones included. */
        mine: z.boolean().optional(),
        cursor,
      })
      .strict(),
    output: page(fairCard),
  },
  'fair.get': {
    fn: 'fairs',
    kind: 'read',
    input: z.union([
      z.object({ fairId: docId }).strict(),
      z.object({ inviteCode: z.string().regex(/^[A-Z0-9]{4,8}$/, '邀请码不对') }).strict(),
    ]),
    output: fairDetail,
  },
  'fair.join': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: z.object({ fairId: docId, jobIds: z.array(docId).max(30) }).strict(),
    output: done,
  },
  'fair.signUp': {
    fn: 'fairs',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        fairId: docId,
        slotId: z.string().regex(/^[a-z0-9]{1,12}$/, '请选择时段'),
        name: text('姓名', 1, 20),
        phone: z.string().regex(/^1[3-9]\d{9}$/, '请填写11位手机号'),
        inviter: inviter.default({ type: 'direct' }),
      })
      .strict(),
    output: signupView,
  },
  'fair.cancelSignUp': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: z.object({ signupId: docId }).strict(),
    output: z.object({ status: signupStatus }),
  },
  'fair.mySignups': {
    fn: 'fairs',
    kind: 'read',
    input: z.object({ cursor }).strict(),
    output: page(mySignupItem),
  },
  /**
   * 我的 in one answer: the first page of my applications (application.listMine) and of my fair
   * sign-ups (fair.mySignups), so the tab needs one call once the session is kept on the phone.
   */
  'me.overview': {
    fn: 'fairs',
    kind: 'read',
    input: none,
    output: z.object({ applications: page(myApplication), signups: page(mySignupItem) }),
  },
  /** One of my sign-ups, with the fair's place for the map (the 签到码 page). */
  'fair.mySignup': {
    fn: 'fairs',
    kind: 'read',
    input: z.object({ signupId: docId }).strict(),
    output: signupView.extend({ fair: fairCard.extend({ location: geoPoint }) }),
  },
  'fair.proxySignUp': {
    fn: 'fairs',
    kind: 'write',
    idempotent: false,
    input: proxySignupInput,
    output: proxySignupView,
  },
  /** The people signed up, for the cadres of the fair: by slot, or found by name / phone tail. */
  'fair.listSignups': {
    fn: 'fairs',
    kind: 'read',
    input: z
      .object({
        fairId: docId,
        slotId: z.string().max(12).optional(),
        /** A name (or its start), or the last 4 digits of the phone. */
        q: text('姓名或手机尾号', 1, 20).optional(),
        cursor,
      })
      .strict(),
    output: page(signupRow),
  },
  /** The people at the fair, for a participating employer: masked, no codes; `code` finds one. */
  'fair.attendees': {
    fn: 'fairs',
    kind: 'read',
    input: z
      .object({
        fairId: docId,
        /** The check-in code the person shows at the employer's table. */
        code: z.string().trim().min(1).max(64).optional(),
        cursor,
      })
      .strict(),
    output: page(attendee),
  },
  /** Check-in at the gate: by the scanned or typed code, or (by name) the sign-up itself. */
  'fair.checkIn': {
    fn: 'fairs',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        fairId: docId,
        code: z.string().trim().min(1, '请扫签到码').max(64).optional(),
        /** Chosen by name on the gate page or in 报名情况. */
        signupId: docId.optional(),
      })
      .strict()
      .refine((x) => (x.code === undefined) !== (x.signupId === undefined), {
        message: '请扫签到码',
        path: ['code'],
      }),
    output: z.object({ signup: signupRow, alreadyCheckedIn: z.boolean() }),
  },
  'fair.recordAgreement': {
    fn: 'fairs',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        fairId: docId,
        signupId: docId,
        jobId: docId,
        note: text('备注', 0, 100).optional(),
      })
      .strict(),
    output: z.object({ agreementId: docId }),
  },
  'fair.stats': {
    fn: 'fairs',
    kind: 'read',
    input: z.object({ fairId: docId }).strict(),
    output: fairStats,
  },
  'fair.exportLedger': {
    fn: 'fairs',
    kind: 'read',
    input: z.object({ fairId: docId }).strict(),
    output: z.object({
      fileName: z.string(),
      /** Names, full phones and villages of everyone signed up. */
      csv: seenBy(['fairCadre'], z.string()),
      rows: z.number().int(),
    }),
  },
  'fair.invitePoster': {
    fn: 'fairs',
    kind: 'read',
    input: z.object({ fairId: docId }).strict(),
    output: z.object({ scene: z.string().max(32), page: z.string(), imageBase64: z.string() }),
  },

  ...ledgerContracts,
} satisfies Record<string, Contract>;

/**
 * Every action's contract, as a type: the main package's map above and the maps the subpackages
 * load themselves (type imports only, so the main package never requires a subpackage file).
 * The server, tools and tests take the whole map at run time from `contracts-all.ts`.
 */
export type Contracts = typeof contracts &
  typeof tripContracts &
  typeof adminContracts &
  typeof cadreContracts &
  typeof ledgerPackageContracts;
export type ActionName = keyof Contracts;
/** What a caller sends (defaults may be left out). */
export type ActionInput<A extends ActionName> = z.input<Contracts[A]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<A extends ActionName> = z.output<Contracts[A]['input']>;
export type ActionOutput<A extends ActionName> = z.output<Contracts[A]['output']>;

/** The contracts of the main package's actions (a subpackage's own actions are not among them). */
export type MainContracts = typeof contracts;
