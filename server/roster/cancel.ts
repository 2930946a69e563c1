import { DomainError } from '../../miniprogram/shared/index';
import type { Ctx } from '../context';
import { crashPoint } from '../crash-point';
import type { Roster, RosterEntryDoc } from './entry';
import { giveSeatBack } from './seats';
import { handSeatToFirst } from './waiting-list';

/**
 * Cancels an entry. Only the call that changed active → cancelled frees its seat (a retry frees
 * nothing): the seat goes to the first of the waiting list when the roster keeps one, else back
 * to the place. A waiting entry leaves the queue and frees nothing. A crash in between leaves the
 * seat taken: housekeeping's reconciliation gives it back. Returns who got the seat, if anyone.
 */
export async function cancelEntry<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  doc: D,
): Promise<{ movedUp: D | null }> {
  const { active, done, cancelled, waiting } = roster.status;
  if (doc.status === cancelled) return { movedUp: null };
  if (doc.status === done) throw new DomainError('BAD_TRANSITION', roster.words.checkedIn);
  const _ = ctx.store.command;
  const n = await ctx.store.update(
    roster.entries,
    { _id: doc._id, status: doc.status === waiting ? waiting : active },
    { status: cancelled, updatedAt: ctx.now, ...(waiting ? { queuedAt: _.remove() } : {}) },
  );
  if (n === 1) {
    if (doc.status === waiting) return { movedUp: null };
    crashPoint(roster.crashPoints.afterCancel);
    const place = String((doc as unknown as Record<string, unknown>)[roster.placeField]);
    const movedUp = await handSeatToFirst<D>(ctx, roster);
    if (!movedUp) await giveSeatBack(ctx, roster, place);
    return { movedUp };
  }
  const after = await ctx.store.getById<D>(roster.entries, doc._id);
  if (after?.status === done) throw new DomainError('BAD_TRANSITION', roster.words.checkedIn);
  // Moved up from the waiting list meanwhile: cancelling now frees that seat.
  if (waiting && doc.status === waiting && after?.status === active)
    return cancelEntry(ctx, roster, after);
  return { movedUp: null };
}
