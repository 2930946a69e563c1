import type { Ctx } from '../context';

/** What seat keeping needs of a call: the store and the clock (a handler's Ctx, or housekeeping). */
export type StoreAt = Pick<Ctx, 'store' | 'now'>;
import type { Roster } from './entry';

/**
 * Takes one seat of a place with an atomic conditional decrement (`seatsLeft > 0`): of N
 * concurrent callers exactly `seatsLeft` get true. `touchedAt` tells housekeeping's
 * reconciliation the counter is in use.
 */
export async function takeSeat(ctx: StoreAt, roster: Roster, place: string): Promise<boolean> {
  const _ = ctx.store.command;
  const seats = roster.seatsOf(place);
  const n = await ctx.store.update(
    seats.collection,
    { _id: seats.id, seatsLeft: _.gt(0) },
    { seatsLeft: _.inc(-1), touchedAt: ctx.now },
  );
  return n === 1;
}

export async function giveSeatBack(ctx: StoreAt, roster: Roster, place: string): Promise<void> {
  const _ = ctx.store.command;
  const seats = roster.seatsOf(place);
  await ctx.store.update(
    seats.collection,
    { _id: seats.id },
    { seatsLeft: _.inc(1), touchedAt: ctx.now },
  );
}
