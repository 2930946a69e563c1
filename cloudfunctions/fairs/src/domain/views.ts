import { cancelReasonOf } from '../../../../server/views';
import {
  chinaDay,
  maskPhone,
  signupPhase,
  type Attendee,
  type FairCard,
  type SignupRow,
  type SignupView,
} from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';

export const slotDocId = (fairId: string, slotId: string): string => `${fairId}-${slotId}`;

export const slotLabel = (slot: { start: string; end: string } | undefined): string =>
  slot ? `${slot.start}-${slot.end}` : '';

/** What every full view of a sign-up shows: who, when, which slot, where it stands. */
function signupBase(doc: FairSignupDoc, slot: { start: string; end: string } | undefined) {
  return {
    _id: doc._id,
    fairId: doc.fairId,
    slotId: doc.slotId,
    slotLabel: slotLabel(slot),
    name: doc.name,
    phone: doc.phone,
    status: doc.status,
    createdAt: doc.createdAt,
    ...(doc.village ? { village: doc.village } : {}),
    ...(doc.checkedInAt ? { checkedInAt: doc.checkedInAt } : {}),
  };
}

/**
 * A sign-up as its own person sees it: their phone, and the check-in code only while it can be
 * used at the gate (signed, the fair neither cancelled nor over).
 */
export function signupView(
  doc: FairSignupDoc,
  slot: { start: string; end: string } | undefined,
  fair: Pick<FairDoc, 'status' | 'day'>,
  now: number,
): SignupView {
  const usable = signupPhase(doc.status, fair, chinaDay(now)) === 'upcoming';
  return { ...signupBase(doc, slot), ...(usable ? { checkInCode: doc.checkInCode } : {}) };
}

/** A sign-up as the cadres of its fair see it: full phone (or none), no code. */
export function signupRow(
  doc: FairSignupDoc,
  slot: { start: string; end: string } | undefined,
): SignupRow {
  return {
    ...signupBase(doc, slot),
    proxy: doc.proxy,
    ...(doc.phone ? {} : { noPhone: true as const }),
  };
}

/** A person at the fair as a participating employer sees them: masked phone, no code. */
export function attendeeView(
  doc: FairSignupDoc,
  slot: { start: string; end: string } | undefined,
): Attendee {
  return {
    _id: doc._id,
    name: doc.name,
    ...(doc.village ? { village: doc.village } : {}),
    slotLabel: slotLabel(slot),
    status: doc.status,
    phone: doc.phone ? maskPhone(doc.phone) : '',
  };
}

export async function slotsOf(ctx: Ctx, fairIds: string[]): Promise<FairSlotDoc[]> {
  if (fairIds.length === 0) return [];
  const _ = ctx.store.command;
  const slots = await ctx.store.find<FairSlotDoc>(
    COLLECTIONS.fairSlots,
    { fairId: fairIds.length === 1 ? fairIds[0] : _.in(fairIds) },
    { limit: 1000 },
  );
  return slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export function fairCard(fair: FairDoc, slots: FairSlotDoc[], distanceKm?: number): FairCard {
  const card: FairCard = {
    _id: fair._id,
    title: fair.title,
    day: fair.day,
    county: fair.region.county,
    village: fair.village,
    address: fair.address,
    status: fair.status,
    ...cancelReasonOf(fair),
    seatsLeft: slots
      .filter((s) => s.fairId === fair._id)
      .reduce((n, s) => n + Math.max(0, s.seatsLeft), 0),
    employerCount: fair.employers.length,
  };
  if (distanceKm !== undefined) card.distanceKm = distanceKm;
  return card;
}

export async function fairCards(
  ctx: Ctx,
  fairs: FairDoc[],
  distanceOf?: (f: FairDoc) => number,
): Promise<FairCard[]> {
  const ids = fairs.map((f) => f._id);
  const slots = await slotsOf(ctx, ids);
  const signedUp = await signedUpFairs(ctx, ids);
  const employerId = ctx.employer?._id;
  return fairs.map((f) => {
    const card = fairCard(f, slots, distanceOf?.(f));
    if (signedUp.has(f._id)) card.signedUp = true;
    if (employerId && f.employers.some((e) => e.employerId === employerId)) card.joined = true;
    return card;
  });
}

/** Of these fairs, those where the caller has a sign-up that still stands. */
async function signedUpFairs(ctx: Ctx, fairIds: string[]): Promise<Set<string>> {
  if (!ctx.user || fairIds.length === 0) return new Set();
  const _ = ctx.store.command;
  const rows = await ctx.store.find<Pick<FairSignupDoc, 'fairId'>>(
    COLLECTIONS.fairSignups,
    { fairId: _.in(fairIds), workerOpenid: ctx.openid, status: _.neq('cancelled') },
    { limit: 1000, fields: { fairId: true } },
  );
  return new Set(rows.map((r) => r.fairId));
}
