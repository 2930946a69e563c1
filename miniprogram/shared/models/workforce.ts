import { z } from 'zod';
import { jobCategory } from '../catalog/job-categories';
import { workArea } from '../catalog/statuses';
import {
  ageBand,
  focusGroup,
  placement,
  publicJobStatus,
  publicJobStep,
  residence,
  situation,
  visitKind,
} from '../catalog/workforce';
import { day, docId, epochMs, idTail, mobile, region, text, yuan } from './common';
import { jobCard } from './job';
import { formatDay } from '../time';
import { seenBy } from './privacy';
import { skillList, wantedCities } from './worker-profile';

// 劳动力台账 (the cadre's labour ledger) and 公益性岗位. 重点人群 and visit notes are personal: each
// output declares them `seenBy` the area's cadres (and the person), and no employer-facing or
// public output carries them (test/functions/privacy-sweep.test.ts).

/** A month, 'YYYY-MM'. */
export const month = z
  .string({ required_error: '请选择月份', invalid_type_error: '请选择月份' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份不对，请重新选择');

/** Where the person is on the ledger: the county (region), the town and the village. */
export const ledgerPlace = z
  .object({ region, town: text('乡镇', 1, 20), village: text('村', 1, 20) })
  .strict();

/** A placement: how and on which day. */
export const placementInput = z.object({ how: placement, day }).strict();

/** What a cadre records of a person (代登记 of a villager, with or without a phone). */
export const ledgerPersonInput = ledgerPlace
  .extend({
    /** Present when editing; without it a person of the same name (and phone) is found and updated. */
    personId: docId.optional(),
    name: text('姓名', 1, 20),
    phone: mobile.optional(),
    /** Tells two people of one name in one village apart. */
    idTail: idTail.optional(),
    ageBand,
    situation,
    workArea,
    cities: wantedCities,
    categories: z.array(jobCategory).max(5, '工种最多选5个').default([]),
    expectedPayYuan: yuan.optional(),
    availableFrom: day.optional(),
    skills: skillList,
    /** Only with the person's consent (focusConsent). */
    focusGroup: focusGroup.optional(),
    /** The person agreed (in person or by phone) that the 重点人群 category is recorded. */
    focusConsent: z.boolean().default(false),
    /** Placed (with the day), or null to set them back to still looking. */
    placed: placementInput.nullable().optional(),
  })
  .strict()
  .refine((p) => !p.focusGroup || p.focusConsent, {
    message: '重点人群要本人同意才能登记，请先问过本人',
    path: ['focusConsent'],
  })
  .refine((p) => p.workArea !== 'cities' || p.cities.length > 0, {
    message: '请选择想去的城市',
    path: ['cities'],
  });
export type LedgerPersonInput = z.infer<typeof ledgerPersonInput>;

const placedView = z.object({ how: placement, day: z.string() });

/** A row of the ledger list, for the area's cadres and admins. */
export const ledgerRow = z.object({
  _id: docId,
  name: z.string(),
  town: z.string(),
  village: z.string(),
  phone: seenBy(['self', 'areaCadre'], z.string()),
  ageBand,
  situation,
  categories: z.array(jobCategory),
  focusGroup: seenBy(['self', 'areaCadre'], focusGroup).optional(),
  placed: placedView.nullable(),
  /** The worker linked their own 求职意向 to this record. */
  linked: z.boolean(),
  /** The worker asked for the record to be deleted. */
  deletionRequested: z.boolean(),
  lastVisitDay: z.string().optional(),
  nextVisitDay: z.string().optional(),
  updatedAt: epochMs,
});
export type LedgerRow = z.infer<typeof ledgerRow>;

/** One person's whole record, for the area's cadres and admins. */
export const ledgerPerson = ledgerRow.extend({
  region,
  idTail: seenBy(['self', 'areaCadre'], z.string()).optional(),
  workArea,
  cities: z.array(z.string()),
  expectedPayYuan: z.number().int().optional(),
  availableFrom: z.string().optional(),
  skills: z.array(z.string()),
  focusConsentAt: epochMs.optional(),
  createdAt: epochMs,
});
export type LedgerPerson = z.infer<typeof ledgerPerson>;

/** A 走访记录: personal (what was said at someone's home). */
export const ledgerVisit = z.object({
  _id: docId,
  kind: visitKind,
  day: z.string(),
  visitNote: seenBy(['areaCadre'], z.string()),
  nextStep: seenBy(['areaCadre'], z.string()),
  remindOn: z.string().optional(),
  createdAt: epochMs,
});
export type LedgerVisit = z.infer<typeof ledgerVisit>;

export const TIMELINE_KINDS = [
  'visit',
  'fairSignup',
  'fairCheckIn',
  'fairAgreement',
  'application',
  'hired',
  'publicJob',
  'trip',
  'placed',
] as const;

/** What happened to the person in 乡聘, from the data already there (no notes: see `visits`). */
export const timelineItem = z.object({
  at: epochMs,
  kind: z.enum(TIMELINE_KINDS),
  /** '报名 庆荣村院坝招聘会' — what happened, in words. */
  title: z.string(),
  detail: z.string().optional(),
});
export type TimelineItem = z.infer<typeof timelineItem>;

/** An upcoming fair that suits the person (in their county), to sign them up (代登记). */
export const fairMatch = z.object({
  _id: docId,
  title: z.string(),
  day: z.string(),
  town: z.string().optional(),
  village: z.string(),
  address: z.string(),
});

/** A 返岗 trip that suits the person: filled in when trips land (issue 14). */
export const tripMatch = z.object({ _id: docId, title: z.string(), day: z.string() });

export const ledgerMatches = z.object({
  /** The recommendation engine workers get (job.recommend), with its plain reasons. */
  jobs: z.array(jobCard),
  jobsNextCursor: z.string().nullable(),
  fairs: z.array(fairMatch),
  trips: z.array(tripMatch),
});

/** Per village: how many people, how many placed this month, how many still looking. */
export const villageCount = z.object({
  village: z.string(),
  total: z.number().int(),
  placedThisMonth: z.number().int(),
  stillLooking: z.number().int(),
});

/** The record a cadre keeps of the calling worker, as the worker sees it. */
export const myLedgerRecord = z.object({
  _id: docId,
  town: z.string(),
  village: z.string(),
  name: z.string(),
  phone: seenBy(['self', 'areaCadre'], z.string()),
  situation,
  categories: z.array(jobCategory),
  focusGroup: seenBy(['self', 'areaCadre'], focusGroup).optional(),
  placed: placedView.nullable(),
  linked: z.boolean(),
  deletionRequested: z.boolean(),
  updatedAt: epochMs,
});

// 公益性岗位

export const publicJobEligibility = z
  .object({
    /** Empty: anyone of the area may apply; otherwise one of these 重点人群. */
    groups: z.array(focusGroup).max(5).default([]),
    residence: residence.default('town'),
    minAge: z.number().int().min(16, '年龄最小16岁').max(70).optional(),
    maxAge: z.number().int().min(16).max(75, '年龄最大75岁').optional(),
  })
  .strict()
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    message: '最小年龄不能大于最大年龄',
    path: ['maxAge'],
  });

export const publicJobInput = z
  .object({
    region,
    town: text('乡镇', 1, 20),
    /** For one village; left out for the whole town. */
    village: text('村', 1, 20).optional(),
    /** 保洁, 护林, 防疫协理员, 公路养护 … */
    position: text('岗位名称', 2, 20),
    duties: text('工作内容', 2, 300, { lines: true }),
    /** Monthly subsidy, whole yuan. */
    subsidyYuan: yuan.refine((y) => y > 0, '请填写每月补贴'),
    headcount: z
      .number({ required_error: '请填写人数', invalid_type_error: '请填写人数' })
      .int('人数请填整数')
      .min(1, '至少1人')
      .max(200, '最多200人'),
    eligibility: publicJobEligibility,
    applyUntil: day,
  })
  .strict();
export type PublicJobInput = z.infer<typeof publicJobInput>;

/** A 公益性岗位 as anyone sees it (no applicant in it). */
export const publicJobCard = z.object({
  _id: docId,
  region,
  town: z.string(),
  village: z.string().optional(),
  position: z.string(),
  duties: z.string(),
  subsidyYuan: z.number().int(),
  headcount: z.number().int(),
  onDuty: z.number().int(),
  eligibility: z.object({
    groups: z.array(focusGroup),
    residence,
    minAge: z.number().int().optional(),
    maxAge: z.number().int().optional(),
  }),
  applyUntil: z.string(),
  status: publicJobStatus,
  reviewNote: z.string().optional(),
  createdAt: epochMs,
});
export type PublicJobCard = z.infer<typeof publicJobCard>;

/** What every list of 公益性岗位 says of a post: the position, where, the subsidy, until when. */
export function publicJobLine(j: PublicJobCard) {
  return {
    id: j._id,
    position: j.position,
    place: j.village ? `${j.town} ${j.village}` : j.town,
    subsidy: `每月${j.subsidyYuan}元`,
    until: `${formatDay(j.applyUntil)}截止`,
  };
}

/** An application as the area's cadres and admins see it. */
export const publicJobApplicant = z.object({
  _id: docId,
  personId: docId,
  name: z.string(),
  village: z.string(),
  focusGroup: seenBy(['areaCadre'], focusGroup).optional(),
  step: publicJobStep,
  history: z.array(
    z.object({
      step: publicJobStep,
      at: epochMs,
      note: seenBy(['areaCadre'], z.string()).optional(),
    }),
  ),
  noticeUntil: z.string().optional(),
  onDutyFrom: z.string().optional(),
  /** Confirmed days worked, per month ('YYYY-MM'). */
  attendance: z.array(z.object({ month: z.string(), days: z.number().int() })),
});
export type PublicJobApplicant = z.infer<typeof publicJobApplicant>;

/** A name as public notices show it: 张*明, 李*. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The 公示 of a post: who is proposed, names partly masked, as public notices are. */
export const publicJobNotice = z.object({
  position: z.string(),
  town: z.string(),
  village: z.string().optional(),
  subsidyYuan: z.number().int(),
  people: z.array(
    z.object({
      maskedName: z.string(),
      village: z.string(),
      noticeFrom: z.string(),
      noticeUntil: z.string(),
    }),
  ),
});
