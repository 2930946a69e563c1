import { randomBytes } from 'node:crypto';
import {
  addDays,
  chinaDay,
  DomainError,
  startOfChinaDay,
  type FairInput,
} from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type FairDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { crashPoint } from '../../../../server/crash-point';
import { fairCancelledMessage } from '../../../../server/fair-notices';
import { insertWithInviteCode } from '../../../../server/roster/codes';
import { callOff } from '../../../../server/roster/call-off';
import { remindAgain } from '../../../../server/roster/notices';
import type { Handler } from '../../../../server/router';
import { managesArea } from '../../../../server/ownership';
import { loadManagedFair, requireOpen } from '../domain/access';
import { fairRoster } from '../domain/roster';
import { checkTexts } from '../domain/content';
import { resolveFairEmployers } from '../domain/employers';
import { applySlotPlan } from '../domain/slot-apply';
import { newSlotIds, planSlots, slotDoc } from '../domain/slot-plan';
import { slotsOf } from '../domain/views';

/** How far ahead a fair may be planned. */
const MAX_DAYS_AHEAD = 180;

function checkDay(day: string, now: number): void {
  const today = chinaDay(now);
  if (day < today)
    throw new DomainError('INVALID_INPUT', '招聘会日期不能早于今天', { day: '日期不能早于今天' });
  if (day > addDays(today, MAX_DAYS_AHEAD)) {
    throw new DomainError('INVALID_INPUT', `招聘会最多提前${MAX_DAYS_AHEAD}天安排`, {
      day: '日期太远了',
    });
  }
}

function checkRegion(ctx: Ctx, input: FairInput): void {
  if (!managesArea(ctx, input.region, input.town)) {
    throw new DomainError('FORBIDDEN', '只能为您负责的区县办招聘会', {
      'region.county': '不是您负责的区县',
    });
  }
}

/** The fields of a fair document that come from the cadre's form. */
async function formFields(ctx: Ctx, input: FairInput, current?: FairDoc) {
  checkRegion(ctx, input);
  checkDay(input.day, ctx.now);
  const flags = await checkTexts(ctx, {
    title: input.title,
    description: input.description,
    address: input.address,
  });
  const employers = await resolveFairEmployers(
    ctx,
    input.employers,
    new Set(current?.employers.map((e) => e.employerId)),
  );
  const fields: Omit<
    FairDoc,
    '_id' | 'status' | 'inviteCode' | 'cadreOpenid' | 'createdAt' | 'updatedAt' | 'rev'
  > = {
    title: input.title,
    region: { ...input.region },
    village: input.village,
    address: input.address,
    location: ctx.store.point(input.location.lat, input.location.lng) as FairDoc['location'],
    day: input.day,
    dayStart: startOfChinaDay(input.day),
    employers,
    flags,
  };
  if (input.town) fields.town = input.town;
  if (input.description) fields.description = input.description;
  return fields;
}

/**
 * A new fair: its slots are written first, under an id chosen here, and the fair last, so an
 * instance that dies in between leaves only slots no fair points to (never shown, harmless),
 * never a fair without its slots.
 */
export const create: Handler<'fair.create'> = async (input, ctx) => {
  const fields = await formFields(ctx, input);
  const slotIds = newSlotIds(input.slots.length, new Set());
  const fairId = randomBytes(12).toString('hex');
  for (const [i, slot] of input.slots.entries()) {
    await ctx.store.insert(COLLECTIONS.fairSlots, slotDoc(fairId, slotIds[i] as string, slot));
  }
  crashPoint('fair.create:afterSlots');
  const { inviteCode } = await insertWithInviteCode<FairDoc>(
    ctx,
    COLLECTIONS.fairs,
    (inviteCode) => ({
      _id: fairId,
      ...fields,
      status: 'upcoming',
      inviteCode,
      cadreOpenid: ctx.openid,
      rev: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }),
  );
  return { fairId, inviteCode };
};

/** Said when the cadre's form was loaded before the fair last changed. */
const STALE_FAIR = '招聘会刚有变动（比如有单位报名参加），请刷新后再改';

export const update: Handler<'fair.update'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  requireOpen(fair, ctx.now);
  // The form must have been loaded from the fair as it is now: otherwise saving it would undo
  // what happened since (an employer who joined, another cadre's edit). Checked before anything
  // is written; the fair's own write below is conditional on the same rev.
  if ((fair.rev ?? 0) !== input.rev) throw new DomainError('CONFLICT', STALE_FAIR);
  const fields = await formFields(ctx, input, fair);
  const _ = ctx.store.command;

  // Plan the slot changes against what is taken, then write them (undone if the fair changed).
  const plan = planSlots(fair._id, await slotsOf(ctx, [fair._id]), input.slots);
  const undo = await applySlotPlan(ctx, plan);

  const data: Record<string, unknown> = { ...fields, updatedAt: ctx.now, rev: _.inc(1) };
  if (!input.town) data.town = _.remove();
  if (!input.description) data.description = _.remove();
  const n = await ctx.store.update(COLLECTIONS.fairs, { _id: fair._id, rev: input.rev }, data);
  if (n !== 1) {
    // The fair changed between the check above and now.
    await undo();
    throw new DomainError('CONFLICT', STALE_FAIR);
  }
  if (input.day !== fair.day) await remindAgain(ctx, fairRoster(fair._id));
  return { rev: input.rev + 1 };
};

export const cancel: Handler<'fair.cancel'> = async (input, ctx) => {
  const fair = await loadManagedFair(ctx, input.fairId);
  if (fair.status === 'cancelled') return { notified: 0 };
  requireOpen(fair, ctx.now);
  await checkTexts(ctx, { reason: input.reason });
  return callOff(
    ctx,
    fairRoster(fair._id),
    { collection: COLLECTIONS.fairs, openStatus: 'upcoming' },
    input.reason,
    (openid) => fairCancelledMessage(openid, fair, input.reason),
  );
};
