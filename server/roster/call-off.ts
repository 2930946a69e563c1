import type { CollectionName } from '../collections';
import type { Ctx, SubscribeMessage } from '../context';
import { readAll } from '../cursor';
import type { Roster, RosterEntryDoc } from './entry';
import { notifyEach } from './notices';

/** The document a roster belongs to (a fair, a trip) and the status it must still have to be called off. */
export interface RosterOwner {
  collection: CollectionName;
  openStatus: string;
}

/**
 * Calls off a roster's owner with a reason and tells everyone on the roster (seated, checked in,
 * waiting), each once. Only the call that turned the owner from open to cancelled tells anyone: a
 * retry, or a second organiser at the same moment, notifies nobody twice. Returns how many notices
 * were delivered.
 */
export async function callOff(
  ctx: Ctx,
  roster: Roster,
  owner: RosterOwner,
  reason: string,
  message: (openid: string) => SubscribeMessage,
): Promise<{ notified: number }> {
  const _ = ctx.store.command;
  const n = await ctx.store.update(
    owner.collection,
    { _id: roster.ownerId, status: owner.openStatus },
    {
      status: 'cancelled',
      cancelReason: reason,
      cancelledAt: ctx.now,
      updatedAt: ctx.now,
      rev: _.inc(1),
    },
  );
  if (n !== 1) return { notified: 0 };
  const { active, done, waiting } = roster.status;
  const told = [active, done, ...(waiting ? [waiting] : [])];
  const entries = await readAll((skip, limit) =>
    ctx.store.find<RosterEntryDoc>(
      roster.entries,
      { [roster.ownerField]: roster.ownerId, status: _.in(told) },
      { orderBy: [['createdAt', 'asc']], skip, limit, fields: { workerOpenid: true } },
    ),
  );
  const notified = await notifyEach(
    ctx,
    entries.map((e) => e.workerOpenid),
    message,
  );
  return { notified };
}
