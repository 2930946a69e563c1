import type { Ctx } from '../context';
import type { Roster } from './entry';

/**
 * Takes one seat of a place with an atomic conditional decrement (`seatsLeft > 0`): of N
 * concurrent callers exactly `seatsLeft` get true. `touchedAt` tells housekeeping's
 * reconciliation the counter is in use.
 */
export async function takeSeat(ctx: Ctx, roster: Roster, place: string): Promise<boolean> {
  const _ = ctx.store.command;
  const seats = roster.seatsOf(place);
  const n = await ctx.store.update(
    seats.collection,
    { _id: seats.id, seatsLeft: _.gt(0) },
    { seatsLeft: _.inc(-1), touchedAt: ctx.now },
  );
  return n === 1;
}

export async function giveSeatBack(ctx: Ctx, roster: Roster, place: string): Promise<void> {
  const _ = ctx.store.command;
  const seats = roster.seatsOf(place);
  await ctx.store.update(
    seats.collection,
    { _id: seats.id },
    { seatsLeft: _.inc(1), touchedAt: ctx.now },
  );
}
