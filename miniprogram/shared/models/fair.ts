import { z } from 'zod';
import { fairStatus, signupStatus } from '../catalog/statuses';
import { clock, day, docId, epochMs, geoPoint, mobile, region, text } from './common';
import { jobCard } from './job';

export const MAX_SLOTS = 12;
export const MAX_SLOT_CAPACITY = 2000;

export const slotInput = z
  .object({
    /** Kept when an existing slot is edited; a new slot has none. */
    id: z
      .string()
      .regex(/^[a-z0-9]{1,12}$/)
      .optional(),
    start: clock,
    end: clock,
    capacity: z
      .number({ required_error: '请填写人数', invalid_type_error: '请填写人数' })
      .int('人数请填整数')
      .min(1, '每个时段至少1人')
      .max(MAX_SLOT_CAPACITY, `每个时段最多${MAX_SLOT_CAPACITY}人`),
  })
  .strict()
  .refine((s) => s.start < s.end, { message: '结束时间要晚于开始时间', path: ['end'] });
export type SlotInput = z.infer<typeof slotInput>;

export const fairEmployerInput = z
  .object({ employerId: docId, jobIds: z.array(docId).max(30, '每家单位最多带30个岗位') })
  .strict();

/** What a cadre fills in to create or edit a fair (院坝招聘会). */
export const fairInput = z
  .object({
    title: text('招聘会名称', 2, 30),
    region,
    town: text('乡镇', 1, 20).optional(),
    village: text('村', 1, 20),
    address: text('地点', 2, 100),
    location: geoPoint,
    day,
    slots: z
      .array(slotInput)
      .min(1, '请至少设一个时段')
      .max(MAX_SLOTS, `时段最多${MAX_SLOTS}个`)
      .refine(
        (slots) => {
          const sorted = [...slots].sort((a, b) => (a.start < b.start ? -1 : 1));
          return sorted.every((s, i) => i === 0 || (sorted[i - 1]?.end ?? '') <= s.start);
        },
        { message: '时段不能重叠' },
      ),
    employers: z.array(fairEmployerInput).max(100, '参会单位最多100家').default([]),
    description: text('说明', 0, 500).optional(),
  })
  .strict();
export type FairInput = z.infer<typeof fairInput>;

const STALE_FORM = '页面太旧了，请刷新后再改';

/**
 * The fair's revision (`rev` of fair.get) an edit was made against: fair.update is refused with
 * CONFLICT when the fair changed since (an employer joined, another cadre saved).
 */
export const fairRev = z
  .number({ required_error: STALE_FORM, invalid_type_error: STALE_FORM })
  .int(STALE_FORM)
  .min(0, STALE_FORM);

export const slotView = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
});
export type SlotView = z.infer<typeof slotView>;

/** A fair in a list. */
export const fairCard = z.object({
  _id: docId,
  title: z.string(),
  day: z.string(),
  county: z.string(),
  village: z.string(),
  address: z.string(),
  status: fairStatus,
  seatsLeft: z.number().int(),
  employerCount: z.number().int(),
  distanceKm: z.number().optional(),
});
export type FairCard = z.infer<typeof fairCard>;

/** A fair with everything its page shows. */
export const fairDetail = z.object({
  _id: docId,
  title: z.string(),
  region,
  town: z.string().optional(),
  village: z.string(),
  address: z.string(),
  location: geoPoint,
  day: z.string(),
  description: z.string().optional(),
  status: fairStatus,
  inviteCode: z.string(),
  /** Bumped on every change of the fair; an edit sends back the rev it was made against. */
  rev: z.number().int().min(0),
  slots: z.array(slotView),
  employers: z.array(
    z.object({
      employerId: docId,
      companyName: z.string(),
      verified: z.boolean(),
      jobs: z.array(jobCard),
    }),
  ),
  /** The caller's own sign-up, if any. */
  mySignup: z.lazy(() => signupView).nullable(),
  /** True when the caller is a cadre who may manage this fair. */
  canManage: z.boolean(),
});
export type FairDetail = z.infer<typeof fairDetail>;

/** Who brought a person to a fair. */
export const inviter = z.discriminatedUnion('type', [
  z.object({ type: z.literal('share'), userId: z.string().max(32) }).strict(),
  z.object({ type: z.literal('poster'), userId: z.string().max(32).optional() }).strict(),
  z.object({ type: z.literal('cadre'), userId: z.string().max(32) }).strict(),
  z.object({ type: z.literal('direct') }).strict(),
]);
export type Inviter = z.infer<typeof inviter>;

export const signupView = z.object({
  _id: docId,
  fairId: docId,
  slotId: z.string(),
  slotLabel: z.string(),
  name: z.string(),
  /** Masked unless the caller is the person or a cadre of the fair. */
  phone: z.string(),
  village: z.string().optional(),
  status: signupStatus,
  /** Shown large and as a QR code at the gate. */
  checkInCode: z.string(),
  createdAt: epochMs,
  checkedInAt: epochMs.optional(),
});
export type SignupView = z.infer<typeof signupView>;

/** 代登记: a cadre registers a villager who has no smartphone. */
export const proxySignupInput = z
  .object({
    fairId: docId,
    slotId: z.string().regex(/^[a-z0-9]{1,12}$/, '请选择时段'),
    name: text('姓名', 1, 20),
    phone: mobile,
    village: text('村', 1, 20),
  })
  .strict();

/**
 * What a sign-up's QR code carries at the gate: `XP:<inviteCode>:<checkInCode>`, so a code of
 * another fair is told apart. The bare 6-digit check-in code, typed by hand, is accepted too.
 */
export function checkInQrText(inviteCode: string, checkInCode: string): string {
  return `XP:${inviteCode}:${checkInCode}`;
}

/** Reads a scanned QR text or a code typed by hand (spaces and dashes ignored); null if neither. */
export function parseCheckInText(raw: string): { inviteCode?: string; checkInCode: string } | null {
  const text = raw.trim().toUpperCase();
  const qr = /^XP:([A-Z0-9]{4,8}):(\d{6})$/.exec(text);
  if (qr) return { inviteCode: qr[1] as string, checkInCode: qr[2] as string };
  const typed = text.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(typed) ? { checkInCode: typed } : null;
}
