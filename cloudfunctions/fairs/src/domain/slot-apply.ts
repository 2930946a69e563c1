import { DomainError } from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type FairSlotDoc } from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { isDuplicateKey } from '../../../../server/db';
import type { SlotPlan } from './slot-plan';
import { slotLabel } from './views';

/**
 * Writes a slot plan: removes only a slot still untouched, resizes only while enough seats are
 * left (atomic per slot), adds the new ones. When a step is refused (somebody signed up in the
 * meantime) what was written is undone and CONFLICT is thrown. Returns the undo, for a later step
 * of the caller that is refused.
 */
export async function applySlotPlan(ctx: Ctx, plan: SlotPlan): Promise<() => Promise<void>> {
  const _ = ctx.store.command;
  // What has been written so far, undone when a later step is refused (best effort: a slot
  // somebody signed up for in the meantime is left as it is).
  const written = {
    removed: [] as FairSlotDoc[],
    resized: [] as { slot: FairSlotDoc; delta: number }[],
    added: [] as FairSlotDoc[],
  };
  const undo = async () => {
    for (const slot of written.added) {
      await ctx.store.remove(COLLECTIONS.fairSlots, {
        _id: slot._id,
        seatsLeft: slot.capacity,
        capacity: slot.capacity,
      });
    }
    for (const a of written.resized) {
      // Seats added are taken back only while nobody has taken them.
      await ctx.store.update(
        COLLECTIONS.fairSlots,
        a.delta > 0 ? { _id: a.slot._id, seatsLeft: _.gte(a.delta) } : { _id: a.slot._id },
        {
          start: a.slot.start,
          end: a.slot.end,
          capacity: _.inc(-a.delta),
          seatsLeft: _.inc(-a.delta),
        },
      );
    }
    for (const slot of written.removed) {
      await ctx.store.insert(COLLECTIONS.fairSlots, slot).catch((err: unknown) => {
        if (!isDuplicateKey(err)) throw err;
      });
    }
  };

  // Removing only an untouched slot; resizing only while enough seats are left (atomic per slot).
  for (const slot of plan.removed) {
    const n = await ctx.store.remove(COLLECTIONS.fairSlots, {
      _id: slot._id,
      seatsLeft: slot.capacity,
      capacity: slot.capacity,
    });
    if (n !== 1) {
      await undo();
      throw new DomainError('CONFLICT', `${slotLabel(slot)}刚有人报名，不能删除这个时段`);
    }
    written.removed.push(slot);
  }
  for (const { slot, input: s, delta } of plan.resized) {
    // An unchanged slot is left alone: the database counts only documents an update changed.
    if (delta === 0 && s.start === slot.start && s.end === slot.end) continue;
    const where = delta < 0 ? { _id: slot._id, seatsLeft: _.gte(-delta) } : { _id: slot._id };
    const n = await ctx.store.update(COLLECTIONS.fairSlots, where, {
      start: s.start,
      end: s.end,
      capacity: _.inc(delta),
      seatsLeft: _.inc(delta),
    });
    if (n !== 1) {
      await undo();
      throw new DomainError('CONFLICT', `${slotLabel(slot)}刚有人报名，人数不够减了，请刷新后再改`);
    }
    written.resized.push({ slot, delta });
  }
  for (const doc of plan.added) {
    await ctx.store.insert(COLLECTIONS.fairSlots, doc);
    written.added.push(doc);
  }
  return undo;
}
