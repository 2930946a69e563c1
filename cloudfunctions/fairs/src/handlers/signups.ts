import { chinaTime, DomainError, type Inviter } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { crashPoint } from '../../../../server/crash-point';
import { isDuplicateKey } from '../../../../server/db';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../../../../server/cursor';
import type { Handler } from '../../../../server/router';
import { latLngOf } from '../../../../server/views';
import { canManage, loadFair, loadManagedFair, requireOpen } from '../domain/access';
import { newCheckInCode, parseCheckIn } from '../domain/codes';
import { normalName, personKeyOf, phoneTailOf } from '../../../../server/person-key';
import { attendeeView, fairCard, signupRow, signupView, slotDocId, slotsOf } from '../domain/views';

interface Registration {
  slotId: string;
  personKey: string;
  name: string;
  phone: string;
  village?: string;
  inviter: Inviter;
  /** A worker signing up from their own account. */
  workerOpenid?: string;
  /** The cadre registering someone (代登记). */
  proxyBy?: string;
}

async function takeSeat(ctx: Ctx, fairId: string, slotId: string): Promise<boolean> {
  const _ = ctx.store.command;
  const n = await ctx.store.update(
    COLLECTIONS.fairSlots,
    { _id: slotDocId(fairId, slotId), seatsLeft: _.gt(0) },
    { seatsLeft: _.inc(-1), touchedAt: ctx.now },
  );
  return n === 1;
}

async function giveSeatBack(ctx: Ctx, fairId: string, slotId: string): Promise<void> {
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.fairSlots,
    { _id: slotDocId(fairId, slotId) },
    { seatsLeft: _.inc(1), touchedAt: ctx.now },
  );
}

const findPerson = (ctx: Ctx, fairId: string, personKey: string) =>
  ctx.store.findOne<FairSignupDoc>(COLLECTIONS.fairSignups, { fairId, personKey });

/**
 * The person is signed up already (`existing` is active). A retry of one's own sign-up gets it
 * back; a worker whose cadre registered them claims that sign-up (it shows in their 我的 with its
 * code); anything else would be a second sign-up of one person and is refused.
 */
async function sameOrRefuse(
  ctx: Ctx,
  existing: FairSignupDoc,
  reg: Registration,
): Promise<FairSignupDoc> {
  if (reg.workerOpenid) {
    if (existing.workerOpenid === reg.workerOpenid) {
      if (existing.slotId === reg.slotId) return existing;
      throw new DomainError(
        'ALREADY_SIGNED_UP',
        '您已经报名这场招聘会了，要换时段请先取消原来的报名',
      );
    }
    if (!existing.workerOpenid) {
      const _ = ctx.store.command;
      const claimed = await ctx.store.update(
        COLLECTIONS.fairSignups,
        { _id: existing._id, workerOpenid: _.exists(false) },
        { workerOpenid: reg.workerOpenid, updatedAt: ctx.now },
      );
      if (claimed === 1) return { ...existing, workerOpenid: reg.workerOpenid };
    }
    throw new DomainError('ALREADY_SIGNED_UP', `${existing.name}已经报名这场招聘会了，不用再报`);
  }
  throw new DomainError('ALREADY_SIGNED_UP', `${existing.name}已经报过名了，不用再登记`);
}

/**
 * Takes a seat and records the sign-up: the seat with an atomic conditional decrement, the person
 * once per fair by the unique index (fairId, personKey) — never by reading first and writing
 * after; a lost race gives the seat back. A crash between the seat and the document leaves a seat
 * taken by nobody: housekeeping's reconciliation (seats recounted from documents) gives it back.
 */
async function register(
  ctx: Ctx,
  fair: FairDoc,
  slot: FairSlotDoc,
  reg: Registration,
): Promise<FairSignupDoc> {
  const existing = await findPerson(ctx, fair._id, reg.personKey);
  if (existing && existing.status !== 'cancelled') return sameOrRefuse(ctx, existing, reg);

  if (!(await takeSeat(ctx, fair._id, slot.slotId))) {
    // Concurrent retries of one sign-up may have used the last seats themselves.
    const again = await findPerson(ctx, fair._id, reg.personKey);
    if (again && again.status !== 'cancelled') return sameOrRefuse(ctx, again, reg);
    throw new DomainError('SLOT_FULL');
  }
  crashPoint('fair.signUp:afterSeat');

  const fields = {
    slotId: slot.slotId,
    name: reg.name,
    nameKey: normalName(reg.name),
    phone: reg.phone,
    phoneTail: phoneTailOf(reg.phone),
    inviter: reg.inviter,
    status: 'signed' as const,
    proxy: !!reg.proxyBy,
    updatedAt: ctx.now,
    ...(reg.village ? { village: reg.village } : {}),
    ...(reg.proxyBy ? { proxyBy: reg.proxyBy } : {}),
    ...(reg.workerOpenid ? { workerOpenid: reg.workerOpenid } : {}),
  };
  /** Someone else got there first: give the seat back and answer as for an existing sign-up. */
  const lostRace = async (): Promise<FairSignupDoc> => {
    await giveSeatBack(ctx, fair._id, slot.slotId);
    const again = await findPerson(ctx, fair._id, reg.personKey);
    if (again && again.status !== 'cancelled') return sameOrRefuse(ctx, again, reg);
    throw new DomainError('CONFLICT');
  };
  try {
    if (existing) {
      // Signing up again after cancelling: the same document (the unique key) comes back to life.
      const n = await ctx.store.update(
        COLLECTIONS.fairSignups,
        { _id: existing._id, status: 'cancelled' },
        fields,
      );
      if (n === 1) return { ...existing, ...fields, createdAt: existing.createdAt };
      return await lostRace();
    }
    for (let attempt = 0; attempt < 6; attempt++) {
      const doc: Omit<FairSignupDoc, '_id'> = {
        fairId: fair._id,
        personKey: reg.personKey,
        ...fields,
        checkInCode: newCheckInCode(),
        createdAt: ctx.now,
      };
      try {
        const _id = await ctx.store.insert(COLLECTIONS.fairSignups, doc);
        return { _id, ...doc };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const again = await findPerson(ctx, fair._id, reg.personKey);
        if (!again) continue; // the check-in code was taken: draw another
        return await lostRace();
      }
    }
    await giveSeatBack(ctx, fair._id, slot.slotId);
    throw new DomainError('INTERNAL');
  } catch (err) {
    if (!(err instanceof DomainError))
      await giveSeatBack(ctx, fair._id, slot.slotId).catch(() => undefined);
    throw err;
  }
}

/** The open fair and the chosen slot, unless that slot has already ended today. */
async function openSlot(ctx: Ctx, fair: FairDoc, slotId: string): Promise<FairSlotDoc> {
  requireOpen(fair, ctx.now);
  const slot = (await slotsOf(ctx, [fair._id])).find((s) => s.slotId === slotId);
  if (!slot)
    throw new DomainError('INVALID_INPUT', '这个时段不存在，请重新选择', {
      slotId: '请重新选择时段',
    });
  if (chinaTime(fair.day, slot.end) <= ctx.now) {
    throw new DomainError('FAIR_NOT_OPEN', '这个时段已经结束了，请选别的时段');
  }
  return slot;
}

/** Who brought the worker; sharing one's own link counts as coming directly. */
function inviterOf(ctx: Ctx, inviter: Inviter): Inviter {
  if ('userId' in inviter && inviter.userId && inviter.userId === ctx.user?.shortId) {
    return inviter.type === 'poster' ? { type: 'poster' } : { type: 'direct' };
  }
  return inviter;
}

export const signUp: Handler<'fair.signUp'> = async (input, ctx) => {
  const fair = await loadFair(ctx, input.fairId);
  const slot = await openSlot(ctx, fair, input.slotId);
  const village = ctx.user?.profile?.home.village;
  const doc = await register(ctx, fair, slot, {
    slotId: slot.slotId,
    personKey: personKeyOf({ name: input.name, phone: input.phone }),
    name: input.name,
    phone: input.phone,
    ...(village ? { village } : {}),
    inviter: inviterOf(ctx, input.inviter),
    workerOpenid: ctx.openid,
  });
  const slots = doc.slotId === slot.slotId ? [slot] : await slotsOf(ctx, [fair._id]);
  return signupView(
    doc,
    slots.find((s) => s.slotId === doc.slotId),
    fair,
    ctx.now,
  );
};

/** 代登记: with the family's phone, or with none (the cadre is the contact). */
export const proxySignUp: Handler<'fair.proxySignUp'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  const slot = await openSlot(ctx, fair, input.slotId);
  const shortId = ctx.user?.shortId;
  const doc = await register(ctx, fair, slot, {
    slotId: slot.slotId,
    personKey: personKeyOf(input),
    name: input.name,
    phone: input.phone ?? '',
    village: input.village,
    inviter: shortId ? { type: 'cadre', userId: shortId } : { type: 'direct' },
    proxyBy: ctx.openid,
  });
  return { ...signupRow(doc, slot), checkInCode: doc.checkInCode };
};

export const cancelSignUp: Handler<'fair.cancelSignUp'> = async (input, ctx) => {
  const doc = await ctx.store.getById<FairSignupDoc>(COLLECTIONS.fairSignups, input.signupId);
  const fair = doc ? await loadFair(ctx, doc.fairId) : null;
  if (!doc || !fair || (doc.workerOpenid !== ctx.openid && !canManage(ctx, fair))) {
    throw new DomainError('NOT_FOUND', '没有找到这条报名');
  }
  if (doc.status === 'cancelled') return { status: 'cancelled' as const };
  if (doc.status === 'checkedIn')
    throw new DomainError('BAD_TRANSITION', '已经签到了，不能取消报名');
  const n = await ctx.store.update(
    COLLECTIONS.fairSignups,
    { _id: doc._id, status: 'signed' },
    { status: 'cancelled', updatedAt: ctx.now },
  );
  // Only the call that changed signed → cancelled frees the seat: a retry frees nothing. A crash
  // in between leaves the seat taken: housekeeping's reconciliation gives it back.
  if (n === 1) {
    crashPoint('fair.cancelSignUp:afterStatus');
    await giveSeatBack(ctx, doc.fairId, doc.slotId);
    return { status: 'cancelled' as const };
  }
  const now = await ctx.store.getById<FairSignupDoc>(COLLECTIONS.fairSignups, doc._id);
  if (now?.status === 'checkedIn')
    throw new DomainError('BAD_TRANSITION', '已经签到了，不能取消报名');
  return { status: 'cancelled' as const };
};

export const mySignups: Handler<'fair.mySignups'> = async (input, ctx) => {
  const offset = offsetOf(input.cursor);
  const rows = await ctx.store.find<FairSignupDoc>(
    COLLECTIONS.fairSignups,
    { workerOpenid: ctx.openid },
    { orderBy: [['createdAt', 'desc']], skip: offset, limit: PAGE_SIZE + 1 },
  );
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  const fairIds = [...new Set(page.items.map((s) => s.fairId))];
  const _ = ctx.store.command;
  const fairs = fairIds.length
    ? await ctx.store.find<FairDoc>(
        COLLECTIONS.fairs,
        { _id: _.in(fairIds) },
        { limit: fairIds.length },
      )
    : [];
  const slots = await slotsOf(ctx, fairIds);
  const items = page.items.flatMap((s) => {
    const fair = fairs.find((f) => f._id === s.fairId);
    if (!fair) return [];
    const slot = slots.find((x) => x.fairId === s.fairId && x.slotId === s.slotId);
    return [{ ...signupView(s, slot, fair, ctx.now), fair: fairCard(fair, slots) }];
  });
  return { items, nextCursor: page.nextCursor };
};

/** One of my sign-ups (someone else's is not found), with the fair's place for the map. */
export const mySignup: Handler<'fair.mySignup'> = async ({ signupId }, ctx) => {
  const doc = await ctx.store.getById<FairSignupDoc>(COLLECTIONS.fairSignups, signupId);
  const fair = doc?.workerOpenid === ctx.openid ? await loadFair(ctx, doc.fairId) : null;
  if (!doc || !fair) throw new DomainError('NOT_FOUND', '没有找到这次报名');
  const slots = await slotsOf(ctx, [fair._id]);
  const slot = slots.find((s) => s.slotId === doc.slotId);
  return {
    ...signupView(doc, slot, fair, ctx.now),
    fair: { ...fairCard(fair, slots), location: latLngOf(fair.location) },
  };
};

/**
 * The people signed up, for the fair's cadres (they call villagers: full phones): by slot, or
 * found at the gate by name (or its start) or by the last four digits of the phone.
 */
export const listSignups: Handler<'fair.listSignups'> = async (input, ctx) => {
  const fair = await loadFair(ctx, input.fairId);
  if (!canManage(ctx, fair)) throw new DomainError('FORBIDDEN', '只有本场的村干部能查看报名名单');
  const where: Record<string, unknown> = { fairId: fair._id };
  if (input.slotId) where.slotId = input.slotId;
  if (input.q) {
    if (/^\d{4}$/.test(input.q)) where.phoneTail = input.q;
    else where.nameKey = ctx.store.pattern(normalName(input.q), 'q', { prefix: true });
  }
  return signupsPage(ctx, fair, where, input.cursor, signupRow);
};

/**
 * The people at the fair for a verified employer taking part: names, villages, masked phones —
 * never codes; `code` finds the one person who shows theirs at the employer's table.
 */
export const attendees: Handler<'fair.attendees'> = async (input, ctx) => {
  const fair = await loadFair(ctx, input.fairId);
  const participant =
    ctx.employer?.status === 'verified' &&
    fair.employers.some((e) => e.employerId === ctx.employer?._id);
  if (!participant) throw new DomainError('FORBIDDEN', '只有参会单位能查看来的人');
  const _ = ctx.store.command;
  const where: Record<string, unknown> = {
    fairId: fair._id,
    status: _.in(['signed', 'checkedIn']),
  };
  if (input.code !== undefined) {
    const code = parseCheckIn(input.code);
    if (!code || (code.inviteCode && code.inviteCode !== fair.inviteCode)) {
      return { items: [], nextCursor: null };
    }
    where.checkInCode = code.checkInCode;
  }
  return signupsPage(ctx, fair, where, input.cursor, attendeeView);
};

/** A page of a fair's sign-ups in the order they came, each shown as its audience sees it. */
async function signupsPage<T>(
  ctx: Ctx,
  fair: FairDoc,
  where: Record<string, unknown>,
  cursor: string | undefined,
  view: (doc: FairSignupDoc, slot: FairSlotDoc | undefined) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const offset = offsetOf(cursor);
  const rows = await ctx.store.find<FairSignupDoc>(COLLECTIONS.fairSignups, where, {
    orderBy: [['createdAt', 'asc']],
    skip: offset,
    limit: PAGE_SIZE + 1,
  });
  const slots = await slotsOf(ctx, [fair._id]);
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  return {
    items: page.items.map((s) =>
      view(
        s,
        slots.find((x) => x.slotId === s.slotId),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
