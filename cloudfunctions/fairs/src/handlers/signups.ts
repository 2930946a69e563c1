import { chinaTime, DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type FairDoc,
  type FairSignupDoc,
  type FairSlotDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../../../../server/cursor';
import { keyedByEntry, type Handler } from '../../../../server/router';
import { myApplications } from '../../../../server/my-applications';
import { latLngOf } from '../../../../server/views';
import { cancelEntry } from '../../../../server/roster/cancel';
import { myEntries } from '../../../../server/roster/mine';
import { parseCheckIn } from '../../../../server/roster/codes';
import { personQuery } from '../../../../server/roster/find';
import { personKeyOf } from '../../../../server/roster/person';
import {
  findPerson,
  ownRegistration,
  proxyRegistration,
  register,
  replayOf,
} from '../../../../server/roster/register';
import { canManage, loadFair, loadManagedFair, requireOpen } from '../domain/access';
import { fairRoster } from '../domain/roster';
import { attendeeView, fairCard, signupRow, signupView, slotDocId, slotsOf } from '../domain/views';

/** The chosen slot of an open fair, unless it does not exist or has already ended today. */
function requireOpenSlot(ctx: Ctx, fair: FairDoc, slot: FairSlotDoc | null): FairSlotDoc {
  requireOpen(fair, ctx.now);
  if (!slot || slot.fairId !== fair._id)
    throw new DomainError('INVALID_INPUT', '这个时段不存在，请重新选择', {
      slotId: '请重新选择时段',
    });
  if (chinaTime(fair.day, slot.end) <= ctx.now) {
    throw new DomainError('FAIR_NOT_OPEN', '这个时段已经结束了，请选别的时段');
  }
  return slot;
}

const loadSlot = (ctx: Ctx, fairId: string, slotId: string) =>
  ctx.store.getById<FairSlotDoc>(COLLECTIONS.fairSlots, slotDocId(fairId, slotId));

/**
 * A worker's own sign-up. The fair, the slot and the person's entry are read at once; the entry is
 * the request's idempotency record (keyedByEntry): a retry of this request gets the entry back as
 * it stands, even once the fair has closed, and writes nothing.
 */
export const signUp = keyedByEntry<'fair.signUp'>(async (input, ctx) => {
  const roster = fairRoster(input.fairId);
  const personKey = personKeyOf({ name: input.name, phone: input.phone });
  const [fair, chosen, existing] = await Promise.all([
    loadFair(ctx, input.fairId),
    loadSlot(ctx, input.fairId, input.slotId),
    findPerson<FairSignupDoc>(ctx, roster, personKey),
  ]);
  const view = async (doc: FairSignupDoc) => {
    const slot =
      chosen?.slotId === doc.slotId
        ? chosen
        : (await slotsOf(ctx, [fair._id])).find((s) => s.slotId === doc.slotId);
    return signupView(doc, slot, fair, ctx.now);
  };
  const replay = replayOf(ctx, existing);
  if (replay) return view(replay);
  const slot = requireOpenSlot(ctx, fair, chosen);
  const doc = await register<FairSignupDoc>(
    ctx,
    roster,
    ownRegistration(ctx, slot.slotId, input),
    () => new DomainError('SLOT_FULL'),
    existing,
  );
  return view(doc);
});

/** 代登记: with the family's phone, or with none (the cadre is the contact). */
export const proxySignUp: Handler<'fair.proxySignUp'> = async (input, ctx) => {
  const [fair, chosen] = await Promise.all([
    loadManagedFair(ctx, input.fairId),
    loadSlot(ctx, input.fairId, input.slotId),
  ]);
  const slot = requireOpenSlot(ctx, fair, chosen);
  const doc = await register<FairSignupDoc>(
    ctx,
    fairRoster(fair._id),
    proxyRegistration(ctx, slot.slotId, input),
    () => new DomainError('SLOT_FULL'),
  );
  return { ...signupRow(doc, slot), checkInCode: doc.checkInCode };
};

export const cancelSignUp: Handler<'fair.cancelSignUp'> = async (input, ctx) => {
  const doc = await ctx.store.getById<FairSignupDoc>(COLLECTIONS.fairSignups, input.signupId);
  const fair = doc ? await loadFair(ctx, doc.fairId) : null;
  if (!doc || !fair || (doc.workerOpenid !== ctx.openid && !canManage(ctx, fair))) {
    throw new DomainError('NOT_FOUND', '没有找到这条报名');
  }
  await cancelEntry(ctx, fairRoster(fair._id), doc);
  return { status: 'cancelled' as const };
};

export const mySignups: Handler<'fair.mySignups'> = async (input, ctx) => {
  const page = await myEntries<FairSignupDoc>(ctx, COLLECTIONS.fairSignups, input.cursor);
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

/** 我的 in one answer: the first page of my applications and of my sign-ups. */
export const overview: Handler<'me.overview'> = async (_input, ctx) => {
  const [applications, signups] = await Promise.all([
    myApplications(ctx, undefined),
    mySignups({}, ctx),
  ]);
  return { applications, signups };
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
  const where: Record<string, unknown> = {
    fairId: fair._id,
    ...(input.slotId ? { slotId: input.slotId } : {}),
    ...(input.q ? personQuery(ctx, input.q) : {}),
  };
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
