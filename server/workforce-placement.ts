import { chinaDay, type Placement } from '../miniprogram/shared/index';
import { COLLECTIONS } from './collections';
import type { Ctx } from './context';

/**
 * Marks the person placed in the cadres' labour ledger (劳动力台账) when 乡聘 itself placed them: an
 * employer hired them (`workerOpenid`: only a record the worker linked with consent) or an
 * agreement was recorded at a fair (`personKey`: the key a fair sign-up and a ledger record
 * share). A record already placed keeps its first placement. Never fails the caller's action.
 */
export async function placeInLedger(
  ctx: Ctx,
  who: { personKey?: string; workerOpenid?: string },
  how: Placement,
): Promise<void> {
  const _ = ctx.store.command;
  const day = chinaDay(ctx.now);
  const placed = { placed: { how, day }, placedMonth: day.slice(0, 7), looking: false };
  const keys = [
    ...(who.personKey ? [{ personKey: who.personKey }] : []),
    ...(who.workerOpenid ? [{ workerOpenid: who.workerOpenid }] : []),
  ];
  try {
    for (const key of keys) {
      await ctx.store.update(
        COLLECTIONS.workforcePeople,
        { ...key, placed: _.eq(null) },
        { ...placed, updatedAt: ctx.now },
      );
    }
  } catch (err) {
    ctx.log('ledger placement failed', { how, error: String((err as Error)?.message ?? err) });
  }
}
