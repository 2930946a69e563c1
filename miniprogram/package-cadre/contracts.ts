import { z } from 'zod';
import { situation, visitKind, publicJobStatus, publicJobStep } from '../shared/catalog/workforce';
import { cursor, day, docId, page, text } from '../shared/models/common';
import { seenBy } from '../shared/models/privacy';
import {
  ledgerMatches,
  ledgerPerson,
  ledgerPersonInput,
  ledgerRow,
  ledgerVisit,
  month,
  publicJobApplicant,
  publicJobCard,
  publicJobInput,
  timelineItem,
  villageCount,
} from '../shared/models/workforce';
import { done, type Contract } from '../shared/contract';

const personId = z.object({ personId: docId }).strict();
const town = text('乡镇', 1, 20).optional();
const csvFile = z.object({
  fileName: z.string(),
  /** Names, phones, 重点人群 of the area's people: for its cadres and admins only. */
  csv: seenBy(['areaCadre'], z.string()),
  rows: z.number().int(),
});

/**
 * The cadre's side of 劳动力台账 (`ledger.*`) and 公益性岗位 (`publicJob.*`), hosted by the
 * `workforce` function; the pages in this subpackage call them through lib/cloud.ts. The worker's
 * own record is in package-ledger/contracts.ts, what both call in shared/contracts-ledger.ts.
 * Rights: server/rights.ts (RIGHTS and WORKFORCE_RULES).
 */
export const cadreContracts = {
  /** Records a person, or updates the one of the same name (and phone, or village) in the town. */
  'ledger.upsertPerson': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: ledgerPersonInput,
    output: z.object({ personId: docId, created: z.boolean() }),
  },
  /** Many people at once (a cadre's existing Excel ledger): each as ledger.upsertPerson. */
  'ledger.importPeople': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        people: z
          .array(ledgerPersonInput)
          .min(1, '请至少填一个人')
          .max(200, '一次最多导入200人，请分几次导入'),
      })
      .strict(),
    output: z.object({ created: z.number().int(), updated: z.number().int() }),
  },
  'ledger.list': {
    fn: 'workforce',
    kind: 'read',
    input: z
      .object({
        town,
        village: text('村', 1, 20).optional(),
        situation: situation.optional(),
        /** true: still looking; false: placed. */
        looking: z.boolean().optional(),
        focusOnly: z.boolean().optional(),
        deletionRequested: z.boolean().optional(),
        /** A name or its start. */
        q: text('姓名', 1, 20).optional(),
        cursor,
      })
      .strict(),
    output: page(ledgerRow),
  },
  /** Per village of the town: people, placed this month, still looking. */
  'ledger.villageCounts': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ town }).strict(),
    output: z.object({ month: z.string(), villages: z.array(villageCount) }),
  },
  'ledger.get': {
    fn: 'workforce',
    kind: 'read',
    input: personId,
    output: z.object({
      person: ledgerPerson,
      visits: z.array(ledgerVisit),
      timeline: z.array(timelineItem),
    }),
  },
  /** A visit or call, with what was said, the next step and when to come back. */
  'ledger.logVisit': {
    fn: 'workforce',
    kind: 'write',
    idempotent: false,
    input: z
      .object({
        personId: docId,
        kind: visitKind,
        day,
        visitNote: text('走访情况', 2, 300, { lines: true }),
        nextStep: text('下一步', 0, 100).optional(),
        remindOn: day.optional(),
      })
      .strict(),
    output: z.object({ visitId: docId }),
  },
  /** Who is due a visit this week (their reminder day is within seven days, or past). */
  'ledger.dueVisits': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ town, cursor }).strict(),
    output: page(ledgerRow),
  },
  /** Jobs (the workers' recommendation engine), fairs and trips that suit the person. */
  'ledger.matches': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ personId: docId, cursor }).strict(),
    output: ledgerMatches,
  },
  /** The ledger as CSV, in the columns a 人社 office uses. */
  'ledger.export': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ town, village: text('村', 1, 20).optional() }).strict(),
    output: csvFile,
  },
  /** Deletes a record and its visits (the worker asked, or the person moved away). */
  'ledger.remove': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: personId,
    output: done,
  },
  /** An admin's post is open at once; a cadre's waits for the admin (publicJob.approve). */
  'publicJob.create': {
    fn: 'workforce',
    kind: 'write',
    idempotent: false,
    input: publicJobInput,
    output: z.object({ publicJobId: docId, status: publicJobStatus }),
  },
  'publicJob.approve': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({ publicJobId: docId, approve: z.boolean(), reason: text('原因', 0, 100).optional() })
      .strict(),
    output: z.object({ status: publicJobStatus }),
  },
  /** The post; its applicants only for the area's cadres and admins. */
  'publicJob.get': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ publicJobId: docId }).strict(),
    output: z.object({ job: publicJobCard, applicants: z.array(publicJobApplicant) }),
  },
  /** One step: 村评议 → 公示 → 镇审核 → 县审批 → 上岗; approve false ends the application. */
  'publicJob.review': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        applicationId: docId,
        to: z.enum(['villageReviewed', 'noticed', 'townApproved', 'countyApproved', 'onDuty'], {
          errorMap: () => ({ message: '请选择办理步骤' }),
        }),
        approve: z.boolean(),
        note: text('意见', 0, 100).optional(),
      })
      .strict(),
    output: z.object({ step: publicJobStep, noticeUntil: z.string().optional() }),
  },
  /** The cadre confirms the days worked in a month, so the subsidy goes to people who work. */
  'publicJob.confirmAttendance': {
    fn: 'workforce',
    kind: 'write',
    idempotent: true,
    input: z
      .object({
        applicationId: docId,
        month,
        days: z
          .number({ required_error: '请填写出勤天数', invalid_type_error: '请填写出勤天数' })
          .int('天数请填整数')
          .min(0, '天数不能是负数')
          .max(31, '一个月最多31天'),
      })
      .strict(),
    output: z.object({ month: z.string(), days: z.number().int() }),
  },
  /** The post's roster (花名册) with the month's attendance, as CSV. */
  'publicJob.export': {
    fn: 'workforce',
    kind: 'read',
    input: z.object({ publicJobId: docId, month: month.optional() }).strict(),
    output: csvFile,
  },
} satisfies Record<string, Contract>;
