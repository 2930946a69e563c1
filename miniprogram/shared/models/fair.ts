import { z } from 'zod';
import { fairStatus, signupStatus, type FairStatus, type SignupStatus } from '../catalog/statuses';
import type { DayString } from '../time';
import { clock, day, docId, epochMs, geoPoint, region, text } from './common';
import { jobCard } from './job';
import { maskedPhone, seenBy } from './privacy';
import { ownPerson, proxyPerson, rosterPerson } from './roster';

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
    description: text('说明', 0, 500, { lines: true }).optional(),
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
  /** The cadre's reason, when the fair was called off (台风…): said first wherever it shows. */
  cancelReason: z.string().optional(),
  seatsLeft: z.number().int(),
  employerCount: z.number().int(),
  distanceKm: z.number().optional(),
  /** The caller (a worker) has a sign-up here that still stands: the card says 已报名. */
  signedUp: z.boolean().optional(),
  /** The caller's company takes part: 参加招聘会 says 已参加. */
  joined: z.boolean().optional(),
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
  cancelReason: z.string().optional(),
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
const inviterId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, '邀请人不对，请重新打开分享给您的招聘会');
export const inviter = z.discriminatedUnion('type', [
  z.object({ type: z.literal('share'), userId: inviterId }).strict(),
  z.object({ type: z.literal('poster'), userId: inviterId.optional() }).strict(),
  z.object({ type: z.literal('cadre'), userId: inviterId }).strict(),
  z.object({ type: z.literal('direct') }).strict(),
]);
export type Inviter = z.infer<typeof inviter>;

const checkInCode = z.string().regex(/^\d{6}$/);

/** A sign-up as its own person sees it (fair.signUp, 我的, the 签到码 page, the fair page). */
export const signupView = z.object({
  _id: docId,
  fairId: docId,
  slotId: z.string(),
  slotLabel: z.string(),
  ...ownPerson(signupStatus),
  /**
   * Shown large and as a QR code at the gate; only while it can still be used there (the phase is
   * 'upcoming'): a cancelled sign-up, a cancelled or finished fair hand out no code.
   */
  checkInCode: seenBy(['self'], checkInCode).optional(),
  createdAt: epochMs,
  checkedInAt: epochMs.optional(),
});
export type SignupView = z.infer<typeof signupView>;

/**
 * A sign-up as the cadres of its fair see it (报名情况, the gate): the full phone to call, or
 * `noPhone` when the villager has none and the cadre is the contact. No code: the person shows it.
 */
export const signupRow = z.object({
  _id: docId,
  fairId: docId,
  slotId: z.string(),
  slotLabel: z.string(),
  ...rosterPerson('fairCadre', signupStatus),
  createdAt: epochMs,
  checkedInAt: epochMs.optional(),
});
export type SignupRow = z.infer<typeof signupRow>;

/** What 代登记 answers: the row and the code the cadre gives the villager (on paper, by voice). */
export const proxySignupView = signupRow.extend({
  checkInCode: seenBy(['fairCadre'], checkInCode),
});

/** A person at the fair as a participating employer sees them, to record 达成意向 at its table. */
export const attendee = z.object({
  _id: docId,
  name: z.string(),
  village: z.string().optional(),
  slotLabel: z.string(),
  status: signupStatus,
  phone: maskedPhone,
});
export type Attendee = z.infer<typeof attendee>;

/**
 * What a sign-up means now, for its person: still to go ('upcoming', the code works at the gate),
 * been there ('checkedIn'), called off by them ('cancelled'), called off by the cadre
 * ('fairCancelled', the reason comes first), or the fair is over ('fairOver').
 */
export type SignupPhase = 'upcoming' | 'checkedIn' | 'cancelled' | 'fairCancelled' | 'fairOver';

export function signupPhase(
  status: SignupStatus,
  fair: { status: FairStatus; day: string },
  today: DayString,
): SignupPhase {
  if (status === 'cancelled') return 'cancelled';
  if (fair.status === 'cancelled') return 'fairCancelled';
  if (status === 'checkedIn') return 'checkedIn';
  if (fair.status === 'finished' || fair.day < today) return 'fairOver';
  return 'upcoming';
}

/**
 * 代登记: a cadre registers a villager who has no smartphone: with the phone of the family (one
 * phone may register several people), or with no phone at all (the cadre is the contact). The
 * ID-card tail tells apart two people of the same name in one village without a phone.
 */
export const proxySignupInput = z
  .object({
    fairId: docId,
    slotId: z.string().regex(/^[a-z0-9]{1,12}$/, '请选择时段'),
    ...proxyPerson,
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
