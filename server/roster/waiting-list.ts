import type { Roster, RosterEntryDoc } from './entry';
import { giveSeatBack, takeSeat, type StoreAt } from './seats';
import type { Ctx } from '../context';

/** The first of the queue: the earliest `queuedAt`, ties by id. */
async function firstWaiting<D extends RosterEntryDoc>(
  ctx: StoreAt,
  roster: Roster,
  skip = 0,
): Promise<D | null> {
  const rows = await ctx.store.find<D>(
    roster.entries,
    { [roster.ownerField]: roster.ownerId, status: roster.status.waiting },
    {
      orderBy: [
        ['queuedAt', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit: 1,
    },
  );
  return rows[0] ?? null;
}

/**
 * Hands a seat the caller holds (a booking just cancelled, a seat just taken) to the first of the
 * waiting list: one conditional update waiting → active, so a person is moved up exactly once
 * however many calls race for them; a lost race tries the next in line. Returns the entry moved
 * up, or null when nobody waits (the caller still holds the seat).
 */
export async function handSeatToFirst<D extends RosterEntryDoc>(
  ctx: StoreAt,
  roster: Roster,
): Promise<D | null> {
  const waiting = roster.status.waiting;
  if (!waiting) return null;
  const _ = ctx.store.command;
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await firstWaiting<D>(ctx, roster);
    if (!first) return null;
    const n = await ctx.store.update(
      roster.entries,
      { _id: first._id, status: waiting },
      { status: roster.status.active, queuedAt: _.remove(), updatedAt: ctx.now },
    );
    if (n === 1) {
      const { queuedAt: _q, ...rest } = first;
      return { ...rest, status: roster.status.active, updatedAt: ctx.now } as D;
    }
  }
  return null;
}

/**
 * Gives free seats to the waiting list, first come first served: takes a seat, hands it to the
 * first in line, until the seats or the queue run out (a seat nobody waits for goes back).
 * Called after someone joined the queue, so a seat freed meanwhile never sits empty while
 * somebody waits. Returns the entries moved up.
 */
export async function fillFromWaitingList<D extends RosterEntryDoc>(
  ctx: StoreAt,
  roster: Roster,
  place: string,
): Promise<D[]> {
  const moved: D[] = [];
  if (!roster.status.waiting) return moved;
  for (;;) {
    if (!(await takeSeat(ctx, roster, place))) return moved;
    const up = await handSeatToFirst<D>(ctx, roster);
    if (!up) {
      await giveSeatBack(ctx, roster, place);
      return moved;
    }
    moved.push(up);
  }
}

/** The place in the queue of a waiting entry: 1 for the first. */
export async function queuePosition(
  ctx: Ctx,
  roster: Roster,
  entry: Pick<RosterEntryDoc, '_id' | 'queuedAt'>,
): Promise<number> {
  const _ = ctx.store.command;
  const at = entry.queuedAt ?? 0;
  const ahead = await ctx.store.count(
    roster.entries,
    _.and([
      { [roster.ownerField]: roster.ownerId, status: roster.status.waiting },
      _.or([{ queuedAt: _.lt(at) }, { queuedAt: at, _id: _.lt(entry._id) }]),
    ]),
  );
  return ahead + 1;
}
